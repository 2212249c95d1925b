namespace NewsFacts;

/// <summary>Thresholds for cross-checking. Change with <c>with</c>.</summary>
public sealed record CheckOptions
{
    /// <summary>The defaults.</summary>
    public static CheckOptions Default { get; } = new();

    /// <summary>The estimated resemblance (Jaccard of word 5-gram shingles) above which two texts are copies or versions of one text.</summary>
    public double CopySimilarity { get; init; } = 0.35;

    /// <summary>The share of the shorter text's shingles (outside quotations) found in the longer one above which the shorter is a copy of a part of the longer.</summary>
    public double CopyContainment { get; init; } = 0.8;

    /// <summary>
    /// The share of either text's own words (in sentences of six words or more, outside quotations) that sit in
    /// sentences the other text repeats, above which the two are copies or versions of one text: a wire story
    /// republished with cuts, a new lead or added paragraphs. Independent rewrites share facts and quotations, not
    /// sentences.
    /// </summary>
    public double CopySentenceShare { get; init; } = 0.2;

    /// <summary>The resemblance above which two copies are duplicates rather than versions.</summary>
    public double DuplicateSimilarity { get; init; } = 0.9;

    /// <summary>How many days apart two claims' dates may lie and still speak of the same moment.</summary>
    public int DateToleranceDays { get; init; } = 7;

    /// <summary>
    /// The relative difference two exactly stated values may have and still agree, for rounding
    /// ("2.46 million" against "2.5 million"); never more than half the last stated digit.
    /// </summary>
    public double RoundingTolerance { get; init; } = 0.025;

    /// <summary>
    /// The relative difference an approximate value ("about 50 million") allows at most; never more than one unit of its
    /// last stated digit ("about 240" is 230 to 250, "about 2.6 million" 2.5 to 2.7 million).
    /// </summary>
    public double ApproximateTolerance { get; init; } = 0.1;

    /// <summary>
    /// The cosine similarity (TF-IDF of the sentences) above which two claims with unlisted predicates are taken
    /// for the same fact, and the margin one candidate slot must lead by before a claim with a missing role joins it.
    /// </summary>
    public double ContextSimilarity { get; init; } = 0.35;

    /// <summary>
    /// How much the words around two claims of different sources must agree (cosine of their weighted TF-IDF vectors)
    /// before a difference between them is raised as a conflict: when unsure that two claims state one fact, say nothing.
    /// </summary>
    public double ConflictAgreement { get; init; } = 0.4;

    /// <summary>
    /// How much the words around two claims of one unit and value must agree for them to corroborate each other as one
    /// fact when alignment put them in different slots; lower than <see cref="ConflictAgreement"/>: agreeing needs less proof.
    /// </summary>
    public double FactAgreement { get; init; } = 0.15;

    /// <summary>The largest ratio between two figures that can be two accounts of one number; further apart, they count different things.</summary>
    public double ConflictRatio { get; init; } = 3;
}
