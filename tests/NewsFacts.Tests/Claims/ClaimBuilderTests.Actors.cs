namespace NewsFacts.Tests.Claims;

/// <summary>Who acts and who receives when a claim is made by a company, a body or an agency no lexicon knows.</summary>
public sealed partial class ClaimBuilderTests
{
    [Fact]
    public void A_named_company_no_lexicon_knows_is_the_actor()
    {
        var c = Single(new Article("Tarvik Shipping Lines paid 40 million pesos to the fishing towns on Friday.").Quantity("40 million pesos", 4e7, "PHP"));
        Assert.Equal(("Tarvik Shipping Lines", "pay"), (c.Actor, c.Predicate));
    }

    [Fact]
    public void A_national_body_is_kept_whole_not_read_as_its_country()
    {
        var c = Single(new Article("The vote was close. The Norwegian Federation of Salmon Farmers has some 9,000 members.").Quantity("some 9,000 members", 9000, "member", QuantityBound.Approx));
        Assert.Equal("Norwegian Federation of Salmon Farmers", c.Actor);
    }

    [Fact]
    public void A_hyphenated_modifier_before_a_company_is_no_part_of_its_name()
    {
        var c = Single(new Article("Oslo-listed Brenmark Mining will pay 220 pence for each share.").Quantity("220 pence", 2.2, "GBP", unitWord: "pence"));
        Assert.Equal("Brenmark Mining", c.Actor);
    }

    [Fact]
    public void A_description_follows_back_to_the_body_named_before()
    {
        const string text = "A Kavala Airways jet slid off the runway on Monday. The airline has offered every passenger 500 euros.";
        var c = Single(new Article(text).Quantity("500 euros", 500, "EUR"));
        Assert.Equal("Kavala Airways", c.Actor);
    }

    [Fact]
    public void A_defined_acronym_acts_under_its_long_name()
    {
        const string text = "The Lumeria Port Authority (LPA) opened a new quay. The LPA collected 3 million euros in fees last year.";
        var c = Single(new Article(text).Quantity("3 million euros", 3e6, "EUR"));
        Assert.Equal("Lumeria Port Authority", c.Actor);
    }

    [Fact]
    public void A_body_can_receive()
    {
        var c = Single(new Article("Greece sent 200 tents to the Balkan Shelter Federation.").Quantity("200 tents", 200, "tent"));
        Assert.Equal(("GR", "Balkan Shelter Federation"), (c.Actor, c.Recipient));
    }

    [Fact]
    public void The_government_after_a_national_body_is_the_country_the_body_is_named_by()
    {
        const string text = "The Danish Federation of Pig Farmers met on Monday. The government will pay 300 million kroner to farmers.";
        var c = Single(new Article(text).Quantity("300 million kroner", 3e8, "DKK"));
        Assert.Equal("DK", c.Actor);
    }

    [Fact]
    public void The_subject_of_a_verb_before_the_figure_stands_before_the_verb_not_among_its_objects()
    {
        var c = Single(new Article("Norway has offered a Royal Navy team and 3,000 metres of boom.").Quantity("3,000 metres", 3000, "metre"));
        Assert.Equal("NO", c.Actor);
    }

    [Fact]
    public void We_in_the_quote_of_a_company_chief_is_the_company()
    {
        const string text = "Tarnwell Mining chief executive Ana Vos spoke in Lima. \u201cWe will invest $900 million in the mine,\u201d Vos said.";
        var c = Single(new Article(text).Quantity("$900 million", 9e8, "USD").Quote("We will invest $900 million in the mine,", "Ana Vos", null));
        Assert.Equal("Tarnwell Mining", c.Actor);
    }

    [Fact]
    public void A_country_joined_by_a_hyphen_to_a_modifier_does_not_act()
    {
        var c = Single(new Article("The Chilean-owned carrier will pay 40 million dollars in fines.").Quantity("40 million dollars", 4e7, "USD"));
        Assert.Null(c.Actor);
    }

    [Fact]
    public void A_capital_people_are_sent_to_stands_for_its_country()
    {
        var c = Single(new Article("Italy sent a team of 12 engineers to Tirana on Sunday.").Quantity("12 engineers", 12, "engineer"));
        Assert.Equal(("IT", "AL"), (c.Actor, c.Recipient));
    }

    [Fact]
    public void A_country_sending_help_in_a_story_about_another_sends_it_there()
    {
        const string text = "Floods hit Moldova again. Moldova has asked for help, and Poland has sent 40 rescuers.";
        var c = Single(new Article(text).Quantity("40 rescuers", 40, "rescuer"));
        Assert.Equal(("PL", "MD"), (c.Actor, c.Recipient));
    }

    [Fact]
    public void It_follows_back_to_the_body_named_before()
    {
        const string text = "The Varna Port Authority opened a new berth. It collected 6 million euros in fees last year.";
        var c = Single(new Article(text).Quantity("6 million euros", 6e6, "EUR"));
        Assert.Equal("Varna Port Authority", c.Actor);
    }

    [Fact]
    public void A_company_named_by_its_first_word_acts_under_its_full_name()
    {
        const string text = "Brenmark agreed to buy Tarnwell Copper on Monday. Tarnwell employs about 4,000 people.";
        var c = Single(new Article(text).Quantity("about 4,000 people", 4000, "person", QuantityBound.Approx));
        Assert.Equal("Tarnwell Copper", c.Actor);
    }

    [Fact]
    public void A_name_right_after_a_verb_is_its_object_not_the_subject()
    {
        const string text = "Brenmark Mining agreed to buy Tarnwell Copper, valuing the miner at 2 billion pounds.";
        var c = Single(new Article(text).Quantity("2 billion pounds", 2e9, "GBP"));
        Assert.Equal("Brenmark Mining", c.Actor);
    }
    [Fact]
    public void A_body_a_country_owns_in_the_possessive_is_named_without_it_and_the_country_stays_a_country()
    {
        const string text = "A malaria vaccine developed by Chile's Instituto Marvento cut infections by 62% in a trial. Marvento plans to make 20 million doses.";
        var c = Single(new Article(text).Quantity("20 million doses", 2e7, "dose"));
        Assert.Equal("Instituto Marvento", c.Actor);
        Assert.Equal(["Marvento"], c.Item);
    }

    [Fact]
    public void A_country_ministry_owned_in_the_possessive_acts_for_the_country()
    {
        var c = Single(new Article("Chile's Health Ministry has bought 300 ventilators from Korea.").Quantity("300 ventilators", 300, "ventilator"));
        Assert.Equal("CL", c.Actor);
    }

    [Fact]
    public void We_in_a_quote_about_our_own_country_is_the_country_not_the_body_of_the_speaker()
    {
        const string text = "\u201cWe are giving $3 billion to the fund, and once our own country is safe we will share more,\u201d said Ana Ruiz, director of the National Institute of Tropical Medicine in Peru.";
        var c = Single(new Article(text).Quantity("$3 billion", 3e9, "USD").Quote("We are giving $3 billion to the fund, and once our own country is safe we will share more,", "Ana Ruiz", "director of the National Institute of Tropical Medicine"));
        Assert.Equal("PE", c.Actor);
    }

    [Fact]
    public void A_country_giving_to_a_counted_number_of_receivers_does_not_give_to_the_country_of_the_story()
    {
        const string text = "Floods hit Moldova again. Poland has sent tents to 12 countries this year.";
        var c = Single(new Article(text).Quantity("12 countries", 12, "country"));
        Assert.Equal(("PL", null), (c.Actor, c.Recipient));
    }

    [Fact]
    public void A_sum_or_a_share_offered_is_not_sent_to_the_country_of_the_story()
    {
        const string text = "Dockers in Moldova went on strike again. Poland has offered 5% more for the grain they load.";
        var c = Single(new Article(text).Quantity("5%", 5, "percent"));
        Assert.Equal(("PL", null), (c.Actor, c.Recipient));
    }

    [Fact]
    public void A_name_after_for_each_is_what_is_priced_not_the_subject()
    {
        const string text = "Brenmark Mining agreed to buy Tarnwell Copper. The bid, 300 pence in cash for each Tarnwell share, is a 30% premium.";
        var c = new Article(text).Quantity("300 pence", 3, "GBP", unitWord: "pence").Claims().Single();
        Assert.NotEqual("Tarnwell Copper", c.Actor);
    }
    [Fact]
    public void A_body_named_after_its_kind_acts_not_the_country_of_the_adjective_before()
    {
        var c = Single(new Article("The Latvian farmers' association LZA offered 3.1% on Monday.").Quantity("3.1%", 3.1, "percent"));
        Assert.Equal("LZA", c.Actor);
    }
    [Fact]
    public void A_country_central_bank_acts_as_the_bank_under_one_name()
    {
        var c = Single(new Article("Peru's central bank cut its main rate by 25 basis points on Thursday.").Quantity("25 basis points", 25, "basis point"));
        Assert.Equal("Central Bank of Peru", c.Actor);
    }

    [Fact]
    public void The_central_bank_follows_back_to_the_national_bank_named_before()
    {
        const string text = "The Peruvian central bank met on Thursday. Later the central bank sold $2 billion of reserves.";
        var c = Single(new Article(text).Quantity("$2 billion", 2e9, "USD"));
        Assert.Equal("Central Bank of Peru", c.Actor);
    }
    [Fact]
    public void A_subject_is_not_looked_for_before_while_that_opens_the_clause_of_the_figure()
    {
        const string text = "The Varna Port Authority reopened the quay, while fishing boats landed 30 tonnes of cod.";
        var c = Single(new Article(text).Quantity("30 tonnes", 30, "tonne"));
        Assert.Null(c.Actor);
    }

    [Fact]
    public void A_place_named_after_the_next_figure_is_that_figure_s_not_the_actor_of_this_one()
    {
        const string text = "Brenmark chief executive Ana Vos said there would be no job cuts for three years, but 300 jobs in Zambia could go.";
        var c = new Article(text).Quantity("three years", 3, "year").Claims().Single();
        Assert.NotEqual("ZM", c.Actor);
    }
    [Fact]
    public void A_body_bought_for_a_price_is_paid_it()
    {
        var c = Single(new Article("Brenmark Mining agreed on Monday to buy Tarnwell Copper for 385 pence a share.").Quantity("385 pence", 3.85, "GBP", unitWord: "pence"));
        Assert.Equal(("Brenmark Mining", "Tarnwell Copper"), (c.Actor, c.Recipient));
    }

    [Fact]
    public void Goods_bought_for_a_price_name_no_recipient()
    {
        var c = Single(new Article("Egypt agreed to buy the wheat for 240 dollars a tonne.").Quantity("240 dollars", 240, "USD"));
        Assert.Null(c.Recipient);
    }

    [Fact]
    public void The_subject_of_a_relative_clause_is_the_name_it_follows_even_after_a_preposition()
    {
        var c = ClaimText.ClaimOf("Brazil imports copper from Peru, which sells about 30% of its copper abroad.", 30);
        Assert.Equal("PE", c.Actor);
    }

    [Fact]
    public void The_subject_of_a_relative_clause_after_an_apposition_is_the_person_it_describes()
    {
        var c = ClaimText.ClaimOf("Lima freed Juan Soto, a farmer from Cusco who had served six years in prison.", 6);
        Assert.Equal("Juan Soto", c.Actor);
    }

    [Fact]
    public void A_passive_relative_clause_does_not_make_its_name_the_actor()
    {
        var c = ClaimText.ClaimOf("Among them was Juan Soto, a farmer who was sentenced to nine years for fraud.", 9);
        Assert.NotEqual("Juan Soto", c.Actor);
    }

    [Fact]
    public void A_ministry_described_in_lower_case_acts_for_its_country()
    {
        const string text = "Peru's health ministry approved the shot on Monday. The health ministry has ordered 20 million doses.";
        Assert.Equal("PE", ClaimText.ClaimOf(text, 2e7).Actor);
    }

    [Fact]
    public void A_minister_s_department_acts_for_the_country()
    {
        const string text = "Peru's Interior Minister Ana Ruiz said her department would fine the firm 3 million soles.";
        Assert.Equal("PE", ClaimText.ClaimOf(text, 3e6).Actor);
    }

    [Theory]
    [InlineData("The Bavaria government has released 2 billion euros for schools.", 2e9)]
    [InlineData("Bavaria's state government shut 400 schools on Monday.", 400)]
    public void A_region_s_government_is_named_by_the_region(string text, double value)
    {
        Assert.Equal("Bavaria government", ClaimText.ClaimOf(text, value).Actor);
    }

    [Fact]
    public void A_verb_form_after_a_preposition_is_a_noun_not_the_predicate()
    {
        var c = ClaimText.ClaimOf("The plan foresees 30 billion euros in savings from cuts in wages.", 3e10);
        Assert.NotEqual("cut", c.Predicate);
    }

    [Fact]
    public void A_figure_inside_another_figure_s_phrase_is_not_what_the_relative_clause_s_subject_does()
    {
        const string text = "Lima released Juan Soto, a teacher jailed in 2019 who had done four years of a nine-year term.";
        Assert.Equal("Juan Soto", ClaimText.ClaimOf(text, 4).Actor);
        Assert.NotEqual("Juan Soto", ClaimText.ClaimOf(text, 9).Actor);
    }

    [Fact]
    public void A_body_in_apposition_between_the_verb_and_the_figure_receives_it()
    {
        const string text = "Transport Minister Ana Ruiz said the ministry would fine the operator, Tarvik Shipping Lines, 30 million pesos after the inquiry.";
        Assert.Equal("Tarvik Shipping Lines", ClaimText.ClaimOf(text, 3e7).Recipient);
    }

    [Fact]
    public void He_after_his_relative_said_is_not_the_relative()
    {
        const string text = "Juan Soto returned home on Friday. His brother Pablo said he had lost 12 kilograms in prison.";
        Assert.DoesNotContain("Pablo", ClaimText.ClaimOf(text, 12).Actor ?? string.Empty, StringComparison.Ordinal);
    }
}
