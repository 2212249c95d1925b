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
/// Read-only and thread-safe; <see cref="Score"/> adds the votes of a set of features. The features sit in an
/// open-addressing table (hash, first vote, vote count in one slot; linear probing over a power-of-two table at most half
/// full) and each feature's votes (class and weight side by side) in one array, so that a feature costs one probe and one
/// run of adjacent votes rather than a dictionary's bucket, entry and two parallel arrays.
/// </summary>
internal sealed class PerceptronModel
{
    private readonly Slot[] _slots;
    private readonly Vote[] _votes;
    private readonly int _shift;
    private readonly bool _hasZero;
    private readonly Slot _zero;

    public PerceptronModel(int classCount, Dictionary<ulong, (int Offset, int Count)> features, byte[] classes, float[] weights)
    {
        ClassCount = classCount;
        FeatureCount = features.Count;
        var bits = 4;
        while ((1 << bits) < 2 * Math.Max(1, features.Count))
        {
            bits++;
        }

        _shift = 64 - bits;
        _slots = new Slot[1 << bits];
        _votes = new Vote[classes.Length];
        for (var k = 0; k < classes.Length; k++)
        {
            _votes[k] = new Vote(classes[k], weights[k]);
        }

        foreach (var (key, at) in features)
        {
            var slot = new Slot(key, at.Offset, at.Count);
            if (key == 0)
            {
                // The empty slot's key: kept aside.
                _hasZero = true;
                _zero = slot;
                continue;
            }

            var mask = _slots.Length - 1;
            var i = IndexOf(key);
            while (_slots[i].Key != 0)
            {
                i = (i + 1) & mask;
            }

            _slots[i] = slot;
        }
    }

    /// <summary>How many classes the model tells apart.</summary>
    public int ClassCount { get; }

    /// <summary>How many features carry a weight.</summary>
    public int FeatureCount { get; }

    /// <summary>Adds the votes of <paramref name="features"/> to <paramref name="scores"/> (one entry per class, cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        var slots = _slots;
        var votes = _votes;
        var mask = slots.Length - 1;
        foreach (var f in features)
        {
            if (f == 0)
            {
                if (_hasZero)
                {
                    Add(votes, _zero, scores);
                }

                continue;
            }

            for (var i = IndexOf(f); ; i = (i + 1) & mask)
            {
                var slot = slots[i];
                if (slot.Key == f)
                {
                    Add(votes, slot, scores);
                    break;
                }

                if (slot.Key == 0)
                {
                    break;
                }
            }
        }
    }

    private static void Add(Vote[] votes, Slot slot, Span<float> scores)
    {
        foreach (var v in votes.AsSpan(slot.Offset, slot.Count))
        {
            scores[v.Class] += v.Weight;
        }
    }

    /// <summary>The table slot a hash starts probing at (its top bits, after a multiplicative mix).</summary>
    private int IndexOf(ulong key) => (int)(unchecked(key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>The features and their votes, in hash order.</summary>
    private IEnumerable<Slot> Features() => (_hasZero ? _slots.Append(_zero) : _slots).Where(s => s.Count > 0).OrderBy(s => s.Key);

    /// <summary>Writes the model: the feature count, then per feature its hash, its class count and (class, half-precision weight) pairs, in hash order.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(ClassCount);
        writer.Write(FeatureCount);
        foreach (var slot in Features())
        {
            writer.Write(slot.Key);
            writer.Write((byte)slot.Count);
            foreach (var v in _votes.AsSpan(slot.Offset, slot.Count))
            {
                writer.Write((byte)v.Class);
                writer.Write((Half)v.Weight);
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

    /// <summary>A feature in the table: its hash (0 marks an empty slot) and where its votes are.</summary>
    private readonly record struct Slot(ulong Key, int Offset, int Count);

    /// <summary>One class's weight for a feature.</summary>
    private readonly record struct Vote(int Class, float Weight);
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
