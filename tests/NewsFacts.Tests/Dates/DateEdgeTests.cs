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
