using System.Text;

namespace NewsFacts.Tests.Harness;

/// <summary>Input that used to give exit 0 and an empty or wrong text without a word.</summary>
public sealed partial class HostileInputTests
{
    private void AssertNoArticleText(string path)
    {
        var good = _temp.File("good.txt", GoodArticle);
        var run = RunWithin("extract", path, good, "--format", "json");

        Assert.Equal(1, run.Exit);
        var error = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no article text found", error, StringComparison.Ordinal);
        var lines = run.JsonLines();
        Assert.Equal(DiagnosticCodes.NoArticleBody, lines[0].GetProperty("code").GetString());
        Assert.Equal("good", lines[1].GetProperty("source").GetProperty("id").GetString());
    }

    [Fact]
    public void A_page_of_only_an_iframe_has_no_article_text() =>
        AssertNoArticleText(_temp.File("frame.html", "<html><body><iframe src=\"story.html\"></iframe></body></html>"));

    [Fact]
    public void A_page_with_an_attribute_left_open_has_no_article_text() =>
        AssertNoArticleText(_temp.File("attr.html", "<html><body><p class=\"lead>The mayor opened 3 new libraries on Sunday.</p></body></html>"));

    [Fact]
    public void A_page_with_a_script_left_open_has_no_article_text() =>
        AssertNoArticleText(_temp.File("script.html", "<html><body><script>var n = 1;<p>The mayor opened 3 new libraries on Sunday.</p></body></html>"));

    [Fact]
    public void Front_matter_with_nothing_after_it_has_no_article_text() =>
        AssertNoArticleText(_temp.File("front.txt", "---\ntitle: A title alone\npublished: 2024-05-02\n---\n\n  \n"));

    [Fact]
    public void No_article_text_is_a_failed_read_in_the_library() =>
        Assert.Equal(DiagnosticCodes.NoArticleBody, ArticleReader.ReadString("<html><body><iframe></iframe></body></html>", ArticleFormat.Html).Error?.Code);

    [Theory]
    [InlineData("2021-02-30")]
    [InlineData("yesterday")]
    [InlineData("10000-01-01")]
    public void A_front_matter_date_that_is_no_date_is_a_note_the_user_sees(string value)
    {
        var path = _temp.File("dated.txt", $"---\npublished: {value}\n---\nThe mayor opened 3 new libraries on Sunday.\n");

        var json = RunWithin("extract", path, "--format", "json").JsonLines()[0];
        var text = RunWithin("extract", path, "--format", "text").Stdout;

        var diagnostic = Assert.Single(json.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == DiagnosticCodes.BadMetadata);
        Assert.Contains(value, diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains($"'published: {value}' is not a date", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1799-12-31")]
    [InlineData("2201-01-01")]
    [InlineData("9999-12-31")]
    public void A_published_date_outside_the_resolvable_years_is_a_usage_error(string published)
    {
        var path = _temp.File("a.txt", GoodArticle);
        foreach (var command in new[] { "extract", "check" })
        {
            var run = RunWithin(command, path, "--published", published);
            Assert.Equal(2, run.Exit);
            Assert.Contains("outside the years", run.Stderr, StringComparison.Ordinal);
            Assert.Empty(run.Stdout);
        }
    }

    [Theory]
    [InlineData("1800-01-01")]
    [InlineData("2200-12-31")]
    public void At_the_ends_of_the_accepted_years_every_relative_date_still_resolves(string published)
    {
        const string Story = "Last year the town spent 4 million dollars. Two years ago it spent less. The vote comes next week. Tomorrow the council meets. Last month was busy.";
        var path = _temp.File("relative.txt", Story + "\n");

        var run = RunWithin("extract", path, "--published", published, "--format", "json");

        Assert.Equal(0, run.Exit);
        var dates = run.JsonLines()[0].GetProperty("dates").EnumerateArray().ToList();
        Assert.Equal(5, dates.Count);
        Assert.All(dates, d => Assert.DoesNotContain("X", d.GetProperty("value").GetString() ?? "X", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("&#x1F600;")]
    [InlineData("&#128512;")]
    public void A_numeric_entity_past_the_basic_plane_decodes_to_its_character(string entity)
    {
        var html = $"<html><body><article><p>The mayor smiled {entity} and opened 3 new libraries on Sunday.</p></article></body></html>";
        var text = $"The mayor smiled {entity} and opened 3 new libraries on Sunday.";

        foreach (var facts in new[] { News.Extract(ArticleReader.ReadString(html, ArticleFormat.Html).Article!), News.Extract(text) })
        {
            Assert.Contains("smiled \U0001F600 and", facts.Repaired.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("&#", facts.Repaired.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("utf-32le", "UTF-32", "little-endian")]
    [InlineData("utf-32BE", "UTF-32", "big-endian")]
    [InlineData("utf-16", "UTF-16", "little-endian")]
    public void A_wide_encoding_is_named_by_its_byte_order_mark(string encoding, string name, string order)
    {
        var enc = encoding == "utf-32BE" ? new UTF32Encoding(bigEndian: true, byteOrderMark: true) : Encoding.GetEncoding(encoding);
        var bytes = enc.GetPreamble().Concat(enc.GetBytes("The mayor opened 3 new libraries on Sunday.")).ToArray();

        var read = ArticleReader.ReadBytes(bytes, ArticleFormat.Text);

        Assert.Equal(DiagnosticCodes.Utf16Input, read.Error?.Code);
        Assert.StartsWith($"the file is {name} ", read.Error!.Message, StringComparison.Ordinal);
        Assert.Contains(order, read.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MathML_stays_out_of_the_article_text()
    {
        var formula = string.Concat(Enumerable.Repeat("<mi>x</mi><mo>=</mo><mn>3</mn>", 500));
        var html = $"<html><body><article><p>The mayor opened 3 new libraries on Sunday, the city said in a statement.</p><math>{formula}</math></article></body></html>";

        var article = ArticleReader.ReadString(html, ArticleFormat.Html).Article!;

        Assert.DoesNotContain("x=3", article.Body.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("opened 3 new libraries", article.Body, StringComparison.Ordinal);
    }
}

/// <summary>A check with an input that cannot be read says so in the report itself, in every format.</summary>
public sealed class CheckSkippedTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_check_lists_the_inputs_it_could_not_read_in_every_format()
    {
        var a = _temp.File("a.txt", "---\npublished: 2024-05-02\n---\nThe agency said on Monday it had shipped 40,000 tents to the region.\n");
        var b = _temp.File("b.txt", "---\npublished: 2024-05-02\n---\nThe agency shipped 40,000 tents to the region, officials said on Monday.\n");
        var empty = _temp.File("empty.txt", string.Empty);
        var missing = Path.Combine(_temp.Path, "gone.txt");

        var json = HarnessRun.Of("check", a, empty, b, missing);
        Assert.Equal(1, json.Exit);
        using var doc = System.Text.Json.JsonDocument.Parse(json.Stdout);
        var skipped = doc.RootElement.GetProperty("skipped").EnumerateArray().ToList();
        Assert.Equal([empty, missing], skipped.Select(s => s.GetProperty("source").GetString()));
        Assert.Equal(DiagnosticCodes.Messages.EmptyInput, skipped[0].GetProperty("error").GetString());
        Assert.Equal(DiagnosticCodes.MissingPath, skipped[1].GetProperty("code").GetString());
        Assert.Equal(2, doc.RootElement.GetProperty("sources").GetArrayLength());

        foreach (var format in new[] { "text", "markdown", "html" })
        {
            var run = HarnessRun.Of("check", a, empty, b, missing, "--format", format);
            Assert.Equal(1, run.Exit);
            Assert.Contains("Skipped", run.Stdout, StringComparison.Ordinal);
            Assert.Contains("empty.txt", run.Stdout, StringComparison.Ordinal);
            Assert.Contains(DiagnosticCodes.Messages.EmptyInput, run.Stdout, StringComparison.Ordinal);
            Assert.Contains(DiagnosticCodes.Messages.MissingPath, run.Stdout, StringComparison.Ordinal);
        }
    }
}
