namespace NewsFacts;

/// <summary>
/// Finds articles that are copies or versions of one text in about linear time: each text becomes a set of word
/// 5-gram shingles, summarised by a MinHash signature (one-permutation hashing with densification, 128 bins);
/// locality-sensitive hashing over bands of 2 bins proposes candidates, and each candidate is verified against a few
/// representatives of its bucket only, never against every other text.
/// </summary>
internal static class CopyDetector
{
    public const int Bins = 128;
    private const int RowsPerBand = 2;
    private const int Bands = Bins / RowsPerBand;
    private const int ShingleWords = 5;
    private const int RepresentativesPerBucket = 4;
    private const int MinShingles = 25;

    /// <summary>One text's MinHash signature and the number of distinct shingles it has.</summary>
    internal sealed record Signature(ulong[] Mins, int Shingles)
    {
        public bool IsEmpty => Shingles == 0;
    }

    /// <summary>One input: the source id, its outlet (for telling versions from derived texts) and its text.</summary>
    internal readonly record struct Input(string Id, string? Outlet, string Text);

    /// <summary>The copy groups (in input order) and, for every input, the index of its origin (its group's first member).</summary>
    internal sealed record Result(IReadOnlyList<CopyGroup> Groups, int[] Origin);

    public static Result Detect(IReadOnlyList<Input> inputs, CheckOptions options, CancellationToken cancellationToken = default)
    {
        var n = inputs.Count;
        var signatures = new Signature[n];
        for (var i = 0; i < n; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            signatures[i] = Sign(inputs[i].Text);
        }

        var parent = new int[n];
        for (var i = 0; i < n; i++)
        {
            parent[i] = i;
        }

        var edges = new List<(int A, int B, double Similarity, CopyRelation Relation)>();
        var buckets = new Dictionary<(int Band, ulong Hash), List<int>>();
        for (var i = 0; i < n; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sig = signatures[i];
            if (sig.IsEmpty)
            {
                continue;
            }

            for (var band = 0; band < Bands; band++)
            {
                var key = (band, BandHash(sig.Mins, band));
                if (!buckets.TryGetValue(key, out var reps))
                {
                    buckets[key] = [i];
                    continue;
                }

                var joined = false;
                foreach (var r in reps)
                {
                    if (Find(parent, r) == Find(parent, i))
                    {
                        joined = true;
                        break;
                    }

                    var (similarity, isCopy) = Compare(signatures[r], sig, options);
                    if (isCopy)
                    {
                        Union(parent, r, i);
                        edges.Add((r, i, similarity, RelationOf(inputs[r], inputs[i], similarity, options)));
                        joined = true;
                        break;
                    }
                }

                if (!joined && reps.Count < RepresentativesPerBucket)
                {
                    reps.Add(i);
                }
            }
        }

        var origin = new int[n];
        var members = new Dictionary<int, List<int>>();
        for (var i = 0; i < n; i++)
        {
            var root = Find(parent, i);
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
            }

            list.Add(i);
        }

        foreach (var list in members.Values)
        {
            foreach (var i in list)
            {
                origin[i] = list[0];
            }
        }

        var groupEdges = edges.GroupBy(e => origin[e.A]).ToDictionary(g => g.Key, g => g.ToList());
        var groups = members.Values.Where(m => m.Count > 1).OrderBy(m => m[0]).Select(m =>
        {
            var es = groupEdges[m[0]];
            var relation = es.Max(e => e.Relation);
            return new CopyGroup([.. m.Select(i => inputs[i].Id)], Math.Round(es.Min(e => e.Similarity), 3), relation);
        }).ToList();
        return new Result(groups, origin);
    }

    /// <summary>The resemblance of two signatures: the estimated Jaccard similarity, or the containment of the smaller text when that is what makes it a copy.</summary>
    internal static (double Similarity, bool IsCopy) Compare(Signature a, Signature b, CheckOptions options)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return (0, false);
        }

        var jaccard = EstimateJaccard(a, b);
        if (Math.Min(a.Shingles, b.Shingles) < MinShingles)
        {
            // A sentence or two: shared phrasing is common, so only (nearly) the same text counts.
            return (jaccard, jaccard >= options.DuplicateSimilarity);
        }

        if (jaccard >= options.CopySimilarity)
        {
            return (jaccard, true);
        }

        // |A ∩ B| = J (|A| + |B|) / (1 + J); the share of the smaller set found in the larger.
        var intersection = jaccard * (a.Shingles + b.Shingles) / (1 + jaccard);
        var containment = Math.Min(1, intersection / Math.Min(a.Shingles, b.Shingles));
        return containment >= options.CopyContainment ? (containment, true) : (jaccard, false);
    }

    internal static double EstimateJaccard(Signature a, Signature b)
    {
        var same = 0;
        for (var i = 0; i < Bins; i++)
        {
            if (a.Mins[i] == b.Mins[i])
            {
                same++;
            }
        }

        return (double)same / Bins;
    }

    private static CopyRelation RelationOf(Input a, Input b, double similarity, CheckOptions options)
    {
        if (similarity >= options.DuplicateSimilarity)
        {
            return CopyRelation.Duplicate;
        }

        if (a.Outlet is { Length: > 0 } oa && b.Outlet is { Length: > 0 } ob)
        {
            return string.Equals(oa.Trim(), ob.Trim(), StringComparison.OrdinalIgnoreCase) ? CopyRelation.Version : CopyRelation.Derived;
        }

        return similarity >= 0.5 ? CopyRelation.Version : CopyRelation.Derived;
    }

    /// <summary>The MinHash signature of a text: word 5-gram shingles (lower-cased letters and digits), one hash each, the minimum per bin.</summary>
    internal static Signature Sign(string text)
    {
        var words = WordHashes(text);
        var mins = new ulong[Bins];
        Array.Fill(mins, ulong.MaxValue);
        if (words.Count == 0)
        {
            return new Signature(mins, 0);
        }

        var width = Math.Min(ShingleWords, words.Count);
        var distinct = new HashSet<ulong>();
        for (var start = 0; start + width <= words.Count; start++)
        {
            ulong h = 0xcbf29ce484222325UL;
            for (var k = 0; k < width; k++)
            {
                h = Mix(h ^ words[start + k]);
            }

            if (!distinct.Add(h))
            {
                continue;
            }

            var bin = (int)(h % Bins);
            var value = Mix(h ^ 0x9E3779B97F4A7C15UL);
            if (value < mins[bin])
            {
                mins[bin] = value;
            }
        }

        Densify(mins);
        return new Signature(mins, distinct.Count);
    }

    /// <summary>Fills empty bins from the next non-empty bin (rotation), mixed with the distance, so that short texts still compare fairly.</summary>
    private static void Densify(ulong[] mins)
    {
        if (Array.TrueForAll(mins, m => m == ulong.MaxValue))
        {
            return;
        }

        var filled = (ulong[])mins.Clone();
        for (var i = 0; i < Bins; i++)
        {
            if (mins[i] != ulong.MaxValue)
            {
                continue;
            }

            for (var d = 1; d < Bins; d++)
            {
                var j = (i + d) % Bins;
                if (mins[j] != ulong.MaxValue)
                {
                    filled[i] = Mix(unchecked(mins[j] + (ulong)d));
                    break;
                }
            }
        }

        Array.Copy(filled, mins, Bins);
    }

    private static List<ulong> WordHashes(string text)
    {
        var hashes = new List<ulong>(Math.Min(text.Length / 5 + 1, 1 << 20));
        ulong h = 0;
        var inWord = false;
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (!inWord)
                {
                    h = 0xcbf29ce484222325UL;
                    inWord = true;
                }

                unchecked
                {
                    h = (h ^ char.ToLowerInvariant(ch)) * 0x100000001b3UL;
                }
            }
            else if (inWord && ch is not ('\'' or '’' or '-'))
            {
                hashes.Add(h);
                inWord = false;
            }
        }

        if (inWord)
        {
            hashes.Add(h);
        }

        return hashes;
    }

    private static ulong BandHash(ulong[] mins, int band)
    {
        ulong h = 0x84222325cbf29ce4UL;
        for (var r = 0; r < RowsPerBand; r++)
        {
            h = Mix(h ^ mins[band * RowsPerBand + r]);
        }

        return h;
    }

    /// <summary>SplitMix64's finaliser: a fast, well-spread 64-bit mix.</summary>
    internal static ulong Mix(ulong x)
    {
        unchecked
        {
            x += 0x9E3779B97F4A7C15UL;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            return x ^ (x >> 31);
        }
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra != rb)
        {
            // The earlier input stays the root, so a group's origin is its first member.
            if (ra < rb)
            {
                parent[rb] = ra;
            }
            else
            {
                parent[ra] = rb;
            }
        }
    }
}
