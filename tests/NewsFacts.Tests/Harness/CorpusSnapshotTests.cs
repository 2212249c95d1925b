using System.Text;

namespace NewsFacts.Tests.Harness;

/// <summary>
/// Snapshot tests of extraction on each corpus article: a readable dump (one line per mention and claim, with
/// spans) compared with the committed Snapshots/extract-*.verified.txt, and the contract JSON checked for honest spans.
/// </summary>
public sealed class CorpusSnapshotTests
{
    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Repo.Corpus, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    private static ArticleFacts Extract(string file)
    {
        var read = NewsArticle.FromFile(Path.Combine(Repo.Corpus, file));
        Assert.True(read.Succeeded, read.Error?.Message);
        return News.Extract(read.Article!);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Extraction_of_a_corpus_article_matches_its_snapshot(string file)
    {
        var facts = Extract(file);
        Snapshot.Match("extract-" + Path.GetFileNameWithoutExtension(file)[..3], Dump(facts));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Every_span_in_the_json_points_at_its_own_text(string file)
    {
        var facts = Extract(file);
        using var json = System.Text.Json.JsonDocument.Parse(NewsJson.Serialize(facts));
        var text = json.RootElement.GetProperty("text").GetString()!;
        foreach (var kind in new[] { "quantities", "dates", "countries", "quotes" })
        {
            foreach (var m in json.RootElement.GetProperty(kind).EnumerateArray())
            {
                var start = m.GetProperty("start").GetInt32();
                var end = m.GetProperty("end").GetInt32();
                Assert.Equal(m.GetProperty("text").GetString(), text[start..end]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Every_repaired_span_maps_back_into_the_article_as_read(string file)
    {
        var facts = Extract(file);
        foreach (var span in facts.Quantities.Select(q => q.Span).Concat(facts.Countries.Select(c => c.Span)))
        {
            var original = facts.Repaired.ToOriginal(span);
            Assert.InRange(original.Start, 0, facts.Repaired.Original.Length);
            Assert.InRange(original.End, original.Start, facts.Repaired.Original.Length);
        }
    }

    internal static string Dump(ArticleFacts f)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"source: {f.Source.Id} | {f.Source.Title} | {f.Source.Outlet} | {f.Source.Published:yyyy-MM-dd}");
        sb.AppendLine($"text: {f.Text.Length} chars, {f.Segmentation.Paragraphs.Count} paragraphs, {f.Segmentation.Sentences.Count} sentences");
        foreach (var d in f.Diagnostics)
        {
            sb.AppendLine($"diagnostic: {d}");
        }

        Section(sb, "quantities", f.Quantities);
        Section(sb, "dates", f.Dates);
        Section(sb, "countries", f.Countries);
        Section(sb, "quotes", f.Quotes);
        Section(sb, "claims", f.Claims);
        return sb.ToString();
    }

    private static void Section<T>(StringBuilder sb, string name, IReadOnlyList<T> items)
    {
        sb.AppendLine().AppendLine($"## {name} ({items.Count})");
        foreach (var item in items)
        {
            sb.AppendLine(item!.ToString());
        }
    }
}
