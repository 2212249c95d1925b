namespace NewsFacts;

/// <summary>The format an article was written in.</summary>
public enum ArticleFormat
{
    /// <summary>Plain text, optionally opening with a front-matter block.</summary>
    Text,
    /// <summary>Markdown, optionally opening with a front-matter block.</summary>
    Markdown,
    /// <summary>An HTML page.</summary>
    Html,
}
