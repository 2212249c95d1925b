namespace NewsFacts.Tests.Package;

/// <summary>Publishing the harness gives the <c>newsfacts</c> command in the output folder.</summary>
public sealed class PublishTests : IDisposable
{
    private readonly Harness.TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>
    /// The framework-dependent form (<c>-p:PublishAot=false</c>, from the build these tests run on); the default
    /// native form is the same target over the native binary, and takes minutes and clang, so it is not run here.
    /// </summary>
    [Fact]
    public void Publishing_writes_the_newsfacts_command_that_runs()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var output = Path.Combine(_temp.Path, "out");

        var publish = Processes.Run("dotnet", ["publish", "src/NewsFacts.Cli/NewsFacts.Cli.csproj", "-c", configuration, "--no-build", "-p:PublishAot=false", "-o", output]);

        Assert.True(publish.Exit == 0, $"dotnet publish failed:\n{publish.Output}");
        var command = Path.Combine(output, OperatingSystem.IsWindows() ? "newsfacts.exe" : "newsfacts");
        Assert.True(File.Exists(command), string.Join(", ", Directory.GetFiles(output).Select(Path.GetFileName)));
        var report = Processes.Run(command, ["extract", "corpus/002_14083e9a3131a838.txt", "--format", "text"]);
        Assert.True(report.Exit == 0, report.Output);
        Assert.Contains("million doses", report.Stdout, StringComparison.Ordinal);
    }

    /// <summary>
    /// The README's main command as written: the default publish (native where clang is found, else the
    /// framework-dependent harness) and the text report of <c>corpus/</c>. Its packages that are not trim-annotated
    /// (the job engine's) must not fail the native build. The native publish also carries the framework-dependent
    /// harness that runs the shared queue (tested with a PostgreSQL server in the store's worker tests).
    /// </summary>
    [Fact]
    public void The_readme_main_command_publishes_and_prints_the_corpus_report()
    {
        var harness = PublishedHarness.Default;

        Assert.True(harness.Result.Exit == 0, $"dotnet publish failed:\n{harness.Result.Output}");
        var report = Processes.Run(harness.Command, ["extract", "corpus", "--format", "text"]);
        Assert.True(report.Exit == 0, report.Output);
        Assert.Contains("US to lend AstraZeneca vaccine doses to Mexico and Canada", report.Stdout, StringComparison.Ordinal);
        Assert.Equal(harness.IsNative, File.Exists(Path.Combine(harness.Output, "queue", "NewsFacts.Cli.dll")));
    }
}
