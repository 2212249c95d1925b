namespace NewsFacts.Tests.Checking;

public sealed class CheckPartsTests
{
    private static QuantityMention At(string text, string quantity)
    {
        var i = text.IndexOf(quantity, StringComparison.Ordinal);
        return new QuantityMention(new TextSpan(i, i + quantity.Length), quantity, 1, null, null, QuantityBound.Exact);
    }

    [Theory]
    [InlineData("The bank lent an additional $5 million in June.", "an additional $5 million", true)]
    [InlineData("The bank lent another $5 million in June.", "$5 million", true)]
    [InlineData("The town hired 28 more nurses.", "28", true)]
    [InlineData("Health officials reported 300 new cases on Friday.", "300", true)]
    [InlineData("Rioters also set fire to two other warehouses.", "two other warehouses", true)] // besides the one already told of: not the total
    [InlineData("More than 300 people attended.", "300 people", false)]
    [InlineData("The town hired 28 nurses, more than last year.", "28 nurses", false)]
    [InlineData("The bank lent $5 million in June.", "$5 million", false)]
    public void Increment_words_around_a_quantity_mark_it_as_an_increment(string text, string quantity, bool expected) =>
        Assert.Equal(expected, CrossChecker.IsIncrement(text, At(text, quantity)));

    [Theory]
    [InlineData("2021-01-01", "2021-12-31", "ON_OR_AFTER", "2021-01-01", "2026-02-10")] // "in 14 states since 2021": until now
    [InlineData("2026-05-30", "2026-05-30", "ON_OR_BEFORE", "2026-02-10", "2026-05-30")] // "closed until May 30": from now
    [InlineData("2021-01-01", "2021-12-31", null, "2021-01-01", "2021-12-31")] // "in 2021": that year only
    [InlineData("2027-01-01", "2027-12-31", "AFTER", "2027-01-01", "2027-12-31")] // "after 2027", a future start: as written
    public void A_date_that_opens_or_closes_a_period_holds_up_to_publication(string start, string end, string? mod, string expectedStart, string expectedEnd)
    {
        var date = (DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
        var held = CrossChecker.OpenEnded(date, mod, new DateOnly(2026, 2, 10));
        Assert.Equal((DateOnly.Parse(expectedStart, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(expectedEnd, System.Globalization.CultureInfo.InvariantCulture)), held);
    }

    [Theory]
    [InlineData(4.6, 2)]
    [InlineData(23, 2)]
    [InlineData(160e6, 2)]
    [InlineData(3, 1)]
    [InlineData(20_000, 1)]
    [InlineData(1_284_300, 5)]
    public void Significant_digits_say_how_distinctive_a_figure_is(double value, int expected) =>
        Assert.Equal(expected, Verdicts.SignificantDigits(value));

    [Theory]
    [InlineData("Internet", "Internet services", true)]
    [InlineData("durum wheat", "wheat", true)]
    [InlineData("wheat", "barley", false)]
    [InlineData("coffee beans", "cocoa beans", false)]
    public void Items_worded_at_different_lengths_name_one_thing(string a, string b, bool expected) =>
        Assert.Equal(expected, ClaimAligner.SameItem(a, b));

    [Theory]
    [InlineData(2_500_000, 50_000)]
    [InlineData(69, 0.5)]
    [InlineData(530_000, 5_000)]
    [InlineData(2.46, 0.005)]
    [InlineData(0, 0)]
    public void Half_the_last_stated_digit_is_the_rounding_allowance(double value, double expected) =>
        Assert.Equal(expected, Verdicts.HalfLastDigit(value), 9);

    [Theory]
    [InlineData("2021-03-18", "2021-03-18", "2021-03-18")]
    [InlineData("2021-03", "2021-03-01", "2021-03-31")]
    [InlineData("2021-W11", "2021-03-15", "2021-03-21")]
    [InlineData("2021-03-16TMO", "2021-03-16", "2021-03-16")]
    [InlineData("2021", "2021-01-01", "2021-12-31")]
    public void Timex_values_read_as_spans_of_days(string value, string start, string end)
    {
        var days = Timex.Days(value);
        Assert.NotNull(days);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), days.Value.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), days.Value.End);
    }

    [Theory]
    [InlineData("XXXX-03-03")]
    [InlineData("PRESENT_REF")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2021-W99")]
    public void Unreadable_timex_values_are_unknown(string? value) => Assert.Null(Timex.Days(value));

    [Fact]
    public void The_sentence_diff_marks_the_words_the_other_sentence_lacks()
    {
        const string a = "Chile will lend 200 fire trucks to Argentina.";
        const string b = "Chile will send 200 fire trucks to Argentina.";
        var d = SentenceDiff.Differences(a, b);
        Assert.Equal(["lend"], d.Select(s => s.Of(a)));
    }

    [Fact]
    public void Numbers_with_separators_are_one_word_in_the_diff()
    {
        Assert.Equal(["2.5", "million", "530,000"], SentenceDiff.Tokens("2.5 million, 530,000.").Select(t => "2.5 million, 530,000."[t.Start..t.End]));
    }

    private static readonly SpeakerMatcher Speakers = new(s =>
    {
        var found = new List<CountryMention>();
        foreach (var (word, code) in new[] { ("Norwegian", "NO"), ("Norway", "NO"), ("Swedish", "SE") })
        {
            var i = s.IndexOf(word, StringComparison.Ordinal);
            if (i >= 0)
            {
                found.Add(new CountryMention(new TextSpan(i, i + word.Length), word, code, CountryMentionKind.Name));
            }
        }

        return found;
    });

    [Theory]
    [InlineData("Lena Berg", "Berg", true)]
    [InlineData("Andrés López", "Andres Lopez", true)]
    [InlineData("the Foreign Ministry", "Foreign Ministry", true)]
    [InlineData("Norway", "Norwegian Foreign Ministry", true)]
    [InlineData("Norway", "the Norwegian government", true)]
    [InlineData("Norway", "Norwegian media", false)]
    [InlineData("Norway", "Swedish Foreign Ministry", false)]
    [InlineData("Lena Berg", "Norwegian Foreign Ministry", false)]
    [InlineData("Norwegian Foreign Ministry", "Norwegian Defence Ministry", false)]
    [InlineData("Norwegian government", "energy ministry", true)] // a government speaks through its ministries
    [InlineData("Norwegian government", "Norwegian energy ministry", true)]
    [InlineData("Norwegian government", "Swedish energy ministry", false)]
    [InlineData("Norwegian government", "Lena Berg", false)]
    [InlineData("Defence Ministry", "Norwegian Navy", true)] // the navy is under the defence ministry
    [InlineData("Norwegian Defence Ministry", "Swedish Navy", false)]
    [InlineData("Defence Ministry", "Foreign Ministry", false)]
    public void Speakers_are_the_same_when_names_contain_one_another_or_a_country_speaks_through_its_body(string a, string b, bool same)
    {
        Assert.Equal(same, Speakers.Same(a, b));
        Assert.Equal(same, Speakers.Same(b, a));
    }

    [Fact]
    public void Tfidf_vectors_of_alike_sentences_are_closer_than_of_unlike_ones()
    {
        var v = new ContextVectors();
        const string a = "China is providing free vaccines to dozens of countries.";
        const string b = "China is giving free vaccines to many countries in Africa.";
        const string c = "China is commercially exporting vaccines to other countries.";
        foreach (var s in new[] { a, b, c })
        {
            v.Count(s);
        }

        Assert.True(ContextVectors.Cosine(v.Vector(a), v.Vector(b)) > ContextVectors.Cosine(v.Vector(a), v.Vector(c)));
        Assert.Equal(0, ContextVectors.Cosine(v.Vector("1 2 3"), v.Vector(a)));
    }
}
