using static NewsFacts.Tests.Claims.ClaimText;

namespace NewsFacts.Tests.Claims;

/// <summary>Who receives what a claim counts where no "to X" right after the figure says it, over sentences written for these tests.</summary>
public sealed class ClaimRecipientTests
{
    private const string Vaccine = "A malaria vaccine developed by the Orlan Institute cut cases by 60% in a trial. ";

    [Fact]
    public void A_countrys_frozen_assets_released_go_back_to_it()
    {
        var c = ClaimOf("Washington agreed on Monday to release $4 billion of Libyan assets frozen in New York.", 4_000_000_000);
        Assert.Equal(("US", "LY"), (c.Actor, c.Recipient));
    }

    [Fact]
    public void Money_released_to_support_a_group_goes_to_that_group()
    {
        Assert.Equal("fishermen and growers", ClaimOf("The government will release 3 billion pesos to support fishermen and growers hit by the floods, the minister said.", 3_000_000_000).Recipient);
    }

    [Fact]
    public void A_relief_package_for_a_group_goes_to_that_group()
    {
        Assert.Equal("families", ClaimOf("The cabinet approved a 2 million euro relief package for families in the flooded valley.", 2_000_000).Recipient);
    }

    [Fact]
    public void A_group_that_is_counted_by_another_figure_is_not_the_recipient()
    {
        Assert.Null(ClaimOf("The cabinet approved a 2 million euro relief package for 300 families in the flooded valley.", 2_000_000).Recipient);
    }

    [Fact]
    public void Prisoners_freed_in_a_swap_go_to_the_country_that_held_the_others()
    {
        Assert.Equal("CL", ClaimOf("Peru has freed four prisoners in exchange for two Peruvian prisoners held in Chile, officials said.", 4).Recipient);
    }

    [Fact]
    public void Foreigners_who_arrive_go_to_the_country_the_article_is_about()
    {
        Assert.Equal("PE", ClaimOf("Floods hit northern Peru on Monday, and Peru asked for help. Two Danish engineers arrived on Tuesday.", 2).Recipient);
    }

    [Fact]
    public void Foreigners_who_land_in_a_capital_go_to_its_country()
    {
        var c = ClaimOf("Floods hit northern Chile on Monday. Six divers from Norway landed in Lima on Friday.", 6);
        Assert.Equal(("NO", "PE"), (c.Actor, c.Recipient));
    }

    [Fact]
    public void Nationals_who_arrive_home_have_no_host()
    {
        Assert.Null(ClaimOf("Floods hit northern Peru on Monday. Two Peruvian engineers arrived on Tuesday.", 2).Recipient);
    }

    [Fact]
    public void A_prison_term_goes_to_the_person_a_relative_clause_follows()
    {
        Assert.Equal("Ana Ruiz", ClaimOf("Ana Ruiz, a pilot from Cusco who was sentenced to nine years for fraud, was freed on Monday.", 9).Recipient);
    }

    [Fact]
    public void A_prison_term_goes_to_the_person_the_sentence_opens_with_named_in_full()
    {
        Assert.Equal("Ana Ruiz", ClaimOf("Ana Ruiz was detained in May. Ruiz, 51, was tried in June and sentenced to nine years for fraud.", 9).Recipient);
    }

    [Fact]
    public void A_sentence_served_is_the_convicts_not_the_place_the_crime_served()
    {
        var c = ClaimOf("The board pardoned Luis Mora, a pilot who was given a six-year sentence in 2019 for flying stolen cargo to Peru.", 6);
        Assert.Equal("Luis Mora", c.Recipient);
    }

    [Fact]
    public void A_country_that_sentences_is_no_convict()
    {
        Assert.Null(ClaimOf("Peru was criticised in May. Peru, the court said, sentenced him to nine years.", 9).Recipient);
    }

    [Fact]
    public void An_order_of_the_one_product_goes_to_its_maker_and_so_does_its_contract()
    {
        const string text = Vaccine + "Chile has ordered 30 million doses, a contract worth 900 million pesos.";
        Assert.Equal(("CL", "Orlan Institute"), (ClaimOf(text, 30_000_000).Actor, ClaimOf(text, 30_000_000).Recipient));
        Assert.Equal("Orlan Institute", ClaimOf(text, 900_000_000).Recipient);
    }

    [Fact]
    public void What_the_maker_makes_has_no_seller()
    {
        Assert.Null(ClaimOf(Vaccine + "The Orlan Institute plans to produce 40 million doses a year.", 40_000_000).Recipient);
    }

    [Fact]
    public void A_delivery_of_the_one_product_goes_to_its_one_buyer_even_told_before_the_order()
    {
        const string text = Vaccine + "The first 2 million doses will be delivered in May. Chile has ordered 30 million doses.";
        Assert.Equal("CL", ClaimOf(text, 2_000_000).Recipient);
    }

    [Fact]
    public void A_delivery_has_no_buyer_where_two_bought()
    {
        const string text = Vaccine + "The first 2 million doses will be delivered in May. Chile has ordered 30 million doses, and Peru has bought 10 million doses.";
        Assert.Null(ClaimOf(text, 2_000_000).Recipient);
    }

    [Fact]
    public void Money_an_international_body_releases_goes_to_the_country_the_article_is_about()
    {
        Assert.Equal("PE", ClaimOf("Floods hit Peru again on Monday. The World Bank will release $50 million for reconstruction.", 50_000_000).Recipient);
    }

    [Fact]
    public void A_place_after_a_later_to_is_the_later_figures()
    {
        const string text = "Some 20 freighters were sent elsewhere, 12 to Tarvik Bay and eight to the Danish ports of Aarhus and Esbjerg.";
        Assert.Null(ClaimOf(text, 12).Recipient);
        Assert.Equal("DK", ClaimOf(text, 8).Recipient);
    }

    [Fact]
    public void A_landing_is_no_arrival_of_foreigners()
    {
        Assert.Null(ClaimOf("Floods hit northern Peru on Monday. Two Danish pilots were on the plane before the landing.", 2).Recipient);
    }

    [Fact]
    public void A_span_of_time_before_foreigners_arrive_has_no_host()
    {
        Assert.Null(ClaimOf("Floods hit Peru on Monday. Denmark waited three days until its engineers arrived.", 3).Recipient);
    }

    [Fact]
    public void A_group_that_owns_what_the_money_is_for_is_not_paid_it()
    {
        Assert.Null(ClaimOf("The ministry will release 3 billion pesos for farmers' unions.", 3_000_000_000).Recipient);
    }

    [Fact]
    public void A_term_of_office_is_no_prison_term()
    {
        Assert.Null(ClaimOf("Ana Ruiz, a senator who was elected to a six-year term, resigned on Monday.", 6).Recipient);
    }
}
