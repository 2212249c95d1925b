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

    [Theory]
    [InlineData("The Bank of Lumeria Governor Ivo Tam spoke.", "Bank of Lumeria")]
    [InlineData("Shares of Cairo-based Nile Cement Industries fell.", "Nile Cement Industries")]
    [InlineData("The Ghana Civil Aviation Authority said so.", "Ghana Civil Aviation Authority")]
    public void A_body_is_named_without_the_title_after_or_the_modifier_before(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(new NamedBodies(text).Bodies()).Name);

    [Fact]
    public void A_name_without_a_word_of_a_body_names_no_body() =>
        Assert.Empty(new NamedBodies("On Monday Maria Lopez met Ivan Petrov in Santa Rosa.").Bodies());

    [Fact]
    public void Each_use_of_a_defined_acronym_names_the_body()
    {
        const string text = "The Tasman Water Board (TWB) met. The TWB said rates would rise.";
        var bodies = new NamedBodies(text).Bodies();
        Assert.Equal(["Tasman Water Board", "Tasman Water Board", "Tasman Water Board"], bodies.Select(b => b.Name));
        Assert.Equal("TWB", bodies[^1].Span.Of(text));
    }

    [Theory]
    [InlineData("Shares of Harwick Tin rose after rival Oskaro Metals walked away.", "Harwick Tin|Oskaro Metals")]
    [InlineData("Brenmark agreed to buy Tarnwell Copper. Each Tarnwell share is worth 3 pounds.", "Tarnwell Copper|Tarnwell Copper")]
    [InlineData("Congo's state miner Belumi holds a stake.", "Belumi")]
    [InlineData("The nurses' union Caldermark called a strike.", "Caldermark")]
    [InlineData("Chile's central bank met. The Peruvian central bank did not.", "Central Bank of Chile|Central Bank of Peru")]
    [InlineData("The Latvian farmers' association LZA wants aid.", "LZA")]
    [InlineData("Brenmark agreed to buy Tarnwell Copper, paying 3 pounds for each Tarnwell share.", "Tarnwell Copper|Tarnwell Copper")]
    [InlineData("A drug made by Chile's Instituto Marvento failed. Marvento said so.", "Instituto Marvento|Instituto Marvento")]
    public void A_name_the_words_beside_it_mark_as_a_company_is_a_body(string text, string expected) =>
        Assert.Equal(expected.Split('|'), new NamedBodies(text).Bodies().Select(b => b.Name));

    [Fact]
    public void A_word_also_written_in_lower_case_is_no_short_form_of_a_body()
    {
        const string text = "The Health Service Executive met. Health officials said health budgets were cut.";
        Assert.Equal(["Health Service Executive"], new NamedBodies(text).Bodies().Select(b => b.Name));
    }
}
