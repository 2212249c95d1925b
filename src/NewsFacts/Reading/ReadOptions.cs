namespace NewsFacts;

/// <summary>Limits and choices for reading articles. Change with <c>with</c>.</summary>
public sealed record ReadOptions
{
    /// <summary>The defaults: 20 MiB input, HTML nesting up to 2,000 elements.</summary>
    public static ReadOptions Default { get; } = new();

    /// <summary>The largest input, in bytes, that is read. Larger files yield <see cref="DiagnosticCodes.InputTooLarge"/>.</summary>
    public long MaxInputBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>The deepest element nesting an HTML page may have. Deeper pages yield <see cref="DiagnosticCodes.NestingTooDeep"/>.</summary>
    public int MaxHtmlDepth { get; init; } = 2_000;
}
