namespace NewsFacts;

/// <summary>The one-line entry points: extract facts from an article, cross-check several articles, group a pile into stories.</summary>
public static class News
{
    /// <summary>Extracts quantities, dates, countries, quotes and claims from an article with <see cref="NewsPipeline.Default"/>.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ArticleFacts Extract(NewsArticle article, CancellationToken cancellationToken = default) => NewsPipeline.Default.Extract(article, cancellationToken);

    /// <summary>Extracts from plain text (with optional front matter) with <see cref="NewsPipeline.Default"/>.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ArticleFacts Extract(string text, ArticleMetadata? metadata = null, CancellationToken cancellationToken = default) => NewsPipeline.Default.Extract(text, metadata, cancellationToken);

    /// <summary>Cross-checks articles about one story: copies, agreed facts, conflicts and single-source facts.</summary>
    /// <remarks>
    /// An article without an <see cref="ArticleMetadata.Id"/> goes by its title, else by "article"; when several
    /// such articles would share one id, they are numbered in the order given ("article-1", "article-2"), so that
    /// articles made from strings can be checked together. Ids set by the caller are kept as they are.
    /// </remarks>
    /// <exception cref="ArgumentException">Two articles share one id that the caller set.</exception>
    public static CrossCheckReport Check(IEnumerable<ArticleFacts> articles, CheckOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        // In id order, so that the report (sources, copy groups, fact keys and their numbers) depends on the set of
        // articles only, never on the order they were given in.
        var list = InIdOrder(articles);
        return CrossChecker.Check(list, options ?? CheckOptions.Default, cancellationToken);
    }

    /// <summary>
    /// Cross-checks a pile that may hold several stories: groups it into stories (<see cref="Stories"/>, the articles
    /// taken in ordinal order of their ids, with <see cref="StoryOptions.Check"/> unless other options are given) and checks each story apart (<see cref="Check"/>), so that the result
    /// depends on the set of articles only and no fact or conflict joins two stories. A pile of one story gives that
    /// story's report as <see cref="PileCheckReport.Single"/>, the same as <see cref="Check"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Two articles share one id that the caller set.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static PileCheckReport CheckStories(IEnumerable<ArticleFacts> articles, CheckOptions? options = null, StoryOptions? storyOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var list = InIdOrder(articles);
        var byId = list.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var checks = new List<StoryCheck>();
        foreach (var story in Stories(list, storyOptions ?? StoryOptions.Check))
        {
            cancellationToken.ThrowIfCancellationRequested();
            checks.Add(new StoryCheck(story, CrossChecker.Check([.. story.Sources.Order(StringComparer.Ordinal).Select(id => byId[id])], options ?? CheckOptions.Default, cancellationToken)));
        }

        return new PileCheckReport { Stories = checks };
    }

    /// <summary>
    /// Groups a pile of articles into stories, in near-linear time (see <see cref="StoryStream"/>): the articles are
    /// counted first, then assigned one by one in the order given. Copies and versions of one text land in one story.
    /// </summary>
    /// <exception cref="ArgumentException">Two articles share one id.</exception>
    public static IReadOnlyList<Story> Stories(IEnumerable<ArticleFacts> articles, StoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var list = articles.ToList();
        var stream = new StoryStream(options);
        foreach (var article in list)
        {
            stream.Count(article);
        }

        foreach (var article in list)
        {
            stream.Add(article);
        }

        return (options ?? StoryOptions.Default).MergeSimilarity > 0 ? stream.MergedStories(options!.MergeSimilarity) : stream.Stories;
    }

    /// <summary>The articles with distinct ids (<see cref="WithDistinctIds"/>) in ordinal order of their ids.</summary>
    /// <exception cref="ArgumentException">Two articles share one id that the caller set.</exception>
    private static List<ArticleFacts> InIdOrder(IEnumerable<ArticleFacts> articles)
    {
        var list = WithDistinctIds(articles.ToList()).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var duplicate = list.GroupBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two articles share the id '{duplicate.Key}'; give each a distinct ArticleMetadata.Id.", nameof(articles));
        }

        return list;
    }

    /// <summary>Numbers the unnamed articles (no <see cref="ArticleMetadata.Id"/>) whose fallback id is shared, avoiding every id already taken.</summary>
    internal static List<ArticleFacts> WithDistinctIds(List<ArticleFacts> articles)
    {
        var shared = articles.Where(a => a.Source.Id is null).GroupBy(a => a.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        if (shared.Count == 0)
        {
            return articles;
        }

        var taken = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<ArticleFacts>(articles.Count);
        foreach (var article in articles)
        {
            if (article.Source.Id is not null || !shared.Contains(article.Id))
            {
                result.Add(article);
                continue;
            }

            string id;
            do
            {
                var n = next.GetValueOrDefault(article.Id) + 1;
                next[article.Id] = n;
                id = $"{article.Id}-{n}";
            }
            while (!taken.Add(id));

            result.Add(article with { Source = article.Source with { Id = id } });
        }

        return result;
    }
}
