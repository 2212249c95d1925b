namespace NewsFacts;

/// <summary>One story found in a pile of articles: the articles that tell it, in the order they arrived.</summary>
/// <param name="Id">The story's id within the pile ("s1", "s2", ... in order of the story's first article).</param>
/// <param name="Title">The title of the story's first article (else its first line), or null.</param>
/// <param name="Sources">The ids of the articles that tell it, in the order they arrived.</param>
public sealed record Story(string Id, string? Title, IReadOnlyList<string> Sources)
{
    /// <summary>The ids of the articles that tell it, in the order they arrived (compared by value: equal items in the same order).</summary>
    public IReadOnlyList<string> Sources { get; init => field = ValueList.Of(value); } = ValueList.Of(Sources);

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Sources.Count}): {Title ?? "-"} [{string.Join(", ", Sources)}]";
}

/// <summary>How articles are grouped into stories. Change with <c>with</c>.</summary>
public sealed record StoryOptions
{
    /// <summary>The defaults.</summary>
    public static StoryOptions Default { get; } = new();

    /// <summary>
    /// The options <see cref="News.CheckStories"/> splits a pile with: a lower <see cref="Similarity"/>, so that a pile
    /// is split only into stories that are clearly apart. Checking two stories together mixes their facts; checking one
    /// story in parts loses every conflict between the parts, which costs more (real reports of one event vary more
    /// than the default threshold allows).
    /// </summary>
    public static StoryOptions Check { get; } = new() { Similarity = 0.1, MergeSimilarity = 0.3 };

    /// <summary>
    /// The cosine similarity between an article's term vector and a story's (the sum of its articles' vectors) at
    /// or above which the article joins the story.
    /// </summary>
    public double Similarity { get; init; } = 0.28;

    /// <summary>
    /// The pile is weighed as if it held this many more articles in which none of its terms occurs. Without such a
    /// prior a word that every article of a small pile shares weighs nothing (three articles on one story would keep
    /// only the words that tell them apart, and fall apart); with it the words they share still count, while in a
    /// large pile common words still weigh little.
    /// </summary>
    public int BackgroundDocuments { get; init; } = 30;

    /// <summary>
    /// When above 0, once every article of a pile is assigned, two stories whose summed vectors have at least this
    /// cosine are merged, the closest first (<see cref="News.Stories"/> and <see cref="News.CheckStories"/>; a
    /// <see cref="StoryStream"/> itself never merges what it has assigned). Assigning articles one by one can split one
    /// story when its first articles share few words; the halves of one story still share its heaviest words. Two
    /// stories that each state one figure in at least half of their articles ("23 pirates", "4.6") merge at half this
    /// cosine. 0 (the default) merges nothing.
    /// </summary>
    public double MergeSimilarity { get; init; }

    /// <summary>How much more a name (a capitalised word inside a sentence) weighs than another word of the same rarity.</summary>
    public double NameWeight { get; init; } = 2.5;

    /// <summary>How many of an article's heaviest terms make its vector.</summary>
    public int Terms { get; init; } = 60;

    /// <summary>How many of an article's heaviest terms are looked up in the index to find candidate stories.</summary>
    public int ProbeTerms { get; init; } = 15;

    /// <summary>At most this many candidate stories (those sharing the most looked-up terms) are compared with an article.</summary>
    public int MaxCandidates { get; init; } = 64;
}
