using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace NewsFacts.Tests.Json;

/// <summary>
/// One JSON contract: what <c>JsonSerializer</c> gives for the results, what the harness prints, what reads back,
/// and what the committed JSON Schema (generated from the contract's types) describes.
/// </summary>
public sealed class JsonContractTests
{
    private static readonly string SchemaFolder = Path.Combine(Repo.Root, "schema");

    private static IReadOnlyList<ArticleFacts> Corpus() =>
        [.. Directory.GetFiles(Repo.Corpus, "*.txt").Order(StringComparer.Ordinal).Select(p => News.Extract(NewsArticle.FromFile(p).Article!))];

    [Fact]
    public void Plain_JsonSerializer_writes_the_contract_with_camelCase_names_and_enums_as_strings()
    {
        var facts = News.Extract("The council approved at least 40 new buses for Brazil on 2 May 2024.", new ArticleMetadata { Id = "buses", Published = new DateOnly(2024, 5, 3) });

        var json = JsonNode.Parse(JsonSerializer.Serialize(facts))!;

        Assert.Equal("buses", (string?)json["source"]!["id"]);
        Assert.Equal("atLeast", (string?)json["quantities"]![0]!["bound"]);
        Assert.Equal("name", (string?)json["countries"]![0]!["kind"]);
        Assert.Null(json["Quantities"]);
        Assert.Equal(NewsJson.Serialize(facts), JsonSerializer.Serialize(facts, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void An_article_read_back_from_its_json_writes_the_same_json_and_equals_another_reading()
    {
        foreach (var facts in Corpus())
        {
            var json = JsonSerializer.Serialize(facts);

            var back = JsonSerializer.Deserialize<ArticleFacts>(json)!;

            Assert.Equal(NewsJson.Serialize(facts), NewsJson.Serialize(back));
            Assert.Equal(back, NewsJson.DeserializeArticle(json));
            Assert.Equal(facts.Text, back.Text);
            Assert.Equal(facts.Segmentation, back.Segmentation);
        }
    }

    [Fact]
    public void A_report_read_back_from_its_json_writes_the_same_json()
    {
        var report = News.Check(Corpus());
        var json = JsonSerializer.Serialize(report);

        var back = JsonSerializer.Deserialize<CrossCheckReport>(json)!;

        Assert.Equal(NewsJson.Serialize(report, indented: true), NewsJson.Serialize(back, indented: true));
        Assert.Equal(back, NewsJson.DeserializeReport(json));
    }

    [Fact]
    public void Json_that_breaks_the_contract_is_refused_when_read()
    {
        var json = JsonNode.Parse(NewsJson.Serialize(News.Extract("Forty buses arrived.")))!;
        json["quantities"]![0]!["bound"] = "sometimes";

        Assert.Throws<JsonException>(() => NewsJson.DeserializeArticle(json.ToJsonString()));
        Assert.Throws<JsonException>(() => NewsJson.DeserializeArticle("{\"source\":{}}"));
    }

    [Fact]
    public void Results_compare_by_value()
    {
        const string Text = "The ferry carried 300 passengers to Malta on Friday, the captain said.";

        Assert.Equal(News.Extract(Text), News.Extract(Text));
        Assert.True(News.Extract(Text) == News.Extract(Text));
        Assert.Equal(News.Extract(Text).GetHashCode(), News.Extract(Text).GetHashCode());
        Assert.NotEqual(News.Extract(Text), News.Extract(Text.Replace("300", "301", StringComparison.Ordinal)));
        Assert.Equal(News.Check(Corpus()), News.Check(Corpus()));
        Assert.Equal(NewsArticle.FromText(Text), NewsArticle.FromText(Text));
    }

    [Theory]
    [InlineData("extract.schema.json")]
    [InlineData("check.schema.json")]
    public void The_committed_schema_is_the_one_generated_from_the_contract_types(string name)
    {
        var generated = name.StartsWith("extract", StringComparison.Ordinal) ? NewsJson.ExtractSchema() : NewsJson.CheckSchema();
        var path = Path.Combine(SchemaFolder, name);
        if (Environment.GetEnvironmentVariable("NEWSFACTS_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(SchemaFolder);
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"no {path}; run the tests with NEWSFACTS_ACCEPT_SNAPSHOTS=1 to write it");
        Assert.Equal(generated, File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_object_the_harness_prints_validates_against_the_committed_schemas()
    {
        var extract = Harness.HarnessRun.Of("extract", Repo.Corpus);
        var check = Harness.HarnessRun.Of("check", Repo.Corpus);
        Assert.Equal(0, extract.Exit);
        Assert.Equal(0, check.Exit);

        var lines = extract.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, line => AssertValid("extract.schema.json", line));
        AssertValid("check.schema.json", check.Stdout);
    }

    [Fact]
    public void The_check_of_a_pile_of_several_stories_validates_against_the_committed_schema()
    {
        var pile = News.CheckStories(
            [.. new[] { ("bridge-a", Checking.PileCheckTests.BridgeA), ("bridge-b", Checking.PileCheckTests.BridgeB), ("orchestra-a", Checking.PileCheckTests.OrchestraA), ("orchestra-b", Checking.PileCheckTests.OrchestraB) }
                .Select(a => News.Extract(a.Item2, new ArticleMetadata { Id = a.Item1 }))]);

        Assert.Equal(2, pile.Stories.Count);
        AssertValid("check.schema.json", NewsJson.Serialize(pile, indented: true));
    }

    [Fact]
    public void The_schema_refuses_what_the_contract_does_not_allow()
    {
        var json = JsonNode.Parse(NewsJson.Serialize(News.Extract("Forty buses arrived.")))!;
        json["quantities"]![0]!["bound"] = "AtLeast";
        Assert.False(Evaluate("extract.schema.json", json.ToJsonString()).IsValid);

        json = JsonNode.Parse(NewsJson.Serialize(News.Extract("Forty buses arrived.")))!;
        json.AsObject().Remove("claims");
        Assert.False(Evaluate("extract.schema.json", json.ToJsonString()).IsValid);

        json = JsonNode.Parse(NewsJson.Serialize(News.Extract("Forty buses arrived.")))!;
        json["extra"] = 1;
        Assert.False(Evaluate("extract.schema.json", json.ToJsonString()).IsValid);
    }

    private static void AssertValid(string schema, string json)
    {
        var result = Evaluate(schema, json);
        Assert.True(result.IsValid, JsonSerializer.Serialize(result));
    }

    private static EvaluationResults Evaluate(string schema, string json) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(SchemaFolder, schema))).Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
}
