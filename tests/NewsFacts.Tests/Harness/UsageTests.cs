using System.Reflection;
using System.Xml.Linq;
using NewsFacts.Cli;

namespace NewsFacts.Tests.Harness;

/// <summary>What the command line accepts: an unknown option is a usage error, never a file name, and there is one version.</summary>
public sealed class UsageTests
{
    [Fact]
    public void An_unknown_option_is_a_usage_error_not_a_file_name()
    {
        var run = HarnessRun.Of("extract", Repo.Corpus, "-o", "x.json");

        Assert.Equal(2, run.Exit);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains("newsfacts: extract: unknown option '-o' ('-o' is an option of 'check')", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "--fromat", "'--format'")]
    [InlineData("check", "--out", "'--output'")]
    [InlineData("extract", "--publised", "'--published'")]
    [InlineData("extract", "--out", "'--outlet'")]
    public void A_mistyped_option_gets_a_did_you_mean(string command, string option, string meant)
    {
        var run = HarnessRun.Of(command, Repo.Corpus, option, "json");

        Assert.Equal(2, run.Exit);
        Assert.Contains($"unknown option '{option}'; did you mean {meant}?", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_far_from_every_known_one_gets_no_suggestion()
    {
        var run = HarnessRun.Of("extract", Repo.Corpus, "--zebra");

        Assert.Equal(2, run.Exit);
        Assert.Contains("newsfacts: extract: unknown option '--zebra'\n", run.Stderr.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void After_a_double_dash_a_name_that_opens_with_a_dash_is_a_file()
    {
        var run = HarnessRun.Of("extract", "--", "-odd-name.txt");

        Assert.Equal(1, run.Exit);
        Assert.Contains("-odd-name.txt", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown option", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_value_that_opens_with_a_dash_is_a_value()
    {
        var run = HarnessRun.Of("extract", Directory.GetFiles(Repo.Corpus, "*.txt").Order(StringComparer.Ordinal).First(), "--title", "-minus-");

        Assert.Equal(0, run.Exit);
        Assert.Equal("-minus-", Assert.Single(run.JsonLines()).GetProperty("source").GetProperty("title").GetString());
    }

    [Fact]
    public void A_prefix_suggests_every_option_it_begins()
    {
        Assert.Equal(["--outlet", "--output"], UnknownOptions.Suggestions("--out", ["--outlet", "--output", "--format"]));
        Assert.Empty(UnknownOptions.Suggestions("-x", ["--outlet", "--output", "--format"]));
    }

    [Fact]
    public void The_harness_the_library_and_the_packages_share_the_one_version_of_Directory_Build_props()
    {
        var version = XDocument.Load(Path.Combine(Repo.Root, "Directory.Build.props")).Descendants("Version").Single().Value;

        var run = HarnessProcess.Run("--version");

        Assert.Equal(0, run.Exit);
        Assert.Equal(version, run.Stdout.Trim());
        Assert.Equal(version, typeof(News).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion);
        Assert.Equal(Version.Parse(version), new Version(typeof(News).Assembly.GetName().Version!.ToString(3)));
    }
}
