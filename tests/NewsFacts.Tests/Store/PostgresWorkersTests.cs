using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NewsFacts.Tests.Checking;
using NewsFacts.Tests.Harness;

namespace NewsFacts.Tests.Store;

/// <summary>One PostgreSQL server for the tests of this class.</summary>
public sealed class PostgresFixture : IDisposable
{
    internal PostgresServer Server { get; } = PostgresServer.Start();

    public void Dispose() => Server.Dispose();
}

/// <summary>
/// The store in a real PostgreSQL server, and several <c>newsfacts worker</c> processes ingesting from its shared
/// Hangfire queue while one of them is killed and replaced: every article is stored once, and the stories and
/// conflicts are those of a single process.
/// </summary>
public sealed class PostgresWorkersTests(PostgresFixture fixture) : IClassFixture<PostgresFixture>, IDisposable
{
    private const int Articles = 2000;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_postgres_store_behaves_as_the_sqlite_store()
    {
        var url = fixture.Server.Database("semantics");
        using var store = ClaimStore.Open(url);

        var first = store.Ingest(News.Extract(PileCheckTests.BridgeA, new ArticleMetadata { Id = "bridge-a", Url = "https://example.org/a" }));
        var again = store.Ingest(News.Extract(PileCheckTests.BridgeA, new ArticleMetadata { Id = "bridge-a", Url = "https://example.org/a" }));
        store.Ingest(News.Extract(PileCheckTests.BridgeB, new ArticleMetadata { Id = "bridge-b" }));
        var report = store.Report();
        var corrected = store.Ingest(News.Extract(PileCheckTests.BridgeA.Replace("42,000", "35,000", StringComparison.Ordinal), new ArticleMetadata { Id = "bridge-a", Url = "https://example.org/a" }));
        var next = store.Report();

        Assert.Equal((IngestOutcome.Stored, IngestOutcome.Duplicate, IngestOutcome.NewVersion), (first.Outcome, again.Outcome, corrected.Outcome));
        Assert.Equal(1, store.SchemaVersion);
        Assert.Contains(report.Stories.Single().Opened, c => c.Key.Contains("vehicle", StringComparison.Ordinal));
        Assert.Contains(next.Stories.Single().Closed, c => c.Key.Contains("vehicle", StringComparison.Ordinal));
        using var reopened = ClaimStore.Open(url);
        Assert.Equal(new StoreCounts(3, 3, 8, 1, 1), reopened.Counts());
    }

    [Fact]
    public void Four_workers_one_killed_and_restarted_store_every_article_once_as_one_process_would()
    {
        var folder = Path.Combine(_temp.Path, "pile");
        var written = StoreCorpus.Write(folder, Articles);
        var single = fixture.Server.Database("single");
        var multi = fixture.Server.Database("multi");

        var one = Processes.Run("dotnet", [HarnessProcess.Dll, "ingest", folder, "--store", single], timeout: TimeSpan.FromMinutes(5));
        Assert.True(one.Exit == 0, one.Stderr);
        var queued = Processes.Run("dotnet", [HarnessProcess.Dll, "ingest", folder, "--store", multi, "--queue"], timeout: TimeSpan.FromMinutes(3));
        Assert.True(queued.Exit == 0, queued.Stderr);
        Assert.Contains($"queued {Articles} of {Articles}", queued.Stdout, StringComparison.Ordinal);

        var workers = Enumerable.Range(0, 4).Select(_ => Worker(multi)).ToList();
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (Count(multi, "SELECT COUNT(*) FROM articles") < Articles / 5 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }

        Assert.False(workers[0].HasExited, "the first worker ended before it could be killed");
        workers[0].Kill(entireProcessTree: true);
        workers[0].WaitForExit();
        var killedAt = Count(multi, "SELECT COUNT(*) FROM articles");
        workers.Add(Worker(multi));
        foreach (var w in workers.Skip(1))
        {
            Assert.True(w.WaitForExit(TimeSpan.FromMinutes(5)), "a worker did not stop once the queue was empty");
            Assert.Equal(0, w.ExitCode);
        }

        foreach (var w in workers)
        {
            w.Dispose();
        }

        Assert.InRange(killedAt, Articles / 5, Articles - 1);
        Assert.Equal(Articles, Count(multi, "SELECT COUNT(*) FROM hangfire.job"));
        Assert.Equal(0, Count(multi, "SELECT COUNT(*) FROM hangfire.job WHERE statename <> 'Succeeded'"));
        Assert.Equal(written.Select(w => w.Body).Distinct(StringComparer.Ordinal).Count(), Count(multi, "SELECT COUNT(*) FROM articles"));
        Assert.Equal(Count(multi, "SELECT COUNT(DISTINCT content_hash) FROM articles"), Count(multi, "SELECT COUNT(*) FROM articles"));
        using var a = ClaimStore.Open(single);
        using var b = ClaimStore.Open(multi);
        Assert.Equal(a.Counts(), b.Counts());
        Assert.Equal(Stories(single), Stories(multi));
        Assert.Equal(Conflicts(a, single), Conflicts(b, multi));
    }

    private static Process Worker(string store)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { HarnessProcess.Dll, "worker", "--store", store, "--until-idle", "3", "--recover-after", "5" })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The stories as sets of texts (which of two copies is stored first decides only its name and the story's number).</summary>
    private static List<string> Stories(string url) =>
        [.. Rows(url, "SELECT story_id, content_hash FROM articles").GroupBy(r => r.Item1).Select(g => string.Join(",", g.Select(r => r.Item2).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];

    /// <summary>Each story's conflicts by kind, slot and values, under the story's texts.</summary>
    private static List<string> Conflicts(ClaimStore store, string url)
    {
        var texts = Rows(url, "SELECT story_id, content_hash FROM articles").GroupBy(r => r.Item1).ToDictionary(g => g.Key, g => g.Select(r => r.Item2).Order(StringComparer.Ordinal).First());
        return [.. store.Report().Stories.SelectMany(s => s.Report.Conflicts.Select(c =>
            $"{texts[s.Story.Id]} {c.Kind} {c.Key} {string.Join("/", c.Claims.Select(x => x.Value.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal))}")).Order(StringComparer.Ordinal)];
    }

    private static long Count(string url, string sql)
    {
        try
        {
            using var connection = new NpgsqlConnection(StoreDialect.ConnectionString(url));
            connection.Open();
            using var command = new NpgsqlCommand(sql, connection);
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (PostgresException e) when (e.SqlState == "42P01")
        {
            return 0; // the table is not there yet
        }
    }

    private static List<(string, string)> Rows(string url, string sql)
    {
        using var connection = new NpgsqlConnection(StoreDialect.ConnectionString(url));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }
}
