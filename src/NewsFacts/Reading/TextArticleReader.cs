using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsFacts.Reading;

/// <summary>Reads plain text and Markdown, with an optional front-matter block of <c>key: value</c> lines.</summary>
internal static partial class TextArticleReader
{
    public static NewsArticle Read(string text, ArticleFormat format, ArticleMetadata? overrides)
    {
        var diagnostics = new List<Diagnostic>();
        var (front, body) = SplitFrontMatter(text, diagnostics);
        if (format == ArticleFormat.Markdown)
        {
            body = MarkdownToText(body);
        }

        var metadata = front.With(overrides);
        return new NewsArticle(body, metadata, format, diagnostics);
    }

    /// <summary>Splits a leading <c>---</c> block off the text and parses its keys.</summary>
    internal static (ArticleMetadata Metadata, string Body) SplitFrontMatter(string text, List<Diagnostic> diagnostics)
    {
        var start = text.StartsWith('\uFEFF') ? 1 : 0;
        if (!text.AsSpan(start).StartsWith("---") || !IsLineEnd(text, start + 3))
        {
            return (ArticleMetadata.Empty, text);
        }

        var metadata = ArticleMetadata.Empty;
        var pos = NextLine(text, start);
        var lineNo = 2;
        while (pos < text.Length)
        {
            var end = text.IndexOf('\n', pos);
            var lineEnd = end < 0 ? text.Length : end;
            var line = text[pos..lineEnd].TrimEnd('\r');
            if (line.Trim() == "---")
            {
                var bodyStart = end < 0 ? text.Length : end + 1;
                return (metadata, text[bodyStart..]);
            }

            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                var key = line[..colon].Trim().ToLowerInvariant();
                var value = Unquote(line[(colon + 1)..].Trim());
                metadata = key switch
                {
                    "title" or "headline" => metadata with { Title = value },
                    "outlet" or "publisher" or "source" or "site" => metadata with { Outlet = value },
                    "url" or "link" or "canonical" => metadata with { Url = value },
                    "published" or "date" or "published_time" or "datepublished" => WithPublished(metadata, value, lineNo, diagnostics),
                    _ => metadata,
                };
            }

            pos = end < 0 ? text.Length : end + 1;
            lineNo++;
        }

        diagnostics.Add(new Diagnostic(DiagnosticCodes.BadFrontMatter, DiagnosticSeverity.Warning, DiagnosticCodes.Messages.BadFrontMatter, new TextSpan(0, 3)));
        return (ArticleMetadata.Empty, text);
    }

    /// <summary>Parses a date such as <c>2021-03-18</c> or <c>2021-03-18T10:00:00Z</c>.</summary>
    internal static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        DateOnly? date = null;
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
        }
        else if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
        {
            date = DateOnly.FromDateTime(dto.UtcDateTime);
        }

        // Placeholders such as 0001-01-01 or 9999-12-31 are no publication date.
        return date is { Year: >= ArticleMetadata.FirstPublishedYear and <= ArticleMetadata.LastPublishedYear } ? date : null;
    }

    private static ArticleMetadata WithPublished(ArticleMetadata metadata, string value, int lineNo, List<Diagnostic> diagnostics)
    {
        var date = ParseDate(value);
        if (date is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.BadMetadata, DiagnosticSeverity.Warning, string.Format(CultureInfo.InvariantCulture, DiagnosticCodes.Messages.BadPublished, lineNo, value)));
            return metadata;
        }

        return metadata with { Published = date };
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && ((value[0] == '"' && value[^1] == '"') || (value[0] == '\'' && value[^1] == '\'')) ? value[1..^1] : value;

    private static bool IsLineEnd(string text, int i) => i >= text.Length || text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] == '\n'));

    private static int NextLine(string text, int pos)
    {
        var nl = text.IndexOf('\n', pos);
        return nl < 0 ? text.Length : nl + 1;
    }

    /// <summary>Reduces Markdown to plain paragraphs: drops heading marks, emphasis, link targets, images and code fences.</summary>
    internal static string MarkdownToText(string markdown)
    {
        var sb = new StringBuilder(markdown.Length);
        var inFence = false;
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            line = HeadingMark().Replace(line, string.Empty);
            line = QuoteMark().Replace(line, string.Empty);
            line = ListMark().Replace(line, string.Empty);
            line = Image().Replace(line, string.Empty);
            line = Link().Replace(line, "$1");
            line = Emphasis().Replace(line, "$2");
            line = InlineCode().Replace(line, "$1");
            sb.Append(line).Append('\n');
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+", RegexOptions.None, 1000)]
    private static partial Regex HeadingMark();

    [GeneratedRegex(@"^\s{0,3}>\s?", RegexOptions.None, 1000)]
    private static partial Regex QuoteMark();

    [GeneratedRegex(@"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+", RegexOptions.None, 1000)]
    private static partial Regex ListMark();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)", RegexOptions.None, 1000)]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)", RegexOptions.None, 1000)]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1", RegexOptions.None, 1000)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"`([^`]*)`", RegexOptions.None, 1000)]
    private static partial Regex InlineCode();
}
