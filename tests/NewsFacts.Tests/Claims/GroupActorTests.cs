namespace NewsFacts.Tests.Claims;

/// <summary>Groups named by a common noun as actors, kept as written without determiner or quantity (<see cref="GroupActors"/>).</summary>
public sealed class GroupActorTests
{
    [Fact]
    public void A_bare_group_opening_the_sentence_is_written_in_lower_case()
    {
        const string text = "Salvage crews had pumped 4,000 litres of fuel from the hull, the coastguard said.";
        Assert.Equal("salvage crews", ClaimText.ClaimOf(text, 4000).Actor);
    }

    [Fact]
    public void A_craft_after_when_is_the_actor_without_its_article()
    {
        const string text = "It was the worst accident on the river since 2015, when a grain barge dumped about 700 tonnes of wheat near Orvik.";
        Assert.Equal("grain barge", ClaimText.ClaimOf(text, 700).Actor);
    }

    [Fact]
    public void A_craft_acts_through_a_verb_the_lexicon_does_not_list()
    {
        Assert.Equal("trawler", ClaimText.ClaimOf("A trawler pulled out all 9 fishermen.", 9).Actor);
    }

    [Fact]
    public void A_group_after_a_definite_determiner_is_not_named_as_a_group()
    {
        const string text = "Tarvik Shipping Lines owns the tanker. The crews had pumped 4,000 litres by Monday.";
        Assert.NotEqual("crews", ClaimText.ClaimOf(text, 4000).Actor);
    }

    [Fact]
    public void A_description_of_a_company_is_still_followed_to_the_company()
    {
        Assert.Equal("Corvane Mining", ClaimText.ClaimOf("Corvane Mining said the company had set aside $5 million.", 5e6).Actor);
    }

    [Fact]
    public void Institutions_with_their_demonym_are_written_as_such()
    {
        const string text = "Norwegian hospitals have postponed 900 operations since the outage began.";
        Assert.Equal("Norwegian hospitals", ClaimText.ClaimOf(text, 900).Actor);
    }

    [Fact]
    public void People_with_their_demonym_act_for_their_country()
    {
        Assert.Equal("CL", ClaimText.ClaimOf("Chilean engineers have restored 60% of the grid, officials said.", 60).Actor);
    }

    [Fact]
    public void Traders_with_their_demonym_act_for_their_country()
    {
        Assert.Equal("CL", ClaimText.ClaimOf("Chilean exporters have shipped 300,000 tonnes of copper this month.", 300000).Actor);
    }

    [Fact]
    public void A_bodys_shareholders_in_the_possessive_are_named_with_the_body_without_adjectives()
    {
        const string text = "Brenmark Mining agreed to buy Tarnwell Copper. Brenmark's current shareholders would eventually keep 55% of the merged firm.";
        Assert.Equal("Brenmark shareholders", ClaimText.ClaimOf(text, 55).Actor);
    }

    [Fact]
    public void A_figure_after_a_second_group_whose_verb_is_left_out_is_that_groups()
    {
        const string text = "Brenmark Mining agreed to buy Tarnwell Copper. Under the deal, Brenmark shareholders would get 55% of the merged firm and Tarnwell bondholders 45%.";
        Assert.Equal("Brenmark shareholders", ClaimText.ClaimOf(text, 55).Actor);
        Assert.Equal("Tarnwell bondholders", ClaimText.ClaimOf(text, 45).Actor);
    }

    [Fact]
    public void A_group_a_relative_clause_describes_is_the_subject_of_the_verb_after_the_clause()
    {
        const string text = "Pirates who seized a ferry with 40 passengers are demanding $2 million for their release.";
        Assert.Equal("pirates", ClaimText.ClaimOf(text, 2e6).Actor);
        Assert.Null(ClaimText.ClaimOf(text, 40).Actor);
    }

    [Fact]
    public void The_members_of_a_body_counted_act_as_the_body()
    {
        Assert.Equal("board", ClaimText.ClaimOf("All nine members of the agency's board approved the plan on Friday.", 9).Actor);
    }

    [Fact]
    public void An_event_a_year_names_is_the_actor_of_what_it_cost()
    {
        Assert.Equal("2017 flood", ClaimText.ClaimOf("Officials said the 2017 flood in the province cost more than $40 million.", 4e7).Actor);
    }

    [Fact]
    public void A_toll_of_an_event_a_year_names_stays_the_countrys()
    {
        Assert.Equal("TH", ClaimText.ClaimOf("The 2004 tsunami killed more than 5,000 people in Thailand.", 5000).Actor);
    }

    [Fact]
    public void A_pollster_after_surveyed_by_is_the_actor_of_the_count_it_polled()
    {
        Assert.Equal("Velmora Radio", ClaimText.ClaimOf("Most of the 12 traders surveyed by Velmora Radio expect a cut.", 12).Actor);
    }
}
