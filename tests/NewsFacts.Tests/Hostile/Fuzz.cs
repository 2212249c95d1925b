using System.Text;
using System.Text.Json;

namespace NewsFacts.Tests.Hostile;

/// <summary>
/// A seeded generator of mutated articles and pages (byte flips, inserted quote marks, digits, currency signs and entities,
/// truncations, splices) and the checks every output must pass: no exception, valid JSON, every span true, every claim inside
/// its sentence, every reference in a check report resolvable. The seed articles are invented for this test.
/// </summary>
internal sealed class Fuzz(int seed)
{
    private static readonly string[] Seeds =
    [
        "---\npublished: 2024-05-02\n---\nThe water board said on Tuesday it would spend $4.5 million on 12 new pumps by March. \u201CWe have waited 20 years for this,\u201D said Mara Lind, its director. Last year 1,200 homes lost water for three days.\n",
        "The ferry company carried 2.3 million passengers in 2023, up 8% from a year earlier, it said. About 40 of its 310 crew were hired in Norway. Fares will rise by \u20AC3 from June 1, the firm's chief, Ola Berg, told reporters.\n",
        "# Harvest\n\nFarmers in the valley lost nearly half of their wheat after a dry spring, the ministry said. \"Some 15,000 tonnes are gone,\" an official said. Imports from Canada will cover 3,000 to 5,000 tonnes next month.\n",
        "Two earthquakes of magnitude 5.1 and 4.8 shook the coast on Sunday night. No one was hurt, police said, but 14 buildings were damaged and 300 people spent the night in a school. The first struck at 11:40 p.m.\n",
    ];

    private static readonly string[] Pages =
    [
        "<html><head><title>Port traffic</title><meta property=\"article:published_time\" content=\"2024-04-30\"></head><body><nav>Home | News</nav><article><h1>Port traffic rises</h1><p>The port handled 3 million containers in the first quarter, 11% more than a year ago, its operator said on Monday.</p><p>&ldquo;We expect 13 million this year,&rdquo; said Ana Ruiz.</p></article><footer>&copy; 2024</footer></body></html>",
        "<!doctype html><html><body><div class=\"story\"><p>Prices rose 0.4% in April, the statistics office said, after 0.3% in March.</p><script>var a = \"<p>not text</p>\";</script><p>Rents went up by &pound;25 a month on average, to &#163;1,310.</p></div></body></html>",
    ];

    private static readonly string[] Inserts =
    [
        "\"", "\u201C", "\u201D", "\u2018", "\u2019", "'", "\u00AB", "\u00BB", "$", "\u20AC", "\u00A3", "\u00A5", "%", "&amp;", "&#x1F600;", "&#128512;", "&nbsp;",
        "&#8217;", "&", "&#", "0", "7", "1,000", "3.5", "2024-02-30", "million", "billion", " -", "\u2013", "\n", "\n\n", ".", "?", "<", ">", "</p>", "<p>", "<script>",
        "<!--", "\uFEFF", "\u00C3\u00A9", "\u200B", "\t", " ", "said", "according to", "last year", "next week", "U.S.", "Dr.", "\U0001F600",
    ];

    private readonly Random _random = new(seed);

    /// <summary>One mutated input: its bytes and the format to read them as.</summary>
    public (byte[] Bytes, ArticleFormat Format) Next()
    {
        var html = _random.Next(4) == 0;
        var text = html ? Pages[_random.Next(Pages.Length)] : Seeds[_random.Next(Seeds.Length)];
        var edits = 1 + _random.Next(6);
        for (var e = 0; e < edits; e++)
        {
            text = _random.Next(5) switch
            {
                0 => Insert(text),
                1 => Truncate(text),
                2 => Splice(text, html ? Pages[_random.Next(Pages.Length)] : Seeds[_random.Next(Seeds.Length)]),
                3 => Repeat(text),
                _ => Insert(text),
            };
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        if (_random.Next(6) == 0 && bytes.Length > 0)
        {
            for (var f = 1 + _random.Next(3); f > 0; f--)
            {
                bytes[_random.Next(bytes.Length)] ^= (byte)(1 << _random.Next(8)); // a flipped bit: often invalid UTF-8, sometimes a NUL
            }
        }

        return (bytes, html ? ArticleFormat.Html : ArticleFormat.Text);
    }

    private int At(string text) => text.Length == 0 ? 0 : _random.Next(text.Length + 1);

    private string Insert(string text)
    {
        var at = At(text);
        if (at > 0 && at < text.Length && char.IsLowSurrogate(text[at]))
        {
            at--;
        }

        return text.Insert(at, Inserts[_random.Next(Inserts.Length)]);
    }

    private string Truncate(string text)
    {
        var at = At(text);
        if (at > 0 && at < text.Length && char.IsLowSurrogate(text[at]))
        {
            at--;
        }

        return _random.Next(2) == 0 ? text[..at] : text[at..];
    }

    private string Splice(string text, string other)
    {
        var a = At(text);
        var b = At(other);
        return string.Concat(text.AsSpan(0, Safe(text, a)), other.AsSpan(Safe(other, b)));
    }

    private string Repeat(string text)
    {
        var a = Safe(text, At(text));
        var b = Safe(text, Math.Min(text.Length, a + _random.Next(40)));
        var piece = text[a..b];
        return text.Insert(a, string.Concat(Enumerable.Repeat(piece, 1 + _random.Next(8))));
    }

    private static int Safe(string text, int at) => at > 0 && at < text.Length && char.IsLowSurrogate(text[at]) ? at - 1 : at;

    /// <summary>Reads and extracts one input and checks the result; returns the facts when an article was read.</summary>
    public static ArticleFacts? ExtractAndCheck(byte[] bytes, ArticleFormat format, string id)
    {
        var read = ArticleReader.ReadBytes(bytes, format, new ArticleMetadata { Id = id });
        if (!read.Succeeded)
        {
            Assert.NotNull(read.Error);
            using var error = JsonDocument.Parse(NewsJson.SerializeError(read.Source, read.Error!));
            return null;
        }

        var facts = News.Extract(read.Article!);
        using var doc = JsonDocument.Parse(NewsJson.Serialize(facts));
        var text = doc.RootElement.GetProperty("text").GetString()!;
        Assert.Equal(facts.Text, text);
        CheckSpans(doc.RootElement, text);
        foreach (var claim in facts.Claims)
        {
            Assert.True(claim.Sentence.Contains(claim.Quantity.Span), $"claim {claim.Id} at {claim.Quantity.Span} lies outside its sentence {claim.Sentence}");
            Assert.True(claim.Sentence.End <= text.Length);
        }

        Assert.Equal(facts.Claims.Count, facts.Claims.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        return facts;
    }

    /// <summary>Every object with text, start and end in the JSON marks exactly that text.</summary>
    private static void CheckSpans(JsonElement e, string text)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                if (e.TryGetProperty("start", out var s) && e.TryGetProperty("end", out var n) && e.TryGetProperty("text", out var t) && s.ValueKind == JsonValueKind.Number)
                {
                    var (start, end) = (s.GetInt32(), n.GetInt32());
                    Assert.True(start >= 0 && start <= end && end <= text.Length, $"span {start}..{end} outside a text of {text.Length}");
                    Assert.Equal(t.GetString(), text[start..end]);
                }

                foreach (var p in e.EnumerateObject())
                {
                    if (p.NameEquals("text") && p.Value.ValueKind == JsonValueKind.String)
                    {
                        continue;
                    }

                    CheckSpans(p.Value, text);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    CheckSpans(item, text);
                }

                break;
        }
    }

    /// <summary>Checks articles together: valid JSON, and every source and claim the report names exists.</summary>
    public static void CheckReport(IReadOnlyList<ArticleFacts> articles)
    {
        var report = News.Check(articles);
        using var doc = JsonDocument.Parse(NewsJson.Serialize(report, indented: false));
        var claims = articles.ToDictionary(a => a.Id, a => a.Claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        Assert.Equal(claims.Keys.Order(StringComparer.Ordinal), report.Sources.Select(s => s.Id!));
        foreach (var group in report.Copies)
        {
            Assert.All(group.Sources, s => Assert.True(claims.ContainsKey(s), $"copy group names unknown source {s}"));
        }

        foreach (var fact in report.Facts.Concat(report.SingleSource))
        {
            Assert.All(fact.Claims, r => Assert.True(claims.TryGetValue(r.Source, out var ids) && ids.Contains(r.ClaimId), $"fact {fact.Key} names {r.Source}/{r.ClaimId}, which does not exist"));
        }

        foreach (var conflict in report.Conflicts)
        {
            Assert.All(conflict.Claims, side => Assert.True(claims.TryGetValue(side.Source, out var ids) && ids.Contains(side.ClaimId), $"conflict {conflict.Key} names {side.Source}/{side.ClaimId}, which does not exist"));
        }
    }
}
