namespace NewsFacts;

/// <summary>Finds date and time expressions and resolves them against a reference (publication) date.</summary>
public sealed class DateRecognizer
{
    /// <summary>The shared instance; the recognizer holds no mutable state.</summary>
    public static DateRecognizer Default { get; } = new();

    /// <summary>Finds every date expression in <paramref name="text"/>, resolving relative ones against <paramref name="reference"/>.</summary>
    public IReadOnlyList<DateMention> Recognize(string text, DateOnly? reference = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognize(DocumentContext.Of(text, reference));
    }

    internal IReadOnlyList<DateMention> Recognize(DocumentContext document) => [];
}
