using System.Globalization;
using System.Net;
using System.Text;
using HtmlAgilityPack;

namespace NewsFacts;

/// <summary>The only class that touches HtmlAgilityPack: finds an HTML page's article body and metadata.</summary>
internal static class HtmlArticleReader
{
    public static ArticleReadResult Read(string html, ArticleMetadata? overrides, ReadOptions options)
    {
        var source = overrides ?? ArticleMetadata.Empty;
        var depth = MaxDepth(html, options.MaxHtmlDepth);
        if (depth > options.MaxHtmlDepth)
        {
            return ArticleReadResult.Failure(new Diagnostic(DiagnosticCodes.NestingTooDeep, DiagnosticSeverity.Error, string.Format(CultureInfo.InvariantCulture, DiagnosticCodes.Messages.NestingTooDeep, options.MaxHtmlDepth)), source);
        }

        var doc = new HtmlDocument { OptionMaxNestedChildNodes = options.MaxHtmlDepth + 16 };
        doc.LoadHtml(html);
        var metadata = ReadMetadata(doc).With(source);
        var body = BodyText(doc);
        return ArticleReadResult.Success(new NewsArticle(body, metadata, ArticleFormat.Html));
    }

    /// <summary>A fast tag scan that estimates element nesting without building a tree, stopping past <paramref name="limit"/>.</summary>
    internal static int MaxDepth(string html, int limit)
    {
        int depth = 0, max = 0;
        for (var i = 0; i < html.Length - 1; i++)
        {
            if (html[i] != '<')
            {
                continue;
            }

            var c = html[i + 1];
            if (c == '/')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (char.IsAsciiLetter(c))
            {
                var close = html.IndexOf('>', i + 1);
                if (close < 0)
                {
                    break;
                }

                if (html[close - 1] != '/' && !IsVoid(html, i + 1))
                {
                    depth++;
                    if (depth > max)
                    {
                        max = depth;
                        if (max > limit)
                        {
                            return max;
                        }
                    }
                }

                i = close;
            }
        }

        return max;
    }

    private static readonly string[] VoidElements = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p", "li"];

    private static bool IsVoid(string html, int nameStart)
    {
        var end = nameStart;
        while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
        {
            end++;
        }

        var name = html.AsSpan(nameStart, end - nameStart);
        foreach (var v in VoidElements)
        {
            if (name.Equals(v, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ArticleMetadata ReadMetadata(HtmlDocument doc)
    {
        string? Meta(string key)
        {
            var node = doc.DocumentNode.SelectSingleNode($"//meta[@property='{key}' or @name='{key}']");
            var v = node?.GetAttributeValue("content", null!);
            return string.IsNullOrWhiteSpace(v) ? null : WebUtility.HtmlDecode(v).Trim();
        }

        var title = Meta("og:title") ?? WebUtility.HtmlDecode(doc.DocumentNode.SelectSingleNode("//title")?.InnerText ?? string.Empty).Trim();
        return new ArticleMetadata
        {
            Title = string.IsNullOrEmpty(title) ? null : title,
            Outlet = Meta("og:site_name"),
            Published = TextArticleReader.ParseDate(Meta("article:published_time") ?? Meta("date")),
            Url = Meta("og:url") ?? doc.DocumentNode.SelectSingleNode("//link[@rel='canonical']")?.GetAttributeValue("href", null!),
        };
    }

    private static string BodyText(HtmlDocument doc)
    {
        var root = doc.DocumentNode.SelectSingleNode("//article") ?? doc.DocumentNode.SelectSingleNode("//body") ?? doc.DocumentNode;
        var sb = new StringBuilder();
        foreach (var p in root.SelectNodes(".//p|.//h1|.//h2|.//h3|.//li") ?? Enumerable.Empty<HtmlNode>())
        {
            var t = WebUtility.HtmlDecode(p.InnerText).Trim();
            if (t.Length > 0)
            {
                sb.Append(t).Append("\n\n");
            }
        }

        return sb.ToString();
    }
}
