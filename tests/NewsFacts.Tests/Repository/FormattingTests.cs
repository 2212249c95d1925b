namespace NewsFacts.Tests.Repository;

/// <summary>The sources are formatted as <c>.editorconfig</c> says: <c>dotnet format whitespace</c> would change nothing.</summary>
public sealed class FormattingTests
{
    [Fact]
    public void Dotnet_format_finds_no_whitespace_to_fix()
    {
        // Folder mode reads .editorconfig without loading the projects, so it takes seconds, not minutes; the build
        // already enforces the analyzers, and this checks what the build does not: whitespace and line layout.
        var run = Processes.Run("dotnet", ["format", "whitespace", "--folder", "--verify-no-changes", "--exclude", "tests/NewsFacts.Tests/Snapshots", "."], timeout: TimeSpan.FromMinutes(3));

        Assert.True(run.Exit == 0, $"dotnet format whitespace --folder --verify-no-changes . (exit {run.Exit}); run 'dotnet format whitespace --folder .' to fix:\n{run.Output}");
    }
}
