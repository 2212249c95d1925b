namespace NewsFacts;

/// <summary>
/// Judges each slot. Claims whose values are equal make a fact; its <see cref="AlignedFact.IndependentSources"/>
/// counts origins, copies folded. Conflicts are raised only between different origins, never inside one: an article
/// (or its versions) that gives several figures for one slot is giving parts and totals, or a rolling figure it
/// updates, so another source agrees with it when it agrees with any of them.
/// <list type="bullet">
/// <item><b>value</b>: two origins' values cannot both hold (rounding, "about" and "at least" allowed for), at the same
/// time (dates within <see cref="CheckOptions.DateToleranceDays"/>; a later, larger toll is an update, not a conflict).</item>
/// <item><b>bound</b>: the same value, put as exact by one origin and as a lower or upper bound by another.</item>
/// <item><b>attribution</b>: the same value, said by different speakers (see <see cref="SpeakerMatcher"/>).</item>
/// <item><b>modality</b>: the same value, put with different firmness (a fact, a plan, a possibility, a denial) or
/// on different terms (a loan against a shipment or a gift).</item>
/// <item><b>date</b>: the same value, dated to days more than one apart.</item>
/// </list>
/// </summary>
internal sealed class Verdicts
{
    private const int MaxProfiles = 64;
    private readonly IReadOnlyList<ArticleFacts> _articles;
    private readonly CheckOptions _options;
    private readonly SpeakerMatcher _speakers;

    private readonly Dictionary<int, List<ClaimEntry>> _increments;

    public Verdicts(IReadOnlyList<ArticleFacts> articles, IEnumerable<ClaimEntry> entries, CheckOptions options, SpeakerMatcher? speakers = null)
    {
        _articles = articles;
        _increments = entries.Where(e => e.Increment).GroupBy(e => e.Origin).ToDictionary(g => g.Key, g => g.ToList());
        _options = options;
        _speakers = speakers ?? new SpeakerMatcher();
    }

    public List<AlignedFact> Facts { get; } = [];

    public List<Conflict> Conflicts { get; } = [];

    public void Judge(Slot slot)
    {
        var groups = ValueGroups(slot.Entries);
        var conflicts = new List<Conflict>();
        if (ValueConflict(slot) is { } valueConflict)
        {
            conflicts.Add(valueConflict);
        }

        foreach (var group in groups)
        {
            var first = group[0];
            var bounds = group.Select(e => e.Claim.Quantity.Bound).Distinct().ToList();
            Facts.Add(new AlignedFact(
                slot.Key,
                first.Value,
                first.Claim.Quantity.Unit ?? (slot.UnitFamily.Length == 0 ? null : slot.UnitFamily),
                [.. group.Select(e => new ClaimRef(e.Source, e.Claim.Id))],
                group.Select(e => e.Origin).Distinct().Count())
            {
                Bound = bounds.Count == 1 ? bounds[0] : QuantityBound.Exact,
            });

            if (group.Select(e => e.Origin).Distinct().Count() < 2)
            {
                continue;
            }

            conflicts.AddRange(new[] { BoundConflict(slot, group), AttributionConflict(slot, group), ModalityConflict(slot, group), DateConflict(slot, group) }.OfType<Conflict>());
        }

        Conflicts.AddRange(conflicts.OrderBy(c => c.Kind));
    }

    /// <summary>The entries grouped by equal value, in order of first appearance.</summary>
    internal static List<List<ClaimEntry>> ValueGroups(IEnumerable<ClaimEntry> entries)
    {
        var groups = new List<List<ClaimEntry>>();
        foreach (var e in entries.OrderBy(e => e.Article).ThenBy(e => e.Claim.Quantity.Span.Start))
        {
            var g = groups.FirstOrDefault(g => SameValue(g[0].Value, e.Value));
            if (g is null)
            {
                groups.Add([e]);
            }
            else
            {
                g.Add(e);
            }
        }

        return groups;
    }

    internal static bool SameValue(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    // ---- value -------------------------------------------------------------------------------------------------

    private readonly record struct ValueKey(double Low, double High, (DateOnly Start, DateOnly End)? When, double Value)
    {
        public override string ToString() => FormattableString.Invariant($"{Low:R}..{High:R}@{When?.Start.DayNumber}-{When?.End.DayNumber}={Value:R}");
    }

    private Conflict? ValueConflict(Slot slot)
    {
        if (slot.Entries.Select(e => e.Origin).Distinct().Count() < 2)
        {
            return null;
        }

        var cumulative = slot.Predicate.Cumulative;
        var keyed = slot.Entries.Select(e => (e.Origin, Interval(e))).Concat(Totals(slot));
        var involved = Disagreeing(keyed, (a, b) => !Contemporaneous(a.When, b.When) || Overlap(a, b) || (cumulative && Update(a, b)));
        if (involved is null)
        {
            return null;
        }

        var sides = slot.Entries.Where(e => involved.Contains(Interval(e)))
            .GroupBy(e => e.Value, SameValueComparer.Instance)
            .Select(g => Side(g.ToList()))
            .ToList();
        if (sides.Count < 2)
        {
            return null;
        }

        var summary = $"For {slot.Key}, " + Join(sides.Select(s => $"{s.Label} {s.Verb("says", "say")} “{s.Rep.Claim.Quantity.Text}”")) + ".";
        return Build(ConflictKind.Value, slot.Key, summary, sides);
    }

    /// <summary>
    /// Totals a source implies: a figure plus the increments the same source gives for the same unit and roles
    /// ("$2 billion" and "an additional $2 billion" make $4 billion), so that a source giving the total agrees.
    /// </summary>
    private IEnumerable<(int Origin, ValueKey Key)> Totals(Slot slot)
    {
        if (slot.Increment)
        {
            yield break;
        }

        foreach (var origin in slot.Entries.GroupBy(e => e.Origin))
        {
            if (!_increments.TryGetValue(origin.Key, out var increments))
            {
                continue;
            }

            var extra = increments.Where(i => i.UnitFamily == slot.UnitFamily && ClaimAligner.Fits(slot, i.Claim)).Sum(i => i.Value);
            if (extra == 0)
            {
                continue;
            }

            foreach (var e in origin)
            {
                var k = Interval(e);
                yield return (origin.Key, k with { Low = k.Low + extra, High = k.High + extra, Value = k.Value + extra });
            }
        }
    }

    private ValueKey Interval(ClaimEntry e)
    {
        var q = e.Claim.Quantity;
        var v = q.Value;
        var t = Math.Min(HalfLastDigit(v), _options.RoundingTolerance * Math.Abs(v));
        return q.Bound switch
        {
            QuantityBound.Approx => new ValueKey(v - Math.Max(t, _options.ApproximateTolerance * Math.Abs(v)), v + Math.Max(t, _options.ApproximateTolerance * Math.Abs(v)), e.When, v),
            QuantityBound.AtLeast => new ValueKey(v - t, double.PositiveInfinity, e.When, v),
            QuantityBound.AtMost => new ValueKey(double.NegativeInfinity, v + t, e.When, v),
            QuantityBound.Range => new ValueKey(v - t, (q.ValueMax ?? v) + t, e.When, v),
            _ => new ValueKey(v - t, v + t, e.When, v),
        };
    }

    /// <summary>Half the place value of the last stated digit: 2,500,000 is 2.5 million give or take 50,000; 69 give or take 0.5.</summary>
    internal static double HalfLastDigit(double v)
    {
        var a = Math.Abs(v);
        if (a == 0 || double.IsNaN(a) || double.IsInfinity(a))
        {
            return 0;
        }

        var p = Math.Pow(10, Math.Floor(Math.Log10(a)));
        for (var i = 0; i < 24 && Math.Abs((a / p) - Math.Round(a / p)) > 1e-9 * (a / p); i++)
        {
            p /= 10;
        }

        return p / 2;
    }

    private static bool Overlap(ValueKey a, ValueKey b) => a.Low <= b.High && b.Low <= a.High;

    private bool Contemporaneous((DateOnly Start, DateOnly End)? a, (DateOnly Start, DateOnly End)? b) =>
        a is null || b is null || Timex.Gap(a.Value, b.Value) <= _options.DateToleranceDays;

    /// <summary>A toll or total that only grows: the later figure is larger, and they are of different days.</summary>
    private static bool Update(ValueKey a, ValueKey b) =>
        a.When is { } wa && b.When is { } wb && Timex.Gap(wa, wb) > 0 && (wa.Start < wb.Start ? b.Value >= a.Value : a.Value >= b.Value);

    private sealed class SameValueComparer : IEqualityComparer<double>
    {
        public static readonly SameValueComparer Instance = new();

        public bool Equals(double x, double y) => SameValue(x, y);

        // Equal values within the tolerance print alike to nine significant digits (nearly always; a miss only splits a side).
        public int GetHashCode(double obj) => obj.ToString("G9", System.Globalization.CultureInfo.InvariantCulture).GetHashCode(StringComparison.Ordinal);
    }

    // ---- bound, attribution, modality, date ---------------------------------------------------------------------

    private static string Direction(QuantityBound b) => b switch
    {
        QuantityBound.AtLeast => "at least",
        QuantityBound.AtMost => "at most",
        QuantityBound.Range => "a range",
        _ => "exactly",
    };

    private Conflict? BoundConflict(Slot slot, List<ClaimEntry> group)
    {
        var involved = Disagreeing(group, e => Direction(e.Claim.Quantity.Bound), string.Equals);
        if (involved is null)
        {
            return null;
        }

        var sides = group.Where(e => involved.Contains(Direction(e.Claim.Quantity.Bound))).GroupBy(e => Direction(e.Claim.Quantity.Bound)).Select(g => Side(g.ToList())).ToList();
        var summary = $"For {slot.Key}, " + Join(sides.Select(s => $"{s.Label} {s.Verb("says", "say")} “{s.Rep.Claim.Quantity.Text}” ({Direction(s.Rep.Claim.Quantity.Bound)})")) + ".";
        return Build(ConflictKind.Bound, slot.Key, summary, sides);
    }

    private Conflict? AttributionConflict(Slot slot, List<ClaimEntry> group)
    {
        var speakers = group.Select(e => e.Claim.Speaker).OfType<string>().Where(s => s.Trim().Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (speakers.Count < 2)
        {
            return null;
        }

        // Cluster the speakers that name one another; a claim's key is its speaker's cluster.
        var cluster = new Dictionary<string, int>(StringComparer.Ordinal);
        var limit = Math.Min(speakers.Count, 200);
        for (var i = 0; i < speakers.Count; i++)
        {
            var id = i;
            for (var j = 0; j < Math.Min(i, limit); j++)
            {
                if (_speakers.Same(speakers[i], speakers[j]))
                {
                    id = cluster[speakers[j]];
                    break;
                }
            }

            cluster[speakers[i]] = id;
        }

        var attributed = group.Where(e => e.Claim.Speaker is { } s && cluster.ContainsKey(s)).ToList();
        var involved = Disagreeing(attributed, e => cluster[e.Claim.Speaker!], (a, b) => a == b);
        if (involved is null)
        {
            return null;
        }

        var sides = attributed.Where(e => involved.Contains(cluster[e.Claim.Speaker!])).GroupBy(e => cluster[e.Claim.Speaker!]).Select(g => Side(g.ToList())).ToList();
        var summary = $"For {slot.Key} ({NewsReport.Number(group[0].Value)}), " + Join(sides.Select(s => $"{s.Label} {s.Verb("attributes", "attribute")} it to {s.Rep.Claim.Speaker}")) + ".";
        return Build(ConflictKind.Attribution, slot.Key, summary, sides);
    }

    private static string Firmness(Modality m) => m switch
    {
        Modality.Planned => "a plan",
        Modality.Possible => "a possibility",
        Modality.Conditional => "conditional",
        Modality.Negated => "denied",
        _ => "a fact",
    };

    private static string Manner(ClaimEntry e) => Firmness(e.Claim.Modality) + (e.Predicate.Terms is { } t ? $", a {t}" : string.Empty);

    private readonly record struct MannerKey(string Manner, Modality Firmness, string? Terms, DateOnly? Published)
    {
        public override string ToString() => $"{Manner}@{Published}";
    }

    /// <summary>
    /// Two accounts agree on manner when they say the same, or when a plan in an earlier article has become a
    /// fact in a later one ("plans to send" on Monday, "has sent" on Friday): that is progress, not a conflict.
    /// </summary>
    private static bool SameManner(MannerKey a, MannerKey b)
    {
        if (a.Manner == b.Manner)
        {
            return true;
        }

        static bool Done(Modality m) => m is Modality.Asserted or Modality.Reported;
        return a.Terms == b.Terms && a.Published is { } pa && b.Published is { } pb
            && ((a.Firmness == Modality.Planned && Done(b.Firmness) && pa < pb) || (b.Firmness == Modality.Planned && Done(a.Firmness) && pb < pa));
    }

    private Conflict? ModalityConflict(Slot slot, List<ClaimEntry> group)
    {
        var involved = Disagreeing(group, e => new MannerKey(Manner(e), e.Claim.Modality, e.Predicate.Terms, e.Published), SameManner);
        if (involved is null)
        {
            return null;
        }

        var sides = group.Where(e => involved.Contains(new MannerKey(Manner(e), e.Claim.Modality, e.Predicate.Terms, e.Published))).GroupBy(Manner).Select(g => Side(g.ToList())).ToList();
        var summary = $"For {slot.Key} ({NewsReport.Number(group[0].Value)}), " + Join(sides.Select(s => $"{s.Label} {s.Verb("presents", "present")} it as {Manner(s.Rep)} (“{Verb(s.Rep)}”)")) + ".";
        return Build(ConflictKind.Modality, slot.Key, summary, sides);
    }

    private Conflict? DateConflict(Slot slot, List<ClaimEntry> group)
    {
        var dated = group.Where(e => e.OwnDate is not null).ToList();
        var involved = Disagreeing(dated, e => e.OwnDate!.Value, (a, b) => Timex.Gap(a, b) <= 1);
        if (involved is null)
        {
            return null;
        }

        var sides = dated.Where(e => involved.Contains(e.OwnDate!.Value)).GroupBy(e => e.OwnDate!.Value).Select(g => Side(g.ToList())).ToList();
        var summary = $"For {slot.Key} ({NewsReport.Number(group[0].Value)}), " + Join(sides.Select(s => $"{s.Label} {s.Verb("dates", "date")} it to {NewsReport.DateName(s.Rep.Claim.Date!)}")) + ".";
        return Build(ConflictKind.Date, slot.Key, summary, sides);
    }

    /// <summary>
    /// The keys of the origins that disagree: each origin's claims give a set of keys; two origins disagree when no
    /// key of one is compatible with a key of the other. Origins with the same set are judged once, so the work
    /// grows with the number of different accounts, not of sources. Null when every pair agrees.
    /// </summary>
    private static HashSet<TKey>? Disagreeing<TKey>(IEnumerable<ClaimEntry> entries, Func<ClaimEntry, TKey> key, Func<TKey, TKey, bool> compatible)
        where TKey : notnull =>
        Disagreeing(entries.Select(e => (e.Origin, key(e))), compatible);

    private static HashSet<TKey>? Disagreeing<TKey>(IEnumerable<(int Origin, TKey Key)> keyed, Func<TKey, TKey, bool> compatible)
        where TKey : notnull
    {
        var profiles = new List<List<TKey>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var origin in keyed.GroupBy(e => e.Origin))
        {
            var keys = origin.Select(x => x.Key).Distinct().ToList();
            var signature = string.Join("\u0001", keys.Select(k => k.ToString()).Order(StringComparer.Ordinal));
            if (seen.Add(signature) && profiles.Count < MaxProfiles)
            {
                profiles.Add(keys);
            }
        }

        HashSet<TKey>? involved = null;
        for (var i = 0; i < profiles.Count; i++)
        {
            for (var j = i + 1; j < profiles.Count; j++)
            {
                var a = profiles[i];
                var b = profiles[j];
                if (!a.Any(x => b.Any(y => compatible(x, y))))
                {
                    involved ??= [];
                    involved.UnionWith(a);
                    involved.UnionWith(b);
                }
            }
        }

        return involved;
    }

    // ---- sides, summaries, highlights ---------------------------------------------------------------------------

    private sealed record SideOf(ClaimEntry Rep, IReadOnlyList<ClaimEntry> Members, string Label, bool Plural)
    {
        /// <summary>The verb agreeing with the label: "CNN (000, 001) says", "000 and 001 say".</summary>
        public string Verb(string singular, string plural) => Plural ? plural : singular;
    }

    private SideOf Side(List<ClaimEntry> members)
    {
        var articles = members.Select(m => m.Article).Distinct().ToList();
        var outlets = articles.Select(a => _articles[a].Source.Outlet).Distinct().ToList();
        var plural = outlets.Count > 1 || (outlets[0] is null && articles.Count > 1);
        return new(members[0], members, Names(articles), plural);
    }

    /// <summary>"CNN (000, 001)", "Tech Times (002)", or the ids alone when no outlet is known; long lists end in "and N more".</summary>
    internal string Names(IEnumerable<int> articles)
    {
        var distinct = articles.Distinct().Order().ToList();
        var parts = new List<string>();
        foreach (var g in distinct.GroupBy(a => _articles[a].Source.Outlet ?? "\u0000" + a.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            var ids = g.Select(a => _articles[a].Id).ToList();
            var shown = ids.Count > 3 ? string.Join(", ", ids.Take(3)) + $" and {ids.Count - 3} more" : string.Join(", ", ids);
            parts.Add(g.Key[0] == '\u0000' ? shown : $"{g.Key} ({shown})");
        }

        if (parts.Count > 4)
        {
            return string.Join(", ", parts.Take(4)) + $" and {parts.Count - 4} more sources";
        }

        return parts.Count <= 1 ? string.Concat(parts) : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
    }

    /// <summary>"A says X, while B says Y"; with more sides "A says X; B says Y, while C says Z".</summary>
    private static string Join(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join("; ", list.Take(list.Count - 1)) + ", while " + list[^1];
    }

    private static string Verb(ClaimEntry e) => e.Claim.Predicate;

    private Conflict Build(ConflictKind kind, string key, string summary, List<SideOf> sides)
    {
        var claims = new List<ConflictClaim>();
        for (var i = 0; i < sides.Count; i++)
        {
            var side = sides[i];
            var other = sides[i == 0 ? 1 : 0].Rep.Sentence;
            var e = side.Rep;
            var differences = SentenceDiff.Differences(e.Sentence, other);
            claims.Add(new ConflictClaim(e.Source, e.Claim.Id, e.Value, e.Sentence)
            {
                Highlight = Highlight(kind, e, differences),
                Differences = differences,
                Origin = [.. side.Members.Select(m => m.Source).Distinct(StringComparer.Ordinal)],
            });
        }

        return new Conflict(kind, key, summary, claims);
    }

    private static TextSpan? Highlight(ConflictKind kind, ClaimEntry e, IReadOnlyList<TextSpan> differences)
    {
        TextSpan? Relative(TextSpan? span) =>
            span is { } s && e.SentenceStart >= 0 && s.Start >= e.SentenceStart && s.End <= e.SentenceStart + e.Sentence.Length
                ? new TextSpan(s.Start - e.SentenceStart, s.End - e.SentenceStart)
                : null;

        var quantity = Relative(e.Claim.Quantity.Span) ?? Find(e.Sentence, e.Claim.Quantity.Text);
        TextSpan? found = kind switch
        {
            ConflictKind.Value or ConflictKind.Bound => quantity,
            ConflictKind.Attribution => e.Claim.Speaker is { } s ? Find(e.Sentence, s) ?? Find(e.Sentence, s.Split(' ')[^1]) ?? ReportingClause(e.Sentence, differences) : null,
            ConflictKind.Modality => FindWord(e.Sentence, e.Claim.Predicate),
            ConflictKind.Date => Relative(e.Claim.Date?.Span),
            _ => null,
        };
        if (found is not null || differences.Count == 0 || kind == ConflictKind.Attribution)
        {
            return found;
        }

        var anchor = quantity?.Start ?? 0;
        return differences.OrderBy(d => Math.Abs(d.Start - anchor)).First();
    }

    /// <summary>Where the sentence names its speaker when the name is not in it ("she added"): the differing run with a reporting word.</summary>
    private static TextSpan? ReportingClause(string sentence, IReadOnlyList<TextSpan> differences) =>
        differences.Cast<TextSpan?>().FirstOrDefault(d => SentenceDiff.Tokens(d!.Value.Of(sentence)).Any(t =>
            ReportingWords.Contains(d.Value.Of(sentence)[t.Start..t.End])));

    private static readonly HashSet<string> ReportingWords = new(["said", "says", "say", "added", "adds", "told", "tells", "according", "announced", "stated", "confirmed"], StringComparer.OrdinalIgnoreCase);

    private static TextSpan? Find(string sentence, string? what)
    {
        if (string.IsNullOrWhiteSpace(what) || what.Length < 2)
        {
            return null;
        }

        var i = sentence.IndexOf(what, StringComparison.OrdinalIgnoreCase);
        return i < 0 ? null : new TextSpan(i, i + what.Length);
    }

    /// <summary>The first word of the sentence that is a form of the lemma ("lend" finds "lent" and "lending"; "send" finds "sent").</summary>
    private static TextSpan? FindWord(string sentence, string lemma)
    {
        var stem = lemma.Length > 3 && lemma.EndsWith('e') ? lemma[..^1] : lemma.Length > 3 ? lemma[..^1] : lemma;
        foreach (var (start, end) in SentenceDiff.Tokens(sentence))
        {
            if (sentence.AsSpan(start, end - start).StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return new TextSpan(start, end);
            }
        }

        return null;
    }
}
