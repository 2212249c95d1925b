namespace NewsFacts.Tests.Claims;

/// <summary>Who says a claim when the attribution is a pronoun, a short name, a closing clause or a phrase that points elsewhere; sentences of our own.</summary>
public sealed class ClaimSpeakerTests
{
    private static Claim ClaimOf(string text, double value) =>
        Assert.Single(News.Extract(text).Claims, c => c.Quantity.Value == value);

    [Fact]
    public void A_pronoun_at_the_end_means_the_person_the_sentence_before_reported()
    {
        const string text = "\"The runway was clear,\" said airport manager Paul Otieno.\n\n" +
            "Airline chief executive Mary Wanjiku said the crew had followed the rules. The airline has offered every passenger 20,000 shillings, she said.";
        Assert.Equal("Mary Wanjiku", ClaimOf(text, 20000).Speaker);
    }

    [Theory]
    [InlineData("In the north, the Red Crescent put the number of displaced families at about 12,000.", 12000, "Red Crescent")]
    [InlineData("Farm groups now put crop losses at $45 million after the hailstorm.", 45_000_000, "Farm groups")]
    [InlineData("Meridia's finance ministry puts the damage at 3 billion lira.", 3e9, "Meridia's finance ministry")]
    public void Whoever_puts_a_figure_at_a_value_gives_it(string text, double value, string speaker) =>
        Assert.Equal(speaker, ClaimOf(text, value).Speaker);

    [Theory]
    [InlineData("Marrow Foods also says the recall covers 12,000 jars of jam.", 12000, "Marrow Foods")] // an adverb is no part of the name
    [InlineData("Inspector Dale this morning announced a reward of $5,000 for information.", 5000, "Dale")]
    [InlineData("The ministry now says 40 schools will stay shut.", 40, "ministry")]
    public void Words_between_a_speaker_and_the_verb_of_saying_are_not_the_speaker(string text, double value, string speaker) =>
        Assert.EndsWith(speaker, ClaimOf(text, value).Speaker);

    [Fact]
    public void A_place_after_a_description_locates_the_speaker()
    {
        var speaker = ClaimOf("A shopkeeper in Varna said the blast shattered 30 windows on his street.", 30).Speaker;
        Assert.NotEqual("Varna", speaker);
        Assert.Contains("shopkeeper", speaker);
    }

    [Fact]
    public void Putting_things_at_places_attributes_nothing()
    {
        Assert.Null(ClaimOf("Volunteers put the water tanks at 40 schools across the district.", 40).Speaker);
    }

    [Fact]
    public void A_closing_attribution_governs_a_verb_of_thinking_inside_the_sentence()
    {
        const string text = "Brightwell Foods expects to save $40 million a year and will close 3 plants, the company's finance director, Ada Lund, said.";
        Assert.Equal("Ada Lund", ClaimOf(text, 40_000_000).Speaker);
    }

    [Fact]
    public void A_closing_attribution_governs_an_argument_it_reports()
    {
        const string text = "Two of the three judges agreed, while one, Omar Haddad, argued for a fine of 5,000 euros, the court said in a statement.";
        Assert.Equal("court", ClaimOf(text, 5000).Speaker);
    }

    [Fact]
    public void A_body_named_by_its_first_words_keeps_its_full_name()
    {
        const string text = "Nordvik Shipping Lines agreed on Monday to sell its ferry unit.\n\nThe ferries carried 2.1 million passengers last year, Nordvik said.";
        Assert.Equal("Nordvik Shipping Lines", ClaimOf(text, 2.1e6).Speaker);
    }

    [Fact]
    public void A_country_is_no_short_form_of_a_body_named_after_it()
    {
        const string text = "Ghana Airways resumed flights on Monday.\n\nThe country received 40,000 tourists in May, Ghana said.";
        Assert.Equal("Ghana", ClaimOf(text, 40000).Speaker);
    }

    [Fact]
    public void A_place_is_no_short_form_of_its_university()
    {
        const string text = "Researchers at Vermont State University published the figures.\n\nThe state lost 3,000 jobs in May, Vermont said.";
        Assert.Equal("Vermont", ClaimOf(text, 3000).Speaker);
    }

    [Fact]
    public void Initials_stand_for_the_name_they_abbreviate()
    {
        const string text = "The National Water Authority's director spoke on Monday.\n\nSome 12,000 homes are without water, the NWA said.";
        Assert.Equal("National Water Authority", ClaimOf(text, 12000).Speaker);
    }

    [Fact]
    public void His_family_is_the_family_of_the_man_last_named()
    {
        const string text = "Among those freed was Peter Lindahl, 52, an engineer from Malmo.\n\nHis family said he lost 12 kilograms in prison.";
        Assert.Equal("Lindahl family", ClaimOf(text, 12).Speaker);
    }

    [Fact]
    public void A_survey_that_finds_a_figure_is_its_source()
    {
        const string text = "A Helix Research survey last month found that 58% of voters backed the plan.";
        Assert.Equal("Helix Research", ClaimOf(text, 58).Speaker);
    }

    [Theory]
    [InlineData("Norway's central bank held its main rate at 4% on Thursday. Inflation will ease to 2.5% next year, the bank said.", 2.5, "Norwegian central bank")]
    [InlineData("The state health department opened two clinics. Some 3,000 people were vaccinated, the department said.", 3000, "state health department")]
    [InlineData("Transport Minister Aino Lehto opened the bridge. It cost 80 million euros, the ministry said.", 80_000_000, "transport ministry")]
    public void A_bare_description_speaks_for_the_body_the_article_described_before(string text, double value, string speaker) =>
        Assert.Equal(speaker, ClaimOf(text, value).Speaker);

    [Theory]
    [InlineData("Prime Minister Aino Lehto opened the bridge. It cost 80 million euros, the ministry said.")] // a prime minister has no ministry of that name
    [InlineData("The same ministry opened the bridge. It cost 80 million euros, the ministry said.")] // "the same" says nothing of which
    public void A_description_with_nothing_before_to_name_it_stays_as_written(string text) =>
        Assert.Equal("ministry", ClaimOf(text, 80_000_000).Speaker);
}
