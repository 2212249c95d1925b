using Microsoft.Data.Sqlite;
using NewsFacts.Tests.Checking;
using NewsFacts.Tests.Harness;

namespace NewsFacts.Tests.Store;

/// <summary>The claim store in an SQLite file: idempotent ingest, versions, extractions, stories, conflict reports, migrations.</summary>
public sealed class ClaimStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    private string StorePath => Path.Combine(_temp.Path, "store.db");

    private static ArticleFacts Article(string id, string text, string? url = null) =>
        News.Extract(text, new ArticleMetadata { Id = id, Url = url, Published = new DateOnly(2026, 3, 4) });

    private T Query<T>(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void The_same_text_twice_is_stored_once_even_under_another_name()
    {
        using var store = ClaimStore.Open(StorePath);

        var first = store.Ingest(Article("bridge-a", PileCheckTests.BridgeA));
        var again = store.Ingest(Article("bridge-a", PileCheckTests.BridgeA));
        var copy = store.Ingest(Article("mirror", PileCheckTests.BridgeA, "https://example.org/mirror"));

        Assert.Equal(IngestOutcome.Stored, first.Outcome);
        Assert.Equal(IngestOutcome.Duplicate, again.Outcome);
        Assert.Equal(IngestOutcome.Duplicate, copy.Outcome);
        Assert.Equal(first.ArticleId, copy.ArticleId);
        Assert.Equal(1, store.Counts().Articles);
        Assert.Equal(1, store.Counts().Extractions);
        Assert.Equal(3, store.Counts().Claims);
    }

    [Fact]
    public void A_changed_text_under_the_same_url_is_a_new_version_in_the_same_story()
    {
        using var store = ClaimStore.Open(StorePath);
        store.Ingest(Article("bridge-a", PileCheckTests.BridgeA, "https://example.org/bridge"));
        store.Ingest(Article("orchestra-a", PileCheckTests.OrchestraA));

        var corrected = store.Ingest(Article("bridge-a", PileCheckTests.BridgeA.Replace("42,000", "36,000", StringComparison.Ordinal), "https://example.org/bridge"));

        Assert.Equal(IngestOutcome.NewVersion, corrected.Outcome);
        Assert.Equal(2, corrected.Version);
        Assert.Equal("s1", corrected.Story);
        Assert.Equal(3, store.Counts().Articles);
        Assert.Equal(2, store.Stories().Count);
        Assert.Equal(["bridge-a"], store.Stories()[0].Sources);
    }

    [Fact]
    public void Every_extraction_keeps_the_library_version_that_made_it()
    {
        using (var store = ClaimStore.Open(StorePath))
        {
            store.Ingest(Article("bridge-a", PileCheckTests.BridgeA));
        }

        Assert.Equal(ClaimStore.LibraryVersion, Query<string>("SELECT library_version FROM extractions"));
        Assert.False(string.IsNullOrEmpty(ClaimStore.LibraryVersion));

        // A text stored by another library version gets this version's extraction beside the old one.
        using (var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE extractions SET library_version = '0.0.1-old'";
            command.ExecuteNonQuery();
        }

        using (var store = ClaimStore.Open(StorePath))
        {
            Assert.Equal(IngestOutcome.NewExtraction, store.Ingest(Article("bridge-a", PileCheckTests.BridgeA)).Outcome);
            Assert.Equal(new StoreCounts(1, 2, 6, 1, 1), store.Counts());
        }
    }

    [Fact]
    public void A_report_names_the_conflicts_a_new_article_opened_and_a_correction_closed()
    {
        using var store = ClaimStore.Open(StorePath);
        store.Ingest(Article("bridge-a", PileCheckTests.BridgeA));
        var first = store.Report();
        store.Ingest(Article("bridge-b", PileCheckTests.BridgeB, "https://example.org/b"));
        store.Ingest(Article("orchestra-a", PileCheckTests.OrchestraA));
        var second = store.Report();
        var third = store.Report();
        store.Ingest(Article("bridge-b", PileCheckTests.BridgeB.Replace("Some 35,000", "42,000", StringComparison.Ordinal), "https://example.org/b"));
        var fourth = store.Report();

        Assert.Empty(first.Stories.Single().Opened);
        var bridge = second.Stories.Single(s => s.Story.Id == "s1");
        Assert.Equal(1, bridge.NewArticles);
        Assert.Contains(bridge.Opened, c => c.Key.Contains("vehicle", StringComparison.Ordinal));
        Assert.Empty(bridge.Closed);
        Assert.Equal(["s1", "s2"], second.Stories.Select(s => s.Story.Id));
        Assert.All(third.Stories, s => Assert.Empty(s.Opened));
        Assert.All(third.Stories, s => Assert.Equal(0, s.NewArticles));
        var corrected = fourth.Stories.Single(s => s.Story.Id == "s1");
        Assert.Contains(corrected.Closed, c => c.Key.Contains("vehicle", StringComparison.Ordinal));
        Assert.DoesNotContain(corrected.Report.Conflicts, c => c.Key.Contains("vehicle", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_can_be_limited_to_one_story_or_to_stories_with_articles_since_a_day()
    {
        using var store = ClaimStore.Open(StorePath);
        store.Ingest(Article("bridge-a", PileCheckTests.BridgeA));
        store.Ingest(Article("orchestra-a", PileCheckTests.OrchestraA));

        Assert.Equal(["s2"], store.Report(new ConflictQuery { Story = "s2" }).Stories.Select(s => s.Story.Id));
        Assert.Empty(store.Report(new ConflictQuery { Since = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1) }).Stories);
        Assert.Equal(2, store.Report(new ConflictQuery { Since = DateOnly.FromDateTime(DateTime.UtcNow) }).Stories.Count);
    }

    [Fact]
    public void The_readme_example_day_opens_two_conflicts_in_the_morning_and_closes_one_in_the_evening()
    {
        var examples = Path.Combine(Repo.Root, "docs", "examples");

        var morning = HarnessRun.Of("ingest", Path.Combine(examples, "morning"), "--store", StorePath);
        var first = HarnessRun.Of("conflicts", "--store", StorePath, "--format", "text");
        var evening = HarnessRun.Of("ingest", Path.Combine(examples, "evening"), "--store", StorePath);
        var second = HarnessRun.Of("conflicts", "--store", StorePath, "--format", "text");

        Assert.Contains("ingested 5: 4 stored, 1 duplicate; the store holds 4 articles in 2 stories", morning.Stdout, StringComparison.Ordinal);
        Assert.Contains("two stories, two conflicts (2 opened, 0 closed since the last report)", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("ingested 1: 1 newVersion; the store holds 5 articles in 2 stories", evening.Stdout, StringComparison.Ordinal);
        Assert.Contains("two stories, one conflict (0 opened, 1 closed since the last report)", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("closed [value] For vehicles", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrations_are_applied_once_and_a_store_from_a_newer_library_is_refused()
    {
        using (var store = ClaimStore.Open(StorePath))
        {
            Assert.Equal(1, store.SchemaVersion);
        }

        using (ClaimStore.Open(StorePath))
        {
        }

        Assert.Equal(1L, Query<long>("SELECT COUNT(*) FROM schema_migrations"));
        using (var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_migrations (version, name, applied) VALUES (99, 'future', 'x')";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidOperationException>(() => ClaimStore.Open(StorePath));
        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_harness_ingests_a_folder_and_reports_its_conflicts()
    {
        var folder = Path.Combine(_temp.Path, "day");
        StoreCorpus.Write(folder, 30);

        var ingest = HarnessRun.Of("ingest", folder, "--store", StorePath);
        var again = HarnessRun.Of("ingest", folder, "--store", StorePath);
        var json = HarnessRun.Of("conflicts", "--store", StorePath);
        var text = HarnessRun.Of("conflicts", "--store", StorePath, "--format", "text");
        var usage = HarnessRun.Of("conflicts", "--store", StorePath, "--since", "yesterday");

        Assert.True(ingest.Exit == 0, ingest.Stderr);
        Assert.Equal(30, ingest.Stdout.Split('\n').Count(l => l.StartsWith("stored", StringComparison.Ordinal) || l.StartsWith("newVersion", StringComparison.Ordinal) || l.StartsWith("duplicate", StringComparison.Ordinal)));
        Assert.Contains("30 duplicate", again.Stdout, StringComparison.Ordinal);
        var report = System.Text.Json.JsonDocument.Parse(json.Stdout).RootElement;
        Assert.Equal(8, report.GetProperty("stories").GetArrayLength());
        Assert.All(report.GetProperty("stories").EnumerateArray(), s => Assert.True(s.GetProperty("check").GetProperty("sources").GetArrayLength() > 0));
        Assert.Contains(report.GetProperty("stories").EnumerateArray(), s => s.GetProperty("opened").GetArrayLength() > 0);
        Assert.StartsWith("Conflicts report 2,", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 opened", text.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, usage.Exit);
    }
}
