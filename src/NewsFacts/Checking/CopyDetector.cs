namespace NewsFacts.Checking;

/// <summary>
/// Finds articles that are copies or versions of one text in about linear time. Two kinds of evidence count:
/// resemblance of the whole texts (word 5-gram shingles summarised by a MinHash signature: one-permutation hashing
/// with densification, 128 bins), and sentences of one text repeated in the other (a wire story republished with
/// cuts, a new headline and lead, added paragraphs or boilerplate around it still carries the wire's sentences).
/// Locality-sensitive hashing proposes the candidates: bands of 2 bins of the text signatures, and bands of small
/// per-sentence signatures. A bucket keeps a few representatives (one per copy group); a new text is verified
/// against a bounded number of them, those it shares the most buckets with, never against every other text.
/// </summary>
internal static class CopyDetector
{
    public const int Bins = 128;
    private const int RowsPerBand = 2;
    private const int Bands = Bins / RowsPerBand;
    private const int SentenceBins = 16;
    private const int SentenceBands = SentenceBins / RowsPerBand;
    private const int ShingleWords = 5;
    private const int RepresentativesPerBucket = 4;
    private const int MaxCandidates = 16;
    private const int MinBucketHits = 2;
    private const int MinShingles = 25;

    /// <summary>Fewer words than this in the repeated sentences is a stock phrase, not a copy.</summary>
    private const int MinSharedWords = 20;

    /// <summary>One text's MinHash signature and the number of distinct shingles it has.</summary>
    internal sealed record Signature(ulong[] Mins, int Shingles)
    {
        public bool IsEmpty => Shingles == 0;
    }

    /// <summary>
    /// One input: the source id, its outlet (for telling versions from derived texts) and its text; optionally its
    /// sentence spans (else the text is segmented here) and the spans of its quotations (not evidence of copying).
    /// </summary>
    internal readonly record struct Input(string Id, string? Outlet, string Text)
    {
        public IReadOnlyList<TextSpan>? Sentences { get; init; }

        public IReadOnlyList<TextSpan>? Quoted { get; init; }

        public static Input Of(ArticleFacts article) => new(article.Id, article.Source.Outlet, article.Text)
        {
            Sentences = article.Segmentation.Sentences,
            Quoted = [.. article.Quotes.Select(q => q.Span).OrderBy(s => s.Start)],
        };
    }

    /// <summary>The copy groups (in input order) and, for every input, the index of its origin (its group's first member).</summary>
    internal sealed record Result(IReadOnlyList<CopyGroup> Groups, int[] Origin);

    public static Result Detect(IReadOnlyList<Input> inputs, CheckOptions options, CancellationToken cancellationToken = default)
    {
        var n = inputs.Count;
        var profiles = new CopyProfile[n];
        for (var i = 0; i < n; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            profiles[i] = Profile(inputs[i]);
        }

        var parent = new int[n];
        for (var i = 0; i < n; i++)
        {
            parent[i] = i;
        }

        var edges = new List<(int A, int B, double Similarity, CopyRelation Relation)>();
        var buckets = new Dictionary<ulong, List<int>>();
        var hits = new Dictionary<int, int>();
        var keys = new List<ulong>();
        for (var i = 0; i < n; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            keys.Clear();
            keys.AddRange(BucketKeys(profiles[i]));
            hits.Clear();
            foreach (var key in keys)
            {
                if (buckets.TryGetValue(key, out var reps))
                {
                    foreach (var r in reps)
                    {
                        hits[r] = hits.GetValueOrDefault(r) + 1;
                    }
                }
            }

            // The candidates that share the most buckets first, and a bounded number of them: a copy shares many
            // buckets, a text that merely tells the same story a few, so the work per text stays constant.
            foreach (var (r, _) in hits.Where(h => h.Value >= MinBucketHits).OrderByDescending(h => h.Value).ThenBy(h => h.Key).Take(MaxCandidates))
            {
                if (Find(parent, r) == Find(parent, i))
                {
                    continue;
                }

                var (similarity, isCopy) = Compare(profiles[r], profiles[i], options);
                if (isCopy)
                {
                    Union(parent, r, i);
                    edges.Add((r, i, similarity, RelationOf(inputs[r], inputs[i], EstimateJaccard(profiles[r].Signature, profiles[i].Signature), similarity, options)));
                }
            }

            var root = Find(parent, i);
            foreach (var key in keys)
            {
                if (!buckets.TryGetValue(key, out var reps))
                {
                    buckets[key] = [i];
                }
                else if (reps.Count < RepresentativesPerBucket && !reps.Exists(r => Find(parent, r) == root))
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

    private static CopyProfile Profile(Input input) =>
        CopyProfile.Of(input.Text, input.Sentences ?? Segmenter.Segment(input.Text).Sentences, input.Quoted ?? []);

    /// <summary>
    /// The LSH buckets a text falls in: one per band of its text signature, and one per band of each narrative
    /// sentence's signature (so that two texts sharing a sentence meet in a bucket whatever else they hold).
    /// </summary>
    private static IEnumerable<ulong> BucketKeys(CopyProfile profile)
    {
        var sig = profile.Signature;
        if (!sig.IsEmpty)
        {
            for (var band = 0; band < Bands; band++)
            {
                yield return Mix(BandHash(sig.Mins, band) ^ (ulong)band);
            }
        }

        var mins = new ulong[SentenceBins];
        foreach (var (_, shingles) in profile.Sentences)
        {
            Array.Fill(mins, ulong.MaxValue);
            foreach (var s in shingles)
            {
                for (var k = 0; k < SentenceBins; k++)
                {
                    var v = Mix(s ^ SentenceSeeds[k]);
                    if (v < mins[k])
                    {
                        mins[k] = v;
                    }
                }
            }

            for (var band = 0; band < SentenceBands; band++)
            {
                yield return Mix(BandHash(mins, band) ^ (0x5EA7E4CEUL + (ulong)band));
            }
        }
    }

    private static readonly ulong[] SentenceSeeds = [.. Enumerable.Range(1, SentenceBins).Select(k => Mix(0xC0FFEEUL * (ulong)k))];

    /// <summary>
    /// Whether two texts are copies or versions of one text, and how alike they are: the estimated Jaccard
    /// resemblance of the whole texts, or the share of either text's narrative words that sit in sentences the other
    /// repeats (a trimmed copy repeats most of the original's sentences; a copy with a new lead and more paragraphs
    /// still repeats a good part of them); independent rewrites share facts and quotations, not sentences.
    /// </summary>
    internal static (double Similarity, bool IsCopy) Compare(CopyProfile a, CopyProfile b, CheckOptions options)
    {
        var (sa, sb) = (a.Signature, b.Signature);
        if (sa.IsEmpty || sb.IsEmpty)
        {
            return (0, false);
        }

        var jaccard = EstimateJaccard(sa, sb);
        if (Math.Min(sa.Shingles, sb.Shingles) < MinShingles)
        {
            // A sentence or two: shared phrasing is common, so only (nearly) the same text counts.
            return (jaccard, jaccard >= options.DuplicateSimilarity);
        }

        if (jaccard >= options.CopySimilarity)
        {
            return (jaccard, true);
        }

        // |A ∩ B| = J (|A| + |B|) / (1 + J); the share of the smaller set found in the larger.
        var intersection = jaccard * (sa.Shingles + sb.Shingles) / (1 + jaccard);
        var containment = Math.Min(1, intersection / Math.Min(sa.Shingles, sb.Shingles));
        if (containment >= options.CopyContainment)
        {
            return (containment, true);
        }

        if (!a.Repeats(b, options.CopySentenceShare, MinSharedWords) && !b.Repeats(a, options.CopySentenceShare, MinSharedWords))
        {
            return (jaccard, false);
        }

        return (Math.Round(Math.Max(Share(a, b), Share(b, a)), 3), true);
    }

    /// <summary>The share of <paramref name="a"/>'s narrative words that sit in sentences <paramref name="b"/> repeats, or 0 when they are too few words to tell.</summary>
    private static double Share(CopyProfile a, CopyProfile b)
    {
        if (a.Words == 0)
        {
            return 0;
        }

        var words = a.FoundIn(b);
        return words < MinSharedWords ? 0 : (double)words / a.Words;
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

    /// <summary>Duplicates resemble each other as wholes; a text contained in a longer one is a version of it (or derived from it), not its duplicate.</summary>
    private static CopyRelation RelationOf(Input a, Input b, double jaccard, double similarity, CheckOptions options)
    {
        if (jaccard >= options.DuplicateSimilarity)
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
