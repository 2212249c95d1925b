using System.Net;
using System.Text;
using System.Text.Json;

namespace NewsFacts.Reading;

/// <summary>What a page's JSON-LD (schema.org NewsArticle, Article, BlogPosting...) says about its article.</summary>
internal sealed record JsonLdArticle
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static JsonLdArticle Empty { get; } = new();

    public string? Headline { get; init; }

    public string? Publisher { get; init; }

    public string? DatePublished { get; init; }

    public string? Url { get; init; }

    public string? Body { get; init; }

    /// <summary>Reads the first article object found in the given JSON-LD script texts; bad JSON is skipped.</summary>
    public static JsonLdArticle Read(IEnumerable<string> scripts)
    {
        var result = Empty;
        foreach (var script in scripts)
        {
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(WebUtility.HtmlDecode(script.Trim()), Options);
            }
            catch (JsonException)
            {
                continue;
            }

            using (doc)
            {
                var found = Find(doc.RootElement, 0);
                if (found is { } article)
                {
                    result = Merge(result, FromElement(article));
                }
            }
        }

        return result;
    }

    /// <summary>Splits a JSON-LD body into paragraphs (on line breaks), one blank line between them.</summary>
    public static string Paragraphs(string body)
    {
        var parts = body.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join("\n\n", parts);
    }

    private static JsonLdArticle Merge(JsonLdArticle a, JsonLdArticle b) => new()
    {
        Headline = a.Headline ?? b.Headline,
        Publisher = a.Publisher ?? b.Publisher,
        DatePublished = a.DatePublished ?? b.DatePublished,
        Url = a.Url ?? b.Url,
        Body = a.Body ?? b.Body,
    };

    private static JsonElement? Find(JsonElement element, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if (IsArticleType(element))
                {
                    return element;
                }

                if (element.TryGetProperty("@graph", out var graph))
                {
                    return Find(graph, depth + 1);
                }

                if (element.TryGetProperty("mainEntity", out var main))
                {
                    return Find(main, depth + 1);
                }

                return null;
            default:
                return null;
        }
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        static bool Is(string? t) => t is not null && (t.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || t.Equals("BlogPosting", StringComparison.OrdinalIgnoreCase)
            || t.Equals("Report", StringComparison.OrdinalIgnoreCase) || t.Equals("LiveBlogPosting", StringComparison.OrdinalIgnoreCase));

        return type.ValueKind switch
        {
            JsonValueKind.String => Is(type.GetString()),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && Is(t.GetString())),
            _ => false,
        };
    }

    private static JsonLdArticle FromElement(JsonElement e) => new()
    {
        Headline = Text(e, "headline") ?? Text(e, "name"),
        Publisher = e.TryGetProperty("publisher", out var p) ? (p.ValueKind == JsonValueKind.Array ? p.EnumerateArray().Select(x => Text(x, "name")).FirstOrDefault(x => x is not null) : Text(p, "name") ?? AsString(p)) : null,
        DatePublished = Text(e, "datePublished") ?? Text(e, "dateCreated"),
        Url = Text(e, "url") ?? (e.TryGetProperty("mainEntityOfPage", out var m) ? AsString(m) ?? Text(m, "@id") : null),
        Body = Text(e, "articleBody"),
    };

    private static string? Text(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v))
        {
            return null;
        }

        return AsString(v) ?? (v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(AsString).FirstOrDefault(x => x is not null) : null);
    }

    private static string? AsString(JsonElement v)
    {
        if (v.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var s = v.GetString();
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        s = WebUtility.HtmlDecode(s).Trim();
        return s.Contains('<', StringComparison.Ordinal) ? StripTags(s) : s;
    }

    private static string StripTags(string s)
    {
        var sb = new StringBuilder(s.Length);
        var inTag = false;
        foreach (var c in s)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
