using System.Globalization;
using System.Text;
using CsvHelper;

namespace NewsFacts.Tests.Reports;

/// <summary>The spreadsheets, read back with CsvHelper: one row per claim, or per fact, conflict and single-source fact.</summary>
public sealed class CsvReportTests
{
    private const string Harbour = "The port will buy 3 cranes, \"new and fast\", for €40 million, director Lena Åberg said.\nThe port handled 1.2 million containers in 2023.";
    private const string Formula = "=SUM(A1) was typed by 12 readers, the editor said.";

    private static ArticleFacts Extract(string text, string id, string? url = null) =>
        News.Extract(text, new ArticleMetadata { Id = id, Outlet = "Coast Post", Url = url, Published = new DateOnly(2024, 3, 1) });

    private static List<Dictionary<string, string>> Read(string csv, out IReadOnlyList<string> headers)
    {
        using var reader = CsvReader.Create(new StringReader(csv), CsvReaderOptions.Default, leaveOpen: false);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in reader.Headers)
            {
                row[name] = reader.GetString(name);
            }

            rows.Add(row);
        }

        headers = [.. reader.Headers];
        return rows;
    }

    [Fact]
    public void The_claims_sheet_reads_back_with_one_row_per_claim_and_every_column_of_the_issue()
    {
        var articles = new[] { Extract(Harbour, "harbour", "https://coast.example/port"), Extract(Formula, "formula") };
        var csv = CsvReport.Claims(articles);

        var rows = Read(csv, out var headers);

        Assert.Equal(CsvReport.ClaimColumns, headers);
        Assert.Equal(articles.Sum(a => a.Claims.Count), rows.Count);
        var i = 0;
        foreach (var a in articles)
        {
            foreach (var c in a.Claims)
            {
                var row = rows[i++];
                var p = a.ProvenanceOf(c);
                Assert.Equal(a.Id, row["sourceId"]);
                Assert.Equal("Coast Post", row["outlet"]);
                Assert.Equal(a.Source.Url ?? string.Empty, row["url"]);
                Assert.Equal("2024-03-01", row["published"]);
                Assert.Equal(c.Id, row["claimId"]);
                Assert.Equal(c.Quantity.Value, double.Parse(row["value"], CultureInfo.InvariantCulture));
                Assert.Equal(c.Quantity.Unit ?? string.Empty, row["unit"]);
                Assert.Equal(c.Speaker ?? string.Empty, row["speaker"]);
                Assert.Equal(c.Quantity.Span.Start, int.Parse(row["start"], CultureInfo.InvariantCulture));
                Assert.Equal(c.Quantity.Text, a.Text[int.Parse(row["start"], CultureInfo.InvariantCulture)..int.Parse(row["end"], CultureInfo.InvariantCulture)]);
                Assert.Equal(p.Paragraph, int.Parse(row["paragraph"], CultureInfo.InvariantCulture));
                Assert.Equal(p.Original.Start, int.Parse(row["originalStart"], CultureInfo.InvariantCulture));
                var sentence = c.Sentence.Of(a.Text);
                Assert.Equal(sentence.StartsWith('=') ? "'" + sentence : sentence, row["sentence"]);
            }
        }

        // Commas, quotes and non-ASCII text survive; the formula is shown as text, never run.
        Assert.Contains(rows, r => r["sentence"].Contains("\"new and fast\", for €40 million, director Lena Åberg", StringComparison.Ordinal));
        Assert.Contains(rows, r => r["sentence"].StartsWith("'=SUM(A1)", StringComparison.Ordinal));
        Assert.Contains("\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_sheet_has_a_row_per_corroborated_fact_conflict_and_single_source_fact_with_its_sources()
    {
        var north = Extract("The city will spend $40 million on 12 new ferries, the mayor said.", "north", "https://north.example/ferries");
        var south = Extract("The city will spend $45 million on 12 new ferries, the council said.", "south");
        var report = News.Check([north, south]);

        var rows = Read(CsvReport.ToCsv(report, [north, south]), out var headers);

        Assert.Equal(CsvReport.CheckColumns, headers);
        var single = report.SingleSource.ToHashSet();
        Assert.Equal(report.Facts.Count(f => !single.Contains(f)), rows.Count(r => r["row"] == "fact"));
        Assert.Equal(report.Conflicts.Count, rows.Count(r => r["row"] == "conflict"));
        Assert.Equal(report.SingleSource.Count, rows.Count(r => r["row"] == "singleSource"));
        Assert.NotEmpty(report.Conflicts);
        var conflict = rows.First(r => r["row"] == "conflict");
        Assert.Equal("value", conflict["kind"]);
        Assert.Equal("north; south", conflict["sources"]);
        Assert.Equal("Coast Post; Coast Post", conflict["outlets"]);
        Assert.Equal("https://north.example/ferries; ", conflict["urls"]);
        Assert.Equal("40000000; 45000000", conflict["values"]);
        Assert.Equal(report.Conflicts[0].Summary, conflict["summary"]);
        Assert.Equal("1; 1", conflict["paragraphs"]);
        var fact = rows.First(r => r["row"] == "fact");
        Assert.Equal("2", fact["independentSources"]);
        Assert.Equal(2, fact["claims"].Split("; ").Length);
    }

    [Fact]
    public void The_harness_writes_one_sheet_for_a_batch_and_a_check_file_a_spreadsheet_reads_as_utf8()
    {
        var extract = Harness.HarnessRun.Of("extract", Repo.Corpus, "--format", "csv");
        Assert.Equal(0, extract.Exit);
        var rows = Read(extract.Stdout, out _);
        var expected = Directory.GetFiles(Repo.Corpus, "*.txt").Sum(p => News.Extract(NewsArticle.FromFile(p).Article!).Claims.Count);
        Assert.Equal(expected, rows.Count);
        Assert.Single(extract.Stdout.Split("\r\n"), l => l.StartsWith("sourceId,", StringComparison.Ordinal));

        var path = Path.Combine(Path.GetTempPath(), "newsfacts-csv-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            var check = Harness.HarnessRun.Of("check", Repo.Corpus, "--format", "csv", "-o", path);
            Assert.Equal(0, check.Exit);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
            var sheet = Read(Encoding.UTF8.GetString(bytes[3..]), out _);
            Assert.Contains(sheet, r => r["row"] == "conflict");
            Assert.Contains(sheet, r => r["row"] == "singleSource");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
