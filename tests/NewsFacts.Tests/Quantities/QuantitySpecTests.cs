using System.Text.Json;

namespace NewsFacts.Tests.Quantities;

/// <summary>Each case of <c>Specs/quantity-cases.json</c> is its own test: a sentence and the quantities it holds.</summary>
public sealed class QuantitySpecTests
{
    private static readonly Lazy<IReadOnlyList<JsonElement>> Cases = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "quantity-cases.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return [.. doc.RootElement.EnumerateArray().Select(e => e.Clone())];
    });

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases.Value)
        {
            data.Add(c.GetProperty("name").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Sentence_yields_the_expected_quantities(string name)
    {
        var spec = Cases.Value.Single(c => c.GetProperty("name").GetString() == name);
        var sentence = spec.GetProperty("text").GetString()!;
        var found = QuantityRecognizer.Default.Recognize(sentence);
        var expected = spec.GetProperty("expect").EnumerateArray().ToList();
        var dump = string.Join(Environment.NewLine, found);
        Assert.True(expected.Count == found.Count, $"expected {expected.Count} quantities, found {found.Count}:{Environment.NewLine}{dump}");
        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var q = found[i];
            Assert.True(q.Text == q.Span.Of(sentence), dump);
            if (e.TryGetProperty("text", out var text))
            {
                Assert.True(text.GetString() == q.Text, dump);
            }

            Assert.True(Math.Abs(e.GetProperty("value").GetDouble() - q.Value) <= 1e-9 * Math.Max(1, Math.Abs(q.Value)), dump);
            if (e.TryGetProperty("valueMax", out var max))
            {
                Assert.True(max.GetDouble() == q.ValueMax, dump);
            }

            if (e.TryGetProperty("unit", out var unit))
            {
                Assert.True(unit.GetString() == q.Unit, dump);
            }

            if (e.TryGetProperty("bound", out var bound))
            {
                Assert.True(bound.GetString() == JsonNamingPolicy.CamelCase.ConvertName(q.Bound.ToString()), dump);
            }

            if (e.TryGetProperty("change", out var change))
            {
                Assert.True(change.GetBoolean() == q.IsChange, dump);
            }
        }
    }
}
