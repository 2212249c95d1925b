using System.Text.Json.Nodes;

namespace NewsFacts.Tests.Reports;

/// <summary>Every claim says where it stands in the article as read: URL, paragraph, offsets before repair.</summary>
public sealed class ProvenanceTests
{
    // Mojibake before the figures ("MÃ¼ller" is "Müller" read as Latin-1) makes the repaired text shorter than the text as read.
    private const string Body = "Mayor Jana MÃ¼ller opened the bridge on Monday.\nThe city will spend $40 million on 12 new ferries, MÃ¼ller said.\n";

    private static ArticleFacts Facts() => News.Extract(Body, new ArticleMetadata { Id = "bridge", Url = "https://news.example/bridge", Published = new DateOnly(2024, 6, 3) });

    [Fact]
    public void Offsets_lead_back_to_the_article_as_read_through_the_repair_map()
    {
        var facts = Facts();
        Assert.True(facts.Repaired.IsChanged);
        Assert.NotEmpty(facts.Claims);
        foreach (var claim in facts.Claims)
        {
            var p = facts.ProvenanceOf(claim);
            Assert.Equal("https://news.example/bridge", p.Url);
            Assert.Equal(2, p.Paragraph);
            Assert.Equal(claim.Quantity.Text, p.Original.Of(facts.Repaired.Original));
            Assert.StartsWith("The city will spend", p.OriginalSentence.Of(facts.Repaired.Original), StringComparison.Ordinal);
            // The repair shortened the first paragraph, so the offsets as read are not the repaired ones.
            Assert.NotEqual(claim.Quantity.Span.Start, p.Original.Start);
        }
    }

    [Fact]
    public void Extraction_sets_the_provenance_and_a_hand_made_claim_gets_the_same_from_the_article()
    {
        var facts = Facts();
        var claim = facts.Claims[0];
        Assert.NotNull(claim.Provenance);
        Assert.Equal(claim.Provenance, facts.ProvenanceOf(claim with { Provenance = null }));
    }

    [Fact]
    public void Text_and_Markdown_say_where_each_claim_stands()
    {
        var facts = Facts();
        var p = facts.ProvenanceOf(facts.Claims[0]);
        var where = $"¶ 2, characters {p.Original.Start}–{p.Original.End}";

        Assert.Contains(where, NewsReport.ToText(facts), StringComparison.Ordinal);
        Assert.Contains(where, NewsReport.ToMarkdown(facts), StringComparison.Ordinal);

        var other = News.Extract("The city will spend $45 million on 12 new ferries, the council said.", new ArticleMetadata { Id = "council", Published = new DateOnly(2024, 6, 3) });
        var report = News.Check([facts, other]);
        Assert.NotEmpty(report.Conflicts);
        Assert.Contains("Müller said.” · ¶ 2, characters", NewsReport.ToText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_carries_the_provenance_and_reads_back_output_that_has_none()
    {
        var facts = Facts();
        var json = JsonNode.Parse(NewsJson.Serialize(facts))!;
        var provenance = json["claims"]![0]!["provenance"]!;
        var expected = facts.ProvenanceOf(facts.Claims[0]);
        Assert.Equal(expected.Paragraph, (int)provenance["paragraph"]!);
        Assert.Equal(expected.Original.Start, (int)provenance["original"]!["start"]!);
        Assert.Equal(expected.OriginalSentence.End, (int)provenance["originalSentence"]!["end"]!);
        Assert.Equal("https://news.example/bridge", (string?)provenance["url"]);

        // Output written before the field existed still reads.
        foreach (var c in json["claims"]!.AsArray())
        {
            c!.AsObject().Remove("provenance");
        }

        var back = NewsJson.DeserializeArticle(json.ToJsonString());
        Assert.Equal(facts.Claims.Count, back.Claims.Count);
    }

    [Fact]
    public void The_check_names_where_each_claim_of_a_fact_and_a_conflict_stands()
    {
        var one = Facts();
        var other = News.Extract("The city will spend $45 million on 12 new ferries, the council said.", new ArticleMetadata { Id = "council", Published = new DateOnly(2024, 6, 3) });
        var report = News.Check([one, other]);

        var refs = report.Facts.SelectMany(f => f.Claims).Concat(report.SingleSource.SelectMany(f => f.Claims)).ToList();
        Assert.NotEmpty(refs);
        Assert.All(refs, r => Assert.NotNull(r.Provenance));
        Assert.All(report.Conflicts.SelectMany(c => c.Claims), c => Assert.NotNull(c.Provenance));
        var json = JsonNode.Parse(NewsJson.Serialize(report))!;
        Assert.All(json["facts"]!.AsArray().SelectMany(f => f!["claims"]!.AsArray()), c => Assert.NotNull(c!["provenance"]));
        var back = NewsJson.DeserializeReport(NewsJson.Serialize(report));
        Assert.Equal(NewsJson.Serialize(report), NewsJson.Serialize(back));
        Assert.Equal(report.Conflicts.SelectMany(c => c.Claims).Select(c => c.Provenance), back.Conflicts.SelectMany(c => c.Claims).Select(c => c.Provenance));
    }
}
