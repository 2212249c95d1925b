using System.Text;

namespace NewsFacts.Tests.Harness;

/// <summary>Every bad input gets one line naming the file and the problem, exit code 1, and the rest of the batch still runs.</summary>
public sealed class BadInputTests : IDisposable
{
    private const string GoodArticle = "---\npublished: 2024-05-02\n---\nThe agency said on Monday it had shipped 40,000 tents to the region.\n";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private void AssertReportedAndBatchContinues(string badPath, string expectedMessagePart, string expectedCode)
    {
        var good = _temp.File("good.txt", GoodArticle);
        var run = HarnessRun.Of("extract", badPath, good, "--format", "json");

        Assert.Equal(1, run.Exit);
        var errorLine = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(badPath, errorLine, StringComparison.Ordinal);
        Assert.Contains(expectedMessagePart, errorLine, StringComparison.Ordinal);

        var lines = run.JsonLines();
        Assert.Equal(2, lines.Count);
        Assert.Equal(expectedCode, lines[0].GetProperty("code").GetString());
        Assert.Contains(expectedMessagePart, lines[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("good", lines[1].GetProperty("source").GetProperty("id").GetString());
        Assert.False(lines[1].TryGetProperty("error", out _));
    }

    [Fact]
    public void An_empty_file_is_reported_and_skipped() =>
        AssertReportedAndBatchContinues(_temp.File("empty.txt", string.Empty), DiagnosticCodes.Messages.EmptyInput, DiagnosticCodes.EmptyInput);

    [Fact]
    public void A_file_of_only_white_space_counts_as_empty() =>
        AssertReportedAndBatchContinues(_temp.File("blank.txt", " \n\t\n"), DiagnosticCodes.Messages.EmptyInput, DiagnosticCodes.EmptyInput);

    [Fact]
    public void A_binary_file_is_reported_and_skipped()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D };
        AssertReportedAndBatchContinues(_temp.Bytes("image.txt", bytes), "binary data", DiagnosticCodes.BinaryInput);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_the_offset_of_the_bad_byte()
    {
        var bytes = Encoding.ASCII.GetBytes("Prices rose 4% in Sa").Concat(new byte[] { 0xE3, 0x6F }).Concat(Encoding.ASCII.GetBytes(" Paulo.")).ToArray();
        AssertReportedAndBatchContinues(_temp.Bytes("latin1.txt", bytes), "offset 20", DiagnosticCodes.InvalidUtf8);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_reported_and_skipped()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("The port handled 3 million containers.")).ToArray();
        AssertReportedAndBatchContinues(_temp.Bytes("utf16.txt", bytes), "UTF-16", DiagnosticCodes.Utf16Input);
    }

    [Fact]
    public void A_50_megabyte_file_is_refused_by_size()
    {
        var path = System.IO.Path.Combine(_temp.Path, "huge.txt");
        using (var stream = File.Create(path))
        {
            var line = Encoding.ASCII.GetBytes("The council approved 12 new bus routes on Tuesday. ");
            for (long written = 0; written < 50L * 1024 * 1024; written += line.Length)
            {
                stream.Write(line);
            }
        }

        AssertReportedAndBatchContinues(path, "over the limit", DiagnosticCodes.InputTooLarge);
    }

    [Fact]
    public void Html_nested_100000_levels_deep_is_refused_without_overflowing_the_stack()
    {
        var sb = new StringBuilder("<html><body>");
        for (var i = 0; i < 100_000; i++)
        {
            sb.Append("<div>");
        }

        sb.Append("<p>Deep text with 5 words.</p>");
        AssertReportedAndBatchContinues(_temp.File("deep.html", sb.ToString()), "nests deeper", DiagnosticCodes.NestingTooDeep);
    }

    [Fact]
    public void Html_nested_deeply_but_within_the_limit_is_read()
    {
        var sb = new StringBuilder("<html><body>");
        for (var i = 0; i < 1_500; i++)
        {
            sb.Append("<div>");
        }

        sb.Append("<p>The deep page still says 7 things.</p>");
        var run = HarnessRun.Of("extract", _temp.File("deep-ok.html", sb.ToString()));

        Assert.Equal(0, run.Exit);
        Assert.Contains("The deep page still says 7 things.", Assert.Single(run.JsonLines()).GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_reported_and_skipped() =>
        AssertReportedAndBatchContinues(System.IO.Path.Combine(_temp.Path, "no-such-article.txt"), DiagnosticCodes.Messages.MissingPath, DiagnosticCodes.MissingPath);

    [Fact]
    public void A_folder_with_no_articles_is_reported_and_skipped()
    {
        var folder = System.IO.Path.Combine(_temp.Path, "images");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(System.IO.Path.Combine(folder, "photo.jpg"), [0xFF, 0xD8, 0xFF]);
        AssertReportedAndBatchContinues(folder, "no article files", DiagnosticCodes.NoArticles);
    }

    [Fact]
    public void Check_reports_a_bad_file_and_still_checks_the_others()
    {
        var a = _temp.File("a.txt", GoodArticle);
        var b = _temp.File("b.txt", "---\npublished: 2024-05-03\n---\nOfficials confirmed that 40,000 tents were shipped to the region.\n");
        var bad = _temp.File("empty.txt", string.Empty);

        var run = HarnessRun.Of("check", a, bad, b, "--format", "json");

        Assert.Equal(1, run.Exit);
        Assert.Contains("empty.txt: the file is empty", run.Stderr, StringComparison.Ordinal);
        using var report = System.Text.Json.JsonDocument.Parse(run.Stdout);
        var ids = report.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Equal(["a", "b"], ids);
    }
}
