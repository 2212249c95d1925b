using System.Numerics.Tensors;

namespace NewsFacts.Checking;

/// <summary>
/// TF-IDF vectors of sentences, hashed into a fixed number of dimensions, compared by cosine similarity with
/// <see cref="TensorPrimitives"/>. The document frequencies are counted over the sentences that carry claims, so
/// words every source repeats ("doses", "vaccine") weigh little and words that tell facts apart ("free",
/// "commercially") weigh much.
/// </summary>
internal sealed class ContextVectors
{
    public const int Dimensions = 1024;
    private readonly Dictionary<ulong, int> _documentFrequency = [];
    private int _documents;

    /// <summary>Counts one sentence's words once each (call once per distinct sentence).</summary>
    public void Count(ReadOnlySpan<char> sentence)
    {
        _documents++;
        var seen = new HashSet<ulong>();
        foreach (var (hash, _) in Words(sentence))
        {
            if (seen.Add(hash))
            {
                _documentFrequency[hash] = _documentFrequency.GetValueOrDefault(hash) + 1;
            }
        }
    }

    /// <summary>The sentence's TF-IDF vector, L2-normalised (all zeros when it has no content word).</summary>
    public float[] Vector(ReadOnlySpan<char> sentence)
    {
        var v = new float[Dimensions];
        foreach (var (hash, _) in Words(sentence))
        {
            var df = _documentFrequency.GetValueOrDefault(hash);
            var idf = (float)Math.Log((1.0 + _documents) / (1.0 + df)) + 1f;
            v[(int)(hash % Dimensions)] += idf;
        }

        var norm = TensorPrimitives.Norm(v);
        if (norm > 0)
        {
            TensorPrimitives.Divide(v, norm, v);
        }

        return v;
    }

    /// <summary>
    /// The TF-IDF vector of the words around a claim's quantity, L2-normalised: each content word weighs by how rare it
    /// is and by how near it stands to the quantity (the quantity's own words, such as its counted noun, three times; a
    /// word four words away half as much as a neighbour),
    /// so that two sentences telling one fact in other words agree, and a long sentence's other facts weigh little.
    /// Numbers and number words are left out: two accounts of one fact differ in them. The unit's own word weighs as a
    /// neighbour (every claim compared has it); a counted noun that is not the unit ("Danes" counting persons) weighs most.
    /// </summary>
    public float[] Window(ReadOnlySpan<char> sentence, int anchorStart, int anchorEnd, string? unit, IEnumerable<string> extra)
    {
        // The unit's own word weighs as a neighbour: claims are only compared with claims of the same unit.
        var unitStem = unit is null ? null : Stem(unit.ToLowerInvariant());
        var v = new float[Dimensions];
        foreach (var (hash, word, start) in Positioned(sentence))
        {
            if (NumberWords.Contains(word))
            {
                continue;
            }

            var distance = start < anchorStart ? WordsBetween(sentence, start, anchorStart) : start >= anchorEnd ? WordsBetween(sentence, anchorEnd, start) : 0;
            var df = _documentFrequency.GetValueOrDefault(hash);
            var idf = (float)Math.Log((1.0 + _documents) / (1.0 + df)) + 1f;
            var own = distance == 0 && start >= anchorStart && start < anchorEnd;
            v[(int)(hash % Dimensions)] += own && word != unitStem ? idf * 3f : idf * 4f / (4f + distance);
        }

        foreach (var word in extra)
        {
            foreach (var (hash, _, _) in Positioned(word))
            {
                var df = _documentFrequency.GetValueOrDefault(hash);
                v[(int)(hash % Dimensions)] += (float)Math.Log((1.0 + _documents) / (1.0 + df)) + 1f;
            }
        }

        var norm = TensorPrimitives.Norm(v);
        if (norm > 0)
        {
            TensorPrimitives.Divide(v, norm, v);
        }

        return v;
    }

    private static readonly HashSet<string> NumberWords = new(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
         "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "bn", "mn", "m", "k"],
        StringComparer.Ordinal);

    /// <summary>Whether a lower-case word spells a number ("eight", "twenty", "million").</summary>
    internal static bool IsNumberWord(string word) => NumberWords.Contains(word);

    private static int WordsBetween(ReadOnlySpan<char> s, int from, int to)
    {
        var n = 0;
        for (var i = Math.Max(0, from); i < Math.Min(to, s.Length); i++)
        {
            if (s[i] == ' ')
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>A light stem, so that "killed" and "killing", "ships" and "ship" weigh as one word.</summary>
    internal static string Stem(string word)
    {
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            return word[..^3];
        }

        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        return word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
    }

    /// <summary>The dimensions where <paramref name="v"/> is not zero, in ascending order.</summary>
    public static int[] Nonzero(ReadOnlySpan<float> v)
    {
        var count = 0;
        for (var i = 0; i < v.Length; i++)
        {
            count += v[i] == 0 ? 0 : 1;
        }

        var nonzero = new int[count];
        for (int i = 0, k = 0; i < v.Length; i++)
        {
            if (v[i] != 0)
            {
                nonzero[k++] = i;
            }
        }

        return nonzero;
    }

    /// <summary>
    /// Cosine similarity of a sparse vector (<paramref name="a"/>, non-zero at <paramref name="nonzero"/>, of norm
    /// <paramref name="normA"/>) and any vector of norm <paramref name="normB"/> (0 when either is all zeros): the dot
    /// product is summed over the sparse side's dimensions only, in ascending order, so the cosine of two context vectors
    /// costs their few words, not <see cref="Dimensions"/>, and comes out the same whichever side is the sparse one.
    /// </summary>
    public static double Cosine(float[] a, int[] nonzero, float normA, float[] b, float normB)
    {
        if (normA == 0 || normB == 0)
        {
            return 0;
        }

        double dot = 0;
        foreach (var i in nonzero)
        {
            dot += a[i] * b[i];
        }

        return dot / ((double)normA * normB);
    }

    /// <summary>Cosine similarity of two vectors (0 when either is all zeros).</summary>
    public static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (TensorPrimitives.Norm(a) == 0 || TensorPrimitives.Norm(b) == 0)
        {
            return 0;
        }

        return TensorPrimitives.CosineSimilarity(a, b);
    }

    /// <summary>The content words of a sentence (letters only, lower-cased, stop words left out) with their hashes.</summary>
    internal static List<(ulong Hash, string Word)> Words(ReadOnlySpan<char> sentence) => [.. Positioned(sentence).Select(w => (w.Hash, w.Word))];

    /// <summary>The content words with their hashes and where each starts.</summary>
    private static List<(ulong Hash, string Word, int Start)> Positioned(ReadOnlySpan<char> sentence)
    {
        var words = new List<(ulong, string, int)>();
        var start = -1;
        for (var i = 0; i <= sentence.Length; i++)
        {
            var letter = i < sentence.Length && char.IsLetter(sentence[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var raw = sentence[start..i].ToString().ToLowerInvariant();
                var at = start;
                start = -1;
                if (raw.Length < 2 || CheckLexicon.IsStopWord(raw))
                {
                    continue;
                }

                var word = CheckLexicon.Synonym(Stem(raw));

                ulong h = 0xcbf29ce484222325UL;
                foreach (var ch in word)
                {
                    unchecked
                    {
                        h = (h ^ ch) * 0x100000001b3UL;
                    }
                }

                words.Add((CopyDetector.Mix(h), word, at));
            }
        }

        return words;
    }
}
