using static NewsFacts.Tests.Claims.ClaimText;

namespace NewsFacts.Tests.Claims;

/// <summary>Predicates of verbs the predicate lexicon does not list (<see cref="PredicateFinder"/>), over sentences written for these tests.</summary>
public sealed class ClaimPredicateTests
{
    [Fact]
    public void An_unlisted_participle_after_an_auxiliary_is_the_predicate_not_the_auxiliary()
    {
        Assert.Equal("fine", ClaimOf("The competition authority has fined the brewer $4 million for price fixing.", 4_000_000).Predicate);
    }

    [Theory]
    [InlineData("The largest shipment of Thai rice this season, 30,000 tonnes, docked in the port on Friday.", "dock")]
    [InlineData("The first convoy of aid for the valley, 40 trucks, crossed the border at dawn.", "cross")]
    public void A_figure_in_apposition_takes_the_verb_after_its_closing_comma(string sentence, string predicate)
    {
        var value = sentence.Contains("30,000", StringComparison.Ordinal) ? 30000 : 40;
        Assert.Equal(predicate, ClaimOf(sentence, value).Predicate);
    }

    [Fact]
    public void Adverbs_between_the_auxiliary_and_the_participle_are_read_past()
    {
        Assert.Equal("contract", ClaimOf("Kenyan millers have already contracted 300,000 tonnes of maize for June.", 300_000).Predicate);
    }

    [Fact]
    public void A_modal_before_the_same_verb_gives_the_same_predicate_and_a_plan()
    {
        var done = ClaimOf("The competition authority has fined the brewer $4 million.", 4_000_000);
        var planned = ClaimOf("The competition authority would fine the brewer $4 million, a draft ruling shows.", 4_000_000);
        Assert.Equal(done.Predicate, planned.Predicate);
        Assert.Equal(Modality.Asserted, done.Modality);
        Assert.Equal(Modality.Planned, planned.Modality);
    }

    [Fact]
    public void Two_outlets_telling_one_fine_as_done_and_as_planned_disagree_on_its_firmness()
    {
        var a = News.Extract("The competition authority has fined the brewer $4 million for price fixing, the authority said.", new ArticleMetadata { Id = "a", Outlet = "Lakeside Post", Published = new DateOnly(2025, 3, 4) });
        var b = News.Extract("The competition authority would fine the brewer $4 million for price fixing, officials said.", new ArticleMetadata { Id = "b", Outlet = "Valley Courier", Published = new DateOnly(2025, 3, 4) });
        var report = News.Check([a, b]);
        Assert.Contains(report.Conflicts, c => c.Kind == ConflictKind.Modality);
    }

    [Fact]
    public void A_figure_that_opens_a_clause_after_a_comma_and_takes_that_clauses_verb()
    {
        // "three from Norway arrived": the plan to send four is the first clause's; the three have come.
        var c = ClaimOf("The agency will send four engineers to the site, and three from Norway arrived on Friday.", 3);
        Assert.Equal(("arrive", Modality.Asserted), (c.Predicate, c.Modality));
    }

    [Fact]
    public void A_figure_coordinated_as_an_object_keeps_the_verb_before_the_comma()
    {
        var c = ClaimOf("The agency will send four engineers to the site, and three divers.", 3);
        Assert.Equal(("send", Modality.Planned), (c.Predicate, c.Modality));
    }
}
