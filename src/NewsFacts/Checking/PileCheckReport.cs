namespace NewsFacts;

/// <summary>The cross-check of one story of a pile: the story and the report over its articles.</summary>
/// <param name="Story">The story: its id, title and the ids of its articles.</param>
/// <param name="Report">The cross-check of the story's articles only.</param>
public sealed record StoryCheck(Story Story, CrossCheckReport Report);

/// <summary>
/// The cross-check of a pile that may hold several stories: the pile grouped into stories (<see cref="News.Stories"/>)
/// and each story checked apart (<see cref="News.Check"/>), so that no fact or conflict joins two stories. Immutable.
/// </summary>
public sealed record PileCheckReport
{
    /// <summary>One check per story, in order of the stories (their first articles in ordinal order of the ids).</summary>
    public required IReadOnlyList<StoryCheck> Stories { get; init => field = ValueList.Of(value); }

    /// <summary>The inputs that were named for the check but could not be read, with why.</summary>
    public IReadOnlyList<SkippedSource> Skipped { get; init => field = ValueList.Of(value); } = ValueList<SkippedSource>.Empty;

    /// <summary>
    /// The report of a pile of at most one story, exactly as <see cref="News.Check"/> gives it (with <see cref="Skipped"/>);
    /// null when the pile holds several stories.
    /// </summary>
    public CrossCheckReport? Single => Stories.Count switch
    {
        0 => new CrossCheckReport { Sources = [], Skipped = Skipped },
        1 => Stories[0].Report with { Skipped = Skipped },
        _ => null,
    };

    /// <summary>A readable dump: each story's line and its report's dump.</summary>
    public override string ToString() => string.Concat(Stories.Select(s => $"story {s.Story}\n{s.Report}"));
}
