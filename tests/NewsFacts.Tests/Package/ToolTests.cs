using System.Xml.Linq;

namespace NewsFacts.Tests.Package;

/// <summary>The harness packs as a .NET tool that installs as the <c>newsfacts</c> command.</summary>
public sealed class ToolTests : IDisposable
{
    private readonly Harness.TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_harness_packs_as_a_dotnet_tool_that_installs_as_newsfacts_and_runs()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var version = XDocument.Load(Path.Combine(Repo.Root, "Directory.Build.props")).Descendants("Version").Single().Value;
        var feed = Path.Combine(_temp.Path, "feed");
        var tools = Path.Combine(_temp.Path, "tools");

        var pack = Processes.Run("dotnet", ["pack", "src/NewsFacts.Cli/NewsFacts.Cli.csproj", "-c", configuration, "--no-build", "-o", feed]);
        Assert.True(pack.Exit == 0, $"dotnet pack failed:\n{pack.Output}");
        Assert.True(File.Exists(Path.Combine(feed, $"NewsFacts.Cli.{version}.nupkg")), string.Join(", ", Directory.GetFiles(feed).Select(Path.GetFileName)));

        var install = Processes.Run("dotnet", ["tool", "install", "NewsFacts.Cli", "--tool-path", tools, "--add-source", feed, "--version", version], workingDirectory: _temp.Path);
        Assert.True(install.Exit == 0, $"dotnet tool install failed:\n{install.Output}");

        var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "newsfacts.exe" : "newsfacts");
        var shown = Processes.Run(command, ["--version"]);
        Assert.Equal(version, shown.Stdout.Trim());
        var report = Processes.Run(command, ["extract", "corpus", "--format", "text"]);
        Assert.True(report.Exit == 0, report.Output);
        Assert.Contains("million doses", report.Stdout, StringComparison.Ordinal);
    }
}
