using System.Text;
using Humanizer;

namespace NewsFacts;

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
        sb.AppendLine();
        sb.AppendLine($"{"source".ToQuantity(r.Sources.Count)}, {"copy group".ToQuantity(r.Copies.Count)}, {"agreed fact".ToQuantity(r.Facts.Count)}, {"conflict".ToQuantity(r.Conflicts.Count)}, {"single-source fact".ToQuantity(r.SingleSource.Count)}.");
        Section(sb, markdown, "Sources", r.Sources.Select(s => $"{s.Id}: {s.Title ?? "untitled"}{(s.Outlet is null ? string.Empty : ", " + s.Outlet)}{(s.Published is { } p ? ", " + p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}"));
        Section(sb, markdown, "Copies and versions", r.Copies.Select(c => $"{string.Join(" = ", c.Sources)} ({c.Relation.ToString().ToLowerInvariant()}, {c.Similarity:P0} alike)"));
        Section(sb, markdown, "Conflicts", r.Conflicts.Select(c => $"[{c.Kind.ToString().ToLowerInvariant()}] {c.Key}: {c.Summary}"));
        Section(sb, markdown, "Corroborated facts", r.Facts.Where(f => f.IndependentSources > 1).Select(f => $"{f.Key}: {Number(f.Value)} ({"independent source".ToQuantity(f.IndependentSources)})"));
        Section(sb, markdown, "Single-source facts", r.SingleSource.Select(f => $"{f.Key}: {Number(f.Value)} ({string.Join(", ", f.Claims.Select(c => c.Source).Distinct(StringComparer.Ordinal))})"));
        return sb.ToString();
    }
}
