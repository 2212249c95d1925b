namespace NewsFacts;

/// <summary>
/// Where a claim stands in the article as it was read, so that a reader can go to the sentence: the article's URL
/// when known, the paragraph's number and the character offsets of the quantity and of its sentence in the text
/// before repair (<see cref="RepairedText.Original"/>), mapped back through <see cref="RepairedText.ToOriginal(TextSpan)"/>.
/// </summary>
/// <param name="Url">The article's URL, when known.</param>
/// <param name="Paragraph">The number of the paragraph that holds the claim's sentence, counted from 1 (0 when the sentence lies in none).</param>
/// <param name="Original">The claim's quantity in the article as read: UTF-16 offsets into <see cref="RepairedText.Original"/>, end exclusive.</param>
/// <param name="OriginalSentence">The claim's sentence in the article as read, in the same offsets.</param>
public sealed record ClaimProvenance(string? Url, int Paragraph, TextSpan Original, TextSpan OriginalSentence)
{
    /// <summary>Where <paramref name="claim"/> stands in <paramref name="facts"/>, found from the repair map and the paragraphs.</summary>
    internal static ClaimProvenance Of(ArticleFacts facts, Claim claim) =>
        Of(facts.Repaired, facts.Segmentation, facts.Source.Url, claim.Quantity.Span, claim.Sentence);

    /// <summary>Where the quantity at <paramref name="quantity"/> in the sentence <paramref name="sentence"/> of the repaired text stands in the text as read.</summary>
    internal static ClaimProvenance Of(RepairedText repaired, Segmentation segmentation, string? url, TextSpan quantity, TextSpan sentence)
    {
        var paragraphs = segmentation.Paragraphs;
        var i = Sorted.FirstFrom(paragraphs, p => p.End, sentence.Start + 1);
        var paragraph = i < paragraphs.Count && paragraphs[i].Start <= sentence.Start ? i + 1 : 0;
        return new ClaimProvenance(url, paragraph, Map(repaired, quantity), Map(repaired, sentence));
    }

    private static TextSpan Map(RepairedText repaired, TextSpan span)
    {
        var length = repaired.Text.Length;
        var clipped = new TextSpan(Math.Clamp(span.Start, 0, length), Math.Clamp(span.End, 0, length));
        return repaired.ToOriginal(clipped.Start <= clipped.End ? clipped : new TextSpan(clipped.Start, clipped.Start));
    }
}
