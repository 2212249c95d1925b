namespace NewsFacts;

/// <summary>One story found in a pile of articles: the articles that tell it, in the order they arrived.</summary>
/// <param name="Id">The story's id within the pile ("s1", "s2", ... in order of the story's first article).</param>
/// <param name="Title">The title of the story's first article (else its first line), or null.</param>
/// <param name="Sources">The ids of the articles that tell it, in the order they arrived.</param>
public sealed record Story(string Id, string? Title, IReadOnlyList<string> Sources)
{
    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Sources.Count}): {Title ?? "-"} [{string.Join(", ", Sources)}]";
}

/// <summary>How articles are grouped into stories. Change with <c>with</c>.</summary>
public sealed record StoryOptions
{
    /// <summary>The defaults.</summary>
    public static StoryOptions Default { get; } = new();

    /// <summary>
    /// The cosine similarity between an article's term vector and a story's (the sum of its articles' vectors) at
    /// or above which the article joins the story.
    /// </summary>
    public double Similarity { get; init; } = 0.28;

    /// <summary>How much more a name (a capitalised word inside a sentence) weighs than another word of the same rarity.</summary>
    public double NameWeight { get; init; } = 2.5;

    /// <summary>How many of an article's heaviest terms make its vector.</summary>
    public int Terms { get; init; } = 60;

    /// <summary>How many of an article's heaviest terms are looked up in the index to find candidate stories.</summary>
    public int ProbeTerms { get; init; } = 15;

    /// <summary>At most this many candidate stories (those sharing the most looked-up terms) are compared with an article.</summary>
    public int MaxCandidates { get; init; } = 64;
}
