namespace NewsFacts.Tests.Hostile;

/// <summary>The JSON written as it goes is the JSON built whole, character for character.</summary>
public sealed class StreamingJsonTests
{
    [Fact]
    public void Json_written_to_a_writer_equals_the_json_string()
    {
        // Long enough that the writer hands over its buffer many times, with characters of two, three and four UTF-8 bytes
        // so that some fall across a hand-over.
        var text = string.Concat(Enumerable.Range(0, 3000).Select(i => $"Caf\u00E9 \u201Cowners\u201D in S\u00E3o Paulo said {i + 2} million \u20AC went to \U0001F600 clubs. "));
        var facts = News.Extract(text, new ArticleMetadata { Id = "x", Published = new DateOnly(2024, 5, 2) });

        foreach (var indented in new[] { false, true })
        {
            using var writer = new StringWriter();
            NewsJson.Write(facts, writer, indented);
            Assert.Equal(NewsJson.Serialize(facts, indented), writer.ToString());
        }

        var report = News.Check([facts, facts with { Source = facts.Source with { Id = "y" } }]);
        using var reportWriter = new StringWriter();
        NewsJson.Write(report, reportWriter, indented: true);
        Assert.Equal(NewsJson.Serialize(report, indented: true), reportWriter.ToString());
    }
}
