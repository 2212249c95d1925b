namespace NewsFacts;

/// <summary>Thresholds for cross-checking. Change with <c>with</c>.</summary>
public sealed record CheckOptions
{
    /// <summary>The defaults.</summary>
    public static CheckOptions Default { get; } = new();

    /// <summary>The estimated resemblance above which two texts are copies or versions of one text.</summary>
    public double CopySimilarity { get; init; } = 0.35;
}
