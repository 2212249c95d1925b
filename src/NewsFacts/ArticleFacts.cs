namespace NewsFacts;

/// <summary>Everything NewsFacts found in one article. Immutable.</summary>
public sealed record ArticleFacts
{
    /// <summary>Where the article came from and what it is: id, path, title, outlet, publication date, URL.</summary>
    public required ArticleMetadata Source { get; init; }

    /// <summary>The repaired text with its map back to the body as read.</summary>
    public required RepairedText Repaired { get; init; }

    /// <summary>The normalized text every offset points into.</summary>
    public string Text => Repaired.Text;

    /// <summary>Paragraphs and sentences of <see cref="Text"/>.</summary>
    public required Segmentation Segmentation { get; init; }

    /// <summary>Every quantity mention, in text order.</summary>
    public IReadOnlyList<QuantityMention> Quantities { get; init; } = [];

    /// <summary>Every date expression, in text order.</summary>
    public IReadOnlyList<DateMention> Dates { get; init; } = [];

    /// <summary>Every country mention, in text order.</summary>
    public IReadOnlyList<CountryMention> Countries { get; init; } = [];

    /// <summary>Every direct quotation, in text order.</summary>
    public IReadOnlyList<QuoteMention> Quotes { get; init; } = [];

    /// <summary>The structured claims built from the mentions.</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    /// <summary>What reading and repair noticed.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The article's id: its <see cref="ArticleMetadata.Id"/>, else its title, else "article".</summary>
    public string Id => Source.Id ?? Source.Title ?? "article";

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Quantities.Count} quantities, {Dates.Count} dates, {Countries.Count} countries, {Quotes.Count} quotes, {Claims.Count} claims";
}
