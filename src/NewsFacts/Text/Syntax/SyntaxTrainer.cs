using System.Runtime.InteropServices;

namespace NewsFacts.Text;

/// <summary>How <see cref="SyntaxTrainer"/> trains: passes over the data, the folds that tag the parser's training data, pruning and the shuffling seed.</summary>
/// <param name="TaggerIterations">Passes over the sentences for the tagger.</param>
/// <param name="ParserIterations">Passes over the sentences for the parser.</param>
/// <param name="Folds">The parser learns from tags that a tagger trained on the other folds predicted (jackknifing), as it will meet them; 1 learns from the treebank's own tags.</param>
/// <param name="TaggerPrune">Averaged tagger weights of smaller magnitude are left out of the model.</param>
/// <param name="ParserPrune">Averaged parser weights of smaller magnitude are left out of the model (pruning the parser costs it little).</param>
/// <param name="Seed">The seed of the shuffle before each pass (training is deterministic).</param>
internal sealed record SyntaxTrainingOptions(int TaggerIterations = 8, int ParserIterations = 12, int Folds = 4, float TaggerPrune = 0.3f, float ParserPrune = 1.0f, int Seed = 7)
{
    public static SyntaxTrainingOptions Default { get; } = new();
}

/// <summary>What a model scores on sentences it was not trained on.</summary>
/// <param name="Words">Words scored.</param>
/// <param name="TagAccuracy">Share of words tagged right.</param>
/// <param name="Uas">Share of words given the right head (unlabelled attachment score), punctuation included.</param>
/// <param name="Las">Share of words given the right head and relation (labelled attachment score).</param>
internal sealed record SyntaxScore(int Words, double TagAccuracy, double Uas, double Las);

/// <summary>Trains the tagger and the parser of a <see cref="SyntaxModel"/> on treebank sentences, and scores a model on held-out ones.</summary>
internal static class SyntaxTrainer
{
    /// <summary>The sentences kept out of training to score the model: every tenth.</summary>
    public static bool IsHeldOut(int index) => index % 10 == 9;

    public static SyntaxModel Train(IReadOnlyList<TreebankSentence> sentences, SyntaxTrainingOptions options)
    {
        var tags = sentences.SelectMany(s => s.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var labels = sentences.SelectMany(s => s.Relations).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var tagger = TrainTagger(sentences, tags, options);

        // The parser learns from predicted tags: each fold tagged by a tagger trained without it.
        var predicted = new string[sentences.Count][];
        if (options.Folds <= 1)
        {
            for (var k = 0; k < sentences.Count; k++)
            {
                predicted[k] = sentences[k].Tags;
            }
        }
        else
        {
            for (var fold = 0; fold < options.Folds; fold++)
            {
                var rest = sentences.Where((_, k) => k % options.Folds != fold).ToList();
                var foldTagger = TrainTagger(rest, tags, options);
                for (var k = fold; k < sentences.Count; k += options.Folds)
                {
                    predicted[k] = foldTagger.Tag(sentences[k].Words);
                }
            }
        }

        var parser = TrainParser(sentences, predicted, labels, options);
        return new SyntaxModel(tagger, parser);
    }

    public static PartOfSpeechTagger TrainTagger(IReadOnlyList<TreebankSentence> sentences, string[] tags, SyntaxTrainingOptions options)
    {
        var index = tags.Select((t, k) => (t, k)).ToDictionary(x => x.t, x => x.k, StringComparer.Ordinal);
        var dictionary = Dictionary(sentences, index);
        var perceptron = new AveragedPerceptron(tags.Length);
        var features = new List<ulong>(24);
        var scores = new float[tags.Length];
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        for (var pass = 0; pass < options.TaggerIterations; pass++)
        {
            foreach (var s in order.Select(k => sentences[k]))
            {
                var normalized = s.Words.Select(PartOfSpeechTagger.Normalize).ToArray();
                var guesses = new string[s.Words.Length];
                for (var i = 0; i < s.Words.Length; i++)
                {
                    if (dictionary.TryGetValue(normalized[i], out var known))
                    {
                        guesses[i] = tags[known];
                        continue;
                    }

                    features.Clear();
                    PartOfSpeechTagger.Features(normalized, s.Words, i, i > 0 ? guesses[i - 1] : "-START-", i > 1 ? guesses[i - 2] : i > 0 ? "-START-" : "-START2-", features);
                    perceptron.Score(CollectionsMarshal.AsSpan(features), scores);
                    var guess = PartOfSpeechTagger.ArgMax(scores);
                    perceptron.Update(index[s.Tags[i]], guess, CollectionsMarshal.AsSpan(features));
                    guesses[i] = tags[guess];
                }
            }

            random.Shuffle(order);
        }

        return new PartOfSpeechTagger(perceptron.Average(options.TaggerPrune), tags, dictionary);
    }

    /// <summary>Words seen at least 20 times, with one tag at least 97% of the time.</summary>
    private static Dictionary<string, int> Dictionary(IReadOnlyList<TreebankSentence> sentences, Dictionary<string, int> index)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Words.Length; i++)
            {
                var word = PartOfSpeechTagger.Normalize(s.Words[i]);
                if (!counts.TryGetValue(word, out var byTag))
                {
                    byTag = new Dictionary<string, int>(StringComparer.Ordinal);
                    counts[word] = byTag;
                }

                byTag[s.Tags[i]] = byTag.GetValueOrDefault(s.Tags[i]) + 1;
            }
        }

        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, byTag) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var total = byTag.Values.Sum();
            var (tag, n) = byTag.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).First();
            if (total >= 20 && n >= 0.97 * total)
            {
                dictionary[word] = index[tag];
            }
        }

        return dictionary;
    }

    public static DependencyParser TrainParser(IReadOnlyList<TreebankSentence> sentences, string[][] tags, string[] labels, SyntaxTrainingOptions options)
    {
        var index = labels.Select((t, k) => (t, k)).ToDictionary(x => x.t, x => x.k, StringComparer.Ordinal);
        var classes = 2 + (2 * labels.Length);
        var perceptron = new AveragedPerceptron(classes);
        var features = new List<ulong>(40);
        var scores = new float[classes];
        var order = Enumerable.Range(0, sentences.Count).Where(k => sentences[k].IsProjective()).ToArray();
        var random = new Random(options.Seed);
        for (var pass = 0; pass < options.ParserIterations; pass++)
        {
            foreach (var k in order)
            {
                var s = sentences[k];
                var normalized = s.Words.Select(PartOfSpeechTagger.Normalize).ToArray();
                var state = new ParseState(s.Words.Length);
                while (!state.Done)
                {
                    var gold = Oracle(state, s, index);
                    features.Clear();
                    DependencyParser.Features(state, normalized, tags[k], labels, features);
                    perceptron.Score(CollectionsMarshal.AsSpan(features), scores);
                    perceptron.Update(gold, DependencyParser.Best(state, scores), CollectionsMarshal.AsSpan(features));
                    state.Apply(gold);
                }
            }

            random.Shuffle(order);
        }

        return new DependencyParser(perceptron.Average(options.ParserPrune), labels);
    }

    /// <summary>The transition that leads to the gold tree (the static arc-eager oracle; the tree must be projective).</summary>
    internal static int Oracle(ParseState state, TreebankSentence gold, Dictionary<string, int> labels)
    {
        var s0 = state.Stack[^1];
        var n0 = state.Next;
        int Head(int k) => gold.Heads[k - 1];
        if (s0 > 0 && Head(s0) == n0)
        {
            return DependencyParser.LeftArc(labels[gold.Relations[s0 - 1]]);
        }

        if (Head(n0) == s0)
        {
            return DependencyParser.RightArc(labels[gold.Relations[n0 - 1]]);
        }

        if (s0 > 0 && state.Heads[s0] >= 0)
        {
            var complete = true;
            for (var k = n0; k < state.Size && complete; k++)
            {
                complete = Head(k) != s0;
            }

            if (complete)
            {
                return DependencyParser.Reduce;
            }
        }

        return DependencyParser.Shift;
    }

    /// <summary>Tags and parses <paramref name="sentences"/> and scores the result against their gold.</summary>
    public static SyntaxScore Score(SyntaxModel model, IReadOnlyList<TreebankSentence> sentences)
    {
        int words = 0, tags = 0, heads = 0, labelled = 0;
        foreach (var s in sentences)
        {
            var predictedTags = model.Tagger.Tag(s.Words);
            var (predictedHeads, relations) = model.Parser.Parse(s.Words, predictedTags);
            for (var i = 0; i < s.Words.Length; i++)
            {
                words++;
                tags += predictedTags[i] == s.Tags[i] ? 1 : 0;
                if (predictedHeads[i] + 1 == s.Heads[i])
                {
                    heads++;
                    labelled += relations[i] == s.Relations[i] ? 1 : 0;
                }
            }
        }

        return new SyntaxScore(words, (double)tags / Math.Max(1, words), (double)heads / Math.Max(1, words), (double)labelled / Math.Max(1, words));
    }
}
