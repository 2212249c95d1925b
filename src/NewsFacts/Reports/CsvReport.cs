using System.Globalization;
using CsvHelper;

namespace NewsFacts.Reports;

/// <summary>
/// Spreadsheets of the results, written with CsvHelper as RFC 4180 CSV (comma, double quotes, CRLF line ends), with
/// numbers in the invariant culture: one row per claim of each article (<see cref="ClaimCsvWriter"/>), or one row per
/// corroborated fact, conflict and single-source fact of a check. Every claim says where it stands in its article
/// (URL, paragraph, offsets as read). A text cell that would start with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
/// carriage return is prefixed with <c>'</c> (CsvHelper's injection escape), so that a spreadsheet never runs an
/// article's words as a formula; number cells are written as numbers.
/// </summary>
public static class CsvReport
{
    /// <summary>The columns of the claims sheet, in order.</summary>
    public static IReadOnlyList<string> ClaimColumns { get; } =
    [
        "sourceId", "outlet", "title", "url", "published", "claimId", "value", "valueMax", "unit", "bound", "item", "actor", "recipient",
        "predicate", "date", "speaker", "modality", "sentence", "start", "end", "paragraph", "originalStart", "originalEnd",
    ];

    /// <summary>The columns of the check sheet, in order; list cells hold one entry per claim (or source), separated by "; ".</summary>
    public static IReadOnlyList<string> CheckColumns { get; } =
    [
        "row", "kind", "key", "value", "unit", "bound", "independentSources", "summary", "sources", "outlets", "urls", "claims", "values",
        "paragraphs", "originalStarts", "originalEnds",
    ];

    /// <summary>Writes the claims of every article as one sheet (a header, then one row per claim); the writer is left open.</summary>
    public static void WriteClaims(IEnumerable<ArticleFacts> articles, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(articles);
        using var csv = new ClaimCsvWriter(writer);
        foreach (var facts in articles)
        {
            csv.Write(facts);
        }
    }

    /// <summary>The claims sheet of the articles as a string.</summary>
    public static string Claims(IEnumerable<ArticleFacts> articles)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteClaims(articles, writer);
        return writer.ToString();
    }

    /// <summary>
    /// Writes a check as one sheet: a row per corroborated fact (<c>fact</c>), per conflict (<c>conflict</c>) and per
    /// single-source fact (<c>singleSource</c>), each with its sources, claims and where each claim stands;
    /// <paramref name="articles"/> give the outlets, URLs and positions. The writer is left open.
    /// </summary>
    public static void Write(CrossCheckReport report, IReadOnlyList<ArticleFacts> articles, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(writer);
        var sources = report.Sources.Where(s => s.Id is not null).DistinctBy(s => s.Id, StringComparer.Ordinal).ToDictionary(s => s.Id!, StringComparer.Ordinal);
        var claims = new Dictionary<(string, string), ClaimProvenance>();
        foreach (var a in articles)
        {
            foreach (var c in a.Claims)
            {
                claims.TryAdd((a.Id, c.Id), a.ProvenanceOf(c));
            }
        }

        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        foreach (var column in CheckColumns)
        {
            csv.WriteField(column);
        }

        csv.EndRecord();
        var single = report.SingleSource.ToHashSet();
        foreach (var f in report.Facts.Where(f => !single.Contains(f)))
        {
            FactRow(csv, "fact", f, sources, claims);
        }

        foreach (var c in report.Conflicts)
        {
            var refs = c.Claims.Select(x => (x.Source, x.ClaimId, x.Provenance)).ToList();
            Row(csv, "conflict", NewsJson.Camel(c.Kind.ToString()), c.Key, null, null, null, null, c.Summary, refs, string.Join("; ", c.Claims.Select(x => Number(x.Value))), sources, claims);
        }

        foreach (var f in report.SingleSource)
        {
            FactRow(csv, "singleSource", f, sources, claims);
        }
    }

    /// <summary>The check sheet as a string.</summary>
    public static string ToCsv(CrossCheckReport report, IReadOnlyList<ArticleFacts> articles)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, articles, writer);
        return writer.ToString();
    }

    /// <summary>RFC 4180 (comma, quotes when needed, CRLF), invariant numbers, formulas escaped in text cells.</summary>
    internal static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with { FormatProvider = CultureInfo.InvariantCulture, Injection = CsvInjection.Escape };

    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void FactRow(CsvWriter csv, string row, AlignedFact f, Dictionary<string, ArticleMetadata> sources, Dictionary<(string, string), ClaimProvenance> claims) =>
        Row(csv, row, string.Empty, f.Key, f.Value, f.Unit, NewsJson.Camel(f.Bound.ToString()), f.IndependentSources, string.Empty,
            [.. f.Claims.Select(c => (c.Source, c.ClaimId, c.Provenance))], string.Join("; ", f.Claims.Select(_ => Number(f.Value))), sources, claims);

    private static void Row(
        CsvWriter csv, string row, string kind, string key, double? value, string? unit, string? bound, int? independent, string summary,
        List<(string Source, string ClaimId, ClaimProvenance? Provenance)> refs, string values, Dictionary<string, ArticleMetadata> sources, Dictionary<(string, string), ClaimProvenance> claims)
    {
        var ids = refs.Select(r => r.Source).Distinct(StringComparer.Ordinal).ToList();
        var where = refs.Select(r => r.Provenance ?? claims.GetValueOrDefault((r.Source, r.ClaimId))).ToList();
        csv.WriteField(row);
        csv.WriteField(kind);
        csv.WriteField((key));
        if (value is { } v)
        {
            csv.WriteField(v, default);
        }
        else
        {
            csv.WriteField(string.Empty);
        }

        csv.WriteField(unit ?? string.Empty);
        csv.WriteField(bound ?? string.Empty);
        csv.WriteField(independent, default);
        csv.WriteField((summary));
        csv.WriteField((string.Join("; ", ids)));
        csv.WriteField((string.Join("; ", ids.Select(s => sources.GetValueOrDefault(s)?.Outlet ?? string.Empty))));
        csv.WriteField(string.Join("; ", ids.Select(s => sources.GetValueOrDefault(s)?.Url ?? string.Empty)));
        csv.WriteField((string.Join("; ", refs.Select(r => r.Source + "/" + r.ClaimId))));
        csv.WriteField(values);
        csv.WriteField(string.Join("; ", where.Select(p => p?.Paragraph.ToString(CultureInfo.InvariantCulture) ?? string.Empty)));
        csv.WriteField(string.Join("; ", where.Select(p => p?.Original.Start.ToString(CultureInfo.InvariantCulture) ?? string.Empty)));
        csv.WriteField(string.Join("; ", where.Select(p => p?.Original.End.ToString(CultureInfo.InvariantCulture) ?? string.Empty)));
        csv.EndRecord();
    }
}

/// <summary>
/// Writes the claims sheet of <see cref="CsvReport"/> one article at a time (the header first, then a row per claim,
/// columns <see cref="CsvReport.ClaimColumns"/>), so a batch is never held whole. The writer is left open.
/// </summary>
public sealed class ClaimCsvWriter : IDisposable
{
    private readonly CsvWriter _csv;

    /// <summary>Starts a sheet on <paramref name="writer"/> and writes its header.</summary>
    public ClaimCsvWriter(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _csv = CsvWriter.Create(writer, CsvReport.Options, leaveOpen: true);
        foreach (var column in CsvReport.ClaimColumns)
        {
            _csv.WriteField(column);
        }

        _csv.EndRecord();
    }

    /// <summary>Writes one row per claim of the article.</summary>
    public void Write(ArticleFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var s = facts.Source;
        var text = facts.Text;
        foreach (var c in facts.Claims)
        {
            var p = facts.ProvenanceOf(c);
            var q = c.Quantity;
            _csv.WriteField((facts.Id));
            _csv.WriteField((s.Outlet));
            _csv.WriteField((s.Title));
            _csv.WriteField(s.Url ?? string.Empty);
            _csv.WriteField(s.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
            _csv.WriteField(c.Id);
            _csv.WriteField(q.Value, default);
            _csv.WriteField(q.ValueMax, default);
            _csv.WriteField(q.Unit ?? string.Empty);
            _csv.WriteField(NewsJson.Camel(q.Bound.ToString()));
            _csv.WriteField((string.Join("; ", c.Item)));
            _csv.WriteField((c.Actor));
            _csv.WriteField((c.Recipient));
            _csv.WriteField((c.Predicate));
            _csv.WriteField(c.Date?.Value is { } d ? d + (c.Date.Mod is { } mod ? " " + mod : string.Empty) : string.Empty);
            _csv.WriteField((c.Speaker));
            _csv.WriteField(NewsJson.Camel(c.Modality.ToString()));
            var sentence = c.Sentence;
            _csv.WriteField((sentence.Start >= 0 && sentence.End <= text.Length && !sentence.IsEmpty ? sentence.Of(text) : q.Text));
            _csv.WriteField(q.Span.Start, default);
            _csv.WriteField(q.Span.End, default);
            _csv.WriteField(p.Paragraph, default);
            _csv.WriteField(p.Original.Start, default);
            _csv.WriteField(p.Original.End, default);
            _csv.EndRecord();
        }
    }

    /// <summary>Flushes the sheet to the writer (which stays open).</summary>
    public void Dispose() => _csv.Dispose();
}
