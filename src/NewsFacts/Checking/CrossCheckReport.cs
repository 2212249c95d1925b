namespace NewsFacts;

/// <summary>How two or more sources share one text.</summary>
public enum CopyRelation
{
    /// <summary>The same text, byte for byte or nearly.</summary>
    Duplicate,
    /// <summary>Versions of one article: an update, a correction, a longer or shorter edit.</summary>
    Version,
    /// <summary>One text reuses large parts of the other (a rewrite of a wire story).</summary>
    Derived,
}

/// <summary>Sources that are copies or versions of one text, and so one origin.</summary>
/// <param name="Sources">The source ids, in the order given.</param>
/// <param name="Similarity">Estimated resemblance of their texts, 0 to 1.</param>
/// <param name="Relation">How they relate.</param>
public sealed record CopyGroup(IReadOnlyList<string> Sources, double Similarity, CopyRelation Relation)
{
    /// <summary>The source ids, in the order given (compared by value: equal items in the same order).</summary>
    public IReadOnlyList<string> Sources { get; init => field = ValueList.Of(value); } = ValueList.Of(Sources);

    /// <inheritdoc />
    public override string ToString() => $"{string.Join(" = ", Sources)} ({Relation.ToString().ToLowerInvariant()}, {Similarity.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)})";
}

/// <summary>A reference to one claim of one source.</summary>
/// <param name="Source">The source id.</param>
/// <param name="ClaimId">The claim's id in that source.</param>
public sealed record ClaimRef(string Source, string ClaimId)
{
    /// <summary>Where the claim stands in its article as read, when the claim carries it (<see cref="Claim.Provenance"/>).</summary>
    public ClaimProvenance? Provenance { get; init; }
}

/// <summary>An aligned fact: claims from sources that agree on a value.</summary>
/// <param name="Key">A readable slot such as "doses · AstraZeneca · US → MX".</param>
/// <param name="Value">The agreed value.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Claims">The claims that state it.</param>
/// <param name="IndependentSources">How many origins state it, after folding copies into one.</param>
public sealed record AlignedFact(string Key, double Value, string? Unit, IReadOnlyList<ClaimRef> Claims, int IndependentSources)
{
    /// <summary>The claims that state it (compared by value: equal items in the same order).</summary>
    public IReadOnlyList<ClaimRef> Claims { get; init => field = ValueList.Of(value); } = ValueList.Of(Claims);

    /// <summary>How the sources bound the value; <see cref="QuantityBound.Exact"/> unless every claim says otherwise.</summary>
    public QuantityBound Bound { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Key} = {CheckFormat.Number(Value)}{CheckFormat.BoundSuffix(Bound)} {Unit ?? "-"} ×{IndependentSources} [{string.Join(", ", Claims.Select(c => c.Source + "/" + c.ClaimId))}]";
}

/// <summary>What kind of disagreement a conflict is.</summary>
public enum ConflictKind
{
    /// <summary>Different values for one slot.</summary>
    Value,
    /// <summary>The same value with different bounds ("69" against "at least 69").</summary>
    Bound,
    /// <summary>Different speakers or sources for one claim.</summary>
    Attribution,
    /// <summary>Different modality ("plans to send" against "could send").</summary>
    Modality,
    /// <summary>Different dates for one claim.</summary>
    Date,
}

/// <summary>One side of a conflict.</summary>
/// <param name="Source">The source id.</param>
/// <param name="ClaimId">The claim's id in that source.</param>
/// <param name="Value">The claim's value.</param>
/// <param name="Text">The sentence that carries the claim.</param>
public sealed record ConflictClaim(string Source, string ClaimId, double Value, string Text)
{
    /// <summary>
    /// The part of <see cref="Text"/> that carries the difference (the number, the speaker, the modal words or the
    /// date), for highlighting, when known. Offsets are relative to <see cref="Text"/>.
    /// </summary>
    public TextSpan? Highlight { get; init; }

    /// <summary>Every run of words of <see cref="Text"/> that the other side's sentence does not share, relative to <see cref="Text"/>.</summary>
    public IReadOnlyList<TextSpan> Differences { get; init => field = ValueList.Of(value); } = ValueList<TextSpan>.Empty;

    /// <summary>Which side of the conflict the claim is on: 0 or 1. The first claim of each side is its representative.</summary>
    public int Side { get; init; }

    /// <summary>Where the claim stands in its article as read, when the claim carries it (<see cref="Claim.Provenance"/>).</summary>
    public ClaimProvenance? Provenance { get; init; }

    /// <summary>The sources of the same origin (copies and versions) that carry the same claim, this one first.</summary>
    public IReadOnlyList<string> Origin { get; init => field = ValueList.Of(value); } = ValueList<string>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"{Source}/{ClaimId} = {CheckFormat.Number(Value)}: \"{CheckFormat.Mark(Text, Highlight)}\"";
}

/// <summary>A disagreement between sources about one slot.</summary>
/// <param name="Kind">What differs.</param>
/// <param name="Key">The slot.</param>
/// <param name="Summary">One readable sentence naming both sides.</param>
/// <param name="Claims">The claims on each side.</param>
public sealed record Conflict(ConflictKind Kind, string Key, string Summary, IReadOnlyList<ConflictClaim> Claims)
{
    /// <summary>The claims on each side (compared by value: equal items in the same order).</summary>
    public IReadOnlyList<ConflictClaim> Claims { get; init => field = ValueList.Of(value); } = ValueList.Of(Claims);

    /// <inheritdoc />
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} · {Key}: {Summary}";
}

/// <summary>An input named for a check that could not be read.</summary>
/// <param name="Source">The path (or id) as given.</param>
/// <param name="Error">Why it could not be read.</param>
public sealed record SkippedSource(string Source, Diagnostic Error);

/// <summary>What a set of articles on one story corroborates, contradicts and leaves to one source. Immutable.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossCheckReportJsonConverter))]
public sealed record CrossCheckReport
{
    /// <summary>The sources, in ordinal order of their ids (the report does not depend on the order they were given in).</summary>
    public required IReadOnlyList<ArticleMetadata> Sources { get; init => field = ValueList.Of(value); }

    /// <summary>Groups of sources that are copies or versions of one text.</summary>
    public IReadOnlyList<CopyGroup> Copies { get; init => field = ValueList.Of(value); } = ValueList<CopyGroup>.Empty;

    /// <summary>Aligned claims whose values agree.</summary>
    public IReadOnlyList<AlignedFact> Facts { get; init => field = ValueList.Of(value); } = ValueList<AlignedFact>.Empty;

    /// <summary>Disagreements between sources.</summary>
    public IReadOnlyList<Conflict> Conflicts { get; init => field = ValueList.Of(value); } = ValueList<Conflict>.Empty;

    /// <summary>Facts whose only origin is one source, after folding copies.</summary>
    public IReadOnlyList<AlignedFact> SingleSource { get; init => field = ValueList.Of(value); } = ValueList<AlignedFact>.Empty;

    /// <summary>The inputs that were named for the check but could not be read, with why: they are in no other list.</summary>
    public IReadOnlyList<SkippedSource> Skipped { get; init => field = ValueList.Of(value); } = ValueList<SkippedSource>.Empty;

    /// <summary>A readable dump, one line per copy group, fact, conflict (with its sides) and single-source fact; it reads well in diffs.</summary>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("sources: ").AppendJoin(", ", Sources.Select(s => s.Id ?? s.Title ?? "?")).Append('\n');
        foreach (var c in Copies)
        {
            sb.Append("copy ").Append(c).Append('\n');
        }

        foreach (var f in Facts)
        {
            sb.Append("fact ").Append(f).Append('\n');
        }

        foreach (var c in Conflicts)
        {
            sb.Append("conflict ").Append(c).Append('\n');
            foreach (var side in c.Claims)
            {
                sb.Append("  ").Append(side).Append('\n');
            }
        }

        foreach (var f in SingleSource)
        {
            sb.Append("single ").Append(f).Append('\n');
        }

        return sb.ToString();
    }
}
