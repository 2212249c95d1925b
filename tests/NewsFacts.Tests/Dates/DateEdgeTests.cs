namespace NewsFacts.Tests.Dates;

public sealed class DateEdgeTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void A_reference_date_at_the_edge_of_the_calendar_leaves_relative_dates_unresolved(int year, int month, int day)
    {
        var dates = DateRecognizer.Default.Recognize("The mayor spoke on Tuesday and again last week.", new DateOnly(year, month, day));

        Assert.Contains(dates, d => d.Text == "Tuesday");
        Assert.DoesNotContain(dates, d => d.Value is { } v && v.StartsWith(year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) && d.Text == "Tuesday");
    }

    [Fact]
    public void A_placeholder_publication_date_does_not_stop_extraction()
    {
        var facts = News.Extract("The council met on Tuesday and approved 12 new bus routes.", new ArticleMetadata { Published = DateOnly.MinValue });

        Assert.Contains(facts.Quantities, q => q.Value == 12);
    }
}

public sealed class DateNumberFilterTests
{
    private static QuantityMention Quantity(int start, int end) => new(new TextSpan(start, end), "n", 1, null, null, QuantityBound.Exact);

    private static DateMention Date(int start, int end) => new(new TextSpan(start, end), "d", "2020", null);

    [Fact]
    public void Quantities_inside_any_date_are_dropped_and_the_rest_keep_their_order()
    {
        var quantities = new[] { Quantity(50, 52), Quantity(5, 7), Quantity(30, 32), Quantity(12, 14) };
        var dates = new[] { Date(28, 40), Date(0, 10), Date(11, 13) };

        var kept = NewsPipeline.WithoutDateNumbers(quantities, dates);

        Assert.Equal([quantities[0], quantities[3]], kept);
    }

    [Fact]
    public void A_quantity_inside_the_longer_of_two_overlapping_dates_is_dropped()
    {
        var quantities = new[] { Quantity(20, 22) };
        var dates = new[] { Date(0, 30), Date(2, 10) };

        Assert.Empty(NewsPipeline.WithoutDateNumbers(quantities, dates));
    }
}
