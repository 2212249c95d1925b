using System.Text.Json;
using System.Text.RegularExpressions;
using NewsFacts.Tests.Checking;

namespace NewsFacts.Tests.Reports;

public sealed partial class CheckReportTests
{
    private static (CrossCheckReport Report, ArticleFacts[] Articles) Story()
    {
        var articles = new[]
        {
            new ArticleBuilder("north", "Chile will lend 200 fire trucks to Argentina, spokeswoman Ana Rojas said. The storm killed 1,200 people.", "North Herald", "2024-05-02")
                .Claim("200 fire trucks", 200, "truck", "lend", "CL", "AR", speaker: "Ana Rojas", modality: Modality.Planned)
                .Claim("1,200 people", 1200, "death", "kill", "CL")
                .Build(),
            new ArticleBuilder("south", "Chile will send 200 fire trucks to Argentina, the Interior Ministry said. The storm killed 1,500 people.", "South Courier", "2024-05-02")
                .Claim("200 fire trucks", 200, "truck", "send", "CL", "AR", speaker: "Interior Ministry", modality: Modality.Planned)
                .Claim("1,500 people", 1500, "death", "kill", "CL")
                .Build(),
        };
        return (News.Check(articles), articles);
    }

    [Fact]
    public void Json_has_every_field_of_the_contract()
    {
        var (report, _) = Story();
        using var doc = JsonDocument.Parse(NewsJson.Serialize(report));
        var root = doc.RootElement;
        Assert.Equal(["north", "south"], root.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("copies").ValueKind);
        var fact = root.GetProperty("facts")[0];
        Assert.Equal("trucks · CL → AR", fact.GetProperty("key").GetString());
        Assert.Equal(200, fact.GetProperty("value").GetDouble());
        Assert.Equal("truck", fact.GetProperty("unit").GetString());
        Assert.Equal(2, fact.GetProperty("independentSources").GetInt32());
        Assert.Equal("north", fact.GetProperty("claims")[0].GetProperty("source").GetString());
        Assert.Equal("c1", fact.GetProperty("claims")[0].GetProperty("claimId").GetString());
        var kinds = root.GetProperty("conflicts").EnumerateArray().Select(c => c.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["attribution", "modality", "value"], kinds);
        var value = root.GetProperty("conflicts")[2];
        Assert.False(string.IsNullOrEmpty(value.GetProperty("summary").GetString()));
        Assert.Equal("deaths · CL", value.GetProperty("key").GetString());
        var side = value.GetProperty("claims")[1];
        Assert.Equal("south", side.GetProperty("source").GetString());
        Assert.Equal("c2", side.GetProperty("claimId").GetString());
        Assert.Equal(1500, side.GetProperty("value").GetDouble());
        Assert.Equal("The storm killed 1,500 people.", side.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("singleSource").ValueKind);
    }

    [Fact]
    public void Text_report_names_conflicts_with_the_highlighted_words_and_the_facts()
    {
        var (report, _) = Story();
        var text = NewsReport.ToText(report);
        Assert.Contains("[value] deaths · CL", text, StringComparison.Ordinal);
        Assert.Contains("south: “The storm killed «1,500 people».”", text, StringComparison.Ordinal);
        Assert.Contains("trucks · CL → AR: 200 (two independent sources: north, south)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_report_uses_headings_and_bold_highlights()
    {
        var (report, _) = Story();
        var md = NewsReport.ToMarkdown(report);
        Assert.StartsWith("# Cross-check", md, StringComparison.Ordinal);
        Assert.Contains("### Value · deaths · CL", md, StringComparison.Ordinal);
        Assert.Contains("- **south**: “The storm killed **1,500 people**.”", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_report_is_self_contained()
    {
        var (report, articles) = Story();
        var html = HtmlReport.Render(report, articles);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(External(), html);
        // The trucks' speaker and verb differ in one pair of sentences: one card; the deaths another.
        Assert.Equal(2, Regex.Matches(html, "<article class=\"card\"").Count);
        Assert.Equal(report.Conflicts.Count, Regex.Matches(html, "<li class=\"difference\"").Count);
    }

    [Fact]
    public void Html_marks_only_the_parts_that_carry_a_difference_with_their_kind_and_escapes_text()
    {
        var marked = HtmlReport.Marked("a <b> c d", [(new TextSpan(2, 5), ConflictKind.Attribution), (new TextSpan(8, 9), ConflictKind.Value)]);
        Assert.Equal("a <mark class=\"key attribution\">&lt;b&gt;</mark> c <mark class=\"key value\">d</mark>", marked);
    }

    [Theory]
    [InlineData(7_000_000, "dose", QuantityBound.Exact, "7 million doses")]
    [InlineData(1, "dose", QuantityBound.Exact, "1 dose")]
    [InlineData(69, "country", QuantityBound.AtLeast, "at least 69 countries")]
    [InlineData(40, "person", QuantityBound.Approx, "about 40 people")]
    [InlineData(2_000_000_000, "USD", QuantityBound.Exact, "2 billion USD")]
    [InlineData(12, "percent", QuantityBound.Exact, "12%")]
    [InlineData(90, "kilometre per hour", QuantityBound.Exact, "90 kilometres per hour")]
    public void Html_amounts_put_the_unit_in_the_plural_unless_the_value_is_one(double value, string unit, QuantityBound bound, string expected) =>
        Assert.Equal(expected, NewsReport.Amount(value, unit, bound));

    [GeneratedRegex("(src|href)=\"(https?:)?//|<link rel=\"stylesheet\"|@import", RegexOptions.None, 1000)]
    private static partial Regex External();
}
