namespace NewsFacts;

/// <summary>Finds mentions of countries: names, short names, demonyms and metonyms.</summary>
public sealed class CountryRecognizer
{
    /// <summary>The shared instance; the recognizer holds no mutable state.</summary>
    public static CountryRecognizer Default { get; } = new();

    /// <summary>Finds every country mention in <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<CountryMention> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognize(DocumentContext.Of(text));
    }

    internal IReadOnlyList<CountryMention> Recognize(DocumentContext document) => [];
}
