namespace NewsFacts;

/// <summary>Cross-checks the facts of several articles about one story.</summary>
internal static class CrossChecker
{
    public static CrossCheckReport Check(IReadOnlyList<ArticleFacts> articles, CheckOptions options, CancellationToken cancellationToken) =>
        new() { Sources = [.. articles.Select(a => a.Source)] };
}
