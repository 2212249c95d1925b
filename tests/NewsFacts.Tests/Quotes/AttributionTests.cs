namespace NewsFacts.Tests.Quotes;

public sealed class AttributionTests
{
    private static Attributed? Of(string text, int sentence)
    {
        var doc = DocumentContext.Of(text);
        return Attribution.SpeakerOf(doc, doc.Segmentation.Sentences[sentence]);
    }

    [Fact]
    public void Reported_speech_with_said_that_names_the_canonical_speaker()
    {
        const string text = "Health Secretary Nora Blake visited the clinic. Blake said that 3 million tests had been sent.";
        var a = Of(text, 1);
        Assert.NotNull(a);
        Assert.Equal("Nora Blake", a.Speaker);
        Assert.False(a.Hearsay);
        Assert.Equal("say", a.Verb);
    }

    [Fact]
    public void According_to_is_hearsay()
    {
        var a = Of("The company sold 40,000 cars last year, according to the Motor Gazette.", 0);
        Assert.NotNull(a);
        Assert.Equal("the Motor Gazette", a.Speaker);
        Assert.True(a.Hearsay);
    }

    [Fact]
    public void Media_reported_that_is_hearsay_with_a_description_speaker()
    {
        var a = Of("Peruvian media reported that 200 families were evacuated.", 0);
        Assert.NotNull(a);
        Assert.Equal("Peruvian media", a.Speaker);
        Assert.True(a.Hearsay);
    }

    [Fact]
    public void Trailing_said_attributes_the_sentence()
    {
        var a = Of("About 500 homes lost power, the utility said.", 0);
        Assert.Equal("the utility", a?.Speaker);
    }

    [Fact]
    public void Writer_statement_has_no_speaker()
    {
        Assert.Null(Of("The bridge carries 20,000 cars a day.", 0));
    }

    [Fact]
    public void Sentence_with_a_quote_takes_the_quote_speaker()
    {
        var a = Of("\"We shipped 12 tonnes,\" said port director Ivo Marsh.", 0);
        Assert.Equal("Ivo Marsh", a?.Speaker);
        Assert.Equal("port director", a?.Role);
    }

    [Fact]
    public void Pronoun_resolves_to_the_earlier_speaker()
    {
        const string text = "\"We are ready,\" said Ms. Hana Sato. She said the fleet had 30 ships.";
        Assert.Equal("Hana Sato", Of(text, 1)?.Speaker);
    }

    [Fact]
    public void Noun_claims_is_not_a_reporting_verb()
    {
        Assert.Null(Of("The claims were filed in 2019.", 0));
    }

    [Fact]
    public void Span_out_of_range_gives_null()
    {
        var doc = DocumentContext.Of("Short.");
        Assert.Null(Attribution.SpeakerOf(doc, new TextSpan(3, 99)));
    }
}
