namespace NewsFacts.Recognition;

/// <summary>What every recognizer sees: the repaired text, its publication date and its segmentation.</summary>
/// <param name="Text">The repaired text.</param>
/// <param name="Published">The publication date, for resolving relative dates.</param>
/// <param name="Segmentation">Paragraphs and sentences.</param>
internal sealed record DocumentContext(string Text, DateOnly? Published, Segmentation Segmentation)
{
    public static DocumentContext Of(string text, DateOnly? published = null) => new(text, published, Segmenter.Segment(text));
}
