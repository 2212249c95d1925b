namespace NewsFacts.Tests.Harness;

public sealed class HarnessTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void One_article_prints_one_json_object_with_every_contract_field()
    {
        var path = _temp.File("story.txt", "---\ntitle: Bridge reopens\noutlet: Daily Example\npublished: 2023-11-02\nurl: https://example.org/bridge\n---\nThe bridge reopened on Thursday.\n");

        var run = HarnessRun.Of("extract", path, "--format", "json");

        Assert.Equal(0, run.Exit);
        var json = Assert.Single(run.JsonLines());
        var source = json.GetProperty("source");
        Assert.Equal("story", source.GetProperty("id").GetString());
        Assert.Equal("Bridge reopens", source.GetProperty("title").GetString());
        Assert.Equal("Daily Example", source.GetProperty("outlet").GetString());
        Assert.Equal("2023-11-02", source.GetProperty("published").GetString());
        Assert.Equal("https://example.org/bridge", source.GetProperty("url").GetString());
        Assert.StartsWith("The bridge reopened", json.GetProperty("text").GetString(), StringComparison.Ordinal);
        foreach (var field in new[] { "quantities", "dates", "countries", "quotes", "claims" })
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Array, json.GetProperty(field).ValueKind);
        }
    }

    [Fact]
    public void Command_line_flags_win_over_front_matter()
    {
        var path = _temp.File("story.txt", "---\noutlet: Daily Example\npublished: 2023-11-02\n---\nText.\n");

        var run = HarnessRun.Of("extract", path, "--published", "2020-01-31", "--outlet", "Other Paper");

        var source = Assert.Single(run.JsonLines()).GetProperty("source");
        Assert.Equal("2020-01-31", source.GetProperty("published").GetString());
        Assert.Equal("Other Paper", source.GetProperty("outlet").GetString());
    }

    [Fact]
    public void A_folder_is_read_recursively_in_order_as_json_lines()
    {
        _temp.File("b/second.md", "# Heading\n\nSecond article.\n");
        _temp.File("a/first.txt", "First article.\n");
        _temp.File("c/page.html", "<html><head><title>Third</title></head><body><article><p>Third article.</p></article></body></html>");
        _temp.File("notes.csv", "not,an,article\n");

        var run = HarnessRun.Of("extract", _temp.Path);

        Assert.Equal(0, run.Exit);
        var ids = run.JsonLines().Select(j => j.GetProperty("source").GetProperty("id").GetString()).ToList();
        Assert.Equal(["first", "second", "page"], ids);
    }

    [Fact]
    public void Standard_input_is_read_when_the_article_is_a_dash()
    {
        var run = HarnessRun.WithInput("The ferry carried 300 passengers.\n", "extract", "-");

        Assert.Equal(0, run.Exit);
        var json = Assert.Single(run.JsonLines());
        Assert.Equal("stdin", json.GetProperty("source").GetProperty("id").GetString());
        Assert.StartsWith("The ferry carried", json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "a.txt", "--format", "yaml")]
    [InlineData("frobnicate", "a.txt")]
    [InlineData("check", "a.txt", "--format", "pdf")]
    public void A_usage_error_exits_with_code_2_and_a_message(params string[] args)
    {
        var run = HarnessRun.Of(args);

        Assert.Equal(2, run.Exit);
        Assert.StartsWith("newsfacts: ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void A_published_flag_that_is_not_a_date_is_a_usage_error()
    {
        var path = _temp.File("a.txt", "Text.\n");

        var run = HarnessRun.Of("extract", path, "--published", "18/03/2021");

        Assert.Equal(2, run.Exit);
        Assert.Contains("--published '18/03/2021' is not a date", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text", "Found ")]
    [InlineData("markdown", "# ")]
    public void Text_and_markdown_formats_read_as_prose(string format, string expectedStart)
    {
        var path = _temp.File("a.txt", "---\ntitle: Harbour news\n---\nThe harbour opened.\n");

        var run = HarnessRun.Of("extract", path, "--format", format);

        Assert.Equal(0, run.Exit);
        Assert.Contains(expectedStart, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Harbour news", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_writes_the_report_to_a_file_when_asked()
    {
        var a = _temp.File("a.txt", "The harbour opened.\n");
        var output = System.IO.Path.Combine(_temp.Path, "report.html");

        var run = HarnessRun.Of("check", a, "--format", "html", "--output", output);

        Assert.Equal(0, run.Exit);
        Assert.Contains("<html", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_inputs_with_one_file_name_get_distinct_ids_in_check()
    {
        var a = _temp.File("x/story.txt", "The harbour opened.\n");
        var b = _temp.File("y/story.txt", "The harbour closed.\n");

        var run = HarnessRun.Of("check", a, b);

        Assert.Equal(0, run.Exit);
        using var report = System.Text.Json.JsonDocument.Parse(run.Stdout);
        var ids = report.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Equal(["story", "story-2"], ids);
    }
}
