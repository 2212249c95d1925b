using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace NewsFacts.Reports;

/// <summary>
/// Writes and reads results as the JSON of the output contract (camelCase names, enums as camelCase strings, offsets
/// in UTF-16 code units of <c>text</c>). The same contract is what <c>JsonSerializer</c> gives for
/// <see cref="ArticleFacts"/> and <see cref="CrossCheckReport"/> (see <see cref="ArticleFactsJsonConverter"/>);
/// these methods add compact output that leaves non-ASCII text unescaped.
/// </summary>
public static class NewsJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>The <c>extract</c> object for one article.</summary>
    public static string Serialize(ArticleFacts facts, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Text(w => Write(facts, w), indented);
    }

    /// <summary>The <c>check</c> object for a cross-check report.</summary>
    public static string Serialize(CrossCheckReport report, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Text(w => Write(report, w), indented);
    }

    /// <summary>Writes the <c>extract</c> object for one article to a JSON writer (whose options decide indentation and escaping).</summary>
    public static void Write(ArticleFacts facts, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, ContractMapping.ToJson(facts), ContractContext.Default.ArticleJson);
    }

    /// <summary>Writes the <c>check</c> object for a report to a JSON writer (whose options decide indentation and escaping).</summary>
    public static void Write(CrossCheckReport report, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, ContractMapping.ToJson(report), ContractContext.Default.ReportJson);
    }

    /// <summary>Writes the <c>extract</c> object for one article to a stream as UTF-8; the stream is left open.</summary>
    public static void Write(ArticleFacts facts, Stream stream, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact);
        Write(facts, writer);
    }

    /// <summary>Writes the <c>check</c> object for a report to a stream as UTF-8; the stream is left open.</summary>
    public static void Write(CrossCheckReport report, Stream stream, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact);
        Write(report, writer);
    }

    /// <summary>Writes the <c>extract</c> object for one article to a text writer; the writer is left open.</summary>
    public static void Write(ArticleFacts facts, TextWriter writer, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var json = new Utf8JsonWriter(new TextWriterBuffer(writer), indented ? Indented : Compact);
        Write(facts, json); // handed over to the writer as it goes: a 20 MB article's JSON is never held whole
    }

    /// <summary>Writes the <c>check</c> object for a report to a text writer; the writer is left open.</summary>
    public static void Write(CrossCheckReport report, TextWriter writer, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var json = new Utf8JsonWriter(new TextWriterBuffer(writer), indented ? Indented : Compact);
        Write(report, json);
    }

    /// <summary>
    /// The <c>check</c> object for a pile: for at most one story exactly that story's report; for several, every
    /// story's sources, copies, facts, conflicts and single-source facts in one object, each copy group, fact and
    /// conflict naming its story in <c>story</c>, and the stories in <c>stories</c> (<c>id</c>, <c>title</c>, <c>sources</c>).
    /// </summary>
    public static string Serialize(PileCheckReport report, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Text(w => JsonSerializer.Serialize(w, ContractMapping.ToJson(report), ContractContext.Default.ReportJson), indented);
    }

    /// <summary>Reads an <c>extract</c> object back (see <see cref="ArticleFactsJsonConverter"/> for what the contract does not carry).</summary>
    /// <exception cref="JsonException">The JSON is not an <c>extract</c> object of the contract.</exception>
    public static ArticleFacts DeserializeArticle(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ContractMapping.FromJson(JsonSerializer.Deserialize(json, ContractContext.Default.ArticleJson) ?? throw ContractMapping.NullObject());
    }

    /// <summary>Reads a <c>check</c> object back.</summary>
    /// <exception cref="JsonException">The JSON is not a <c>check</c> object of the contract.</exception>
    public static CrossCheckReport DeserializeReport(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ContractMapping.FromJson(JsonSerializer.Deserialize(json, ContractContext.Default.ReportJson) ?? throw ContractMapping.NullObject());
    }

    /// <summary>The object that stands in for an article that could not be read: <c>{"source": {...}, "error": "..."}</c>.</summary>
    public static string SerializeError(ArticleMetadata source, Diagnostic error)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(error);
        return Text(w => JsonSerializer.Serialize(w, new ErrorJson(ContractMapping.ToJson(source), error.Message, error.Code), ContractContext.Default.ErrorJson), indented: false);
    }

    /// <summary>The JSON Schema (draft 2020-12) of the <c>extract</c> object, generated from the contract's types.</summary>
    internal static string ExtractSchema() => Schema(ContractContext.Default.ArticleJson, "NewsFacts extract", "One article's facts: the JSON that `newsfacts extract` prints per article.");

    /// <summary>The JSON Schema (draft 2020-12) of the <c>check</c> object, generated from the contract's types.</summary>
    internal static string CheckSchema() => Schema(ContractContext.Default.ReportJson, "NewsFacts check", "A cross-check of several articles on one story: the JSON that `newsfacts check` prints.");

    private static string Schema(System.Text.Json.Serialization.Metadata.JsonTypeInfo type, string title, string description)
    {
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(type, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true }).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = title,
            ["description"] = description,
        };
        foreach (var (name, value) in schema.ToList())
        {
            schema.Remove(name);
            root[name] = value;
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static string Text(Action<Utf8JsonWriter> body, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact))
        {
            body(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    internal static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
