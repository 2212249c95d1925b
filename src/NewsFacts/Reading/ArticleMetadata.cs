namespace NewsFacts;

/// <summary>What is known about an article besides its text.</summary>
public sealed record ArticleMetadata
{
    /// <summary>
    /// The first year of a publication date that is taken: earlier ones are placeholders (<c>0001-01-01</c>), and
    /// relative dates ("two years ago", "next month") are resolved only in <see cref="FirstPublishedYear"/> to
    /// <see cref="LastPublishedYear"/>. The readers take no publication date outside them.
    /// </summary>
    public const int FirstPublishedYear = 1800;

    /// <summary>The last year of a publication date that is taken (see <see cref="FirstPublishedYear"/>).</summary>
    public const int LastPublishedYear = 2200;

    /// <summary>No metadata at all.</summary>
    public static ArticleMetadata Empty { get; } = new();

    /// <summary>A short identifier, by default the file name without its extension.</summary>
    public string? Id { get; init; }

    /// <summary>Where the article was read from, if from a file.</summary>
    public string? Path { get; init; }

    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>The outlet (publisher) name.</summary>
    public string? Outlet { get; init; }

    /// <summary>The publication date, which relative dates ("Thursday", "last week") are resolved against.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The canonical address of the article.</summary>
    public string? Url { get; init; }

    /// <summary>Returns this metadata with every value of <paramref name="overrides"/> that is set taking precedence.</summary>
    public ArticleMetadata With(ArticleMetadata? overrides) => overrides is null ? this : new ArticleMetadata
    {
        Id = overrides.Id ?? Id,
        Path = overrides.Path ?? Path,
        Title = overrides.Title ?? Title,
        Outlet = overrides.Outlet ?? Outlet,
        Published = overrides.Published ?? Published,
        Url = overrides.Url ?? Url,
    };
}
