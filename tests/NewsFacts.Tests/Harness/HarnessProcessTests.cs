using System.Text.Json;

namespace NewsFacts.Tests.Harness;

/// <summary>
/// The harness as a user runs it: the built <c>NewsFacts.Cli.dll</c> started as its own process (with the build's
/// runtime settings, InvariantGlobalization among them) on <c>corpus/</c>, for every command in every format.
/// </summary>
public sealed class HarnessProcessTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string> CommandsAndFormats() => new()
    {
        { "extract", "json" },
        { "extract", "text" },
        { "extract", "markdown" },
        { "check", "json" },
        { "check", "text" },
        { "check", "markdown" },
        { "check", "html" },
    };

    [Theory]
    [MemberData(nameof(CommandsAndFormats))]
    public void Every_command_in_every_format_runs_on_the_corpus_as_a_process(string command, string format)
    {
        var run = HarnessProcess.Run(command, "corpus", "--format", format);

        Assert.True(run.Exit == 0, $"exit {run.Exit}\n{run.Stderr}");
        Assert.Equal(string.Empty, run.Stderr);
        Assert.DoesNotContain("Unhandled exception", run.Stdout, StringComparison.Ordinal);
        switch (format)
        {
            case "json" when command == "extract":
                var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.Equal(3, lines.Length);
                Assert.All(lines, l => Assert.True(JsonDocument.Parse(l).RootElement.GetProperty("claims").GetArrayLength() > 0));
                break;
            case "json":
                Assert.True(JsonDocument.Parse(run.Stdout).RootElement.GetProperty("facts").GetArrayLength() > 0);
                break;
            case "text" when command == "extract":
                Assert.Contains("Claims\n------", run.Stdout, StringComparison.Ordinal);
                Assert.Contains("million doses", run.Stdout, StringComparison.Ordinal);
                break;
            case "text":
                Assert.Contains("Conflicts\n---------", run.Stdout, StringComparison.Ordinal);
                Assert.Contains("million", run.Stdout, StringComparison.Ordinal);
                break;
            case "markdown":
                Assert.StartsWith("#", run.Stdout, StringComparison.Ordinal);
                Assert.Contains("million doses", run.Stdout, StringComparison.Ordinal);
                break;
            case "html":
                Assert.StartsWith("<!DOCTYPE html>", run.Stdout, StringComparison.Ordinal);
                Assert.EndsWith("</html>", run.Stdout.TrimEnd(), StringComparison.Ordinal);
                break;
            default:
                Assert.Fail($"no expectation for {format}");
                break;
        }
    }

    [Fact]
    public void Check_writes_the_html_report_to_the_file_named_by_o()
    {
        var path = Path.Combine(_temp.Path, "report.html");

        var run = HarnessProcess.Run("check", "corpus", "--format", "html", "-o", path);

        Assert.True(run.Exit == 0, $"exit {run.Exit}\n{run.Stderr}");
        Assert.Equal(string.Empty, run.Stdout);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path), StringComparison.Ordinal);
    }

    /// <summary>
    /// Standard output into a pipe is written in large blocks, not every 256 characters as the console writes, yet
    /// each article's JSON goes out whole as soon as it is made: the first article's line arrives while the harness
    /// still waits for the second on standard input.
    /// </summary>
    [Fact]
    public async Task Extract_into_a_pipe_hands_over_each_article_as_soon_as_it_is_made()
    {
        var first = _temp.File("first.txt", "The river authority said on Tuesday it had rebuilt 14 bridges since the spring floods.\n");
        var info = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { HarnessProcess.Dll, "extract", first, "-" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        try
        {
            var stderr = process.StandardError.ReadToEndAsync();
            using var wait = new CancellationTokenSource(TimeSpan.FromMinutes(2)); // fails (cancelled) if the line never comes
            var line = await process.StandardOutput.ReadLineAsync(wait.Token);
            Assert.Equal("first", JsonDocument.Parse(line!).RootElement.GetProperty("source").GetProperty("id").GetString());
            Assert.False(process.HasExited);

            process.StandardInput.Write("The city council said 300 families would be moved before the winter.\n");
            process.StandardInput.Close();
            var rest = await process.StandardOutput.ReadToEndAsync(wait.Token);
            await process.WaitForExitAsync(wait.Token);
            Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{await stderr}");
            var second = Assert.Single(rest.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("300 families", JsonDocument.Parse(second).RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}

/// <summary>Runs the built harness as a process from the repository root.</summary>
internal static class HarnessProcess
{
    /// <summary>The harness built beside these tests, in the same configuration (the test project builds it).</summary>
    public static string Dll { get; } = FindDll();

    public static HarnessRun Run(params string[] args)
    {
        var run = Processes.Run("dotnet", [Dll, .. args], timeout: TimeSpan.FromMinutes(2));
        return new HarnessRun(run.Exit, run.Stdout, run.Stderr);
    }

    private static string FindDll()
    {
        // The tests run from tests/NewsFacts.Tests/bin/<Configuration>/<framework>/; the harness builds to the same
        // configuration and framework under src/NewsFacts.Cli/bin.
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = here.Name;
        var configuration = here.Parent!.Name;
        var dll = Path.Combine(Repo.Root, "src", "NewsFacts.Cli", "bin", configuration, framework, "NewsFacts.Cli.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"The harness is not built at {dll}.", dll);
    }
}
