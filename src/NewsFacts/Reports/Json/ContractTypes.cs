using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsFacts.Reports;

// The JSON of ../shared/spec/output-contract.md as types: one record per object, its properties in the contract's
// order, serialized by source generation (camelCase names, enums as camelCase strings, nulls written). The results
// (ArticleFacts, CrossCheckReport) convert to and from these; the JSON Schema is generated from them.

/// <summary>The serialization of the contract's types: source-generated, camelCase, strict when reading.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(ArticleJson))]
[JsonSerializable(typeof(ReportJson))]
[JsonSerializable(typeof(ErrorJson))]
internal sealed partial class ContractContext : JsonSerializerContext;

/// <summary>An enum as its camelCase name (<c>atLeast</c>), never as a number.</summary>
internal sealed class CamelCaseEnum<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where T : struct, Enum;

internal sealed record SourceJson(string? Id, string? Path, string? Title, string? Outlet, DateOnly? Published, string? Url);

internal sealed record SpanJson(int Start, int End);

internal sealed record QuantityJson(
    string Text,
    int Start,
    int End,
    double Value,
    double? ValueMax,
    string? Unit,
    [property: JsonConverter(typeof(CamelCaseEnum<QuantityBound>))] QuantityBound Bound);

internal sealed record DateJson(string Text, int Start, int End, string? Value, string? Mod);

internal sealed record CountryJson(string Text, int Start, int End, string Code, [property: JsonConverter(typeof(CamelCaseEnum<CountryMentionKind>))] CountryMentionKind Kind);

internal sealed record QuoteJson(string Text, int Start, int End, string? Speaker, string? SpeakerRole, bool Partial);

internal sealed record ClaimJson(
    string Id,
    QuantityJson Quantity,
    IReadOnlyList<string> Item,
    string? Actor,
    string? Recipient,
    string Predicate,
    DateJson? Date,
    string? Speaker,
    [property: JsonConverter(typeof(CamelCaseEnum<Modality>))] Modality Modality,
    SpanJson Sentence,
    ProvenanceJson? Provenance = null);

/// <summary>
/// Where a claim stands in the article as read (additive to the contract; older output has none): the URL when known,
/// the paragraph's number from 1, and offsets into the text before repair of the quantity and of its sentence.
/// </summary>
internal sealed record ProvenanceJson(string? Url, int Paragraph, SpanJson Original, SpanJson OriginalSentence);

internal sealed record DiagnosticJson(string Code, [property: JsonConverter(typeof(CamelCaseEnum<DiagnosticSeverity>))] DiagnosticSeverity Severity, string Message);

internal sealed record ArticleJson(
    SourceJson Source,
    string Text,
    IReadOnlyList<QuantityJson> Quantities,
    IReadOnlyList<DateJson> Dates,
    IReadOnlyList<CountryJson> Countries,
    IReadOnlyList<QuoteJson> Quotes,
    IReadOnlyList<ClaimJson> Claims,
    IReadOnlyList<DiagnosticJson> Diagnostics);

internal sealed record ErrorJson(SourceJson Source, string Error, string Code);

internal sealed record CopyJson(IReadOnlyList<string> Sources, double Similarity, [property: JsonConverter(typeof(CamelCaseEnum<CopyRelation>))] CopyRelation Relation, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Story = null);

internal sealed record ClaimRefJson(string Source, string ClaimId, ProvenanceJson? Provenance = null);

internal sealed record FactJson(
    string Key,
    double Value,
    string? Unit,
    IReadOnlyList<ClaimRefJson> Claims,
    int IndependentSources,
    [property: JsonConverter(typeof(CamelCaseEnum<QuantityBound>))] QuantityBound Bound,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Story = null);

internal sealed record ConflictClaimJson(string Source, string ClaimId, double Value, int Side, string Text, SpanJson? Highlight, IReadOnlyList<string> Origin, ProvenanceJson? Provenance = null);

internal sealed record ConflictJson([property: JsonConverter(typeof(CamelCaseEnum<ConflictKind>))] ConflictKind Kind, string Key, string Summary, IReadOnlyList<ConflictClaimJson> Claims, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Story = null);

internal sealed record ReportJson(
    IReadOnlyList<SourceJson> Sources,
    IReadOnlyList<CopyJson> Copies,
    IReadOnlyList<FactJson> Facts,
    IReadOnlyList<ConflictJson> Conflicts,
    IReadOnlyList<FactJson> SingleSource,
    IReadOnlyList<SkippedJson>? Skipped,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<StoryJson>? Stories = null);

/// <summary>
/// A story of a pile checked story by story: additive to the contract, written only when the pile holds several
/// stories; then every copy group, fact and conflict names its story in <c>story</c>.
/// </summary>
internal sealed record StoryJson(string Id, string? Title, IReadOnlyList<string> Sources);

/// <summary>An input of the check that could not be read: additive to the contract (older reports have none).</summary>
internal sealed record SkippedJson(string Source, string Error, string Code);
