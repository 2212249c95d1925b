using System.Text;

namespace NewsFacts;

/// <summary>An article as read: its body text (before repair), its metadata and what reading noticed.</summary>
public sealed record NewsArticle
{
    /// <summary>Creates an article from a body text and metadata that are already separated.</summary>
    public NewsArticle(string body, ArticleMetadata? metadata = null, ArticleFormat format = ArticleFormat.Text, IReadOnlyList<Diagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        Body = body;
        Metadata = metadata ?? ArticleMetadata.Empty;
        Format = format;
        Diagnostics = ValueList.Of(diagnostics);
    }

    /// <summary>The article body as found in the input, before repair.</summary>
    public string Body { get; }

    /// <summary>Title, outlet, publication date and so on.</summary>
    public ArticleMetadata Metadata { get; init; }

    /// <summary>The format the article was read from.</summary>
    public ArticleFormat Format { get; }

    /// <summary>What reading noticed (never errors: those yield an <see cref="ArticleReadResult"/> without an article).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Reads plain text that may open with a front-matter block (<c>---</c> / <c>key: value</c> / <c>---</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="metadata">Metadata that wins over the front matter's.</param>
    public static NewsArticle FromText(string text, ArticleMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextArticleReader.Read(text, ArticleFormat.Text, metadata);
    }

    /// <summary>Reads Markdown that may open with a front-matter block; markup is reduced to plain paragraphs.</summary>
    public static NewsArticle FromMarkdown(string markdown, ArticleMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return TextArticleReader.Read(markdown, ArticleFormat.Markdown, metadata);
    }

    /// <summary>Reads an HTML page: finds the article body and its title, outlet, publication date and URL.</summary>
    /// <exception cref="ArgumentException">The page nests deeper than <see cref="ReadOptions.MaxHtmlDepth"/>; use <see cref="ArticleReader"/> for a diagnostic instead.</exception>
    public static NewsArticle FromHtml(string html, ArticleMetadata? metadata = null, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var result = HtmlArticleReader.Read(html, metadata, options ?? ReadOptions.Default);
        return result.Article ?? throw new ArgumentException(result.Error!.Message, nameof(html));
    }

    /// <summary>Reads an article from a file, choosing the format by extension; never throws on bad content.</summary>
    public static ArticleReadResult FromFile(string path, ArticleMetadata? metadata = null, ReadOptions? options = null) =>
        ArticleReader.ReadFile(path, metadata, options ?? ReadOptions.Default);

    /// <summary>Reads an article from a file asynchronously, choosing the format by extension; never throws on bad content.</summary>
    public static Task<ArticleReadResult> FromFileAsync(string path, ArticleMetadata? metadata = null, ReadOptions? options = null, CancellationToken cancellationToken = default) =>
        ArticleReader.ReadFileAsync(path, metadata, options, cancellationToken);

    /// <summary>Reads an article from a stream of UTF-8 bytes in the given format; the stream is left open; never throws on bad content.</summary>
    public static ArticleReadResult FromStream(Stream stream, ArticleFormat format = ArticleFormat.Text, ArticleMetadata? metadata = null, ReadOptions? options = null) =>
        ArticleReader.ReadStream(stream, format, metadata, options);

    /// <summary>Reads an article from a text reader in the given format; the reader is left open; never throws on bad content.</summary>
    public static ArticleReadResult FromReader(TextReader reader, ArticleFormat format = ArticleFormat.Text, ArticleMetadata? metadata = null, ReadOptions? options = null) =>
        ArticleReader.ReadText(reader, format, metadata, options);

    /// <inheritdoc />
    public override string ToString() => $"{Metadata.Id ?? Metadata.Title ?? "article"} ({Format}, {Body.Length} chars)";
}
