namespace NewsFacts.Text;

/// <summary>Splits text into paragraphs and sentences, aware of abbreviations (U.S., Dr., Gov.), initials, decimals and quotes.</summary>
internal static class Segmenter
{
    /// <summary>
    /// The longest sentence, in characters. Text that runs longer without a sentence end (words with no punctuation, a list
    /// of numbers, lines joined by the line repair) is cut at a clause or word boundary, so that every stage that reads a
    /// sentence at a time costs a bounded amount per sentence and the whole stays linear in the input. News sentences stay
    /// well under it (the longest seen in the evaluation sets is under 1,000 characters).
    /// </summary>
    internal const int MaxSentenceChars = 2_000;

    private static readonly HashSet<string> Abbreviations = Lexicon.Words("segment-abbreviations.tsv");

    public static Segmentation Segment(string text)
    {
        var paragraphs = new List<TextSpan>();
        var sentences = new List<TextSpan>();
        var pos = 0;
        while (pos < text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var end = nl < 0 ? text.Length : nl;
            var (s, e) = Trim(text, pos, end);
            if (e > s)
            {
                paragraphs.Add(new TextSpan(s, e));
                SplitSentences(text, s, e, sentences);
            }

            pos = end + 1;
        }

        return new Segmentation(paragraphs, sentences);
    }

    private static void SplitSentences(string text, int start, int end, List<TextSpan> sentences)
    {
        var sentenceStart = start;
        var quoteDepth = 0;
        var lastSpace = -1;
        var lastClause = -1;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (i - sentenceStart >= MaxSentenceChars)
            {
                sentenceStart = CutLongSentence(text, sentenceStart, i, lastClause, lastSpace, sentences);
                quoteDepth = 0;
            }

            if (char.IsWhiteSpace(c) && i > sentenceStart)
            {
                lastSpace = i;
                if (text[i - 1] is ',' or ';' or ':' or '\u2014')
                {
                    lastClause = i;
                }
            }

            if (c == '\u201C')
            {
                quoteDepth++;
            }
            else if (c == '\u201D')
            {
                quoteDepth = Math.Max(0, quoteDepth - 1);
            }
            else if (c == '"')
            {
                quoteDepth = quoteDepth > 0 ? 0 : 1;
            }

            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var j = i + 1;
            while (j < end && text[j] is '.' or '!' or '?' or '"' or '\u201D' or '\'' or '\u2019' or ')')
            {
                j++;
            }

            if (j < end && !char.IsWhiteSpace(text[j]))
            {
                continue; // 2.5, U.S.-led, example.com
            }

            var k = j;
            while (k < end && char.IsWhiteSpace(text[k]))
            {
                k++;
            }

            if (k >= end)
            {
                break;
            }

            var next = text[k];
            if (c == '.' && IsAbbreviation(text, start, i, next))
            {
                continue;
            }

            if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '\u201C' or '\'' or '\u2018' or '(' or '['))
            {
                continue;
            }

            // the closing marks read after the terminal ("?''.") belong to this sentence: the scan goes on after them
            if (j > sentenceStart)
            {
                sentences.Add(new TextSpan(sentenceStart, j));
            }

            sentenceStart = k;
            quoteDepth = 0;
            i = j - 1;
        }

        var (s, e) = Trim(text, sentenceStart, end);
        if (e > s)
        {
            sentences.Add(new TextSpan(s, e));
        }
    }

    /// <summary>
    /// Ends the over-long sentence that began at <paramref name="sentenceStart"/> before <paramref name="at"/>: after its last
    /// clause mark in the second half of the window, else at its last space, else (one unbroken token) right at the limit.
    /// Returns where the next sentence begins.
    /// </summary>
    private static int CutLongSentence(string text, int sentenceStart, int at, int lastClause, int lastSpace, List<TextSpan> sentences)
    {
        var cut = lastClause > sentenceStart + (MaxSentenceChars / 2) ? lastClause : lastSpace > sentenceStart ? lastSpace : at;
        if (cut == at && char.IsLowSurrogate(text[at]))
        {
            cut--; // never between the halves of a surrogate pair
        }
        var (s, e) = Trim(text, sentenceStart, cut);
        if (e > s)
        {
            sentences.Add(new TextSpan(s, e));
        }

        var next = cut;
        while (next < at && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return next;
    }

    private static bool IsAbbreviation(string text, int paragraphStart, int dot, char next)
    {
        var w = dot;
        while (w > paragraphStart && (char.IsLetter(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }

        var word = text[w..dot];
        if (word.Length == 0)
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: John F. Kennedy
        }

        if (word.Contains('.'))
        {
            // U.S., U.K., D.C.: an abbreviation unless the next word plainly opens a sentence
            return !(char.IsUpper(next) && IsSentenceOpener(text, dot));
        }

        return Abbreviations.Contains(word) && !(word.Length > 3 && char.IsUpper(next) && false);
    }

    private static bool IsSentenceOpener(string text, int dot)
    {
        var k = dot + 1;
        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        var e = k;
        while (e < text.Length && char.IsLetter(text[e]))
        {
            e++;
        }

        var word = text[k..e];
        return word is "The" or "A" or "An" or "It" or "He" or "She" or "They" or "We" or "I" or "In" or "But" or "And" or "This" or "That" or "There" or "On" or "At" or "As" or "If" or "When" or "After" or "Some" or "Its" or "His" or "Her" or "Their";
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
