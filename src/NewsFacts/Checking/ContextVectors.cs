using System.Numerics.Tensors;

namespace NewsFacts;

/// <summary>
/// TF-IDF vectors of sentences, hashed into a fixed number of dimensions, compared by cosine similarity with
/// <see cref="TensorPrimitives"/>. The document frequencies are counted over the sentences that carry claims, so
/// words every source repeats ("doses", "vaccine") weigh little and words that tell facts apart ("free",
/// "commercially") weigh much.
/// </summary>
internal sealed class ContextVectors
{
    public const int Dimensions = 256;
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
    internal static List<(ulong Hash, string Word)> Words(ReadOnlySpan<char> sentence)
    {
        var words = new List<(ulong, string)>();
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
                var word = sentence[start..i].ToString().ToLowerInvariant();
                start = -1;
                if (word.Length < 2 || CheckLexicon.IsStopWord(word))
                {
                    continue;
                }

                ulong h = 0xcbf29ce484222325UL;
                foreach (var ch in word)
                {
                    unchecked
                    {
                        h = (h ^ ch) * 0x100000001b3UL;
                    }
                }

                words.Add((CopyDetector.Mix(h), word));
            }
        }

        return words;
    }
}
