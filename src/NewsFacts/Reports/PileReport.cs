using System.Text;

namespace NewsFacts.Reports;

public static partial class NewsReport
{
    /// <summary>A pile's cross-check as plain text: for one story exactly <see cref="ToText(CrossCheckReport)"/>, for several a report per story.</summary>
    public static string ToText(PileCheckReport report) => Pile(report, markdown: false);

    /// <summary>A pile's cross-check as Markdown: for one story exactly <see cref="ToMarkdown(CrossCheckReport)"/>, for several a report per story.</summary>
    public static string ToMarkdown(PileCheckReport report) => Pile(report, markdown: true);

    private static string Pile(PileCheckReport p, bool markdown)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (p.Single is { } single)
        {
            return Check(single, markdown);
        }

        var sb = new StringBuilder();
        sb.AppendLine(markdown ? "# Cross-check of a pile" : "Cross-check of a pile");
        if (!markdown)
        {
            sb.AppendLine("=====================");
        }

        sb.AppendLine();
        sb.AppendLine($"{Capital(Count("story", p.Stories.Count))} in {Count("source", p.Stories.Sum(s => s.Story.Sources.Count))}, each checked apart: "
            + $"{Count("conflict", p.Stories.Sum(s => s.Report.Conflicts.Count))} in all.");
        Section(sb, markdown, "Stories", p.Stories.Select(s => $"{s.Story.Id}: {s.Story.Title ?? "untitled"} ({Count("source", s.Story.Sources.Count)}, {Count("conflict", s.Report.Conflicts.Count)})"));
        Section(sb, markdown, "Skipped (could not be read)", p.Skipped.Select(s => $"{(markdown ? $"`{s.Source}`" : s.Source)}: {s.Error.Message}"));
        foreach (var s in p.Stories)
        {
            var heading = $"Story {s.Story.Id}: {s.Story.Title ?? "untitled"}";
            sb.AppendLine();
            sb.AppendLine(markdown ? "---" : new string('#', 60));
            sb.AppendLine();
            sb.AppendLine(markdown ? $"**{heading}**" : heading);
            sb.AppendLine();
            sb.Append(Check(s.Report, markdown));
        }

        return sb.ToString();
    }
}
