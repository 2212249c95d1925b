namespace NewsFacts.Tests.Names;

/// <summary>One canonical name for a speaker or actor across an article (<see cref="NamedBodies"/>).</summary>
public sealed class NamedBodiesTests
{
    [Fact]
    public void A_defined_acronym_stands_for_its_long_name()
    {
        const string text = "The National Water Board (NWB) said supplies were low. Later the NWB said rationing would start.";
        Assert.Equal("National Water Board", new NamedBodies(text).Canonical("NWB", text.LastIndexOf("NWB", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Officials at the Bureau of Mines and Geology said the shaft was safe. The bureau said 40 miners were inside.", "the bureau", "Bureau of Mines and Geology")]
    [InlineData("A Condor Airways jet landed safely. The airline said no one was hurt.", "airline", "Condor Airways")]
    [InlineData("Shares of Baltic Timber Group rose. The company said profit doubled.", "the company", "Baltic Timber Group")]
    public void A_description_follows_back_to_the_last_body_it_fits(string text, string description, string expected) =>
        Assert.Equal(expected, new NamedBodies(text).Canonical(description, text.Length - 5));

    [Fact]
    public void A_description_with_a_modifier_says_which_and_is_kept() =>
        Assert.Equal("the agriculture ministry", new NamedBodies("The Ministry of Finance spoke first. The agriculture ministry said more.").Canonical("the agriculture ministry", 40));

    [Fact]
    public void A_country_body_in_the_possessive_is_named_by_the_demonym() =>
        Assert.Equal("Omani foreign ministry", new NamedBodies("Talks went on.").Canonical("Oman's foreign ministry", 0));

    [Fact]
    public void A_capital_speaking_is_its_government() =>
        Assert.Equal("Indian government", new NamedBodies("Talks went on.").Canonical("New Delhi", 0));

    [Fact]
    public void A_seat_of_government_keeps_its_name() =>
        Assert.Equal("White House", new NamedBodies("Talks went on.").Canonical("White House", 0));

    [Fact]
    public void It_said_names_the_last_body_not_the_last_person()
    {
        const string text = "The Central Bank of Peru held rates. Governor Ana Soto spoke briefly.";
        Assert.Equal("Central Bank of Peru", new NamedBodies(text).LastBody(text.Length));
    }
}

/// <summary>Who reported speech is attributed to, read through the whole pipeline.</summary>
public sealed class ReportedSpeakerTests
{
    private static string? SpeakerOf(string text, string quantity) =>
        Assert.Single(News.Extract(text, new ArticleMetadata { Published = new DateOnly(2024, 5, 2) }).Claims, c => c.Quantity.Text == quantity).Speaker;

    [Fact]
    public void A_passive_verb_of_saying_is_no_speaker() =>
        Assert.Equal("Institute of Tropical Medicine", SpeakerOf("The Institute of Tropical Medicine ran the study. Mild fevers were reported in 12% of volunteers, the institute said.", "12%"));

    [Fact]
    public void A_verb_of_saying_after_a_determiner_is_a_noun() =>
        Assert.NotEqual("it raised its", SpeakerOf("The Central Bank of Peru met on Tuesday, and it raised its forecast for exports to 4.1%.", "4.1%"));

    [Fact]
    public void An_acronym_in_brackets_before_said_belongs_to_the_speaker() =>
        Assert.Equal("Civil Defence Agency", SpeakerOf("Floods forced 3,000 families from their homes, the Civil Defence Agency (CDA) said on Monday.", "3,000 families"));
}
