namespace NewsFacts.Text;

/// <summary>The paragraphs and sentences of a text, as spans in document order.</summary>
/// <param name="Paragraphs">Blocks separated by line breaks.</param>
/// <param name="Sentences">Sentences, none crossing a paragraph boundary.</param>
public sealed record Segmentation(IReadOnlyList<TextSpan> Paragraphs, IReadOnlyList<TextSpan> Sentences)
{
    /// <summary>Blocks separated by line breaks (compared by value: equal items in the same order).</summary>
    public IReadOnlyList<TextSpan> Paragraphs { get; init => field = ValueList.Of(value); } = ValueList.Of(Paragraphs);

    /// <summary>Sentences, none crossing a paragraph boundary (compared by value: equal items in the same order).</summary>
    public IReadOnlyList<TextSpan> Sentences { get; init => field = ValueList.Of(value); } = ValueList.Of(Sentences);

    /// <summary>The index of the sentence holding <paramref name="offset"/>, or -1.</summary>
    public int SentenceIndexAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (offset < s.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>The sentence holding <paramref name="offset"/>, if any.</summary>
    public TextSpan? SentenceAt(int offset)
    {
        var i = SentenceIndexAt(offset);
        return i < 0 ? null : Sentences[i];
    }

    /// <summary>The index of the paragraph holding <paramref name="offset"/>, or -1.</summary>
    public int ParagraphIndexAt(int offset)
    {
        for (var i = 0; i < Paragraphs.Count; i++)
        {
            if (Paragraphs[i].Contains(offset))
            {
                return i;
            }
        }

        return -1;
    }
}
