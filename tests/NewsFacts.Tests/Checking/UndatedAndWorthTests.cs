namespace NewsFacts.Tests.Checking;

/// <summary>
/// Two judgements of real news: a toll counted while an event unfolds, told by sources whose publication times are
/// unknown, may be one count at two moments; and the worth of one thing is one figure, whose bounds are compared as a
/// fact's.
/// </summary>
public sealed class UndatedAndWorthTests
{
    private static CrossCheckReport Check(params ArticleBuilder[] articles) => News.Check(articles.Select(a => a.Build()));

    [Fact]
    public void Undated_reports_of_a_toll_of_the_day_may_be_a_rolling_count()
    {
        // No publication dates: the smaller count may be the earlier report of one toll that grew.
        var report = Check(
            new ArticleBuilder("a", "A landslide buried part of Kelmora village on Tuesday, injuring nine people, the district office said.", "A Wire")
                .Claim("nine people", 9, "person", "injure", date: "XXXX-WXX-2", dateText: "Tuesday"),
            new ArticleBuilder("b", "The district office said the landslide at Kelmora village injured four people.", "B Daily")
                .Claim("four people", 4, "person", "injure"));

        Assert.DoesNotContain(report.Conflicts, c => c.Kind == ConflictKind.Value);
    }

    [Fact]
    public void Dated_reports_of_a_toll_of_the_day_are_still_compared()
    {
        var report = Check(
            new ArticleBuilder("a", "A landslide buried part of Kelmora village on Tuesday, injuring nine people, the district office said.", "A Wire", "2025-03-04")
                .Claim("nine people", 9, "person", "injure", date: "XXXX-WXX-2", dateText: "Tuesday"),
            new ArticleBuilder("b", "The district office said the landslide at Kelmora village injured four people.", "B Daily", "2025-03-04")
                .Claim("four people", 4, "person", "injure"));

        Assert.Contains(report.Conflicts, c => c.Kind == ConflictKind.Value);
    }

    [Fact]
    public void Undated_reports_of_a_past_events_settled_toll_are_still_compared()
    {
        // "In March": a toll of a month past, not a count still running.
        var report = Check(
            new ArticleBuilder("a", "An earlier landslide near Kelmora village killed at least 14 people in March, the district office said.", "A Wire")
                .Claim("at least 14 people", 14, "person", "kill", bound: QuantityBound.AtLeast, date: "XXXX-03", dateText: "March"),
            new ArticleBuilder("b", "The district office said an earlier landslide near Kelmora village killed at least nine people in March.", "B Daily")
                .Claim("at least nine people", 9, "person", "kill", bound: QuantityBound.AtLeast, date: "XXXX-03", dateText: "March"));

        Assert.Contains(report.Conflicts, c => c.Kind == ConflictKind.Value);
    }

    [Theory]
    [InlineData("Thieves took paintings worth $30 million from the gallery.", "$30 million", true)]
    [InlineData("Thieves took a painting valued at $30 million from the gallery.", "$30 million", true)]
    [InlineData("Thieves took more than $30 million worth of paintings from the gallery.", "more than $30 million", true)]
    [InlineData("The club offered the striker $30 million over five years.", "$30 million", false)]
    public void A_sum_given_as_what_a_thing_is_worth_is_read_as_a_worth(string sentence, string quantity, bool expected)
    {
        var facts = new ArticleBuilder("a", sentence).Claim(quantity, 30e6, "USD", "take").Build();
        var entry = Assert.Single(NewsFacts.Checking.CrossChecker.Entries([facts], [0]));
        Assert.Equal(expected, Verdicts.StatedAsWorth(entry));
    }

    [Theory]
    [InlineData("worth 60 million euros", "more than 60 million euros worth of", true)] // one haul's worth
    [InlineData("for 60 million euros", "more than 60 million euros for", false)] // what each party pays: a round sum recurs
    public void The_worth_of_one_thing_compares_bounds_on_a_facts_agreement(string told, string toldAsBound, bool compared)
    {
        // A checker that asks near-identical words for a disagreement still compares a fact's bounds when it asks only a fact's.
        var strict = CheckOptions.Default with { ConflictAgreement = 0.99 };
        var a = new ArticleBuilder("a", $"Masked raiders stole watches and rings {told} from a jeweller in Lyon, prosecutors said.", "A Wire", "2025-03-04");
        var b = new ArticleBuilder("b", $"Masked raiders stole {toldAsBound} watches and rings from a jeweller in Lyon.", "B Daily", "2025-03-04");
        var report = News.Check(
            [a.Claim("60 million euros", 60e6, "EUR", "steal").Build(), b.Claim("more than 60 million euros", 60e6, "EUR", "steal", bound: QuantityBound.AtLeast).Build()],
            strict);

        Assert.Equal(compared, report.Conflicts.Any(c => c.Kind == ConflictKind.Bound));
    }
}
