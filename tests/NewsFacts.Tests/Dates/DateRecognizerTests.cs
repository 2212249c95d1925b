namespace NewsFacts.Tests.Dates;

public sealed class DateRecognizerTests
{
    [Fact]
    public void Without_a_publication_date_the_year_is_left_unknown()
    {
        var dates = DateRecognizer.Default.Recognize("The hearing is set for March 3.");
        var d = Assert.Single(dates);
        Assert.Equal("XXXX-03-03", d.Value);
    }

    [Fact]
    public void Without_a_publication_date_a_relative_day_cannot_be_resolved()
    {
        var d = Assert.Single(DateRecognizer.Default.Recognize("Talks resume tomorrow."));
        Assert.Equal("tomorrow", d.Text);
        Assert.Null(d.Value);
    }

    [Fact]
    public void Mention_spans_point_at_their_text()
    {
        const string text = "On Monday, 4 May 2020, and again in mid-June the board met.";
        foreach (var d in DateRecognizer.Default.Recognize(text, new DateOnly(2020, 5, 6)))
        {
            Assert.Equal(d.Text, d.Span.Of(text));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("2021-")]
    [InlineData("between and from to - / : .")]
    [InlineData("\uD800 March \uDC00 3 \u0000 2021")]
    [InlineData("the end of")]
    [InlineData("in")]
    public void Odd_input_does_not_crash(string text)
    {
        var dates = DateRecognizer.Default.Recognize(text, new DateOnly(2021, 3, 18));
        Assert.NotNull(dates);
    }

    [Fact]
    public void A_long_text_is_scanned_in_linear_time()
    {
        var sentence = "On Tuesday, 12 March 2019, the ministry said 2,500 people had left since 2015, and would return by the end of April. ";
        string Make(int n) => string.Concat(Enumerable.Repeat(sentence, n));
        Assert.Equal(3 * 1_000, DateRecognizer.Default.Recognize(Make(1_000), new DateOnly(2021, 3, 18)).Count);
        Growth.AssertLinear(Make, 500, text => DateRecognizer.Default.Recognize(text, new DateOnly(2021, 3, 18)));
    }

    [Fact]
    public void A_duration_inside_a_date_stays_a_quantity_in_the_pipeline()
    {
        var dates = DateRecognizer.Default.Recognize("The plant shut three years ago.", new DateOnly(2021, 3, 18));
        var d = Assert.Single(dates);
        Assert.NotNull(d.Duration);
        var quantity = new QuantityMention(new TextSpan(15, 26), "three years", 3, null, "year", QuantityBound.Exact);
        var kept = NewsPipeline.WithoutDateNumbers([quantity], dates);
        Assert.Single(kept);
    }

    [Fact]
    public void A_number_inside_a_date_is_not_a_quantity_in_the_pipeline()
    {
        var dates = DateRecognizer.Default.Recognize("It opened on March 3.", new DateOnly(2021, 3, 18));
        var quantity = new QuantityMention(new TextSpan(19, 20), "3", 3, null, null, QuantityBound.Exact);
        Assert.Empty(NewsPipeline.WithoutDateNumbers([quantity], dates));
    }

    [Fact]
    public void Easter_falls_on_the_known_dates()
    {
        Assert.Equal(new DateOnly(2021, 4, 4), DateCalendar.Easter(2021));
        Assert.Equal(new DateOnly(2019, 4, 21), DateCalendar.Easter(2019));
        Assert.Equal(new DateOnly(2000, 4, 23), DateCalendar.Easter(2000));
    }
}
