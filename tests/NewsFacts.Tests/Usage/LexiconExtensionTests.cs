namespace NewsFacts.Tests.Usage;

/// <summary>A user adds lexicon entries to a pipeline, from code or from a file in the data files' TSV format, without rebuilding.</summary>
public sealed class LexiconExtensionTests : IDisposable
{
    private readonly Harness.TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void An_added_reporting_verb_attributes_a_quote()
    {
        const string Text = "\"The trams will run again by spring,\" harrumphed Mayor Dana Whitfield.";
        Assert.Null(Assert.Single(News.Extract(Text).Quotes).Speaker);

        var pipeline = new NewsPipelineBuilder().UseAll().AddReportingVerb("harrumphed", "harrumph").Build();

        Assert.Equal("Dana Whitfield", Assert.Single(pipeline.Extract(Text).Quotes).Speaker);
    }

    [Fact]
    public void An_added_country_alias_is_recognized_with_its_kind()
    {
        const string Text = "Rail officials said the Hexagon will add 12 trains next year.";
        Assert.DoesNotContain(News.Extract(Text).Countries, c => c.Code == "FR");

        var pipeline = new NewsPipelineBuilder().UseAll().AddCountryAlias("FR", "the Hexagon", CountryMentionKind.Metonym).Build();

        var country = Assert.Single(pipeline.Extract(Text).Countries);
        Assert.Equal(("FR", CountryMentionKind.Metonym, "the Hexagon"), (country.Code, country.Kind, country.Text));
    }

    [Fact]
    public void An_added_unit_is_the_unit_of_a_quantity()
    {
        const string Text = "The winning horse stood 16 hh at the shoulder.";
        Assert.NotEqual("hand", Assert.Single(News.Extract(Text).Quantities).Unit);

        var pipeline = new NewsPipelineBuilder().UseAll().AddUnit("hand", "hh", "hands").Build();

        Assert.Equal("hand", Assert.Single(pipeline.Extract(Text).Quantities).Unit);
    }

    [Fact]
    public void An_added_organisation_can_be_the_actor_of_a_claim()
    {
        const string Text = "Velmora Transit sent 40 electric buses to Ukraine on Monday.";
        Assert.NotEqual("Velmora Transit", Assert.Single(News.Extract(Text).Claims).Actor);

        var pipeline = new NewsPipelineBuilder().UseAll().AddOrganization("Velmora Transit", "company", "VT").Build();

        Assert.Equal("Velmora Transit", Assert.Single(pipeline.Extract(Text).Claims).Actor);
    }

    [Fact]
    public void Entries_read_from_a_tsv_file_work_as_entries_added_in_code()
    {
        var path = _temp.File("units.tsv", "# my units\nhand\thh\thands\n\nfurlong\tfur.\n");
        const string Text = "The horse stood 16 hh and ran 12 fur. in the race.";
        Assert.DoesNotContain(News.Extract(Text).Quantities, q => q.Unit is "hand" or "furlong");

        var pipeline = new NewsPipelineBuilder().UseAll().AddLexiconFile(LexiconKind.Units, path).Build();

        Assert.Equal(["hand", "furlong"], pipeline.Extract(Text).Quantities.Select(q => q.Unit));
    }

    [Fact]
    public void A_row_that_does_not_fit_the_format_is_refused_with_its_line()
    {
        var error = Assert.Throws<ArgumentException>(() => new NewsPipelineBuilder().AddLexicon(LexiconKind.Countries, new StringReader("FR\tmetonym\tthe Hexagon\n\nFrance\tname\tLa France\n")));

        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new NewsPipelineBuilder().AddReportingVerb("harrumphed", "harrumph", "shouting"));
        Assert.Throws<ArgumentException>(() => new NewsPipelineBuilder().AddOrganization(" ", "company"));
    }

    [Fact]
    public void Additions_belong_to_their_pipeline_only()
    {
        const string Text = "\"We are done,\" harrumphed Mayor Dana Whitfield.";
        var extended = new NewsPipelineBuilder().UseAll().AddReportingVerb("harrumphed", "harrumph").Build();

        Assert.Equal("Dana Whitfield", Assert.Single(extended.Extract(Text).Quotes).Speaker);
        Assert.Null(Assert.Single(NewsPipeline.Default.Extract(Text).Quotes).Speaker);
        Assert.Null(Assert.Single(QuoteRecognizer.Default.Recognize(Text)).Speaker);
    }
}
