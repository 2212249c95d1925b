namespace NewsFacts.Tests.Claims;

/// <summary>Who acts in a claim: tolls, demonyms in the counted phrase, people and common nouns followed to their names.</summary>
public sealed class ClaimActorTests2
{
    [Fact]
    public void A_toll_in_a_country_is_that_countrys()
    {
        const string text = "Floods have caused at least 31 deaths in Bolivia and at least 12 in Peru, officials said on Friday.";
        Assert.Equal("BO", ClaimText.ClaimOf(text, 31).Actor);
        Assert.Equal("PE", ClaimText.ClaimOf(text, 12).Actor);
    }

    [Fact]
    public void A_toll_a_country_reports_of_itself_is_its_own()
    {
        const string text = "The storm moved north on Friday, and Bolivia has reported 17 deaths so far.";
        Assert.Equal("BO", ClaimText.ClaimOf(text, 17).Actor);
    }

    [Fact]
    public void A_demonym_in_the_counted_phrase_of_a_subject_figure_is_its_nation()
    {
        const string text = "Spain has flown in four rescuers, and three Chilean divers reached the mine on Tuesday.";
        Assert.Equal("CL", ClaimText.ClaimOf(text, 3).Actor);
    }

    [Fact]
    public void A_demonym_in_the_of_phrase_after_a_subject_figure_is_its_nation()
    {
        const string text = "The second shipment of the season, 45,000 tonnes of Argentine maize, reached Durban on Friday.";
        Assert.Equal("AR", ClaimText.ClaimOf(text, 45000).Actor);
    }

    [Fact]
    public void He_after_a_possessive_speaker_is_the_man_the_possessive_names()
    {
        const string text = "Tomas Varga, 51, was freed on Monday after four years in jail. His family said he had lost 18 kilograms.";
        Assert.Equal("Tomas Varga", ClaimText.ClaimOf(text, 18).Actor);
    }

    [Fact]
    public void A_short_form_of_a_shipping_line_acts_under_its_full_name()
    {
        const string text = "Regulators fined the vessel's owner, Tarvik Shipping Lines, on Monday. Tarvik Shipping said it had paid 20 million pesos to fishermen.";
        Assert.Equal("Tarvik Shipping Lines", ClaimText.ClaimOf(text, 2e7).Actor);
    }

    [Fact]
    public void A_bare_group_of_people_before_the_verb_is_its_subject_not_a_body_named_before()
    {
        const string text = "The Norvik Grid Authority's chief engineer, Lena Varga, said engineers had restored 60% of supply.";
        Assert.Equal("engineers", ClaimText.ClaimOf(text, 60).Actor);
    }

    [Fact]
    public void A_craft_named_by_a_common_noun_is_its_subject_not_a_body_named_before()
    {
        const string text = "The Varna Port Authority's harbour master, Ivo Petrov, said a cargo tanker leaked about 9,000 litres near the quay.";
        Assert.Equal("cargo tanker", ClaimText.ClaimOf(text, 9000).Actor);
    }

    [Fact]
    public void A_group_after_hundreds_of_is_its_subject_not_the_company_named_before()
    {
        const string text = "Tarvik Shipping Lines' director, Ana Ruiz, said dozens of volunteers had planted 40,000 mangroves since May.";
        Assert.Equal("volunteers", ClaimText.ClaimOf(text, 40000).Actor);
    }

    [Fact]
    public void A_union_that_represents_workers_holds_their_count()
    {
        const string text = "Ana Ruiz, who leads the Coastal Dockers' Federation, which represents about 4,500 of the port's workers, said members would not sign without a written pledge.";
        Assert.Equal("Coastal Dockers' Federation", ClaimText.ClaimOf(text, 4500).Actor);
    }

    [Fact]
    public void A_sentence_opening_with_a_country_as_its_place_is_about_that_country()
    {
        const string text = "In Bolivia, the power shortfall reached 900 megawatts on Friday.";
        Assert.Equal("BO", ClaimText.ClaimOf(text, 900).Actor);
    }
}
