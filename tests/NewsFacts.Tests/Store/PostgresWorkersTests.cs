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

    /// <summary>What the workers wrote on standard error (the job engine's warnings), for the failure messages.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentQueue<string> WorkerErrors = new();
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
    public void An_article_taken_by_a_worker_that_died_before_starting_it_stays_pending_and_is_handed_out_again()
    {
        var url = fixture.Server.Database("recover");
        var file = _temp.File("bridge-a.txt", PileCheckTests.BridgeA);
        var queue = IngestQueue.Open(url, IngestQueueOptions.Default with { RecoverAfter = TimeSpan.FromSeconds(2), PollInterval = TimeSpan.FromMilliseconds(200) });
        queue.Enqueue(file);

        // A worker fetched the job and died before it could mark it as processing.
        Count(url, "WITH taken AS (UPDATE hangfire.jobqueue SET fetchedat = now() RETURNING jobid) SELECT COUNT(*) FROM taken");
        var pending = queue.Pending;
        queue.Work(threads: 1, untilIdle: TimeSpan.FromSeconds(1));

        Assert.Equal(1, pending);
        Assert.Equal(0, queue.Pending);
        using var store = ClaimStore.Open(url);
        Assert.Equal(1, store.Counts().Articles);
        Assert.Equal(["bridge-a"], store.Stories().Single().Sources);
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
        try
        {
            RunWorkers(multi, workers);
        }
        finally
        {
            foreach (var w in workers)
            {
                if (!w.HasExited)
                {
                    w.Kill(entireProcessTree: true);
                }

                w.Dispose();
            }
        }

        Assert.Equal(Articles, Count(multi, "SELECT COUNT(*) FROM hangfire.job"));
        var unfinished = Rows(multi, "SELECT id::text, COALESCE(statename, '-') FROM hangfire.job WHERE statename IS DISTINCT FROM 'Succeeded'");
        Assert.True(unfinished.Count == 0, $"jobs not succeeded: {string.Join(", ", unfinished)}");
        Assert.Equal(written.Select(w => w.Body).Distinct(StringComparer.Ordinal).Count(), Count(multi, "SELECT COUNT(*) FROM articles"));
        Assert.Equal(Count(multi, "SELECT COUNT(DISTINCT content_hash) FROM articles"), Count(multi, "SELECT COUNT(*) FROM articles"));
        using var a = ClaimStore.Open(single);
        using var b = ClaimStore.Open(multi);
        Assert.Equal(a.Counts(), b.Counts());
        Assert.Equal(Stories(single), Stories(multi));
        Assert.Equal(Conflicts(a, single), Conflicts(b, multi));
    }

    /// <summary>
    /// The published command as a user installs it (the README's publish: native where clang is found) queues a pile
    /// and runs a worker over it: the native executable hands both commands to the framework-dependent harness that
    /// the publish writes beside it (its job engine emits code at run time). Every article is stored, as a
    /// single-process ingest of the same files stores them.
    /// </summary>
    [Fact]
    public void The_published_command_queues_articles_and_runs_a_worker()
    {
        var harness = Package.PublishedHarness.Default;
        Assert.True(harness.Result.Exit == 0, $"dotnet publish failed:\n{harness.Result.Output}");
        var folder = Path.Combine(_temp.Path, "published");
        StoreCorpus.Write(folder, 40);
        var single = fixture.Server.Database("published_single");
        var queued = fixture.Server.Database("published_queue");

        var one = Processes.Run(harness.Command, ["ingest", folder, "--store", single], timeout: TimeSpan.FromMinutes(2));
        var enqueue = Processes.Run(harness.Command, ["ingest", folder, "--store", queued, "--queue"], timeout: TimeSpan.FromMinutes(2));
        var work = Processes.Run(harness.Command, ["worker", "--store", queued, "--until-idle", "2", "--recover-after", "5"], timeout: TimeSpan.FromMinutes(3));

        Assert.True(one.Exit == 0, one.Output);
        Assert.True(enqueue.Exit == 0, enqueue.Output);
        Assert.Contains("queued 40 of 40", enqueue.Stdout, StringComparison.Ordinal);
        Assert.True(work.Exit == 0, work.Output);
        Assert.Contains("0 pending", work.Stdout, StringComparison.Ordinal);
        using var a = ClaimStore.Open(single);
        using var b = ClaimStore.Open(queued);
        Assert.Equal(a.Counts(), b.Counts());
        Assert.Equal(Stories(single), Stories(queued));
    }

    /// <summary>Lets the workers run, kills the first once a fifth of the articles are stored, starts another, and waits for all to stop.</summary>
    private static void RunWorkers(string multi, List<Process> workers)
    {
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (Count(multi, "SELECT COUNT(*) FROM articles") < Articles / 5 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }

        Assert.False(workers[0].HasExited, "the first worker ended before it could be killed");
        workers[0].Kill(entireProcessTree: true);
        workers[0].WaitForExit();
        var killedAt = Count(multi, "SELECT COUNT(*) FROM articles");
        Assert.InRange(killedAt, Articles / 5, Articles - 1);
        workers.Add(Worker(multi));
        var stopBy = DateTime.UtcNow.AddMinutes(4);
        foreach (var w in workers.Skip(1))
        {
            var stopped = w.WaitForExit(stopBy > DateTime.UtcNow ? stopBy - DateTime.UtcNow : TimeSpan.Zero);
            Assert.True(stopped, "a worker did not stop once the queue was empty; queue: " + string.Join(", ",
                Rows(multi, "SELECT q.jobid::text || ' ' || COALESCE(q.fetchedat::text, 'not fetched'), COALESCE(j.statename, '-') FROM hangfire.jobqueue q LEFT JOIN hangfire.job j ON j.id = q.jobid"))
                + "; unfinished: " + string.Join(", ", Rows(multi, "SELECT j.id::text || ' ' || COALESCE(j.statename, '-'), COALESCE(s.reason, '-') || ' ' || LEFT(COALESCE(s.data::text, ''), 400) FROM hangfire.job j LEFT JOIN hangfire.state s ON s.id = j.stateid WHERE j.statename IS DISTINCT FROM 'Succeeded'"))
                + "; workers said: " + string.Join(" | ", WorkerErrors.Take(20)));
            Assert.Equal(0, w.ExitCode);
        }
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
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                WorkerErrors.Enqueue(line);
            }
        };
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
