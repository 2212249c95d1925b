using System.Diagnostics;

namespace NewsFacts.Tests.Harness;

/// <summary>Input a careless or hostile user may give: nothing blocks, nothing loops, and nothing is lost without a word.</summary>
public sealed partial class HostileInputTests : IDisposable
{
    private const string GoodArticle = "---\npublished: 2024-05-02\n---\nThe agency said on Monday it had shipped 40,000 tents to the region.\n";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Runs the harness on a thread of its own, so that a run that blocks fails the test instead of hanging the suite.</summary>
    private static HarnessRun RunWithin(params string[] args) => Within(() => HarnessRun.Of(args));

    private static T Within<T>(Func<T> work)
    {
        var run = Task.Run(work);
        Assert.True(run.Wait(Patience), $"the work did not finish within {Patience.TotalSeconds} s: it blocked or looped");
        return run.Result;
    }

    private string Fifo(string name)
    {
        var path = Path.Combine(_temp.Path, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    [Fact]
    public void A_fifo_named_on_the_command_line_is_reported_and_never_opened()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no FIFOs in a Windows folder
        }

        var fifo = Fifo("x.txt");
        var good = _temp.File("good.txt", GoodArticle);

        var run = RunWithin("extract", fifo, good, "--format", "json");

        Assert.Equal(1, run.Exit);
        var error = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(fifo, error, StringComparison.Ordinal);
        Assert.Contains(DiagnosticCodes.Messages.NotRegularFile, error, StringComparison.Ordinal);
        var lines = run.JsonLines();
        Assert.Equal(DiagnosticCodes.NotRegularFile, lines[0].GetProperty("code").GetString());
        Assert.Equal("good", lines[1].GetProperty("source").GetProperty("id").GetString());
    }

    [Fact]
    public void A_fifo_met_in_a_folder_is_reported_and_the_folder_is_read()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Fifo(Path.Combine("batch", "pipe.txt"));
        _temp.File(Path.Combine("batch", "good.txt"), GoodArticle);

        var run = RunWithin("extract", Path.Combine(_temp.Path, "batch"), "--format", "json");

        Assert.Equal(1, run.Exit);
        Assert.Contains(fifo, run.Stderr, StringComparison.Ordinal);
        var lines = run.JsonLines();
        Assert.Equal(2, lines.Count);
        Assert.Equal("good", lines[0].GetProperty("source").GetProperty("id").GetString());
        Assert.Equal(DiagnosticCodes.NotRegularFile, lines[1].GetProperty("code").GetString());
    }

    [Fact]
    public void The_library_refuses_to_open_a_fifo()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Fifo("y.txt");
        var read = Within(() => ArticleReader.ReadFile(fifo));
        Assert.Equal(DiagnosticCodes.NotRegularFile, read.Error?.Code);
    }

    [Fact]
    public void A_folder_link_loop_reads_each_real_file_once()
    {
        var folder = Path.Combine(_temp.Path, "loop");
        _temp.File(Path.Combine("loop", "a.txt"), GoodArticle);
        _temp.File(Path.Combine("loop", "inner", "b.txt"), GoodArticle.Replace("40,000", "50,000", StringComparison.Ordinal));
        Directory.CreateSymbolicLink(Path.Combine(folder, "inner", "back"), folder);
        Directory.CreateSymbolicLink(Path.Combine(folder, "again"), Path.Combine(folder, "inner"));

        var run = RunWithin("extract", folder, "--format", "json");

        Assert.Equal(0, run.Exit);
        var ids = run.JsonLines().Select(l => l.GetProperty("source").GetProperty("id").GetString()).ToList();
        Assert.Equal(["a", "b"], ids);
    }

    [Fact]
    public void A_file_named_twice_through_links_is_read_once_per_folder_listing()
    {
        _temp.File(Path.Combine("news", "a.txt"), GoodArticle);
        File.CreateSymbolicLink(Path.Combine(_temp.Path, "news", "alias.txt"), Path.Combine(_temp.Path, "news", "a.txt"));

        var inputs = ArticleReader.ExpandPaths([Path.Combine(_temp.Path, "news")]);

        Assert.Single(inputs);
    }
}
