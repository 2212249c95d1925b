namespace NewsFacts;

/// <summary>Everything NewsFacts found in one article. Immutable; serializes as the output contract (<see cref="ArticleFactsJsonConverter"/>).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(ArticleFactsJsonConverter))]
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
    public IReadOnlyList<QuantityMention> Quantities { get; init => field = ValueList.Of(value); } = ValueList<QuantityMention>.Empty;

    /// <summary>Every date expression, in text order.</summary>
    public IReadOnlyList<DateMention> Dates { get; init => field = ValueList.Of(value); } = ValueList<DateMention>.Empty;

    /// <summary>Every country mention, in text order.</summary>
    public IReadOnlyList<CountryMention> Countries { get; init => field = ValueList.Of(value); } = ValueList<CountryMention>.Empty;

    /// <summary>Every direct quotation, in text order.</summary>
    public IReadOnlyList<QuoteMention> Quotes { get; init => field = ValueList.Of(value); } = ValueList<QuoteMention>.Empty;

    /// <summary>The structured claims built from the mentions.</summary>
    public IReadOnlyList<Claim> Claims { get; init => field = ValueList.Of(value); } = ValueList<Claim>.Empty;

    /// <summary>What reading and repair noticed.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init => field = ValueList.Of(value); } = ValueList<Diagnostic>.Empty;

    /// <summary>The article's id: its <see cref="ArticleMetadata.Id"/>, else its title, else "article".</summary>
    public string Id => Source.Id ?? Source.Title ?? "article";

    /// <summary>Where <paramref name="claim"/> stands in the article as read: its <see cref="Claim.Provenance"/>, else found from <see cref="Repaired"/> and the paragraphs.</summary>
    public ClaimProvenance ProvenanceOf(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.Provenance ?? ClaimProvenance.Of(this, claim);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Quantities.Count} quantities, {Dates.Count} dates, {Countries.Count} countries, {Quotes.Count} quotes, {Claims.Count} claims";
}
