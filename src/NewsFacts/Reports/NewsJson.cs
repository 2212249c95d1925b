using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsFacts;

/// <summary>Writes results as the JSON of the output contract (camelCase, offsets in UTF-16 code units of <c>text</c>).</summary>
public static class NewsJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>The <c>extract</c> object for one article.</summary>
    public static string Serialize(ArticleFacts facts, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Write(w => WriteArticle(w, facts), indented);
    }

    /// <summary>The <c>check</c> object for a cross-check report.</summary>
    public static string Serialize(CrossCheckReport report, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Write(w => WriteReport(w, report), indented);
    }

    /// <summary>The object that stands in for an article that could not be read: <c>{"source": {...}, "error": "..."}</c>.</summary>
    public static string SerializeError(ArticleMetadata source, Diagnostic error)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(error);
        return Write(
            w =>
            {
                w.WriteStartObject();
                w.WritePropertyName("source");
                WriteSource(w, source);
                w.WriteString("error", error.Message);
                w.WriteString("code", error.Code);
                w.WriteEndObject();
            },
            indented: false);
    }

    private static string Write(Action<Utf8JsonWriter> body, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact))
        {
            body(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    internal static void WriteSource(Utf8JsonWriter w, ArticleMetadata s)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("path", s.Path);
        w.WriteString("title", s.Title);
        w.WriteString("outlet", s.Outlet);
        if (s.Published is { } p)
        {
            w.WriteString("published", p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull("published");
        }

        w.WriteString("url", s.Url);
        w.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter w, ArticleFacts f)
    {
        w.WriteStartObject();
        w.WritePropertyName("source");
        WriteSource(w, f.Source);
        w.WriteString("text", f.Text);

        w.WriteStartArray("quantities");
        foreach (var q in f.Quantities)
        {
            WriteQuantity(w, q);
        }

        w.WriteEndArray();

        w.WriteStartArray("dates");
        foreach (var d in f.Dates)
        {
            WriteDate(w, d);
        }

        w.WriteEndArray();

        w.WriteStartArray("countries");
        foreach (var c in f.Countries)
        {
            w.WriteStartObject();
            WriteSpan(w, c.Text, c.Span);
            w.WriteString("code", c.Code);
            w.WriteString("kind", Camel(c.Kind.ToString()));
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("quotes");
        foreach (var q in f.Quotes)
        {
            w.WriteStartObject();
            WriteSpan(w, q.Text, q.Span);
            w.WriteString("speaker", q.Speaker);
            w.WriteString("speakerRole", q.SpeakerRole);
            w.WriteBoolean("partial", q.Partial);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("claims");
        foreach (var c in f.Claims)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WritePropertyName("quantity");
            WriteQuantity(w, c.Quantity);
            w.WriteStartArray("item");
            foreach (var i in c.Item)
            {
                w.WriteStringValue(i);
            }

            w.WriteEndArray();
            w.WriteString("actor", c.Actor);
            w.WriteString("recipient", c.Recipient);
            w.WriteString("predicate", c.Predicate);
            if (c.Date is { } d)
            {
                w.WritePropertyName("date");
                WriteDate(w, d);
            }
            else
            {
                w.WriteNull("date");
            }

            w.WriteString("speaker", c.Speaker);
            w.WriteString("modality", Camel(c.Modality.ToString()));
            w.WriteStartObject("sentence");
            w.WriteNumber("start", c.Sentence.Start);
            w.WriteNumber("end", c.Sentence.End);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("diagnostics");
        foreach (var d in f.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("code", d.Code);
            w.WriteString("severity", Camel(d.Severity.ToString()));
            w.WriteString("message", d.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, string text, TextSpan span)
    {
        w.WriteString("text", text);
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
    }

    private static void WriteQuantity(Utf8JsonWriter w, QuantityMention q)
    {
        w.WriteStartObject();
        WriteSpan(w, q.Text, q.Span);
        w.WriteNumber("value", q.Value);
        if (q.ValueMax is { } max)
        {
            w.WriteNumber("valueMax", max);
        }
        else
        {
            w.WriteNull("valueMax");
        }

        w.WriteString("unit", q.Unit);
        w.WriteString("bound", Camel(q.Bound.ToString()));
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, DateMention d)
    {
        w.WriteStartObject();
        WriteSpan(w, d.Text, d.Span);
        w.WriteString("value", d.Value);
        w.WriteString("mod", d.Mod);
        w.WriteEndObject();
    }

    private static void WriteReport(Utf8JsonWriter w, CrossCheckReport r)
    {
        w.WriteStartObject();
        w.WriteStartArray("sources");
        foreach (var s in r.Sources)
        {
            WriteSource(w, s);
        }

        w.WriteEndArray();

        w.WriteStartArray("copies");
        foreach (var c in r.Copies)
        {
            w.WriteStartObject();
            w.WriteStartArray("sources");
            foreach (var s in c.Sources)
            {
                w.WriteStringValue(s);
            }

            w.WriteEndArray();
            w.WriteNumber("similarity", Math.Round(c.Similarity, 3));
            w.WriteString("relation", Camel(c.Relation.ToString()));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteFacts(w, "facts", r.Facts);

        w.WriteStartArray("conflicts");
        foreach (var c in r.Conflicts)
        {
            w.WriteStartObject();
            w.WriteString("kind", Camel(c.Kind.ToString()));
            w.WriteString("key", c.Key);
            w.WriteString("summary", c.Summary);
            w.WriteStartArray("claims");
            foreach (var cc in c.Claims)
            {
                w.WriteStartObject();
                w.WriteString("source", cc.Source);
                w.WriteString("claimId", cc.ClaimId);
                w.WriteNumber("value", cc.Value);
                w.WriteNumber("side", cc.Side);
                w.WriteString("text", cc.Text);
                if (cc.Highlight is { } h)
                {
                    w.WriteStartObject("highlight");
                    w.WriteNumber("start", h.Start);
                    w.WriteNumber("end", h.End);
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteNull("highlight");
                }

                w.WriteStartArray("origin");
                foreach (var o in cc.Origin)
                {
                    w.WriteStringValue(o);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteFacts(w, "singleSource", r.SingleSource);
        w.WriteEndObject();
    }

    private static void WriteFacts(Utf8JsonWriter w, string name, IReadOnlyList<AlignedFact> facts)
    {
        w.WriteStartArray(name);
        foreach (var f in facts)
        {
            w.WriteStartObject();
            w.WriteString("key", f.Key);
            w.WriteNumber("value", f.Value);
            w.WriteString("unit", f.Unit);
            w.WriteStartArray("claims");
            foreach (var c in f.Claims)
            {
                w.WriteStartObject();
                w.WriteString("source", c.Source);
                w.WriteString("claimId", c.ClaimId);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("independentSources", f.IndependentSources);
            w.WriteString("bound", Camel(f.Bound.ToString()));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    internal static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
