using NewsFacts.Cli;

namespace NewsFacts.Tests.Harness;

public sealed class ProgressTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_bar_fills_in_proportion_to_the_files_done()
    {
        Assert.Equal("extract [...............................] 0/6".Replace("...............................", new string('.', 30), StringComparison.Ordinal), Progress.Render("extract", 0, 6));
        Assert.Equal($"check [{new string('#', 15)}{new string('.', 15)}] 3/6", Progress.Render("check", 3, 6));
        Assert.Equal($"check [{new string('#', 30)}] 6/6", Progress.Render("check", 6, 6));
    }

    [Fact]
    public void No_bar_is_drawn_when_standard_error_is_not_the_terminal()
    {
        using var redirected = new StringWriter();
        using (var progress = Progress.Start(redirected, total: 100, "extract"))
        {
            Assert.False(progress.Visible);
            progress.Advance();
        }

        Assert.Equal(string.Empty, redirected.ToString());
    }

    [Fact]
    public void Many_files_with_redirected_output_print_only_results()
    {
        for (var i = 0; i < 8; i++)
        {
            _temp.File($"a{i}.txt", $"Report number {i} was filed.\n");
        }

        var run = HarnessRun.Of("extract", _temp.Path);

        Assert.Equal(0, run.Exit);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.Equal(8, run.JsonLines().Count);
    }
}
