namespace NewsFacts.Recognition;

/// <summary>
/// Finds quantities: numbers with their scale, unit, and bound. Reads digits with separators and decimals, fractions,
/// number words, scale words and abbreviations ("2.5 million", "$4bn"), currencies, percentages, measurement units,
/// the counted noun ("69 countries"), ranges and bound words ("at least", "nearly", "or more"); an elided noun takes the
/// unit of the quantity before it in the same sentence ("1.5 million to Canada" after "2.5 million doses"). Names,
/// years, clock times, days of the month and ordinals are not quantities. Lexicons live in <c>Data/quantity-*.tsv</c>.
/// </summary>
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

    internal IReadOnlyList<QuantityMention> Recognize(DocumentContext document)
    {
        var found = new List<QuantityMention>();
        foreach (var paragraph in document.Segmentation.Paragraphs)
        {
            QuantityScanner.Scan(document.Text, paragraph, document.Segmentation, found);
        }

        return found;
    }
}
