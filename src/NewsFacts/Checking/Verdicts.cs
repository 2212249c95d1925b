using NewsFacts.Recognition;
using System.Text.RegularExpressions;

namespace NewsFacts.Checking;

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
internal sealed partial class Verdicts
{
    private const int MaxProfiles = 64;
    private readonly IReadOnlyList<ArticleFacts> _articles;
    private Dictionary<string, int>? _outletCounts;
    private readonly CheckOptions _options;
    private readonly SpeakerMatcher _speakers;

    private readonly Dictionary<int, List<ClaimEntry>> _increments;

    /// <summary>Every figure each origin gives, by unit family: an origin that also gives the other side's figure is not contradicted by it.</summary>
    private readonly Dictionary<(int Origin, string Unit), List<double>> _figures;

    public Verdicts(IReadOnlyList<ArticleFacts> articles, IEnumerable<ClaimEntry> entries, CheckOptions options, SpeakerMatcher? speakers = null)
    {
        _articles = articles;
        var list = entries.ToList();
        _increments = list.Where(e => e.Increment).GroupBy(e => e.Origin).ToDictionary(g => g.Key, g => g.ToList());
        _figures = list.GroupBy(e => (e.Origin, e.UnitFamily)).ToDictionary(g => g.Key, g => g.Select(e => e.Value).ToList());
        _options = options;
        _speakers = speakers ?? new SpeakerMatcher();
    }

    /// <summary>The facts: every group of equal values, after <see cref="Finish"/> has joined the groups that tell one fact.</summary>
    public List<AlignedFact> Facts { get; } = [];

    private readonly List<(Slot Slot, List<ClaimEntry> Entries)> _factGroups = [];

    /// <summary>
    /// Makes the facts. Two groups of equal values in different slots still tell one fact when they come from different
    /// origins, count the same unit, have compatible roles and words around them that agree at least
    /// <see cref="CheckOptions.FactAgreement"/>: an agreement needs less proof than a disagreement ("owns 58%" and
    /// "holds 58%" corroborate each other, though the slots told them apart). Groups are compared within one unit and
    /// value (for the facts, people counted by their part, "six dock workers", with people: <see cref="CheckLexicon.FactFamily"/>),
    /// so the work grows with the number of groups that share both.
    /// </summary>
    public void Finish()
    {
        var roles = _factGroups.GroupBy(g => g.Slot.UnitFamily).ToDictionary(
            g => g.Key, g => g.SelectMany(x => x.Entries).Select(e => (e.Claim.Actor, e.Claim.Recipient)).Distinct().ToList());
        var merged = Join(roles, relaxed: false);
        ValueConflicts(merged);
        foreach (var (slot, group) in merged.OrderBy(m => m.Entries.Min(e => (e.Article, e.Claim.Quantity.Span.Start))))
        {
            // How one value is told (its bound, speaker, firmness, date) is compared within the fact, across slots.
            if (group.Select(e => e.Origin).Distinct().Count() >= 2)
            {
                _raised.AddRange(new[] { BoundConflict(slot, group), AttributionConflict(slot, group), ModalityConflict(slot, group), DateConflict(slot, group) }.OfType<Conflict>().Select(c => (slot, c)));
            }
        }

        // Agreeing needs less proof than disagreeing: the facts join more (Tells, relaxed) than the conflicts were judged on.
        foreach (var (slot, group) in Join(roles, relaxed: true).OrderBy(m => m.Entries.Min(e => (e.Article, e.Claim.Quantity.Span.Start))))
        {
            var first = group[0];
            var bounds = group.Select(e => e.Claim.Quantity.Bound).Distinct().ToList();
            Facts.Add(new AlignedFact(
                slot.Key,
                first.Value,
                ClaimAligner.FactUnit(group, group.Select(e => e.UnitFamily).Distinct(StringComparer.Ordinal).Count() > 1 ? CheckLexicon.FactFamily(slot.UnitFamily) : slot.UnitFamily),
                [.. group.Select(e => new ClaimRef(e.Source, e.Claim.Id) { Provenance = e.Claim.Provenance })],
                group.Select(e => e.Origin).Distinct().Count())
            {
                Bound = bounds.Count == 1 ? bounds[0] : QuantityBound.Exact,
            });
        }

        Conflicts.AddRange(_raised.OrderBy(r => r.Slot.First).ThenBy(r => r.Conflict.Kind).Select(r => r.Conflict));
    }

    /// <summary>
    /// The groups of equal values joined into facts (<see cref="Tells"/>), in the order of the groups; <paramref name="roles"/>
    /// holds each unit family's roles as the story fills them.
    /// </summary>
    private List<(Slot Slot, List<ClaimEntry> Entries)> Join(Dictionary<string, List<(string? Actor, string? Recipient)>> roles, bool relaxed)
    {
        var merged = new List<(Slot Slot, List<ClaimEntry> Entries)>();
        // Relaxed, a figure of people told by their part ("six dock workers") corroborates the same figure of people.
        string Family(string unitFamily) => relaxed ? CheckLexicon.FactFamily(unitFamily) : unitFamily;
        foreach (var bucket in _factGroups.GroupBy(g => (UnitFamily: Family(g.Slot.UnitFamily), g.Slot.Increment, Value: g.Entries[0].Value.ToString("G9", System.Globalization.CultureInfo.InvariantCulture))))
        {
            var groups = bucket.ToList();
            List<(string? Actor, string? Recipient)> RolesOf(Slot a, Slot b) =>
                a.UnitFamily == b.UnitFamily ? roles[a.UnitFamily] : [.. roles[a.UnitFamily].Union(roles[b.UnitFamily])];
            if (bucket.Key.UnitFamily.Length == 0)
            {
                merged.AddRange(groups);
                continue;
            }

            var joined = new List<(Slot Slot, List<ClaimEntry> Entries)>();
            var valueRoles = groups.SelectMany(g => g.Entries).Select(e => (e.Claim.Actor, e.Claim.Recipient)).Distinct().ToList();
            var toldOnce = relaxed && !IsMoney(bucket.Key.UnitFamily) && ToldOncePerOrigin(groups.Select(g => g.Entries));
            foreach (var g in groups)
            {
                var into = joined.FindIndex(j => Tells(j.Entries, g.Entries, RolesOf(j.Slot, g.Slot), valueRoles, relaxed, toldOnce));
                if (into < 0)
                {
                    joined.Add((g.Slot, [.. g.Entries]));
                }
                else
                {
                    joined[into].Entries.AddRange(g.Entries);
                }
            }

            merged.AddRange(joined);
        }

        return merged;
    }

    /// <summary>
    /// Whether <paramref name="vague"/>, which leaves a role open that <paramref name="named"/> fills, could as well be of
    /// another claim of the story that fills it otherwise ("Italy sends tents" against "tents to Greece" and "tents to Albania").
    /// </summary>
    private static bool Ambiguous(Claim vague, Claim named, List<(string? Actor, string? Recipient)> roles) =>
        roles.Any(r => ClaimAligner.Compatible(vague.Actor, r.Actor) && ClaimAligner.Compatible(vague.Recipient, r.Recipient) &&
                       (vague.Actor is null && named.Actor is not null && r.Actor is not null && !ClaimAligner.Compatible(r.Actor, named.Actor) ||
                        vague.Recipient is null && named.Recipient is not null && r.Recipient is not null && !ClaimAligner.Compatible(r.Recipient, named.Recipient)));

    /// <summary>Whether two roles are the same: both missing, or both named and compatible. A role named on one side only could fit several facts.</summary>
    private static bool SameRole(string? a, string? b) => a is null ? b is null : b is not null && ClaimAligner.Compatible(a, b);

    /// <summary>
    /// Whether two groups of one value tell one fact: other origins, compatible roles, agreeing words. Relaxed (for the
    /// facts, not for the conflicts), a figure of two or more significant digits ("4.6", "23 pirates", "85 million euros")
    /// told in one unit family with compatible roles is one fact whatever the words around it, even when one origin
    /// repeats it in two slots (a headline and the body); and a claim that leaves a role open is guessed into it unless
    /// that same figure is told with the role filled in two ways (<paramref name="valueRoles"/>: the roles the story gives
    /// this value), since roles the story gives other figures say nothing of this one. A round figure no origin tells twice
    /// (<paramref name="toldOnce"/>, <see cref="ToldOncePerOrigin"/>) needs no agreement of the words, only one kind of act.
    /// </summary>
    private bool Tells(List<ClaimEntry> a, List<ClaimEntry> b, List<(string? Actor, string? Recipient)> roles, List<(string? Actor, string? Recipient)> valueRoles, bool relaxed, bool toldOnce)
    {
        var distinctive = relaxed && SignificantDigits(a[0].Value) >= 2;
        var once = toldOnce && SignificantDigits(a[0].Value) < 2 && Math.Abs(a[0].Value) >= MinToldOnce;
        if (!distinctive && a.Select(e => e.Origin).Intersect(b.Select(e => e.Origin)).Any())
        {
            return false; // one origin giving a small or round figure twice in two slots is telling two facts
        }

        foreach (var x in a.Take(20))
        {
            foreach (var y in b.Take(20))
            {
                // the same roles need the words to agree a little; a role named on one side only, as much as a conflict needs
                if (!ClaimAligner.Compatible(x.Claim.Actor, y.Claim.Actor) || !ClaimAligner.Compatible(x.Claim.Recipient, y.Claim.Recipient))
                {
                    continue;
                }

                var open = distinctive ? valueRoles : roles;
                if ((!SameRole(x.Claim.Actor, y.Claim.Actor) || !SameRole(x.Claim.Recipient, y.Claim.Recipient)) && (Ambiguous(x.Claim, y.Claim, open) || Ambiguous(y.Claim, x.Claim, open)))
                {
                    continue; // a claim missing a role that the story fills in two ways is not guessed into either
                }

                if (distinctive || once && OneAct(x, y) || ClaimEntry.Cosine(x, y) >= _options.FactAgreement)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The smallest round figure that <see cref="ToldOncePerOrigin"/> lets corroborate itself: a few of a thing are told of many things.</summary>
    internal const double MinToldOnce = 10;

    /// <summary>
    /// Whether no origin tells the figure in more than one of <paramref name="groups"/> (one unit family, one value): a
    /// round figure of <see cref="MinToldOnce"/> or more ("nearly 400 raids", "60%") that each outlet gives once and the
    /// story gives nowhere else is one fact told in each outlet's own words, though the words around it share little (not
    /// money: <see cref="IsMoney"/>). An origin that gives the figure in two slots shows the story has two facts of that
    /// figure, and then the words must tell which is which.
    /// </summary>
    internal static bool ToldOncePerOrigin(IEnumerable<List<ClaimEntry>> groups)
    {
        var seen = new HashSet<int>();
        foreach (var group in groups)
        {
            foreach (var origin in group.Select(e => e.Origin).Distinct())
            {
                if (!seen.Add(origin))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>A currency (an ISO code): one sum is often the price, the offer and the ask of a story at once, so telling it once proves nothing.</summary>
    private static bool IsMoney(string unitFamily) => unitFamily.Length == 3 && unitFamily.All(char.IsAsciiLetterUpper);

    /// <summary>
    /// Whether two claims of a figure told once per origin may be one act: not of two listed kinds of fact (a death and
    /// an injury) and not dated to different days.
    /// </summary>
    private static bool OneAct(ClaimEntry x, ClaimEntry y) =>
        !(x.Predicate.Listed && y.Predicate.Listed && !string.Equals(x.Predicate.Class, y.Predicate.Class, StringComparison.Ordinal)) && !DatedApart(x, y);

    /// <summary>How many significant digits a figure states: 4.6 and 23 two, 160 million two, 3 and 20,000 one.</summary>
    internal static int SignificantDigits(double v)
    {
        var a = Math.Abs(v);
        if (a == 0 || double.IsNaN(a) || double.IsInfinity(a))
        {
            return 0;
        }

        var last = HalfLastDigit(a) * 2;
        return (int)Math.Floor(Math.Log10(a / last) + 1e-9) + 1;
    }

    /// <summary>The conflicts, in the order of their slots and, within a slot, of their kinds (after <see cref="Finish"/>).</summary>
    public List<Conflict> Conflicts { get; } = [];

    private readonly List<(Slot Slot, Conflict Conflict)> _raised = [];

    public void Judge(Slot slot)
    {
        _slots.Add(slot);
        foreach (var group in ValueGroups(slot.Entries))
        {
            _factGroups.Add((slot, [.. group]));
        }
    }

    private readonly List<Slot> _slots = [];

    /// <summary>
    /// Value conflicts, judged once facts are joined: a slot's claims together with the claims of other slots that tell
    /// the same facts as they do (so that every witness of each side is named), one conflict per slot.
    /// </summary>
    private void ValueConflicts(List<(Slot Slot, List<ClaimEntry> Entries)> merged)
    {
        var factOf = new Dictionary<ClaimEntry, List<ClaimEntry>>(ReferenceEqualityComparer.Instance);
        foreach (var (_, entries) in merged)
        {
            foreach (var e in entries)
            {
                factOf[e] = entries;
            }
        }

        foreach (var slot in _slots)
        {
            var widened = new Slot(slot.UnitFamily, slot.Predicate, slot.Increment) { Actor = slot.Actor, Recipient = slot.Recipient, Key = slot.Key };
            widened.Items.UnionWith(slot.Items);
            var seen = new HashSet<ClaimEntry>(ReferenceEqualityComparer.Instance);
            var added = new HashSet<List<ClaimEntry>>(ReferenceEqualityComparer.Instance);
            foreach (var e in slot.Entries)
            {
                // A fact's members are added once: the slot's other claims of that fact would add none.
                var fact = factOf.GetValueOrDefault(e);
                if (fact is not null && !added.Add(fact))
                {
                    continue;
                }

                foreach (var member in fact ?? [e])
                {
                    if (seen.Add(member))
                    {
                        widened.Entries.Add(member);
                    }
                }
            }

            if (ValueConflict(widened) is { } conflict)
            {
                _raised.Add((slot, conflict));
            }
        }
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
        var involved = Disagreeing(keyed, (a, b) => Contemporaneous(a.When, b.When) && (Overlap(a, b) || (cumulative && Update(a, b))), (a, b) => Contemporaneous(a.When, b.When));
        if (involved is null)
        {
            return null;
        }

        var candidates = slot.Entries.Where(e => involved.Contains(Interval(e))).ToList();
        // An account's event measures are those of any of its origin's claims of the figure (a copy may drop the magnitude).
        var measures = candidates.GroupBy(e => e.Origin).ToDictionary(
            o => o.Key,
            o => o.GroupBy(e => e.Value, SameValueComparer.Instance).ToDictionary(v => v.Key, v => v.SelectMany(e => e.EventMeasures).Distinct().ToList(), SameValueComparer.Instance));
        List<double> MeasuresOf(ClaimEntry e) => measures[e.Origin][e.Value];
        // A figure any account marks as a sum over occasions is that sum in every account ("14 rifles in five raids so far").
        var totals = candidates.Where(e => e.Total).Select(e => e.Value).ToList();
        if (BestPair(candidates, (a, b) => ValuesDisagree(a, b, slot.UnitFamily, cumulative) && !MeasuredApart(MeasuresOf(a), MeasuresOf(b)) && !PartOfTotal(a.Value, b.Value, totals)) is not { } pair)
        {
            return null;
        }

        var sides = new[] { pair.A, pair.B }
            .Select(p => Side([p, .. candidates.Where(e => e != p && SameValue(e.Value, p.Value))]))
            .ToList();

        var summary = $"For {slot.Key}, " + Join(sides.Select(s => $"{s.Label} {s.Verb("says", "say")} “{s.Rep.Claim.Quantity.Text}”")) + ".";
        return Build(ConflictKind.Value, slot.Key, summary, sides);
    }

    /// <summary>
    /// Whether two claims of different values cannot both hold as accounts of one fact: their ranges do not meet, they are
    /// of one time, not dated to different days nor tied to different names nor the ages of two people introduced without
    /// saying who, not a larger later toll nor a sum and one of its parts (<see cref="PartOfTotal"/>), within a plausible
    /// ratio, and neither origin gives the other's figure itself. A running total since an event (<see cref="RunningTotal"/>)
    /// only grows, whatever the verb: two of them dated to different days are one total at two moments, an update when the
    /// later is larger and a conflict when it is smaller.
    /// </summary>
    private bool ValuesDisagree(ClaimEntry a, ClaimEntry b, string unit, bool cumulative)
    {
        var running = Running(a) && Running(b);
        return !SameValue(a.Value, b.Value) && !Overlap(Interval(a), Interval(b)) && Contemporaneous(a.When, b.When) && (running || !DatedApart(a, b)) && !NamedApart(a, b) && a.Age == b.Age && !(a.IndefiniteAge && b.IndefiniteAge) && !PlacedApart(a, b) && !ModelApart(a, b) && !OriginApart(a, b) &&
            !((cumulative || running) && Update(Interval(a), Interval(b))) && !(cumulative && MayBeRolling(a, b)) && Plausible(a, b) && !Gives(a.Origin, unit, b) && !Gives(b.Origin, unit, a);
    }

    /// <summary>
    /// Whether two tolls of one kind (deaths, injuries, arrests: a figure that only grows) may be one count at two moments
    /// of a story still unfolding: a source's publication time is unknown, so the reports cannot be ordered, and neither
    /// toll is dated to a month or a year. A toll of the day ("injured five people on Sunday") or with no date is counted
    /// while the event runs, and an early report's smaller figure is no contradiction of a later one; a toll dated to a
    /// month or a year ("killed six people in September") is a past event's settled count, and is compared.
    /// </summary>
    internal static bool MayBeRolling(ClaimEntry a, ClaimEntry b) =>
        (a.Published is null || b.Published is null) && OfTheMoment(a.Claim.Date) && OfTheMoment(b.Claim.Date);

    /// <summary>Whether a claim's date leaves its toll of the moment: no date, or one finer than a month (a day, a weekday, "now").</summary>
    private static bool OfTheMoment(DateMention? date) =>
        date?.Value is not { } value || !MonthOrCoarser().IsMatch(value);

    /// <summary>A TIMEX3 value of a year or a month ("2021", "XXXX-09", "2021-03"), known or not.</summary>
    [GeneratedRegex(@"^(\d{4}|XXXX)(-\d{2})?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MonthOrCoarser();

    /// <summary>Each claim's <see cref="RunningTotal"/>, found once: the closest pair of a slot weighs up to 400² pairs.</summary>
    private readonly Dictionary<ClaimEntry, bool> _running = new(ReferenceEqualityComparer.Instance);

    private bool Running(ClaimEntry e)
    {
        if (!_running.TryGetValue(e, out var running))
        {
            _running[e] = running = RunningTotal(e);
        }

        return running;
    }

    /// <summary>
    /// Whether the figure is a running total since an event: "since" and a determiner within a few words after it ("6,000
    /// flights have been cancelled since the strike began", "since a storm hit"). "Since 2021" opens a period, not an event.
    /// </summary>
    internal static bool RunningTotal(ClaimEntry e)
    {
        var (_, end) = e.Anchor;
        if (end <= 0 || end > e.Sentence.Length)
        {
            return false;
        }

        var after = e.Sentence[end..];
        var words = SentenceDiff.Tokens(after);
        for (var k = 0; k + 1 < words.Count && k < 6; k++)
        {
            if (after[words[k].Start..words[k].End].Equals("since", StringComparison.OrdinalIgnoreCase))
            {
                return after[words[k + 1].Start..words[k + 1].End].ToLowerInvariant() is "the" or "a" or "an" or "its" or "their";
            }
        }

        return false;
    }

    /// <summary>
    /// The pair of claims of different origins that most clearly state one fact (the words around them agree at least
    /// <see cref="CheckOptions.ConflictAgreement"/>) and that <paramref name="differ"/>; null when no pair does.
    /// </summary>
    private (ClaimEntry A, ClaimEntry B)? BestPair(IReadOnlyList<ClaimEntry> entries, Func<ClaimEntry, ClaimEntry, bool> differ, double? agreement = null)
    {
        (ClaimEntry A, ClaimEntry B)? best = null;
        var bestCosine = agreement ?? _options.ConflictAgreement;
        var limit = Math.Min(entries.Count, 400);
        for (var i = 0; i < limit; i++)
        {
            for (var j = i + 1; j < limit; j++)
            {
                var (a, b) = (entries[i], entries[j]);
                if (a.Origin == b.Origin)
                {
                    continue;
                }

                var cosine = ClaimEntry.Cosine(a, b);
                if (cosine >= bestCosine && differ(a, b))
                {
                    (best, bestCosine) = ((a, b), cosine);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Whether two figures can be two accounts of one number: within a factor of <see cref="CheckOptions.ConflictRatio"/>
    /// ("23 pirates" and "1,500 pirates" count different things).
    /// </summary>
    private bool Plausible(ClaimEntry a, ClaimEntry b)
    {
        var (x, y) = (Math.Abs(a.Value), Math.Abs(b.Value));
        return x > 0 && y > 0 && Math.Max(x, y) / Math.Min(x, y) <= _options.ConflictRatio;
    }

    /// <summary>Two figures dated to different days are of different moments (Sunday's quake and Monday's): not one fact told twice.</summary>
    /// A year or a month is often the other side of a comparison ("less than in 2025"), so only days count here.
    private static bool DatedApart(ClaimEntry a, ClaimEntry b) =>
        a.OwnDate is { } x && b.OwnDate is { } y && x.Start == x.End && y.Start == y.End && Timex.Gap(x, y) > 0;

    /// <summary>
    /// Whether each figure is tied to a name the other's sentence does not hold ("20 miles from Cobb" and "26 miles north
    /// of Santa Rosa", "Sunday's quake" and "Monday's"): two figures of two named things, not two accounts of one.
    /// </summary>
    private bool NamedApart(ClaimEntry a, ClaimEntry b) =>
        Names(a).Any(n => !b.Sentence.Contains(n, StringComparison.Ordinal)) && Names(b).Any(n => !a.Sentence.Contains(n, StringComparison.Ordinal));

    /// <summary>Each claim's <see cref="NamesNear"/>, found once: the closest pair of a slot weighs up to 400² pairs.</summary>
    private readonly Dictionary<ClaimEntry, List<string>> _names = new(ReferenceEqualityComparer.Instance);

    private List<string> Names(ClaimEntry e)
    {
        if (!_names.TryGetValue(e, out var names))
        {
            _names[e] = names = [.. NamesNear(e)];
        }

        return names;
    }

    /// <summary>
    /// The capitalized words (not opening the sentence) within five words of the quantity. Left out: the speaker's name
    /// and the title written before it ("Health Minister Jo Bell"), which say who speaks, not what is counted; and the
    /// claim's own date ("said on Friday"), which <see cref="DatedApart"/> weighs as a date.
    /// </summary>
    private static IEnumerable<string> NamesNear(ClaimEntry e)
    {
        var (start, end) = e.Anchor;
        var words = SentenceDiff.Tokens(e.Sentence);
        var at = words.FindIndex(w => w.End > start);
        var last = words.FindLastIndex(w => w.Start < end);
        if (at < 0 || last < 0)
        {
            yield break;
        }

        var (titleFrom, speakerEnd) = SpeakerWithTitle(e, words);
        var date = e.Claim.Date is { } d && e.SentenceStart >= 0 ? (Start: d.Span.Start - e.SentenceStart, End: d.Span.End - e.SentenceStart) : (Start: -1, End: -1);
        for (var k = Math.Max(1, at - 5); k <= Math.Min(words.Count - 1, last + 5); k++)
        {
            if (k >= titleFrom && k < speakerEnd || words[k].Start >= date.Start && words[k].End <= date.End)
            {
                continue;
            }

            var word = e.Sentence[words[k].Start..words[k].End];
            var opens = e.Sentence[..words[k].Start].TrimEnd() is var before && (before.Length == 0 || before[^1] is '.' or '"' or '\u201c' or ':');
            if (word.Length > 1 && char.IsUpper(word[0]) && !word.All(char.IsUpper) && !opens && (e.Claim.Speaker is not { } s || !s.Contains(word, StringComparison.Ordinal)))
            {
                yield return word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;
            }
        }
    }

    /// <summary>
    /// The words (as indexes into <paramref name="words"/>, end excluded) of the speaker's name where the sentence writes
    /// it, with the run of capitalized words just before it that is its title ("Health Minister" in "Health Minister Jo
    /// Bell said"); (-1, -1) when the sentence does not write the name.
    /// </summary>
    private static (int From, int End) SpeakerWithTitle(ClaimEntry e, List<(int Start, int End)> words)
    {
        if (e.Claim.Speaker is not { Length: > 1 } speaker || e.Sentence.IndexOf(speaker, StringComparison.Ordinal) is var i && i < 0)
        {
            return (-1, -1);
        }

        var first = words.FindIndex(w => w.Start >= i);
        var end = words.FindIndex(w => w.Start >= i + speaker.Length);
        if (first < 0)
        {
            return (-1, -1);
        }

        var from = first;
        while (from > 0 && char.IsUpper(e.Sentence[words[from - 1].Start]) && words[from].Start - words[from - 1].End == 1)
        {
            from--;
        }

        return (from, end < 0 ? words.Count : end);
    }

    /// <summary>
    /// Whether the larger of two figures is a sum over several occasions that some account marks as one (<see
    /// cref="ClaimEntry.Total"/>: "seized 14 rifles in five raids so far") and the smaller is not so marked ("six rifles
    /// were seized during the raid"): the smaller may be one of its parts, not another account of the sum.
    /// </summary>
    internal static bool PartOfTotal(double a, double b, IReadOnlyList<double> totals)
    {
        var (larger, smaller) = Math.Abs(a) >= Math.Abs(b) ? (a, b) : (b, a);
        return totals.Any(t => SameValue(t, larger)) && !totals.Any(t => SameValue(t, smaller));
    }

    /// <summary>
    /// Whether the figure at <paramref name="anchor"/> is the age in an indefinite description ("a 48-year-old man", "an
    /// 11-year-old girl"): such a description introduces someone without saying who, so two of them in two accounts are
    /// not known to be one person, and their ages are no conflict (see <see cref="ValuesDisagree"/>).
    /// </summary>
    internal static bool IndefiniteAge(string sentence, (int Start, int End) anchor)
    {
        if (!IsAge(sentence, anchor))
        {
            return false;
        }

        var before = sentence.AsSpan(0, anchor.Start).TrimEnd();
        var space = before.LastIndexOfAny(' ', '(', '\u201c');
        var word = before[(space + 1)..];
        return word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the figure at <paramref name="anchor"/> is someone's age ("48-year-old", "a 15-year-old girl"): an age and
    /// a span of years ("20 years in prison") are never two accounts of one figure.
    /// </summary>
    internal static bool IsAge(string sentence, (int Start, int End) anchor)
    {
        var (start, end) = anchor;
        if (end <= start || end > sentence.Length)
        {
            return false;
        }

        var after = sentence.AsSpan(end);
        return after.StartsWith("-old", StringComparison.OrdinalIgnoreCase) || after.StartsWith("-year-old", StringComparison.OrdinalIgnoreCase) || after.StartsWith("-years-old", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith(" years old", StringComparison.OrdinalIgnoreCase) || after.StartsWith(" old", StringComparison.OrdinalIgnoreCase)
            || sentence.AsSpan(start, end - start).EndsWith("-old", StringComparison.OrdinalIgnoreCase) || sentence.AsSpan(start, end - start).EndsWith(" old", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether one figure counts a model the other's sentence does not name ("seven AK-47 rifles" against "nine
    /// rifles"): a kind within the whole, a part, not another account of the total.
    /// </summary>
    internal static bool ModelApart(ClaimEntry a, ClaimEntry b) =>
        a.Model is { } x && !b.Sentence.Contains(x, StringComparison.Ordinal) || b.Model is { } y && !a.Sentence.Contains(y, StringComparison.Ordinal);

    /// <summary>
    /// Whether two accounts measure their events differently (<see cref="ClaimEntry.EventMeasures"/>; "a magnitude-4.8 tremor hurt two miners" against
    /// "a 5.6 magnitude earthquake injured five people"): two events, each with its own toll, not two accounts of one.
    /// </summary>
    internal static bool MeasuredApart(IReadOnlyList<double> a, IReadOnlyList<double> b) =>
        a.Count > 0 && b.Count > 0 && !a.Any(x => b.Any(y => SameValue(x, y)));

    /// <summary>
    /// Whether one figure counts those from a named place that the other's sentence does not name ("two people from
    /// Orvik village were hurt" against "five people were hurt"; "12 from Somalia"): a part, not another account of the total.
    /// </summary>
    internal static bool OriginApart(ClaimEntry a, ClaimEntry b) =>
        a.From is { } x && !b.Sentence.Contains(x, StringComparison.Ordinal) || b.From is { } y && !a.Sentence.Contains(y, StringComparison.Ordinal);

    /// <summary>The name after "from" right after a count ("two people from Orvik village": "Orvik"), else null.</summary>
    internal static string? FromNameAfter(string sentence, int after)
    {
        var words = SentenceDiff.Tokens(sentence);
        var k = words.FindIndex(w => w.Start >= after);
        if (k < 0 || k + 1 >= words.Count || !sentence[words[k].Start..words[k].End].Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var first = words[k + 1];
        if (!char.IsUpper(sentence[first.Start]))
        {
            return null;
        }

        var end = k + 1;
        while (end + 1 < words.Count && char.IsUpper(sentence[words[end + 1].Start]) && words[end + 1].Start - words[end].End <= 1)
        {
            end++;
        }

        return sentence[first.Start..words[end].End];
    }

    /// <summary>A model code in a quantity's words ("AK-47", "F-16", "A320"): capitals and digits, at least one of each.</summary>
    internal static string? ModelIn(string quantityText) =>
        quantityText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .FirstOrDefault(w => w.Length >= 3 && w.Any(char.IsAsciiDigit) && w.Any(char.IsAsciiLetterUpper) && w.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-'));

    /// <summary>
    /// Whether two distances place something from different places or in different directions ("two miles north of
    /// the dam" and "3 miles west of Marlow"): two measures, not two accounts of one.
    /// </summary>
    internal static bool PlacedApart(ClaimEntry a, ClaimEntry b) => a.Place is { } x && b.Place is { } y && x != y;

    /// <summary>
    /// The place a distance is measured from and the direction, as the words after it give them ("north of Santa Rosa":
    /// "north|santa rosa"); null when no named place follows. A name set off just before the distance is what it places
    /// ("centred in Dunby, 20 miles north of Santa Rosa" places Dunby: "dunby@north|santa rosa"), not the event itself.
    /// </summary>
    internal static string? PlaceOf(string sentence, int start, int after)
    {
        var words = SentenceDiff.Tokens(sentence);
        var k = words.FindIndex(w => w.Start >= after);
        if (k < 0)
        {
            return null;
        }

        string Word(int i) => sentence[words[i].Start..words[i].End];
        var placed = PlacedName(sentence, words, start);
        var direction = new System.Text.StringBuilder();
        for (; k < words.Count && CheckLexicon.IsDirection(Word(k)); k++)
        {
            direction.Append(Word(k).ToLowerInvariant());
        }

        // A few plain words may stand between, the last of them a link: "off the coast of", "from the centre of".
        var first = k;
        while (k < words.Count && k - first < 5 && char.IsLower(Word(k)[0]))
        {
            k++;
        }

        var link = k - 1;
        if (link >= first && Word(link) == "the")
        {
            link--;
        }

        if (k >= words.Count || link < first || !CheckLexicon.IsPlaceLink(Word(link)))
        {
            return null;
        }

        var place = new List<string>();
        for (; k < words.Count && char.IsUpper(Word(k)[0]) && (place.Count == 0 || words[k].Start - words[k - 1].End <= 1); k++)
        {
            place.Add(Word(k).ToLowerInvariant());
        }

        if (place.Count > 1 && place[0] == "the")
        {
            place.RemoveAt(0); // "The Narrows" and "the Narrows" are one place
        }

        return place.Count == 0 ? null : placed + direction + "|" + string.Join(' ', place);
    }

    /// <summary>The capitalized name right before the comma that opens a distance ("in Dunby, 20 miles ..."), as "dunby@"; else empty.</summary>
    private static string PlacedName(string sentence, List<(int Start, int End)> words, int start)
    {
        var before = sentence[..Math.Clamp(start, 0, sentence.Length)].TrimEnd();
        if (before.Length == 0 || before[^1] != ',')
        {
            return string.Empty;
        }

        var last = words.FindLastIndex(w => w.End <= before.Length - 1);
        var name = new List<string>();
        for (var k = last; k > 0 && char.IsUpper(sentence[words[k].Start]) && name.Count < 4; k--)
        {
            name.Insert(0, sentence[words[k].Start..words[k].End].ToLowerInvariant());
        }

        return name.Count == 0 ? string.Empty : string.Join(' ', name) + "@";
    }

    /// <summary>
    /// Whether the origin gives the claim's figure itself somewhere (a part and its total, a figure it updates): the figure
    /// as written, give or take its last digit. Not any figure its bound allows: "about $240" is not given by a source whose
    /// "$231" is another grain's price, nor "at least 41" by every larger figure.
    /// </summary>
    private bool Gives(int origin, string unit, ClaimEntry claim)
    {
        if (!_figures.TryGetValue((origin, unit), out var figures))
        {
            return false;
        }

        var q = claim.Claim.Quantity;
        var t = Rounding(q.Value);
        var (low, high) = (q.Value - t, (q.Bound == QuantityBound.Range ? q.ValueMax ?? q.Value : q.Value) + t);
        return figures.Any(f => f >= low && f <= high);
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

    /// <summary>Each claim's <see cref="Interval"/>, made once: slots, totals and pairs ask for it again and again.</summary>
    private readonly Dictionary<ClaimEntry, ValueKey> _intervals = new(ReferenceEqualityComparer.Instance);

    private ValueKey Interval(ClaimEntry e)
    {
        if (!_intervals.TryGetValue(e, out var key))
        {
            _intervals[e] = key = IntervalOf(e);
        }

        return key;
    }

    private ValueKey IntervalOf(ClaimEntry e)
    {
        var q = e.Claim.Quantity;
        var v = q.Value;
        var t = Rounding(v);
        if (e.Converted)
        {
            // A conversion ("€30 billion ($40 billion)") follows the day's exchange rate: outlets converting one amount differ by that much.
            t = Math.Max(t, _options.ApproximateTolerance * Math.Abs(v));
        }

        return q.Bound switch
        {
            QuantityBound.Approx => new ValueKey(v - Approximately(v, t), v + Approximately(v, t), e.When, v),
            QuantityBound.AtLeast => new ValueKey(v - t, double.PositiveInfinity, e.When, v),
            QuantityBound.AtMost => new ValueKey(double.NegativeInfinity, v + t, e.When, v),
            QuantityBound.Range => new ValueKey(v - t, (q.ValueMax ?? v) + t, e.When, v),
            _ => new ValueKey(v - t, v + t, e.When, v),
        };
    }

    /// <summary>How far a figure as written may lie from its value: half its last stated digit, at most the rounding tolerance.</summary>
    private double Rounding(double v) => Math.Min(HalfLastDigit(v), _options.RoundingTolerance * Math.Abs(v));

    /// <summary>How far an approximate figure may lie from its value: one unit of its last stated digit, at most the approximate tolerance.</summary>
    private double Approximately(double v, double rounding) => Math.Max(rounding, Math.Min(2 * HalfLastDigit(v), _options.ApproximateTolerance * Math.Abs(v)));

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

    /// <summary>
    /// Whether two figures can be one number. Two lower bounds (or two upper bounds) are each the count their source
    /// knows: "at least seven killed" and "at least six killed" are two counts, so they are weighed as the figures written.
    /// </summary>
    private static bool Overlap(ValueKey a, ValueKey b) =>
        double.IsPositiveInfinity(a.High) && double.IsPositiveInfinity(b.High) ? Math.Abs(a.Value - b.Value) <= (a.Value - a.Low) + (b.Value - b.Low)
        : double.IsNegativeInfinity(a.Low) && double.IsNegativeInfinity(b.Low) ? Math.Abs(a.Value - b.Value) <= (a.High - a.Value) + (b.High - b.Value)
        : a.Low <= b.High && b.Low <= a.High;

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
        QuantityBound.Approx => "about",
        _ => "exactly",
    };

    /// <summary>
    /// Two bounds that cannot both be meant: exact against a lower or upper bound, or a lower against an upper one. "About"
    /// and a range fit any bound ("nearly 100" and "as many as 100"; "71% to 88%" and "at least 71%").
    /// </summary>
    private static bool CompatibleBounds(string a, string b) => a == b || a is "about" or "a range" || b is "about" or "a range";

    /// <summary>
    /// The bound a claim puts on its figure. "Over three years" and "under two hours" more often name a span than a bound
    /// ("loans over three years"), so for a duration those words bound nothing.
    /// </summary>
    private static string BoundOf(ClaimEntry e) => IsSpan(e) || IsVague(e) ? "about" : Direction(e.Claim.Quantity.Bound);

    /// <summary>
    /// Whether the figure is a vague plural ("tens of thousands of people", "hundreds of homes"): it gives an order of
    /// magnitude, not a lower bound on its round figure, so "10,000 people" elsewhere does not dispute it.
    /// </summary>
    private static bool IsVague(ClaimEntry e)
    {
        var words = e.Claim.Quantity.Text.Split(' ', 3);
        return words.Length >= 2 && NumberReader.IsVaguePlural(words[0]) && words[1].Equals("of", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the figure is the span an act takes ("loans over three years", "under two hours"), not the act's amount.</summary>
    private static bool IsSpan(ClaimEntry e)
    {
        var q = e.Claim.Quantity;
        var first = q.Text.Split(' ', 2)[0].ToLowerInvariant();
        return q.Unit is "year" or "month" or "week" or "day" or "hour" or "minute" && first is "over" or "under";
    }

    /// <summary>
    /// How much the words around two claims of one figure must agree for the way each bounds, dates or puts it (firm, a
    /// plan) to be compared. The same count of ten or more, aligned into one fact, is already evidence that both tell it
    /// ("more than 48,000 containers were stranded" and "leaving 48,000 containers stuck"; "polls open in 340 wards on the
    /// 22nd" and "polling in 340 wards is due on the 29th"), so the agreement asked is that of a fact. A small count ("two
    /// buildings", "three people") recurs by chance, and so does a round sum of money (two clubs' offers of $160 million):
    /// those ask for a disagreement's proof.
    /// </summary>
    /// <remarks>A sum that every claim of the fact gives as the worth of a thing ("gems worth €40 million", "valued at €40
    /// million", "€40 million worth of art") is the value of one thing, not a payment several parties make, so it too
    /// asks for a fact's agreement.</remarks>
    private double SameFigureAgreement(List<ClaimEntry> group) =>
        group.Count == 0 ? _options.ConflictAgreement
        : Math.Abs(group[0].Value) >= 10 && QuantityLexicon.IsMoney(group[0].Claim.Quantity.Unit) && group.All(StatedAsWorth) ? _options.FactAgreement
        : SameFigureAgreement(group[0].Value, group[0].Claim.Quantity.Unit, _options);

    /// <summary>
    /// Whether the sum is given as what a thing is worth: "worth" or "valued at" just before it ("jewels worth $3 million",
    /// "a painting valued at $3 million"), "worth of" just after it ("$3 million worth of jewels").
    /// </summary>
    internal static bool StatedAsWorth(ClaimEntry e)
    {
        var (start, end) = e.Anchor;
        if (end <= start || end > e.Sentence.Length)
        {
            return false;
        }

        var before = SentenceDiff.Tokens(e.Sentence[..start]);
        var after = SentenceDiff.Tokens(e.Sentence[end..]);
        string Before(int k) => before.Count >= k ? e.Sentence[before[^k].Start..before[^k].End].ToLowerInvariant() : string.Empty;
        string After(int k) => after.Count > k ? e.Sentence[(end + after[k].Start)..(end + after[k].End)].ToLowerInvariant() : string.Empty;
        return Before(1) == "worth" || Before(1) == "at" && Before(2) == "valued" || After(0) == "worth" && After(1) == "of";
    }

    /// <inheritdoc cref="SameFigureAgreement(List{ClaimEntry})"/>
    internal static double SameFigureAgreement(double value, string? unit, CheckOptions options) =>
        Math.Abs(value) >= 10 && !QuantityLexicon.IsMoney(unit) ? options.FactAgreement : options.ConflictAgreement;

    private Conflict? BoundConflict(Slot slot, List<ClaimEntry> group)
    {
        var involved = Disagreeing(group, BoundOf, CompatibleBounds);
        if (involved is null || BestPair(group, (a, b) => !CompatibleBounds(BoundOf(a), BoundOf(b)), SameFigureAgreement(group)) is not { } pair)
        {
            return null;
        }

        var sides = new[] { pair.A, pair.B }.Select(p => Side([p, .. group.Where(e => e != p && BoundOf(e) == BoundOf(p))])).ToList();
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

        // What media reported is relayed hearsay: which outlet or reporter relayed it first is no difference of attribution.
        var attributed = group.Where(e => e.Claim.Speaker is { } s && cluster.ContainsKey(s) && IsNamed(s) && e.Claim.Modality != Modality.Reported).ToList();
        var involved = Disagreeing(attributed, e => cluster[e.Claim.Speaker!], (a, b) => a == b);
        if (involved is null || BestPair(attributed, (a, b) => cluster[a.Claim.Speaker!] != cluster[b.Claim.Speaker!], DistinctFigureAgreement(group)) is not { } pair)
        {
            return null;
        }

        var sides = new[] { pair.A, pair.B }.Select(p => Side([p, .. attributed.Where(e => e != p && cluster[e.Claim.Speaker!] == cluster[p.Claim.Speaker!])])).ToList();
        var summary = $"For {slot.Key} ({NewsReport.Number(group[0].Value)}), " + Join(sides.Select(s => $"{s.Label} {s.Verb("attributes", "attribute")} it to {s.Rep.Claim.Speaker}")) + ".";
        return Build(ConflictKind.Attribution, slot.Key, summary, sides);
    }

    /// <summary>
    /// The agreement two claims of one figure must show for their speakers or their days to be compared: a figure of two
    /// or more significant digits ("$1.2 billion", "4.5%", "an offer of 4.2%") aligned into one fact recurs seldom by
    /// chance, so the agreement of a fact is enough, as for <see cref="SameFigureAgreement(List{ClaimEntry})"/>; a round
    /// figure asks for more.
    /// </summary>
    private double DistinctFigureAgreement(List<ClaimEntry> group) =>
        group.Count > 0 && SignificantDigits(group[0].Value) >= 2 ? _options.FactAgreement : SameFigureAgreement(group);

    /// <summary>
    /// Whether a speaker is named: a person or a body written with capitals ("Ghana Civil Aviation Authority", "Jen Psaki"),
    /// not a generic plural ("officials", "traders") nor a clause the reading caught ("India has").
    /// </summary>
    internal static bool IsNamed(string speaker)
    {
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && words[0].Length > 1 && words[0][^1] == 's' && !words[0].All(char.IsUpper))
        {
            return false; // "Unions", "Indians": a capitalized plural is a group, not a named speaker
        }

        if (words.Length is 2 or 3 && char.IsUpper(words[0][0]) && !words[0].Contains('\'') && !words[0].Contains('\u2019')
            && words.Skip(1).All(w => w.All(char.IsLower)) && words[^1][^1] != 's')
        {
            return true; // "Omani foreign ministry", "Argentine health ministry": a body of one country, described
        }

        if (words.Length is 2 or 3 && words.All(w => w.All(c => char.IsLower(c) || c == '-')) && NamedBodies.IsDescription(words[^1]) && !Unspecific.Contains(words[0]))
        {
            return true; // "agriculture ministry", "state health department": a body the article describes, one of its kind
        }

        return words.Length > 0 && char.IsUpper(words[^1][0]) &&
               words.All(w => char.IsUpper(w[0]) || w is "of" or "the" or "for" or "and" or "on" or "de" or "du" or "la" or "von" or "van" or "al");
    }

    /// <summary>Words that open a description of no one body in particular ("its ministry", "another bank", "two agencies").</summary>
    private static readonly HashSet<string> Unspecific = new(["its", "his", "her", "their", "our", "another", "other", "some", "any", "each", "every", "several", "many", "one", "two", "three", "a", "an", "the"], StringComparer.Ordinal);

    private static string Firmness(Modality m) => m switch
    {
        Modality.Planned => "a plan",
        Modality.Possible => "a possibility",
        Modality.Conditional => "conditional",
        Modality.Negated => "denied",
        _ => "a fact",
    };

    private static string Manner(ClaimEntry e) => Firmness(e.Claim.Modality) + (e.Predicate.Terms is { } t ? $", a {t}" : string.Empty);

    private readonly record struct MannerKey(string Manner, Modality Firmness, string? Terms, DateOnly? Published, bool Ongoing)
    {
        public override string ToString() => $"{Manner}@{Published}";
    }

    /// <summary>
    /// Two accounts agree on manner when they say the same, or when a plan in an earlier article has become a fact in
    /// an article published more than <see cref="CheckOptions.DateToleranceDays"/> later ("plans to send" in May, "has
    /// sent" in June): that is progress, not a conflict. Reports of one moment ("will pay" one day, "has already paid"
    /// the next) are two accounts of one state of things, and their firmness is compared. An act told in the present
    /// progressive ("is sending", "are now paying") is under way or arranged, which a plan of it ("will send", "would be
    /// sending") does not contradict.
    /// </summary>
    private bool SameManner(MannerKey a, MannerKey b)
    {
        if (a.Manner == b.Manner)
        {
            return true;
        }

        if (a.Terms == b.Terms && ((a.Firmness == Modality.Planned && b.Ongoing) || (b.Firmness == Modality.Planned && a.Ongoing)))
        {
            return true;
        }

        static bool Done(Modality m) => m is Modality.Asserted or Modality.Reported;
        var tolerance = _options.DateToleranceDays;
        return a.Terms == b.Terms && a.Published is { } pa && b.Published is { } pb
            && ((a.Firmness == Modality.Planned && Done(b.Firmness) && pb.DayNumber - pa.DayNumber > tolerance) ||
                (b.Firmness == Modality.Planned && Done(a.Firmness) && pa.DayNumber - pb.DayNumber > tolerance));
    }

    /// <summary>
    /// Whether two claims name one act, so that how firmly each puts it can be compared: the same predicate, or two of one
    /// listed class ("lend" and "send"); a bare "be" or "have" names no act.
    /// </summary>
    private static bool SameAct(ClaimEntry a, ClaimEntry b) =>
        a.Claim.Predicate is not ("be" or "have") && b.Claim.Predicate is not ("be" or "have") &&
        (string.Equals(a.Claim.Predicate, b.Claim.Predicate, StringComparison.OrdinalIgnoreCase) || a.Predicate.Listed && b.Predicate.Listed && a.Predicate.Class == b.Predicate.Class);

    private Conflict? ModalityConflict(Slot slot, List<ClaimEntry> group)
    {
        // Each claim's key is made once: the closest pair looks at up to 400² pairs.
        var keys = new Dictionary<ClaimEntry, MannerKey>(group.Count, ReferenceEqualityComparer.Instance);
        foreach (var e in group)
        {
            keys[e] = new(Manner(e), e.Claim.Modality, e.Predicate.Terms, e.Published, e.Claim.Modality == Modality.Asserted && IsProgressive(e));
        }

        MannerKey KeyOf(ClaimEntry e) => keys[e];
        // A span ("loans over three years") is told in the tense of the act it times, a plan while it runs: how firmly the
        // act is put is judged on the act's own figure, not on its span.
        var involved = Disagreeing(group.Where(e => !IsSpan(e)), KeyOf, SameManner);
        if (involved is null || BestPair(group, (a, b) => !IsSpan(a) && !IsSpan(b) && involved.Contains(KeyOf(a)) && involved.Contains(KeyOf(b)) && !SameManner(KeyOf(a), KeyOf(b)) && SameAct(a, b), SameFigureAgreement(group)) is not { } pair)
        {
            return null;
        }

        var sides = new[] { pair.A, pair.B }.Select(p => Side([p, .. group.Where(e => e != p && Manner(e) == Manner(p))])).ToList();
        var summary = $"For {slot.Key} ({NewsReport.Number(group[0].Value)}), " + Join(sides.Select(s => $"{s.Label} {s.Verb("presents", "present")} it as {Manner(s.Rep)} (“{Verb(s.Rep)}”)")) + ".";
        return Build(ConflictKind.Modality, slot.Key, summary, sides);
    }

    private Conflict? DateConflict(Slot slot, List<ClaimEntry> group)
    {
        // each claim's day read once: the closest pair of a slot weighs up to 400² pairs
        var days = new Dictionary<ClaimEntry, DayKey>(ReferenceEqualityComparer.Instance);
        foreach (var e in group)
        {
            if (DayOf(e) is { } day && !DatesTheSaying(e))
            {
                days[e] = day;
            }
        }

        var dated = group.Where(days.ContainsKey).ToList();
        var involved = Disagreeing(dated, e => days[e], SameDay);
        if (involved is null || BestPair(dated, (a, b) => !SameDay(days[a], days[b]), DistinctFigureAgreement(group)) is not { } pair)
        {
            return null;
        }

        var sides = new[] { pair.A, pair.B }.Select(p => Side([p, .. dated.Where(e => e != p && days[e] == days[p])])).ToList();
        var summary = $"For {slot.Key} ({NewsReport.Number(group[0].Value)}), " + Join(sides.Select(s => $"{s.Label} {s.Verb("dates", "date")} it to {NewsReport.DateName(s.Rep.Claim.Date!)}")) + ".";
        return Build(ConflictKind.Date, slot.Key, summary, sides);
    }

    /// <summary>
    /// When a claim says its fact happened: the days its own date spans, and the weekday when it names one day. An
    /// undated article's "on Saturday" (no week known) has the weekday only.
    /// </summary>
    /// <param name="Days">The span of days; null for a weekday of no known week.</param>
    /// <param name="Weekday">The ISO weekday (1 Monday ... 7 Sunday) of a single day or a bare weekday; else null.</param>
    internal readonly record struct DayKey((DateOnly Start, DateOnly End)? Days, int? Weekday);

    /// <summary>The claim's <see cref="DayKey"/>, or null when its date tells neither days nor a weekday.</summary>
    internal static DayKey? DayOf(ClaimEntry e)
    {
        var weekday = Timex.Weekday(e.Claim.Date?.Value);
        return e.OwnDate is { } days ? new DayKey(days, days.Start == days.End ? weekday : null)
            : weekday is { } w ? new DayKey(null, w)
            : null;
    }

    /// <summary>
    /// Whether two dates can be one day: overlapping spans; or, when a side is a weekday of no known week, the same
    /// weekday ("on Saturday" can be any Saturday, never a Sunday) or a span too wide to tell.
    /// </summary>
    internal static bool SameDay(DayKey a, DayKey b) =>
        a.Days is { } x && b.Days is { } y ? Timex.Gap(x, y) == 0
        : a.Weekday is not { } u || b.Weekday is not { } v || u == v;

    /// <summary>
    /// Whether the claim's date is the day its statement was made ("will stay out for another 24 hours, the
    /// pilots' union said on Friday"): it dates the saying, not the fact, and outlets report one statement on different days, so it
    /// is not weighed against the date another outlet gives the fact.
    /// </summary>
    internal static bool DatesTheSaying(ClaimEntry e)
    {
        if (e.Claim.Date is not { } date || date.Span.Start - e.SentenceStart is var at && (at <= 0 || at > e.Sentence.Length))
        {
            return false;
        }

        return SaidOn().IsMatch(e.Sentence.AsSpan(0, at));
    }

    [GeneratedRegex(@"\b(?:said|says|announced|announces|told\s+(?:\w+\s+){0,2}?|stated|confirmed)\s+(?:late\s+|early\s+)?(?:on\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SaidOn();

    /// <summary>
    /// The keys of the origins that disagree: each origin's claims give a set of keys; two origins disagree when no
    /// key of one is compatible with a key of the other. Origins with the same set are judged once, so the work
    /// grows with the number of different accounts, not of sources. Null when every pair agrees.
    /// </summary>
    private static HashSet<TKey>? Disagreeing<TKey>(IEnumerable<ClaimEntry> entries, Func<ClaimEntry, TKey> key, Func<TKey, TKey, bool> compatible)
        where TKey : notnull =>
        Disagreeing(entries.Select(e => (e.Origin, key(e))), compatible);

    /// <param name="keyed">Each claim's origin and key.</param>
    /// <param name="compatible">Whether two keys can be one account.</param>
    /// <param name="sameTime">
    /// When given, an agreement speaks only for its own time: two origins that agree on a figure of another time ("the
    /// previous high of 250 GW in 2024") and give two figures of this time that no figure of the other matches
    /// ("262 GW" and "265 GW" on Tuesday) disagree. Null: any agreement makes the two origins agree.
    /// </param>
    private static HashSet<TKey>? Disagreeing<TKey>(IEnumerable<(int Origin, TKey Key)> keyed, Func<TKey, TKey, bool> compatible, Func<TKey, TKey, bool>? sameTime = null)
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

        // A profile is involved once it disagrees with any other: a pair of two profiles already involved is not judged again.
        var disagrees = new bool[profiles.Count];
        var any = false;
        for (var i = 0; i < profiles.Count; i++)
        {
            for (var j = i + 1; j < profiles.Count; j++)
            {
                if (disagrees[i] && disagrees[j])
                {
                    continue;
                }

                var a = profiles[i];
                var b = profiles[j];
                if (sameTime is null ? !a.Any(x => b.Any(y => compatible(x, y))) : DisagreeAtSomeTime(a, b, compatible, sameTime))
                {
                    disagrees[i] = disagrees[j] = any = true;
                }
            }
        }

        if (!any)
        {
            return null;
        }

        var involved = new HashSet<TKey>();
        for (var i = 0; i < profiles.Count; i++)
        {
            if (disagrees[i])
            {
                involved.UnionWith(profiles[i]);
            }
        }

        return involved;
    }

    /// <summary>
    /// Whether some figure of one profile and some figure of the other, of one time, match no figure of the other
    /// profile and no agreement of their time speaks for the two profiles.
    /// </summary>
    private static bool DisagreeAtSomeTime<TKey>(List<TKey> a, List<TKey> b, Func<TKey, TKey, bool> compatible, Func<TKey, TKey, bool> sameTime)
        where TKey : notnull
    {
        // A pair apart is excused when an agreement is of the time of either figure; so the two disagree when a figure
        // of each that no agreement's time covers are of one time. An agreement of every figure's time (an undated one)
        // excuses them all: the scan stops there, as it stops at the first agreement when nothing is dated.
        var agreements = new HashSet<TKey>();
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (!compatible(x, y))
                {
                    continue;
                }

                foreach (var g in (ReadOnlySpan<TKey>)[x, y])
                {
                    if (agreements.Add(g) && a.All(k => sameTime(g, k)) && b.All(k => sameTime(g, k)))
                    {
                        return false;
                    }
                }
            }
        }

        if (agreements.Count == 0)
        {
            return true;
        }

        var openA = a.Where(x => !agreements.Any(g => sameTime(g, x))).ToList();
        var openB = b.Where(y => !agreements.Any(g => sameTime(g, y))).ToList();
        return openA.Any(x => openB.Any(y => sameTime(x, y) && !compatible(x, y)));
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

    /// <summary>
    /// "Tech Times", "CNN (000, 001)" (the ids only where the check has two sources of one outlet), or the ids alone
    /// when no outlet is known; long lists end in "and N more".
    /// </summary>
    internal string Names(IEnumerable<int> articles)
    {
        var distinct = articles.Distinct().Order().ToList();
        var parts = new List<string>();
        foreach (var g in distinct.GroupBy(a => _articles[a].Source.Outlet ?? "\u0000" + a.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            var ids = g.Select(a => _articles[a].Id).ToList();
            var shown = ids.Count > 3 ? string.Join(", ", ids.Take(3)) + $" and {ids.Count - 3} more" : string.Join(", ", ids);
            _outletCounts ??= _articles.Where(a => a.Source.Outlet is not null).GroupBy(a => a.Source.Outlet!, StringComparer.Ordinal).ToDictionary(o => o.Key, o => o.Count(), StringComparer.Ordinal);
            var shared = _outletCounts.GetValueOrDefault(g.Key) > 1;
            parts.Add(g.Key[0] == '\u0000' ? shown : shared ? $"{g.Key} ({shown})" : g.Key);
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
            var witnesses = new SideWitnesses(side.Members, sides[i == 0 ? 1 : 0].Rep.Sentence);
            // Every source on the side is named, its representative first: each is a witness of that account.
            foreach (var e in side.Members.DistinctBy(m => m.Source, StringComparer.Ordinal))
            {
                var differences = witnesses.Differences(e);
                claims.Add(new ConflictClaim(e.Source, e.Claim.Id, e.Value, e.Sentence)
                {
                    Side = i,
                    Highlight = Highlight(kind, e, differences),
                    Differences = differences,
                    Provenance = e.Claim.Provenance,
                    Origin = witnesses.Origin(e),
                });
            }
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

    /// <summary>The present forms of "be" that make a present progressive with an "-ing" form after them.</summary>
    private static readonly HashSet<string> PresentBe = new(["is", "are", "am"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The endings of a word with "be" contracted onto it ("it's", "they're"), either apostrophe.</summary>
    private static readonly string[] ContractedBe = ["'s", "’s", "'re", "’re"];

    /// <summary>Adverbs that may stand between "be" and its "-ing" form besides those in "-ly" ("is now sending").</summary>
    private static readonly HashSet<string> AspectAdverbs = new(["now", "also", "already", "still", "soon"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the claim's predicate, before its figure, is written in the present progressive: a present "be", at most
    /// two adverbs ("is now", "are also already"), then the "-ing" form of the predicate ("is providing", "are now sending").
    /// </summary>
    private static bool IsProgressive(ClaimEntry e)
    {
        var predicate = e.Claim.Predicate;
        if (predicate.Length < 2 || predicate.Contains(' '))
        {
            return false;
        }

        var stem = predicate.EndsWith('e') && !predicate.EndsWith("ee", StringComparison.Ordinal) ? predicate[..^1] : predicate;
        var sentence = e.Sentence;
        var figureAt = e.Claim.Quantity.Span.Start - e.SentenceStart;
        var tokens = SentenceDiff.Tokens(sentence);
        for (var i = tokens.Count - 1; i > 0; i--)
        {
            var (start, end) = tokens[i];
            if (start >= figureAt)
            {
                continue;
            }

            var word = sentence.AsSpan(start, end - start);
            if (!word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || !word.StartsWith(stem, StringComparison.OrdinalIgnoreCase) || word.Length > stem.Length + 4)
            {
                continue;
            }

            for (var j = i - 1; j >= 0 && j >= i - 3; j--)
            {
                var before = sentence.AsSpan(tokens[j].Start, tokens[j].End - tokens[j].Start).ToString();
                if (PresentBe.Contains(before) || ContractedBe.Any(c => before.EndsWith(c, StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }

                if (!before.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !AspectAdverbs.Contains(before))
                {
                    break;
                }
            }

            return false;
        }

        return false;
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
