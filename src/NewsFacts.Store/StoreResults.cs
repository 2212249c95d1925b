namespace NewsFacts.Store;

/// <summary>What <see cref="ClaimStore.Ingest"/> did with an article.</summary>
public enum IngestOutcome
{
    /// <summary>A new article, stored with its extraction and assigned to a story.</summary>
    Stored,
    /// <summary>A changed text under the URL (else the id) of a stored article: stored as its next version, in the same story.</summary>
    NewVersion,
    /// <summary>A text already stored, extracted by another library version: that extraction is added.</summary>
    NewExtraction,
    /// <summary>A text already stored with this library version's extraction: nothing was written.</summary>
    Duplicate,
}

/// <summary>The outcome of ingesting one article.</summary>
/// <param name="Source">The article's id.</param>
/// <param name="Outcome">What was done.</param>
/// <param name="ArticleId">The stored article's row id.</param>
/// <param name="Version">The article's version under its URL or id (1 for the first).</param>
/// <param name="Story">The id of the story it belongs to.</param>
public sealed record IngestResult(string Source, IngestOutcome Outcome, long ArticleId, int Version, string Story);

/// <summary>Which stories <see cref="ClaimStore.Report"/> reports on. Change with <c>with</c>.</summary>
public sealed record ConflictQuery
{
    /// <summary>Every story.</summary>
    public static ConflictQuery All { get; } = new();

    /// <summary>Only the stories that gained an article ingested on or after this day (UTC); null for all.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Only this story; null for all.</summary>
    public string? Story { get; init; }
}

/// <summary>A conflict as a report remembers it: enough to tell whether a later report still has it.</summary>
/// <param name="Kind">What differs.</param>
/// <param name="Key">The slot.</param>
/// <param name="Summary">The readable sentence.</param>
public sealed record ConflictNote(ConflictKind Kind, string Key, string Summary);

/// <summary>One story in a conflicts report: its check over the stored articles, and what changed since the story was last reported.</summary>
/// <param name="Story">The story and its articles (the latest version of each).</param>
/// <param name="Report">The cross-check of those articles.</param>
/// <param name="NewArticles">How many of its articles were stored after the story was last reported (all, if never).</param>
/// <param name="Opened">The conflicts not in the story's last report.</param>
/// <param name="Closed">The conflicts of the story's last report that are gone (a correction, a new version, a better reading).</param>
public sealed record StoryConflicts(Story Story, CrossCheckReport Report, int NewArticles, IReadOnlyList<Conflict> Opened, IReadOnlyList<ConflictNote> Closed)
{
    /// <summary>The conflicts not in the story's last report (compared by value).</summary>
    public IReadOnlyList<Conflict> Opened { get; init => field = ValueList.Of(value); } = ValueList.Of(Opened);

    /// <summary>The conflicts of the story's last report that are gone (compared by value).</summary>
    public IReadOnlyList<ConflictNote> Closed { get; init => field = ValueList.Of(value); } = ValueList.Of(Closed);
}

/// <summary>A conflicts report made from what is stored; each report is remembered, so the next one says what it opened and closed.</summary>
/// <param name="Id">The report's number in the store.</param>
/// <param name="Created">When it was made (UTC, ISO 8601).</param>
/// <param name="Stories">The stories reported on, in order of their ids' numbers.</param>
public sealed record ConflictsReport(long Id, string Created, IReadOnlyList<StoryConflicts> Stories)
{
    /// <summary>The stories reported on (compared by value).</summary>
    public IReadOnlyList<StoryConflicts> Stories { get; init => field = ValueList.Of(value); } = ValueList.Of(Stories);
}

/// <summary>How much a store holds.</summary>
/// <param name="Articles">Stored articles, every version counted.</param>
/// <param name="Extractions">Stored extractions (one per article and library version).</param>
/// <param name="Claims">Stored claims, over all extractions.</param>
/// <param name="Stories">Stories.</param>
/// <param name="SchemaVersion">The schema version (the last migration applied).</param>
public sealed record StoreCounts(long Articles, long Extractions, long Claims, long Stories, int SchemaVersion);
