using System.Diagnostics;
using Microsoft.Data.Sqlite;
using NewsFacts.Tests.Harness;

namespace NewsFacts.Tests.Store;

/// <summary>A real <c>newsfacts ingest</c> process killed mid-batch loses nothing: a re-run resumes and the store equals an uninterrupted run.</summary>
public sealed class StoreResumeTests : IDisposable
{
    private const int Articles = 240;
    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public void An_ingest_killed_mid_batch_resumes_and_stores_every_article_once()
    {
        var folder = Path.Combine(_temp.Path, "pile");
        var written = StoreCorpus.Write(folder, Articles);
        var killed = Path.Combine(_temp.Path, "killed.db");
        var whole = Path.Combine(_temp.Path, "whole.db");

        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { HarnessProcess.Dll, "ingest", folder, "--store", killed })
        {
            info.ArgumentList.Add(arg);
        }

        using (var process = Process.Start(info)!)
        {
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (StoredArticles(killed) < 40 && !process.HasExited && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }

            Assert.False(process.HasExited, "the ingest ended before it could be killed");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        var before = StoredArticles(killed);
        var resumed = HarnessProcess.Run("ingest", folder, "--store", killed);
        var uninterrupted = HarnessProcess.Run("ingest", folder, "--store", whole);

        Assert.InRange(before, 40, Articles - 1);
        Assert.True(resumed.Exit == 0, resumed.Stderr);
        Assert.True(resumed.Stdout.Split('\n').Count(l => l.StartsWith("duplicate", StringComparison.Ordinal)) >= before, resumed.Stdout);
        var texts = written.Select(w => w.Body).Distinct(StringComparer.Ordinal).Count();
        using var a = ClaimStore.Open(killed);
        using var b = ClaimStore.Open(whole);
        Assert.Equal(texts, a.Counts().Articles);
        Assert.Equal(b.Counts(), a.Counts());
        Assert.Equal(b.Stories(), a.Stories());
        Assert.Equal(Conflicts(b), Conflicts(a));
    }

    private static List<string> Conflicts(ClaimStore store) =>
        [.. store.Report().Stories.SelectMany(s => s.Report.Conflicts.Select(c => $"{s.Story.Id} {c}"))];

    private static long StoredArticles(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM articles";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0; // not created yet
        }
    }
}
