namespace NewsFacts.Checking;

/// <summary>
/// What <see cref="CopyDetector"/> knows of one text: its MinHash signature (word 5-gram shingles of the whole text)
/// and its own sentences, the narrative ones: sentences of at least <see cref="MinSentenceWords"/> words outside
/// quotation marks, each as the set of its word 5-gram shingles (quoted words break a shingle). Quotations are left
/// out because two independent reporters quote the same statement word for word; the prose around it is theirs.
/// </summary>
internal sealed class CopyProfile
{
    /// <summary>Sentences shorter than this (headlines, datelines, bylines, "Tell us in the comments.") are not evidence.</summary>
    public const int MinSentenceWords = 6;

    /// <summary>The share of a sentence's shingles that must occur in the other text for the sentence to be found there.</summary>
    public const double SentenceFound = 0.6;

    private const int ShingleWords = 5;

    private CopyProfile(CopyDetector.Signature signature, List<(int Words, ulong[] Shingles)> sentences, HashSet<ulong> shingles)
    {
        Signature = signature;
        Sentences = sentences;
        Shingles = shingles;
        Words = sentences.Sum(s => s.Words);
    }

    /// <summary>The MinHash signature of the whole text (quotations included).</summary>
    public CopyDetector.Signature Signature { get; }

    /// <summary>The narrative sentences: their word count and their distinct shingle hashes.</summary>
    public IReadOnlyList<(int Words, ulong[] Shingles)> Sentences { get; }

    /// <summary>Every shingle of the narrative sentences.</summary>
    public HashSet<ulong> Shingles { get; }

    /// <summary>The words of the narrative sentences.</summary>
    public int Words { get; }

    /// <summary>Builds the profile of a text from its sentence spans and the spans of its quotations.</summary>
    public static CopyProfile Of(string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<TextSpan> quoted)
    {
        var all = new HashSet<ulong>();
        var list = new List<(int, ulong[])>();
        var words = new List<(ulong Hash, bool Quoted)>();
        var q = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.Start < 0 || sentence.End > text.Length || sentence.IsEmpty)
            {
                continue;
            }

            words.Clear();
            foreach (var (start, hash) in WordHashes(text, sentence.Start, sentence.End))
            {
                while (q < quoted.Count && quoted[q].End <= start)
                {
                    q++;
                }

                var inQuote = false;
                for (var k = q; k < quoted.Count && quoted[k].Start <= start; k++)
                {
                    if (quoted[k].Contains(start))
                    {
                        inQuote = true;
                        break;
                    }
                }

                words.Add((hash, inQuote));
            }

            var own = words.Count(w => !w.Quoted);
            if (own < MinSentenceWords)
            {
                continue;
            }

            var shingles = new HashSet<ulong>();
            var run = 0;
            for (var i = 0; i < words.Count; i++)
            {
                run = words[i].Quoted ? 0 : run + 1;
                if (run >= ShingleWords)
                {
                    ulong h = 0xcbf29ce484222325UL;
                    for (var k = i - ShingleWords + 1; k <= i; k++)
                    {
                        h = CopyDetector.Mix(h ^ words[k].Hash);
                    }

                    shingles.Add(h);
                }
            }

            if (shingles.Count == 0)
            {
                continue;
            }

            all.UnionWith(shingles);
            list.Add((own, [.. shingles]));
        }

        return new CopyProfile(CopyDetector.Sign(text), list, all);
    }

    /// <summary>The words of this text's narrative sentences that the other repeats (most of their shingles occur there).</summary>
    public int FoundIn(CopyProfile other)
    {
        var words = 0;
        foreach (var (w, shingles) in Sentences)
        {
            if (IsFound(shingles, other))
            {
                words += w;
            }
        }

        return words;
    }

    /// <summary>
    /// Whether the other text repeats at least <paramref name="share"/> of this text's narrative words and at least
    /// <paramref name="minWords"/> words; stops as soon as the answer is known.
    /// </summary>
    public bool Repeats(CopyProfile other, double share, int minWords)
    {
        var needed = Math.Max(minWords, (int)Math.Ceiling(share * Words));
        int found = 0, left = Words;
        foreach (var (w, shingles) in Sentences)
        {
            if (found + left < needed)
            {
                return false;
            }

            left -= w;
            if (IsFound(shingles, other))
            {
                found += w;
                if (found >= needed)
                {
                    return true;
                }
            }
        }

        return found >= needed;
    }

    private static bool IsFound(ulong[] shingles, CopyProfile other)
    {
        var hits = 0;
        foreach (var s in shingles)
        {
            if (other.Shingles.Contains(s))
            {
                hits++;
            }
        }

        return hits >= SentenceFound * shingles.Length;
    }

    /// <summary>The words of a span: runs of letters and digits (apostrophes and hyphens inside a word kept), lower-cased and hashed, with their start offsets.</summary>
    internal static List<(int Start, ulong Hash)> WordHashes(string text, int from, int to)
    {
        var hashes = new List<(int, ulong)>();
        ulong h = 0;
        var start = -1;
        for (var i = from; i < to; i++)
        {
            var ch = text[i];
            if (char.IsLetterOrDigit(ch))
            {
                if (start < 0)
                {
                    h = 0xcbf29ce484222325UL;
                    start = i;
                }

                unchecked
                {
                    h = (h ^ char.ToLowerInvariant(ch)) * 0x100000001b3UL;
                }
            }
            else if (start >= 0 && !(ch is '\'' or '\u2019' or '-' && i + 1 < to && char.IsLetterOrDigit(text[i + 1])))
            {
                hashes.Add((start, h));
                start = -1;
            }
        }

        if (start >= 0)
        {
            hashes.Add((start, h));
        }

        return hashes;
    }
}
