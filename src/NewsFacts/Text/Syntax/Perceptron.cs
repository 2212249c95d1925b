namespace NewsFacts.Text;

/// <summary>
/// A 64-bit FNV-1a hash of a feature: a template number and its values. Features are hashed, not kept as strings, so
/// that the model is small and scoring allocates nothing; the hash is fixed (not <see cref="string.GetHashCode()"/>),
/// so a model trained once reads the same everywhere.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(int template, string a)
    {
        var h = Mix(Offset, template);
        return Add(h, a);
    }

    public static ulong Of(int template, string a, string b) => Add(Add(Mix(Offset, template), a), b);

    public static ulong Of(int template, string a, string b, string c) => Add(Add(Add(Mix(Offset, template), a), b), c);

    private static ulong Mix(ulong h, int value)
    {
        unchecked
        {
            for (var k = 0; k < 4; k++)
            {
                h = (h ^ (byte)(value >> (8 * k))) * Prime;
            }
        }

        return h;
    }

    private static ulong Add(ulong h, string value)
    {
        unchecked
        {
            foreach (var c in value)
            {
                h = (h ^ (byte)c) * Prime;
                h = (h ^ (byte)(c >> 8)) * Prime;
            }

            h = (h ^ 0x1F) * Prime; // a separator, so that ("ab", "c") and ("a", "bc") differ
        }

        return h;
    }
}

/// <summary>
/// The weights of a trained multi-class perceptron: for each feature hash, the classes it votes for and by how much.
/// Read-only and thread-safe; <see cref="Score"/> adds the votes of a set of features.
/// </summary>
internal sealed class PerceptronModel
{
    private readonly Dictionary<ulong, (int Offset, int Count)> _features;
    private readonly byte[] _classes;
    private readonly float[] _weights;

    public PerceptronModel(int classCount, Dictionary<ulong, (int Offset, int Count)> features, byte[] classes, float[] weights)
    {
        ClassCount = classCount;
        _features = features;
        _classes = classes;
        _weights = weights;
    }

    /// <summary>How many classes the model tells apart.</summary>
    public int ClassCount { get; }

    /// <summary>How many features carry a weight.</summary>
    public int FeatureCount => _features.Count;

    /// <summary>Adds the votes of <paramref name="features"/> to <paramref name="scores"/> (one entry per class, cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            if (_features.TryGetValue(f, out var at))
            {
                for (var k = at.Offset; k < at.Offset + at.Count; k++)
                {
                    scores[_classes[k]] += _weights[k];
                }
            }
        }
    }

    /// <summary>Writes the model: the feature count, then per feature its hash, its class count and (class, half-precision weight) pairs, in hash order.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(ClassCount);
        writer.Write(_features.Count);
        foreach (var (key, at) in _features.OrderBy(f => f.Key))
        {
            writer.Write(key);
            writer.Write((byte)at.Count);
            for (var k = at.Offset; k < at.Offset + at.Count; k++)
            {
                writer.Write(_classes[k]);
                writer.Write((Half)_weights[k]);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static PerceptronModel Read(BinaryReader reader)
    {
        var classCount = reader.ReadInt32();
        var count = reader.ReadInt32();
        var features = new Dictionary<ulong, (int Offset, int Count)>(count);
        var classes = new List<byte>(count * 2);
        var weights = new List<float>(count * 2);
        for (var f = 0; f < count; f++)
        {
            var key = reader.ReadUInt64();
            int n = reader.ReadByte();
            features[key] = (classes.Count, n);
            for (var k = 0; k < n; k++)
            {
                classes.Add(reader.ReadByte());
                weights.Add((float)reader.ReadHalf());
            }
        }

        return new PerceptronModel(classCount, features, [.. classes], [.. weights]);
    }
}

/// <summary>
/// Trains a <see cref="PerceptronModel"/>: the averaged perceptron (Collins 2002), updated on each mistake and averaged
/// over every step, so that late updates do not outweigh what was learned early. Deterministic for a given order of
/// examples.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, Dictionary<int, Weight>> _weights = [];
    private int _steps;

    public AveragedPerceptron(int classCount)
    {
        if (classCount is < 1 or > 255)
        {
            throw new ArgumentOutOfRangeException(nameof(classCount), classCount, "A model tells apart between 1 and 255 classes.");
        }

        ClassCount = classCount;
    }

    public int ClassCount { get; }

    /// <summary>The current (not averaged) scores of the classes for <paramref name="features"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            if (_weights.TryGetValue(f, out var classes))
            {
                foreach (var (c, w) in classes)
                {
                    scores[c] += w.Value;
                }
            }
        }
    }

    /// <summary>One training step: when <paramref name="guess"/> is not <paramref name="truth"/>, the truth gains and the guess loses one on each feature.</summary>
    public void Update(int truth, int guess, ReadOnlySpan<ulong> features)
    {
        _steps++;
        if (truth == guess)
        {
            return;
        }

        foreach (var f in features)
        {
            if (!_weights.TryGetValue(f, out var classes))
            {
                classes = [];
                _weights[f] = classes;
            }

            Add(classes, truth, 1);
            Add(classes, guess, -1);
        }
    }

    private void Add(Dictionary<int, Weight> classes, int c, float delta)
    {
        if (!classes.TryGetValue(c, out var w))
        {
            w = new Weight { Stamp = _steps };
            classes[c] = w;
        }

        w.Total += (_steps - w.Stamp) * (double)w.Value;
        w.Value += delta;
        w.Stamp = _steps;
    }

    /// <summary>The averaged weights, leaving out those whose magnitude is below <paramref name="prune"/>.</summary>
    public PerceptronModel Average(float prune)
    {
        var features = new Dictionary<ulong, (int Offset, int Count)>();
        var classes = new List<byte>();
        var weights = new List<float>();
        foreach (var (key, perClass) in _weights.OrderBy(w => w.Key))
        {
            var start = classes.Count;
            foreach (var (c, w) in perClass.OrderBy(p => p.Key))
            {
                var average = (float)((w.Total + ((_steps - w.Stamp) * (double)w.Value)) / Math.Max(1, _steps));
                if (Math.Abs(average) >= prune)
                {
                    classes.Add((byte)c);
                    weights.Add(average);
                }
            }

            if (classes.Count > start)
            {
                features[key] = (start, classes.Count - start);
            }
        }

        return new PerceptronModel(ClassCount, features, [.. classes], [.. weights]);
    }

    private sealed class Weight
    {
        public float Value;
        public double Total;
        public int Stamp;
    }
}
