using System.Text.Json;

namespace NewsFacts.Tests.Reports;

/// <summary>The schema.org output: every type and property it uses is schema.org's, on a type that has it, with a value of its range.</summary>
public sealed class JsonLdReportTests
{
    private static readonly Vocabulary Schema = Vocabulary.Load(Path.Combine(Repo.Root, "tests", "NewsFacts.Tests", "Reports", "schema-org-vocabulary.tsv"));

    private static ArticleFacts North() => News.Extract(
        "Chile will send 200 fire trucks to Argentina, Interior Minister Ana Rojas said on Monday.\nThe storm killed 1,200 people.",
        new ArticleMetadata { Id = "north", Title = "Chile sends trucks", Outlet = "North Herald", Url = "https://north.example/trucks", Published = new DateOnly(2024, 5, 2) });

    private static ArticleFacts South() => News.Extract(
        "Chile will send 200 fire trucks to Argentina, the Interior Ministry said. The storm killed 1,500 people.",
        new ArticleMetadata { Id = "south", Title = "Trucks for Argentina", Outlet = "South Courier", Published = new DateOnly(2024, 5, 3) });

    [Fact]
    public void Each_claim_is_a_schema_org_Claim_that_appears_in_its_NewsArticle()
    {
        var facts = North();
        using var doc = JsonDocument.Parse(JsonLdReport.Serialize(facts));

        Assert.Equal("https://schema.org", doc.RootElement.GetProperty("@context").GetString());
        var graph = doc.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        Assert.Equal(facts.Claims.Count, graph.Count);
        Schema.AssertValid(doc.RootElement.GetProperty("@graph"));
        var trucks = graph.Single(c => c.GetProperty("text").GetString()!.Contains("fire trucks", StringComparison.Ordinal));
        Assert.Equal("Claim", trucks.GetProperty("@type").GetString());
        Assert.StartsWith("200 fire trucks · CL → AR (send, ", trucks.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal("Ana Rojas", trucks.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("Person", trucks.GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal("2024-05-02", trucks.GetProperty("datePublished").GetString());
        var appearance = trucks.GetProperty("appearance");
        Assert.Equal("NewsArticle", appearance.GetProperty("@type").GetString());
        Assert.Equal("https://north.example/trucks", appearance.GetProperty("url").GetString());
        Assert.Equal("Chile sends trucks", appearance.GetProperty("headline").GetString());
        Assert.Equal("North Herald", appearance.GetProperty("publisher").GetProperty("name").GetString());

        var claim = facts.Claims.Single(c => c.Quantity.Value == 200);
        var where = trucks.GetProperty("identifier").EnumerateArray().ToDictionary(p => p.GetProperty("propertyID").GetString()!, p => p.GetProperty("value"));
        Assert.Equal(claim.Id, where["newsfacts:claimId"].GetString());
        Assert.Equal(1, where["newsfacts:paragraph"].GetInt32());
        Assert.Equal(facts.ProvenanceOf(claim).Original.Start, where["newsfacts:originalStart"].GetInt32());
    }

    [Fact]
    public void A_body_that_speaks_is_an_Organization()
    {
        Assert.True(JsonLdReport.IsOrganization("Interior Ministry"));
        Assert.True(JsonLdReport.IsOrganization("White House"));
        Assert.True(JsonLdReport.IsOrganization("AstraZeneca"));
        Assert.False(JsonLdReport.IsOrganization("Ana Rojas"));
        Assert.False(JsonLdReport.IsOrganization("Chilean Embassy spokesperson"));
    }

    [Fact]
    public void Each_conflict_is_a_draft_ClaimReview_of_a_claim_with_both_appearances()
    {
        var articles = new[] { North(), South() };
        var report = News.Check(articles);
        Assert.NotEmpty(report.Conflicts);
        using var doc = JsonDocument.Parse(JsonLdReport.Serialize(report, articles, indented: true));

        var graph = doc.RootElement.GetProperty("@graph");
        Schema.AssertValid(graph);
        Assert.Equal(report.Conflicts.Count, graph.GetArrayLength());
        for (var i = 0; i < report.Conflicts.Count; i++)
        {
            var review = graph[i];
            var conflict = report.Conflicts[i];
            Assert.Equal("ClaimReview", review.GetProperty("@type").GetString());
            Assert.Equal("Draft", review.GetProperty("creativeWorkStatus").GetString());
            Assert.Equal(conflict.Summary, review.GetProperty("claimReviewed").GetString());
            Assert.Equal(JsonValueKind.Null, review.GetProperty("reviewRating").GetProperty("alternateName").ValueKind);
            var item = review.GetProperty("itemReviewed");
            Assert.Equal("Claim", item.GetProperty("@type").GetString());
            Assert.Equal(["North Herald", "South Courier"], item.GetProperty("appearance").EnumerateArray().Select(a => a.GetProperty("publisher").GetProperty("name").GetString()));
            Assert.Equal(conflict.Claims.Select(c => c.Text), item.GetProperty("hasPart").EnumerateArray().Select(p => p.GetProperty("text").GetString()));
        }
    }

    [Fact]
    public void The_harness_writes_a_document_per_article_and_one_for_a_check()
    {
        var extract = Harness.HarnessRun.Of("extract", Repo.Corpus, "--format", "jsonld");
        var check = Harness.HarnessRun.Of("check", Repo.Corpus, "--format", "jsonld");
        Assert.Equal(0, extract.Exit);
        Assert.Equal(0, check.Exit);

        var lines = extract.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            Schema.AssertValid(doc.RootElement.GetProperty("@graph"));
        }

        using var reviews = JsonDocument.Parse(check.Stdout);
        Assert.NotEqual(0, reviews.RootElement.GetProperty("@graph").GetArrayLength());
        Schema.AssertValid(reviews.RootElement.GetProperty("@graph"));
    }

    [Fact]
    public void The_vocabulary_check_refuses_a_property_on_a_type_that_lacks_it()
    {
        using var wrongDomain = JsonDocument.Parse("""{"@type": "Person", "claimReviewed": "x"}""");
        using var wrongRange = JsonDocument.Parse("""{"@type": "Claim", "appearance": {"@type": "Person", "name": "x"}}""");
        using var unknown = JsonDocument.Parse("""{"@type": "Claim", "speaker": "x"}""");
        Assert.ThrowsAny<Exception>(() => Schema.AssertValid(wrongDomain.RootElement));
        Assert.ThrowsAny<Exception>(() => Schema.AssertValid(wrongRange.RootElement));
        Assert.ThrowsAny<Exception>(() => Schema.AssertValid(unknown.RootElement));
    }

    private sealed record Vocabulary(Dictionary<string, string?> Parents, Dictionary<string, (string[] Domains, string[] Ranges)> Properties)
    {
        public static Vocabulary Load(string path)
        {
            var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
            var properties = new Dictionary<string, (string[], string[])>(StringComparer.Ordinal);
            foreach (var line in File.ReadAllLines(path).Where(l => l.Length > 0 && l[0] != '#'))
            {
                var cells = line.Split('\t');
                if (cells[0] == "type")
                {
                    parents[cells[1]] = cells[2] == "-" ? null : cells[2];
                }
                else
                {
                    properties[cells[1]] = (cells[2].Split('|'), cells[3].Split('|'));
                }
            }

            return new Vocabulary(parents, properties);
        }

        private bool IsA(string type, string ancestor)
        {
            for (string? t = type; t is not null; t = Parents.GetValueOrDefault(t))
            {
                if (t == ancestor)
                {
                    return true;
                }
            }

            return false;
        }

        public void AssertValid(JsonElement node)
        {
            if (node.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in node.EnumerateArray())
                {
                    AssertValid(item);
                }

                return;
            }

            Assert.Equal(JsonValueKind.Object, node.ValueKind);
            var type = node.GetProperty("@type").GetString()!;
            Assert.True(Parents.ContainsKey(type), $"{type} is not a schema.org type of the vocabulary");
            foreach (var p in node.EnumerateObject().Where(p => p.Name[0] != '@'))
            {
                Assert.True(Properties.TryGetValue(p.Name, out var def), $"{p.Name} is not a schema.org property of the vocabulary");
                Assert.True(def.Domains.Any(d => IsA(type, d)), $"{p.Name} is not a property of {type}");
                var values = p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray().ToList() : [p.Value];
                foreach (var v in values)
                {
                    switch (v.ValueKind)
                    {
                        case JsonValueKind.Null:
                            break; // a slot left for the fact-checker: JSON-LD reads null as no value
                        case JsonValueKind.Object:
                            var inner = v.TryGetProperty("@type", out var t) ? t.GetString()! : null;
                            if (inner is null)
                            {
                                Assert.True(v.TryGetProperty("@id", out _), $"{p.Name}: an object with neither @type nor @id");
                                break;
                            }

                            Assert.True(def.Ranges.Any(r => IsA(inner, r)), $"{p.Name} does not take a {inner}");
                            AssertValid(v);
                            break;
                        case JsonValueKind.Number:
                            Assert.True(def.Ranges.Any(r => IsA(v.TryGetInt64(out _) ? "Integer" : "Number", r)), $"{p.Name} does not take a number");
                            break;
                        case JsonValueKind.String:
                            var text = v.GetString()!;
                            var kind = DateOnly.TryParseExact(text, "yyyy-MM-dd", out _) ? "Date" : Uri.TryCreate(text, UriKind.Absolute, out var u) && u.Scheme.StartsWith("http", StringComparison.Ordinal) ? "URL" : "Text";
                            Assert.True(def.Ranges.Any(r => IsA(kind, r) || (kind != "Text" && r == "Text")), $"{p.Name} does not take {kind} '{text}'");
                            break;
                        default:
                            Assert.Fail($"{p.Name}: unexpected {v.ValueKind}");
                            break;
                    }
                }
            }
        }
    }
}
