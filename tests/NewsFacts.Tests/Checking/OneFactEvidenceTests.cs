namespace NewsFacts.Tests.Checking;

/// <summary>
/// What says that two claims of different sources are one fact told twice, and what says they are two facts: the same
/// figure of ten or more in one fact, the day a statement was made, names that are dates or a speaker's title, and the
/// words of an item that spell its own figure.
/// </summary>
public sealed class OneFactEvidenceTests
{
    private static CrossCheckReport Check(params ArticleBuilder[] articles) => News.Check(articles.Select(a => a.Build()));

    private static ArticleBuilder Article(string id, string text, string published = "2024-09-10") => new(id, text, id.ToUpperInvariant() + " Times", published);

    [Theory]
    [InlineData("340 wards", 340, true)] // the same count of ten or more, told in other words and dated apart
    [InlineData("three wards", 3, false)] // a small count recurs by chance: the words must agree as for any conflict
    public void One_count_dated_to_two_days_needs_only_a_facts_agreement(string written, double value, bool conflict)
    {
        var report = Check(
            Article("a", $"Polling stations open on September 22 in {written}, the electoral board announced.")
                .Claim(written, value, "ward", "open", date: "2024-09-22", dateText: "September 22"),
            Article("b", $"Polling in {written} of the northern province is now due on September 29 under a timetable revised after the floods.")
                .Claim(written, value, "ward", "be", date: "2024-09-29", dateText: "September 29"));

        Assert.Equal(conflict, report.Conflicts.Any(c => c.Kind == ConflictKind.Date));
    }

    [Theory]
    [InlineData("4,700 tenants", 4700, true)]
    [InlineData("two tenants", 2, false)]
    public void One_count_put_firm_and_as_a_plan_needs_only_a_facts_agreement(string written, double value, bool conflict)
    {
        var report = Check(
            Article("a", $"Since the towers were condemned, Harbourside Housing Trust has rehoused {written}, most of them pensioners, in sheltered flats near the harbour.")
                .Claim(written, value, "tenant", "rehouse", actor: "Harbourside Housing Trust", item: ["pensioners"]),
            Article("b", $"Under a scheme unveiled by the mayor's office on Monday, crumbling concrete estates lose their last {written} before winter, when the city would have them rehoused.")
                .Claim(written, value, "tenant", "rehouse", modality: Modality.Planned));

        Assert.Equal(conflict, report.Conflicts.Any(c => c.Kind == ConflictKind.Modality));
    }
}
