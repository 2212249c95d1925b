namespace NewsFacts;

/// <summary>The outcome of reading one input: an article, or the error that kept it from being read.</summary>
public sealed record ArticleReadResult
{
    private ArticleReadResult(NewsArticle? article, Diagnostic? error, ArticleMetadata source)
    {
        Article = article;
        Error = error;
        Source = source;
    }

    /// <summary>The article, when it could be read.</summary>
    public NewsArticle? Article { get; }

    /// <summary>Why the article could not be read, when it could not.</summary>
    public Diagnostic? Error { get; }

    /// <summary>Where the input came from (id and path at least).</summary>
    public ArticleMetadata Source { get; }

    /// <summary>Whether an article was read.</summary>
    public bool Succeeded => Article is not null;

    /// <summary>A successful read.</summary>
    public static ArticleReadResult Success(NewsArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new(article, null, article.Metadata);
    }

    /// <summary>A failed read.</summary>
    public static ArticleReadResult Failure(Diagnostic error, ArticleMetadata source)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(null, error, source ?? ArticleMetadata.Empty);
    }
}
