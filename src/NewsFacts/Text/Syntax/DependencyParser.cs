namespace NewsFacts.Text;

/// <summary>
/// Finds the head and the relation (<c>nsubj</c>, <c>obj</c>, <c>obl</c>, <c>nmod</c>, <c>compound</c>...) of each word
/// of a tagged sentence: a greedy arc-eager transition parser (Nivre 2003) whose transitions an averaged perceptron
/// chooses from features of the stack and the buffer (after Zhang and Nivre 2011). Linear in the sentence length.
/// Trained on UD English EWT (see <see cref="SyntaxModel"/>). Thread-safe.
/// </summary>
internal sealed class DependencyParser
{
    /// <summary>Moves the next word onto the stack.</summary>
    internal const int Shift = 0;

    /// <summary>Pops the stack's top, which has its head.</summary>
    internal const int Reduce = 1;

    public DependencyParser(PerceptronModel model, IReadOnlyList<string> labels)
    {
        if (model.ClassCount != 2 + (2 * labels.Count))
        {
            throw new ArgumentException("The model and the label list disagree on the number of transitions.", nameof(labels));
        }

        Model = model;
        Labels = labels;
    }

    /// <summary>The weights.</summary>
    public PerceptronModel Model { get; }

    /// <summary>The relations, indexed as the transitions name them.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The transition that makes the stack's top a dependent of the next word, with relation <paramref name="label"/>.</summary>
    internal static int LeftArc(int label) => 2 + (2 * label);

    /// <summary>The transition that makes the next word a dependent of the stack's top, with relation <paramref name="label"/>, and pushes it.</summary>
    internal static int RightArc(int label) => 3 + (2 * label);

    /// <summary>
    /// The head of each word (an index into <paramref name="words"/>, or -1 for the sentence's root) and its relation.
    /// </summary>
    public (int[] Heads, string[] Relations) Parse(IReadOnlyList<string> words, IReadOnlyList<string> tags) =>
        ParseNormalized(PartOfSpeechTagger.NormalizeAll(words), tags);

    /// <summary>The head and relation of each word, given the words as <see cref="PartOfSpeechTagger.Normalize"/> makes them.</summary>
    public (int[] Heads, string[] Relations) ParseNormalized(string[] normalized, IReadOnlyList<string> tags)
    {
        var state = new ParseState(normalized.Length);
        var features = new List<ulong>(40);
        Span<float> scores = stackalloc float[Model.ClassCount];
        while (!state.Done)
        {
            features.Clear();
            Features(state, normalized, tags, Labels, features);
            Model.Score(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), scores);
            state.Apply(Best(state, scores));
        }

        var heads = new int[normalized.Length];
        var relations = new string[normalized.Length];
        for (var i = 0; i < normalized.Length; i++)
        {
            heads[i] = state.Heads[i + 1] - 1; // the root (0) becomes -1
            relations[i] = state.Labels[i + 1] >= 0 ? Labels[state.Labels[i + 1]] : "root";
        }

        return (heads, relations);
    }

    /// <summary>The best scoring transition that the state allows.</summary>
    internal static int Best(ParseState state, ReadOnlySpan<float> scores)
    {
        var best = -1;
        for (var a = 0; a < scores.Length; a++)
        {
            if ((best < 0 || scores[a] > scores[best]) && state.IsValid(a))
            {
                best = a;
            }
        }

        return best;
    }

    /// <summary>The features of a parser state: words and tags of the stack's top two, the next three words, heads, outer children, distance and valency.</summary>
    internal static void Features(ParseState state, IReadOnlyList<string> words, IReadOnlyList<string> tags, IReadOnlyList<string> labels, List<ulong> into)
    {
        // Position 0 is the root; the words are 1..n.
        string W(int k) => k < 0 ? "-NONE-" : k == 0 ? "-ROOT-" : words[k - 1];
        string T(int k) => k < 0 ? "-NONE-" : k == 0 ? "-ROOT-" : tags[k - 1];
        string L(int k) => k < 0 || state.Labels[k] < 0 ? "-" : labels[state.Labels[k]];

        var s0 = state.Stack.Count > 0 ? state.Stack[^1] : -1;
        var s1 = state.Stack.Count > 1 ? state.Stack[^2] : -1;
        var n0 = state.Done ? -1 : state.Next;
        var n1 = n0 >= 0 && n0 + 1 < state.Size ? n0 + 1 : -1;
        var n2 = n1 >= 0 && n1 + 1 < state.Size ? n1 + 1 : -1;
        var s0h = s0 > 0 ? state.Heads[s0] : -1;
        var s0l = s0 >= 0 ? state.LeftMost[s0] : -1;
        var s0r = s0 >= 0 ? state.RightMost[s0] : -1;
        var n0l = n0 >= 0 ? state.LeftMost[n0] : -1;
        var distance = s0 >= 0 && n0 >= 0 ? Math.Min(n0 - s0, 6).ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";
        var s0w = W(s0);
        var s0t = T(s0);
        var n0w = W(n0);
        var n0t = T(n0);
        var n1t = T(n1);
        into.Add(FeatureHash.Of(100, string.Empty));
        into.Add(FeatureHash.Of(101, s0w));
        into.Add(FeatureHash.Of(102, s0t));
        into.Add(FeatureHash.Of(103, s0w, s0t));
        into.Add(FeatureHash.Of(104, n0w));
        into.Add(FeatureHash.Of(105, n0t));
        into.Add(FeatureHash.Of(106, n0w, n0t));
        into.Add(FeatureHash.Of(107, W(n1)));
        into.Add(FeatureHash.Of(108, n1t));
        into.Add(FeatureHash.Of(109, W(n1), n1t));
        into.Add(FeatureHash.Of(110, T(n2)));
        into.Add(FeatureHash.Of(111, s0w, n0w));
        into.Add(FeatureHash.Of(112, s0t, n0t));
        into.Add(FeatureHash.Of(113, s0w, s0t, n0t));
        into.Add(FeatureHash.Of(114, s0t, n0w, n0t));
        into.Add(FeatureHash.Of(115, n0t, n1t));
        into.Add(FeatureHash.Of(116, n0t, n1t, T(n2)));
        into.Add(FeatureHash.Of(117, s0t, n0t, n1t));
        into.Add(FeatureHash.Of(118, T(s0h), s0t, n0t));
        into.Add(FeatureHash.Of(119, s0t, T(s0l), n0t));
        into.Add(FeatureHash.Of(120, s0t, T(s0r), n0t));
        into.Add(FeatureHash.Of(121, s0t, n0t, T(n0l)));
        into.Add(FeatureHash.Of(122, s0w, distance));
        into.Add(FeatureHash.Of(123, s0t, distance));
        into.Add(FeatureHash.Of(124, s0t, n0t, distance));
        into.Add(FeatureHash.Of(125, s0w, Count(state.RightCount, s0)));
        into.Add(FeatureHash.Of(126, s0t, Count(state.LeftCount, s0)));
        into.Add(FeatureHash.Of(127, n0t, Count(state.LeftCount, n0)));
        into.Add(FeatureHash.Of(128, L(s0l), s0t));
        into.Add(FeatureHash.Of(129, L(s0r), s0t));
        into.Add(FeatureHash.Of(130, L(n0l), n0t));
        into.Add(FeatureHash.Of(131, L(s0), s0t, n0t));
        into.Add(FeatureHash.Of(132, T(s1)));
        into.Add(FeatureHash.Of(133, T(s1), s0t, n0t));
        into.Add(FeatureHash.Of(134, W(s0h)));
        into.Add(FeatureHash.Of(135, s0 > 0 && state.Heads[s0] >= 0 ? "headed" : "free", s0t, n0t));
        into.Add(FeatureHash.Of(136, n0w, n1t));
        into.Add(FeatureHash.Of(137, s0w, n0t));
    }

    private static string Count(int[] counts, int k) => k < 0 ? "-" : Math.Min(counts[k], 3).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The configuration of the arc-eager parser: a stack, the next word of the buffer, and the arcs so far (position 0 is the root).</summary>
internal sealed class ParseState
{
    public ParseState(int words)
    {
        Size = words + 1;
        Heads = new int[Size];
        Labels = new int[Size];
        LeftMost = new int[Size];
        RightMost = new int[Size];
        LeftCount = new int[Size];
        RightCount = new int[Size];
        Array.Fill(Heads, -1);
        Array.Fill(Labels, -1);
        Array.Fill(LeftMost, -1);
        Array.Fill(RightMost, -1);
        Stack.Add(0);
        Next = 1;
    }

    public int Size { get; }

    public List<int> Stack { get; } = [];

    public int Next { get; private set; }

    public int[] Heads { get; }

    public int[] Labels { get; }

    public int[] LeftMost { get; }

    public int[] RightMost { get; }

    public int[] LeftCount { get; }

    public int[] RightCount { get; }

    /// <summary>Whether every word has been read.</summary>
    public bool Done => Next >= Size;

    public bool IsValid(int action)
    {
        if (Done)
        {
            return false;
        }

        var s0 = Stack.Count > 0 ? Stack[^1] : -1;
        return action switch
        {
            DependencyParser.Shift => true,
            DependencyParser.Reduce => s0 > 0 && Heads[s0] >= 0,
            _ when action % 2 == 0 => s0 > 0 && Heads[s0] < 0,
            _ => s0 >= 0,
        };
    }

    public void Apply(int action)
    {
        switch (action)
        {
            case DependencyParser.Shift:
                Stack.Add(Next++);
                break;
            case DependencyParser.Reduce:
                Stack.RemoveAt(Stack.Count - 1);
                break;
            default:
                var label = (action - 2) / 2;
                if (action % 2 == 0)
                {
                    var dependent = Stack[^1];
                    Stack.RemoveAt(Stack.Count - 1);
                    Attach(Next, dependent, label);
                }
                else
                {
                    Attach(Stack[^1], Next, label);
                    Stack.Add(Next++);
                }

                break;
        }

        if (Done)
        {
            // Words left without a head hang from the root.
            for (var k = 1; k < Size; k++)
            {
                if (Heads[k] < 0)
                {
                    Heads[k] = 0;
                }
            }
        }
    }

    private void Attach(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        if (dependent < head)
        {
            LeftCount[head]++;
            if (LeftMost[head] < 0 || dependent < LeftMost[head])
            {
                LeftMost[head] = dependent;
            }
        }
        else
        {
            RightCount[head]++;
            if (RightMost[head] < 0 || dependent > RightMost[head])
            {
                RightMost[head] = dependent;
            }
        }
    }
}
