namespace NewsFacts.Text;

/// <summary>
/// Tags each word of a sentence with its universal part of speech (<c>NOUN</c>, <c>VERB</c>, <c>PROPN</c>, <c>NUM</c>,
/// <c>ADP</c>...): a greedy averaged perceptron reading left to right (the design of Collins 2002 as Honnibal's
/// "good part-of-speech tagger in about 200 lines" writes it), with a dictionary for frequent words that always take
/// one tag. Trained on UD English EWT (see <see cref="SyntaxModel"/>). Thread-safe.
/// </summary>
internal sealed class PartOfSpeechTagger
{
    private const string Start1 = "-START-";
    private const string Start2 = "-START2-";


    public PartOfSpeechTagger(PerceptronModel model, IReadOnlyList<string> tags, IReadOnlyDictionary<string, int> dictionary)
    {
        if (model.ClassCount != tags.Count)
        {
            throw new ArgumentException("The model and the tag list disagree on the number of tags.", nameof(tags));
        }

        Model = model;
        TagNames = tags;
        Dictionary = dictionary;
    }

    /// <summary>The weights.</summary>
    public PerceptronModel Model { get; }

    /// <summary>Frequent words that always take one tag (normalized word, tag index).</summary>
    public IReadOnlyDictionary<string, int> Dictionary { get; }

    /// <summary>The tags, indexed as <see cref="Tag(IReadOnlyList{string})"/> returns them.</summary>
    public IReadOnlyList<string> TagNames { get; }

    /// <summary>The tag of each word, as written (case and all).</summary>
    public string[] Tag(IReadOnlyList<string> words) => Tag(words, NormalizeAll(words));

    /// <summary>The tag of each word, given the words also as <see cref="Normalize"/> makes them (computed once for the tagger and the parser).</summary>
    public string[] Tag(IReadOnlyList<string> words, string[] normalized)
    {
        var tags = new string[words.Count];
        var features = new List<ulong>(24);
        Span<float> scores = stackalloc float[Model.ClassCount];
        for (var i = 0; i < words.Count; i++)
        {
            if (Dictionary.TryGetValue(normalized[i], out var known))
            {
                tags[i] = TagNames[known];
                continue;
            }

            features.Clear();
            Features(normalized, words, i, i > 0 ? tags[i - 1] : Start1, i > 1 ? tags[i - 2] : i > 0 ? Start1 : Start2, features);
            Model.Score(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), scores);
            tags[i] = TagNames[ArgMax(scores)];
        }

        return tags;
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var k = 1; k < scores.Length; k++)
        {
            if (scores[k] > scores[best])
            {
                best = k;
            }
        }

        return best;
    }

    /// <summary>Each word as <see cref="Normalize"/> makes it.</summary>
    internal static string[] NormalizeAll(IReadOnlyList<string> words)
    {
        var normalized = new string[words.Count];
        for (var i = 0; i < normalized.Length; i++)
        {
            normalized[i] = Normalize(words[i]);
        }

        return normalized;
    }

    /// <summary>A word as the tagger's features and dictionary see it: lower case, figures folded ("2021" a year, "530,000" a number).</summary>
    internal static string Normalize(string word)
    {
        if (word.Length > 0 && char.IsDigit(word[0]))
        {
            if (word.All(c => char.IsDigit(c) || c is ',' or '.'))
            {
                return word.Length == 4 && word[0] is '1' or '2' ? "!YEAR" : "!NUM";
            }

            return "!" + Shape(word);
        }

        return word.ToLowerInvariant();
    }

    /// <summary>The shape of a word: capitals X, small letters x, digits d, other characters as written, runs folded ("Mbega" Xx, "U.S." X.X.).</summary>
    internal static string Shape(string word)
    {
        Span<char> shape = stackalloc char[8];
        var n = 0;
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (n == 0 || shape[n - 1] != s)
            {
                if (n == shape.Length)
                {
                    break;
                }

                shape[n++] = s;
            }
        }

        return new string(shape[..n]);
    }

    private static string Suffix(string word, int length) => word.Length <= length ? word : word[^length..];

    /// <summary>The features of word <paramref name="i"/> given the two tags before it.</summary>
    internal static void Features(IReadOnlyList<string> normalized, IReadOnlyList<string> words, int i, string previous, string previous2, List<ulong> into)
    {
        string W(int k) => k < 0 ? Start1 : k >= normalized.Count ? "-END-" : normalized[k];
        var word = normalized[i];
        into.Add(FeatureHash.Of(0, string.Empty));
        into.Add(FeatureHash.Of(1, Suffix(word, 3)));
        into.Add(FeatureHash.Of(2, Suffix(word, 2)));
        into.Add(FeatureHash.Of(3, word[..Math.Min(1, word.Length)]));
        into.Add(FeatureHash.Of(4, previous));
        into.Add(FeatureHash.Of(5, previous2));
        into.Add(FeatureHash.Of(6, previous, previous2));
        into.Add(FeatureHash.Of(7, word));
        into.Add(FeatureHash.Of(8, previous, word));
        into.Add(FeatureHash.Of(9, W(i - 1)));
        into.Add(FeatureHash.Of(10, Suffix(W(i - 1), 3)));
        into.Add(FeatureHash.Of(11, W(i - 2)));
        into.Add(FeatureHash.Of(12, W(i + 1)));
        into.Add(FeatureHash.Of(13, Suffix(W(i + 1), 3)));
        into.Add(FeatureHash.Of(14, W(i + 2)));
        into.Add(FeatureHash.Of(15, Shape(words[i]), i == 0 ? "first" : "inside"));
        into.Add(FeatureHash.Of(16, Suffix(word, 4)));
        into.Add(FeatureHash.Of(17, previous, Suffix(word, 3)));
        into.Add(FeatureHash.Of(18, word, W(i + 1)));
        into.Add(FeatureHash.Of(19, i + 1 < words.Count ? Shape(words[i + 1]) : "-END-"));
    }
}
