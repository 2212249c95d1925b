using System.Globalization;
using System.Text.Json;

namespace NewsFacts.Tests.Dates;

/// <summary>Each case of Specs/dates.json: the dates found in one sentence, exactly, with their values and mods.</summary>
public sealed class DateSpecTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in Load())
        {
            data.Add(c.GetProperty("name").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_finds_exactly_the_expected_dates(string name)
    {
        var c = Load().Single(x => x.GetProperty("name").GetString() == name);
        var published = DateOnly.ParseExact(c.GetProperty("published").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = c.GetProperty("text").GetString()!;
        var expected = c.GetProperty("dates").EnumerateArray()
            .Select(d => $"{d[0].GetString()} = {d[1].GetString() ?? "null"} {d[2].GetString() ?? "-"}")
            .ToList();

        var actual = DateRecognizer.Default.Recognize(text, published)
            .Select(d => $"{d.Text} = {d.Value ?? "null"} {d.Mod ?? "-"}")
            .ToList();

        Assert.Equal(expected, actual);
    }

    private static List<JsonElement> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "dates.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return [.. doc.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
