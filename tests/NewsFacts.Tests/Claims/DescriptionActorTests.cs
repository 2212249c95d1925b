namespace NewsFacts.Tests.Claims;

/// <summary>Actors written as a description or a short form that stands for a vessel, port, criminal group, bank or company the article names.</summary>
public sealed class DescriptionActorTests
{
    [Fact]
    public void A_vessel_named_by_its_prefix_carries_its_cargo()
    {
        const string text = "The MV Sorrel Bay lost power near the cape on Friday while carrying 8,000 tonnes of wheat to Tarvo.";
        Assert.Equal("MV Sorrel Bay", ClaimText.ClaimOf(text, 8000).Actor);
    }

    [Fact]
    public void The_tanker_stands_for_the_vessel_named_before()
    {
        const string text = "Oil from the stricken tanker Corvan Bay has reached the dunes, the coastguard said. The tanker was carrying 2.5 million litres of diesel from Gdansk.";
        Assert.Equal("Corvan Bay", ClaimText.ClaimOf(text, 2.5e6).Actor);
    }

    [Fact]
    public void A_distance_from_a_place_is_no_ones_act()
    {
        const string text = "The MV Sorrel Bay drifted for hours and ran aground 14 km off Tarvo Point.";
        Assert.Null(ClaimText.ClaimOf(text, 14).Actor);
    }

    [Fact]
    public void The_gang_stands_for_the_criminal_group_the_article_named()
    {
        const string text = "Police are hunting the attackers, a group known as Tarrow that has hit schools before.\n\n"
            + "Clinics in Ostrava have been offline since Monday, and the gang wants $9 million in bitcoin, officials said.";
        Assert.Equal("Tarrow", ClaimText.ClaimOf(text, 9e6).Actor);
    }

    [Fact]
    public void An_unnamed_gang_stays_unnamed()
    {
        const string text = "Clinics in Ostrava have been offline since Monday, and the gang wants $9 million in bitcoin, officials said.";
        Assert.Null(ClaimText.ClaimOf(text, 9e6).Actor);
    }

    [Fact]
    public void They_after_a_group_in_a_quote_is_the_named_group()
    {
        const string text = "Police said a ransomware gang called Tarrow was behind the attack.\n\n"
            + "\"These are patient criminals, a group who knew what they were doing, and they spent 12 days in our servers,\" said Ilse Varga, the clinic's director.";
        Assert.Equal("Tarrow", ClaimText.ClaimOf(text, 12).Actor);
    }

    [Fact]
    public void A_port_city_that_handles_cargo_is_the_port()
    {
        const string text = "Ships queued outside the port of Veldhaven on Tuesday as the strike went on.\n\nIn a normal month Veldhaven handled 0.8 million TEU, the harbour master said.";
        Assert.Equal("Port of Veldhaven", ClaimText.ClaimOf(text, 0.8e6).Actor);
    }

    [Fact]
    public void The_port_stands_for_the_port_named_before()
    {
        const string text = "Ships queued outside the Port of Veldhaven on Tuesday.\n\nThe port has handled 0.8 million TEU so far this month.";
        Assert.Equal("Port of Veldhaven", ClaimText.ClaimOf(text, 0.8e6).Actor);
    }

    [Fact]
    public void The_board_is_the_bank_named_before_when_no_board_is_named()
    {
        const string text = "The Central Bank of Norvia raised its main rate on Thursday.\n\nIts governor, Ana Ruiz, said the board could cut by 50 basis points in June if prices cooled.";
        Assert.Equal("Central Bank of Norvia", ClaimText.ClaimOf(text, 50).Actor);
    }

    [Fact]
    public void The_company_is_the_one_the_previous_sentence_is_about()
    {
        const string text = "Tessel Holdings agreed to buy Corvane Copper on Monday. Tessel's offer values Corvane at $2 billion.\n\n"
            + "Shares of Brask Mining Holdings, which owns a stake in one mine, were flat. Corvane's shares rose 18% in early trading. The company mined 140,000 tonnes of zinc in its best year.";
        Assert.Equal("Corvane Copper", ClaimText.ClaimOf(text, 140000).Actor);
    }

    [Fact]
    public void The_company_skips_a_quote_back_to_the_company_named()
    {
        const string text = "Regulators will fine the vessel's owner, Tarvik Shipping Lines, 20 million pesos.\n\n\"We expect every claim to be paid,\" the minister said.\n\n"
            + "The company said it would pay 90 million pesos to fishing families.";
        Assert.Equal("Tarvik Shipping Lines", ClaimText.ClaimOf(text, 9e7).Actor);
    }

    [Fact]
    public void A_product_made_by_a_maker_acts_for_its_maker()
    {
        const string text = "Doctors said a malaria shot made by the Instituto Corval prevented 71% of cases among the 9,000 children who took part.";
        Assert.Equal("Instituto Corval", ClaimText.ClaimOf(text, 71).Actor);
        Assert.NotEqual("Instituto Corval", ClaimText.ClaimOf(text, 9000).Actor);
    }

    [Fact]
    public void A_speaker_who_says_and_expects_is_the_one_who_expects()
    {
        const string text = "Nickel output will double, Tessel Mining said, and expects $90 million of synergies by 2028.";
        Assert.Equal("Tessel Mining", ClaimText.ClaimOf(text, 9e7).Actor);
    }

    [Fact]
    public void A_company_executive_saying_there_will_be_no_cuts_speaks_for_the_company()
    {
        const string text = "Tessel Mining agreed to buy Corvane Copper on Monday. Tessel chief executive Ana Ruiz said there would be no mine closures for two years, though 200 office jobs in Lima may be cut.";
        Assert.Equal("Tessel Mining", ClaimText.ClaimOf(text, 2).Actor);
        Assert.Equal("Tessel Mining", ClaimText.ClaimOf(text, 200).Actor);
    }

    [Fact]
    public void A_company_executive_saying_what_others_do_does_not_make_it_the_companys()
    {
        const string text = "Tessel chief executive Ana Ruiz said inflation would reach 6% next year.";
        Assert.Null(ClaimText.ClaimOf(text, 6).Actor);
    }

    [Fact]
    public void A_body_named_between_commas_after_its_description_acts_under_that_name()
    {
        const string text = "The dockers want 9% more. The employers' association, Vosmer, has offered a bonus of 1,200 euros per docker, its chairman said.";
        Assert.Equal("Vosmer", ClaimText.ClaimOf(text, 1200).Actor);
    }

    [Fact]
    public void The_owner_in_the_possessive_before_a_figure_noun_owns_it()
    {
        const string text = "The Central Bank of Norvia held its main rate on Thursday. Prices rose 5.1% in March, far from the bank's 2% goal.";
        Assert.Equal("Central Bank of Norvia", ClaimText.ClaimOf(text, 2).Actor);
    }

    [Fact]
    public void A_country_after_port_of_is_no_port_city()
    {
        const string text = "Talks were held in Port of Spain on Monday.\n\nSpain shipped 1.4 million tonnes of olive oil last year.";
        Assert.NotEqual("Port of Spain", ClaimText.ClaimOf(text, 1.4e6).Actor);
    }
}
