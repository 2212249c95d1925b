using System.Text;

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

    /// <summary>
    /// A stream writer of UTF-8 (the harness's standard output into a pipe) gets the bytes straight into its stream,
    /// after what was written to it before; one of another encoding, or with a byte-order mark, gets characters as any
    /// writer: the bytes are the same either way.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Json_written_to_a_stream_writer_is_the_json_string_after_what_came_before(bool byteOrderMark)
    {
        var text = string.Concat(Enumerable.Range(0, 2000).Select(i => $"Les élus de Genève ont voté {i + 3} millions € pour 🚲 les pistes. "));
        var facts = News.Extract(text, new ArticleMetadata { Id = "x", Published = new DateOnly(2024, 5, 2) });
        var encoding = new UTF8Encoding(byteOrderMark);

        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, encoding, 1 << 16, leaveOpen: true))
        {
            writer.Write("first line\n");
            NewsJson.Write(facts, writer);
            writer.WriteLine();
        }

        var expected = encoding.GetPreamble().Concat(new UTF8Encoding(false).GetBytes("first line\n" + NewsJson.Serialize(facts) + "\n"));
        Assert.Equal(expected.ToArray(), stream.ToArray());
    }
}
