using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsFacts.Store;

/// <summary>The conflicts report of a store as JSON or text.</summary>
public static class StoreReport
{
    /// <summary>
    /// The report as JSON: <c>{"report", "created", "stories": [{"id", "title", "sources", "newArticles", "opened",
    /// "closed", "check"}]}</c>, where <c>check</c> is the story's <c>check</c> object of the output contract and
    /// <c>opened</c> and <c>closed</c> list <c>{kind, key, summary}</c>.
    /// </summary>
    public static string ToJson(ConflictsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("report", report.Id);
            w.WriteString("created", report.Created);
            w.WriteStartArray("stories");
            foreach (var s in report.Stories)
            {
                w.WriteStartObject();
                w.WriteString("id", s.Story.Id);
                w.WriteString("title", s.Story.Title);
                w.WriteStartArray("sources");
                foreach (var source in s.Story.Sources)
                {
                    w.WriteStringValue(source);
                }

                w.WriteEndArray();
                w.WriteNumber("newArticles", s.NewArticles);
                Notes(w, "opened", s.Opened.Select(c => new ConflictNote(c.Kind, c.Key, c.Summary)));
                Notes(w, "closed", s.Closed);
                w.WritePropertyName("check");
                NewsJson.Write(s.Report, w);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The report as text: per story its counts, the conflicts opened and closed since it was last reported, then every conflict.</summary>
    public static string ToText(ConflictsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        sb.Append("Conflicts report ").Append(report.Id).Append(", ").Append(report.Created).Append(": ")
          .Append(NewsReport.Count("story", report.Stories.Count)).Append(", ")
          .Append(NewsReport.Count("conflict", report.Stories.Sum(s => s.Report.Conflicts.Count))).Append(" (")
          .Append(report.Stories.Sum(s => s.Opened.Count)).Append(" opened, ").Append(report.Stories.Sum(s => s.Closed.Count)).Append(" closed since the last report)\n");
        foreach (var s in report.Stories)
        {
            sb.Append('\n').Append(s.Story.Id).Append(": ").Append(s.Story.Title ?? "untitled").Append('\n')
              .Append("  ").Append(NewsReport.Count("article", s.Story.Sources.Count)).Append(" (").Append(s.NewArticles).Append(" new), ")
              .Append(NewsReport.Count("corroborated fact", s.Report.Facts.Count(f => f.IndependentSources > 1))).Append(", ")
              .Append(NewsReport.Count("conflict", s.Report.Conflicts.Count)).Append('\n');
            foreach (var c in s.Opened)
            {
                sb.Append("  opened [").Append(NewsJson.Camel(c.Kind.ToString())).Append("] ").Append(c.Summary).Append('\n');
            }

            foreach (var c in s.Closed)
            {
                sb.Append("  closed [").Append(NewsJson.Camel(c.Kind.ToString())).Append("] ").Append(c.Summary).Append('\n');
            }

            foreach (var c in s.Report.Conflicts.Where(c => !s.Opened.Contains(c)))
            {
                sb.Append("  still  [").Append(NewsJson.Camel(c.Kind.ToString())).Append("] ").Append(c.Summary).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static void Notes(Utf8JsonWriter w, string name, IEnumerable<ConflictNote> notes)
    {
        w.WriteStartArray(name);
        foreach (var n in notes)
        {
            w.WriteStartObject();
            w.WriteString("kind", NewsJson.Camel(n.Kind.ToString()));
            w.WriteString("key", n.Key);
            w.WriteString("summary", n.Summary);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
