using System.Globalization;
using System.Text;
using Humanizer;

namespace NewsFacts.Reports;

public static partial class NewsReport
{
    /// <summary>A cross-check report as plain text.</summary>
    public static string ToText(CrossCheckReport report) => Check(report, markdown: false);

    /// <summary>A cross-check report as Markdown.</summary>
    public static string ToMarkdown(CrossCheckReport report) => Check(report, markdown: true);

    private static string Check(CrossCheckReport r, bool markdown)
    {
        ArgumentNullException.ThrowIfNull(r);
        var sb = new StringBuilder();
        sb.AppendLine(markdown ? "# Cross-check" : "Cross-check");
        if (!markdown)
        {
            sb.AppendLine("===========");
        }

        sb.AppendLine();
        var corroborated = r.Facts.Count(f => f.IndependentSources > 1);
        sb.AppendLine(
            $"{Capital(Count("source", r.Sources.Count))} from {Count("origin", Origins(r))}: "
            + $"{Count("fact", corroborated)} corroborated by more than one origin, {Count("conflict", r.Conflicts.Count)} and {Count("single-source fact", r.SingleSource.Count)}.");

        Section(sb, markdown, "Sources", r.Sources.Select(s => SourceLine(s, r, markdown)));
        Section(sb, markdown, "Skipped (could not be read)", r.Skipped.Select(s => $"{(markdown ? $"`{s.Source}`" : s.Source)}: {s.Error.Message}"));
        Section(sb, markdown, "Copies and versions", r.Copies.Select(c =>
            $"{And(Ids(c.Sources, markdown))} are {Words(c.Sources.Count)} {RelationWords(c.Relation)} ({Math.Round(c.Similarity * 100).ToString(CultureInfo.InvariantCulture)}% alike); they count as one origin"));

        if (r.Conflicts.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine(markdown ? "## Conflicts" : "Conflicts");
            if (!markdown)
            {
                sb.AppendLine("---------");
            }

            foreach (var c in r.Conflicts)
            {
                sb.AppendLine();
                sb.AppendLine(markdown ? $"### {c.Kind} · {c.Key}" : $"  [{c.Kind.ToString().ToLowerInvariant()}] {c.Key}");
                sb.AppendLine(markdown ? c.Summary : "    " + c.Summary);
                foreach (var side in c.Claims)
                {
                    var sentence = markdown ? MarkdownMark(side.Text, side.Highlight) : CheckFormat.Mark(side.Text, side.Highlight);
                    var where = side.Provenance is { } p ? Where(p) : string.Empty;
                    sb.AppendLine(markdown ? $"- **{side.Source}**: “{sentence.Trim()}”{where}" : $"    {side.Source}: “{sentence.Trim()}”{where}");
                }
            }
        }

        Section(sb, markdown, "Corroborated facts", r.Facts.Where(f => f.IndependentSources > 1).Select(f => FactLine(f, markdown)));
        Section(sb, markdown, "Single-source facts", r.SingleSource.Select(f => FactLine(f, markdown)));
        return sb.ToString();
    }

    // Humanizer's number words need culture data, which invariant globalization does not have: small numbers by hand.
    private static readonly string[] SmallNumbers = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    internal static string Words(int n) => n >= 0 && n < SmallNumbers.Length ? SmallNumbers[n] : n.ToString("#,0", CultureInfo.InvariantCulture);

    internal static string Count(string noun, int n) => $"{Words(n)} {(n == 1 ? noun : noun.Pluralize(inputIsKnownToBeSingular: true))}";

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string And(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    private static int Origins(CrossCheckReport r) => r.Sources.Count - r.Copies.Sum(c => c.Sources.Count - 1);

    private static string SourceLine(ArticleMetadata s, CrossCheckReport r, bool markdown)
    {
        var parts = new List<string> { s.Title ?? "untitled" };
        if (s.Outlet is { } o)
        {
            parts.Add(o);
        }

        if (s.Published is { } p)
        {
            parts.Add(p.ToDateTime(TimeOnly.MinValue).ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        }

        var id = s.Id ?? "?";
        var group = r.Copies.FirstOrDefault(c => c.Sources.Contains(id, StringComparer.Ordinal));
        var copyNote = group is null ? string.Empty : $" (one origin with {string.Join(", ", group.Sources.Where(x => x != id))})";
        return $"{(markdown ? $"`{id}`" : id)}: {string.Join(", ", parts)}{copyNote}";
    }

    private static IEnumerable<string> Ids(IEnumerable<string> ids, bool markdown) => ids.Select(i => markdown ? $"`{i}`" : i);

    private static string RelationWords(CopyRelation relation) => relation switch
    {
        CopyRelation.Duplicate => "copies of one text",
        CopyRelation.Version => "versions of one article",
        _ => "texts, one derived from the other,",
    };

    private static string FactLine(AlignedFact f, bool markdown)
    {
        var bound = f.Bound switch
        {
            QuantityBound.AtLeast => "at least ",
            QuantityBound.AtMost => "at most ",
            QuantityBound.Approx => "about ",
            _ => string.Empty,
        };
        var sources = f.Claims.Select(c => c.Source).Distinct(StringComparer.Ordinal).ToList();
        var support = f.IndependentSources > 1
            ? $"{Count("independent source", f.IndependentSources)}: {string.Join(", ", Ids(sources, markdown))}"
            : $"only {string.Join(", ", Ids(sources, markdown))}";
        return $"{(markdown ? $"**{f.Key}**" : f.Key)}: {bound}{Number(f.Value)} ({support})";
    }

    private static string MarkdownMark(string text, TextSpan? highlight) =>
        highlight is { } h && h.Start >= 0 && h.End <= text.Length && !h.IsEmpty
            ? text[..h.Start] + "**" + text[h.Start..h.End] + "**" + text[h.End..]
            : text;
}
