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
    [InlineData("340 wards", "340 wards", 340, "ward", true)] // the same count of ten or more, told in other words and dated apart
    [InlineData("three wards", "three wards", 3, "ward", false)] // a small count recurs by chance: the words must agree as for any conflict
    [InlineData("4.5% of the wards", "4.5%", 4.5, "percent", true)] // two significant digits recur seldom by chance, even below ten
    [InlineData("4% of the wards", "4%", 4, "percent", false)] // a round small figure: the words must agree as for any conflict
    public void One_figure_dated_to_two_days_needs_only_a_facts_agreement_when_it_is_distinctive(string written, string figure, double value, string unit, bool conflict)
    {
        var report = Check(
            Article("a", $"Polling stations open on September 22 in {written}, the electoral board announced.")
                .Claim(figure, value, unit, "open", date: "2024-09-22", dateText: "September 22"),
            Article("b", $"Polling in {written} of the northern province is now due on September 29 under a timetable revised after the floods.")
                .Claim(figure, value, unit, "be", date: "2024-09-29", dateText: "September 29"));

        Assert.Equal(conflict, report.Conflicts.Any(c => c.Kind == ConflictKind.Date));
    }

    [Theory]
    [InlineData("2024-09-08", "Sunday", true)] // "on Saturday" can be any Saturday, never a Sunday
    [InlineData("2024-09-07", "Saturday", false)]
    [InlineData("2024-09", "September", false)] // a month holds some Saturday
    public void An_undated_articles_weekday_is_weighed_against_a_day_by_its_weekday(string date, string dateText, bool conflict)
    {
        var report = Check(
            new ArticleBuilder("a", "The first cargo of the season, 60,000 tonnes of maize, docked at the port on Saturday.", "A Times", null)
                .Claim("60,000 tonnes", 60000, "tonne", "dock", date: "XXXX-WXX-6", dateText: "Saturday"),
            Article("b", $"The season's first maize cargo, 60,000 tonnes, docked at the port on {dateText}.")
                .Claim("60,000 tonnes", 60000, "tonne", "dock", date: date, dateText: dateText));

        Assert.Equal(conflict, report.Conflicts.Any(c => c.Kind == ConflictKind.Date));
    }

    [Theory]
    [InlineData("XXXX-WXX-6", 6)]
    [InlineData("XXXX-WXX-6TNI", 6)]
    [InlineData("2024-09-08", 7)]
    [InlineData("2024-09", null)]
    [InlineData("XXXX-WXX", null)]
    [InlineData("XXXX-09-08", null)]
    public void A_value_names_a_weekday_when_it_is_a_bare_weekday_or_one_day(string value, int? expected) =>
        Assert.Equal(expected, Timex.Weekday(value));

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

    [Theory]
    [InlineData("950 flights", 950, true)] // a total since the storm that fell overnight: the two cannot both hold
    [InlineData("1,450 flights", 1450, false)] // a larger total a day later is an update
    public void A_running_total_since_an_event_only_grows_whatever_day_each_source_gives_it(string later, double value, bool conflict)
    {
        var report = Check(
            Article("a", "Airlines have cancelled 1,200 flights since the storm hit the coast, the transport ministry said on Monday.", "2024-09-09")
                .Claim("1,200 flights", 1200, "flight", "cancel", date: "2024-09-09", dateText: "Monday"),
            Article("b", $"The transport ministry said on Tuesday that {later} had been cancelled since the storm hit the coast.", "2024-09-10")
                .Claim(later, value, "flight", "cancel", date: "2024-09-10", dateText: "Tuesday"));

        Assert.Equal(conflict, report.Conflicts.Any(c => c.Kind == ConflictKind.Value));
    }

    [Fact]
    public void Totals_of_two_days_without_an_event_they_run_from_are_of_two_moments()
    {
        var report = Check(
            Article("a", "Airlines cancelled 1,200 flights as the storm hit the coast, the transport ministry said on Monday.", "2024-09-09")
                .Claim("1,200 flights", 1200, "flight", "cancel", date: "2024-09-09", dateText: "Monday"),
            Article("b", "The transport ministry said on Tuesday that 950 flights were cancelled as the storm hit the coast.", "2024-09-10")
                .Claim("950 flights", 950, "flight", "cancel", date: "2024-09-10", dateText: "Tuesday"));

        Assert.DoesNotContain(report.Conflicts, c => c.Kind == ConflictKind.Value);
    }

    [Fact]
    public void A_speakers_title_near_the_figure_does_not_tie_it_to_another_thing()
    {
        // "Labour Minister" says who speaks; only "Harbour Council" would tie the other figure to a name, and one side's
        // name alone does not set two accounts apart.
        var report = Check(
            Article("a", "The strikers are owed €4 million in back pay, Labour Minister Rolf Hagen said.")
                .Claim("€4 million", 4e6, "EUR", "owe", speaker: "Rolf Hagen"),
            Article("b", "The strikers are owed €5.5 million by the Harbour Council in back pay.")
                .Claim("€5.5 million", 5.5e6, "EUR", "owe"));

        Assert.Contains(report.Conflicts, c => c.Kind == ConflictKind.Value);
    }

    [Fact]
    public void The_day_a_figure_is_dated_to_is_no_name_that_ties_it_to_another_thing()
    {
        var report = Check(
            Article("a", "On Thursday rescue teams pulled 85 survivors from the rubble, the mayor said.")
                .Claim("85 survivors", 85, "survivor", "pull", date: "2024-09-05", dateText: "Thursday"),
            Article("b", "Rescue teams pulled 70 survivors from the rubble in Kovar, the mayor said.")
                .Claim("70 survivors", 70, "survivor", "pull"));

        Assert.Contains(report.Conflicts, c => c.Kind == ConflictKind.Value);
    }

    [Theory]
    [InlineData("six-year term", "five-year term", true)] // one item, each spelling its own figure
    [InlineData("a 12-km zone", "a 20-km zone", true)]
    [InlineData("six-year term", "initial term", false)] // only one spells a figure: the other words must still match
    [InlineData("six-year term", "six-year ban", false)]
    public void Items_that_differ_only_in_the_figure_they_spell_are_one_item(string a, string b, bool same) =>
        Assert.Equal(same, ClaimAligner.SameItem(a, b));

    [Fact]
    public void Two_terms_spelling_different_lengths_are_a_value_conflict()
    {
        var report = Check(
            Article("a", "The court freed Lena Moss, who had served two years of a six-year term for fraud.")
                .Claim("six-year", 6, "year", "serve", item: ["six-year term"]),
            Article("b", "Lena Moss, freed by the court, had served two years of a five-year term for fraud.")
                .Claim("five-year", 5, "year", "serve", item: ["five-year term"]));

        Assert.Contains(report.Conflicts, c => c.Kind == ConflictKind.Value);
    }

    [Theory]
    [InlineData("nearly 400 raids", "around 400 raids", 400, 1)] // a round count each outlet gives once: one fact
    [InlineData("nearly four raids", "around four raids", 4, 2)] // a few of a thing recur by chance: the words must agree
    public void A_round_count_each_outlet_tells_once_is_one_fact(string first, string second, double value, int facts)
    {
        var report = Check(
            Article("a", $"There have been {first} on farms in the Tarrow valley this year.")
                .Claim(first, value, "raid", "be", bound: QuantityBound.Approx),
            Article("b", $"Cattle thieves have carried out {second} since January, the Veldhaven constabulary said.")
                .Claim(second, value, "raid", "carry", bound: QuantityBound.Approx));

        Assert.Equal(facts, report.Facts.Count(f => f.Value == value));
        Assert.Equal(2, report.Facts.Where(f => f.Value == value).Sum(f => f.Claims.Count));
    }

    [Fact]
    public void A_figure_an_origin_gives_in_two_groups_is_not_told_once()
    {
        static ClaimEntry Entry(int origin, string text)
        {
            var quantity = new QuantityMention(new TextSpan(0, text.Length), text, 400, null, "raid", QuantityBound.Approx);
            var claim = new Claim("c1", quantity, [], null, null, "be", null, null, Modality.Asserted, new TextSpan(0, text.Length));
            return new ClaimEntry(origin, "s" + origin, origin, claim, text, 0, null);
        }

        List<ClaimEntry> a = [Entry(0, "nearly 400 raids")], b = [Entry(1, "around 400 raids")], c = [Entry(0, "some 400 raids")];

        Assert.True(Verdicts.ToldOncePerOrigin([a, b]));
        Assert.False(Verdicts.ToldOncePerOrigin([a, b, c]));
    }

    [Fact]
    public void A_round_sum_each_outlet_tells_once_is_not_one_fact_for_that()
    {
        var report = Check(
            Article("a", "The Tarrow Owls offered the pitcher a contract worth $400 million over ten seasons.")
                .Claim("$400 million", 400_000_000, "USD", "offer"),
            Article("b", "His agent, Mira Solvang, had asked for $400 million before the winter meetings began.")
                .Claim("$400 million", 400_000_000, "USD", "ask"));

        Assert.Equal(2, report.Facts.Count);
    }
}
