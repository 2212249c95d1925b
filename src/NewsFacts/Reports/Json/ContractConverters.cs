using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsFacts.Reports;

/// <summary>
/// Reads and writes an <see cref="ArticleFacts"/> as the <c>extract</c> object of the output contract, so that
/// <c>JsonSerializer.Serialize(facts)</c> gives the contract and <c>JsonSerializer.Deserialize&lt;ArticleFacts&gt;</c>
/// reads it back (whatever the options' naming policy). Reading gives facts whose JSON is the same; the parts the
/// contract does not carry are not restored: the text as read before repair (the repaired text stands for it), unit,
/// speaker and diagnostic spans. The segmentation is found again from the text.
/// </summary>
public sealed class ArticleFactsJsonConverter : JsonConverter<ArticleFacts>
{
    /// <inheritdoc />
    public override ArticleFacts Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ContractMapping.FromJson(JsonSerializer.Deserialize(ref reader, ContractContext.Default.ArticleJson) ?? throw ContractMapping.NullObject());

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ArticleFacts value, JsonSerializerOptions options) => NewsJson.Write(value, writer);
}

/// <summary>Reads and writes a <see cref="CrossCheckReport"/> as the <c>check</c> object of the output contract (the conflict sides' difference spans are not in it).</summary>
public sealed class CrossCheckReportJsonConverter : JsonConverter<CrossCheckReport>
{
    /// <inheritdoc />
    public override CrossCheckReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ContractMapping.FromJson(JsonSerializer.Deserialize(ref reader, ContractContext.Default.ReportJson) ?? throw ContractMapping.NullObject());

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CrossCheckReport value, JsonSerializerOptions options) => NewsJson.Write(value, writer);
}
