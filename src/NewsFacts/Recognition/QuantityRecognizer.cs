namespace NewsFacts;

/// <summary>Finds quantities: numbers with their scale, unit, and bound.</summary>
public sealed class QuantityRecognizer
{
    /// <summary>The shared instance; the recognizer holds no mutable state.</summary>
    public static QuantityRecognizer Default { get; } = new();

    /// <summary>Finds every quantity in <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<QuantityMention> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognize(DocumentContext.Of(text));
    }

    internal IReadOnlyList<QuantityMention> Recognize(DocumentContext document) => [];
}
