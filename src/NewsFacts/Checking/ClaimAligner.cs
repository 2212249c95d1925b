using Humanizer;

namespace NewsFacts.Checking;

/// <summary>One claim of one source, with what alignment needs to know about it.</summary>
/// <param name="Article">The index of the source among the checked articles.</param>
/// <param name="Source">The source id.</param>
/// <param name="Origin">The index of the source's origin (its copy group's first member, else itself).</param>
/// <param name="Claim">The claim.</param>
/// <param name="Sentence">The sentence that carries it (empty when its span does not fit the text).</param>
/// <param name="Published">The source's publication date.</param>
/// <param name="SentenceStart">Where <paramref name="Sentence"/> starts in the source's text.</param>
internal sealed record ClaimEntry(int Article, string Source, int Origin, Claim Claim, string Sentence, int SentenceStart, DateOnly? Published)
{
    public CheckLexicon.PredicateInfo Predicate { get; } = CheckLexicon.Predicate(Claim.Predicate);

    public string UnitFamily { get; } = CheckLexicon.UnitFamily(Claim.Quantity.Unit);

    public double Value => Claim.Quantity.Value;

    /// <summary>Whether the quantity counts an increment ("an additional $2 billion", "28 more") rather than a total.</summary>
    public bool Increment { get; init; }

    /// <summary>The claim's span of time: its own date when it has one, else the publication day, else unknown.</summary>
    public (DateOnly Start, DateOnly End)? When { get; init; }

    /// <summary>The claim's own date as a span of days, when it has one that can be read.</summary>
    public (DateOnly Start, DateOnly End)? OwnDate { get; init; }

    /// <summary>The words around the quantity as a TF-IDF vector (<see cref="ContextVectors.Window"/>), set by alignment.</summary>
    public float[] Vector
    {
        get;
        set
        {
            field = value;
            Nonzero = ContextVectors.Nonzero(value);
            Norm = System.Numerics.Tensors.TensorPrimitives.Norm(value);
        }
    } = [];

    /// <summary>The dimensions where <see cref="Vector"/> is not zero: a claim's window holds a few words.</summary>
    public int[] Nonzero { get; private set; } = [];

    /// <summary>The norm of <see cref="Vector"/>.</summary>
    public float Norm { get; private set; }

    /// <summary>The cosine of the two claims' context vectors, over the dimensions of the one with fewer words.</summary>
    public static double Cosine(ClaimEntry a, ClaimEntry b) =>
        a.Nonzero.Length <= b.Nonzero.Length
            ? ContextVectors.Cosine(a.Vector, a.Nonzero, a.Norm, b.Vector, b.Norm)
            : ContextVectors.Cosine(b.Vector, b.Nonzero, b.Norm, a.Vector, a.Norm);

    /// <summary>
    /// Whether the amount is a conversion in brackets of an amount in another currency just before it ("€30 billion ($40
    /// billion)", "85 million euros ($108 million)"), read as <see cref="ClaimBuilder.AsConversion"/> reads it.
    /// </summary>
    public bool Converted { get; } = Claim.Quantity.Unit is { Length: 3 } && AnchorOf(Claim, Sentence, SentenceStart) is { Start: > 0 } at && IsConversion(Sentence.AsSpan(0, at.Start));

    /// <summary>For a distance, the place it is measured from and the direction (<see cref="Verdicts.PlaceOf"/>), else null.</summary>
    public string? Place { get; } = CheckLexicon.IsDistance(CheckLexicon.UnitFamily(Claim.Quantity.Unit)) ? Verdicts.PlaceOf(Sentence, AnchorOf(Claim, Sentence, SentenceStart).Start, AnchorOf(Claim, Sentence, SentenceStart).End) : null;

    /// <summary>
    /// For a count, the named place those counted come from ("two people from Orvik"; <see cref="Verdicts.FromNameAfter"/>),
    /// else null; none after a verb of taking ("stole $30 million from a Dorling jeweller": who lost it, <see cref="CheckLexicon.IsTaking"/>).
    /// </summary>
    public string? From { get; } = Claim.Quantity.Unit is { } u && !CheckLexicon.IsDistance(CheckLexicon.UnitFamily(u)) && !CheckLexicon.IsTaking(Claim.Predicate)
        ? Verdicts.FromNameAfter(Sentence, AnchorOf(Claim, Sentence, SentenceStart).End)
        : null;

    /// <summary>
    /// The figures of the event that the claim's sentence gives besides the claim's own (<see cref="CheckLexicon.IsEventMeasure"/>:
    /// "a magnitude-4.8 tremor hurt two miners" gives 4.8), which tell one event from another.
    /// </summary>
    public IReadOnlyList<double> EventMeasures { get; init; } = [];

    /// <summary>
    /// Whether the sentence marks the figure as a sum over several occasions (<see cref="CheckLexicon.MarksTotal"/>: "14
    /// rifles in five raids so far"), for a figure that adds up: not a share, not an event's measure.
    /// </summary>
    public bool Total { get; } = CheckLexicon.UnitFamily(Claim.Quantity.Unit) is { Length: > 0 } family && family != "percent" && !CheckLexicon.IsEventMeasure(family) && CheckLexicon.MarksTotal(Sentence);

    /// <summary>Whether the figure is someone's age ("48-year-old"; <see cref="Verdicts.IsAge"/>).</summary>
    public bool Age { get; } = Verdicts.IsAge(Sentence, AnchorOf(Claim, Sentence, SentenceStart));

    /// <summary>Whether the figure is the age in an indefinite description ("a 48-year-old man"; <see cref="Verdicts.IndefiniteAge"/>).</summary>
    public bool IndefiniteAge { get; } = Verdicts.IndefiniteAge(Sentence, AnchorOf(Claim, Sentence, SentenceStart));

    /// <summary>The model code the quantity's words name (<see cref="Verdicts.ModelIn"/>), else null.</summary>
    public string? Model { get; } = Verdicts.ModelIn(Claim.Quantity.Text);

    private static bool IsConversion(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        foreach (var hedge in ClaimBuilder.ConversionHedges.Append("or"))
        {
            if (before.EndsWith(hedge, StringComparison.OrdinalIgnoreCase))
            {
                before = before[..^hedge.Length].TrimEnd();
                break;
            }
        }

        // An amount before the bracket: its last word or figure ends in a digit or a scale or currency word.
        return before.EndsWith("(", StringComparison.Ordinal) && before[..^1].TrimEnd() is { Length: > 0 } amount && (char.IsDigit(amount[^1]) || amount[^1] is >= 'a' and <= 'z');
    }

    /// <summary>Where the quantity stands in <see cref="Sentence"/>.</summary>
    public (int Start, int End) Anchor => AnchorOf(Claim, Sentence, SentenceStart);

    private static (int Start, int End) AnchorOf(Claim claim, string sentence, int sentenceStart) =>
        sentenceStart >= 0 && claim.Quantity.Span.Start >= sentenceStart && claim.Quantity.Span.End <= sentenceStart + sentence.Length
            ? (claim.Quantity.Span.Start - sentenceStart, claim.Quantity.Span.End - sentenceStart)
            : (0, 0);
}

/// <summary>A slot: the claims of all sources that speak of one fact.</summary>
internal sealed class Slot
{
    public Slot(string unitFamily, CheckLexicon.PredicateInfo predicate, bool increment)
    {
        UnitFamily = unitFamily;
        Predicate = predicate;
        Increment = increment;
    }

    public string UnitFamily { get; }

    public CheckLexicon.PredicateInfo Predicate { get; }

    public bool Increment { get; }

    public string? Actor { get; set; }

    public string? Recipient { get; set; }

    public HashSet<string> Items { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> ItemOrder { get; } = [];

    public List<ClaimEntry> Entries { get; } = [];

    public float[] Centroid { get; } = new float[ContextVectors.Dimensions];

    /// <summary>The norm of <see cref="Centroid"/>, kept as claims join.</summary>
    public float CentroidNorm { get; set; }

    public string Key { get; set; } = string.Empty;

    /// <summary>The first entry in source and text order, for ordering slots.</summary>
    public (int Article, int Start) First => Entries.Select(e => (e.Article, e.Claim.Quantity.Span.Start)).Min();
}

/// <summary>
/// Aligns claims of different sources that speak of the same fact into slots, by meaning rather than by wording: the
/// same unit family, an increment only with increments, compatible actor, recipient and items (equal, or missing on
/// one side), and words around the quantity that say the same (<see cref="ContextVectors.Window"/>: "killed at least 57
/// people" and "the toll from the quake reached 57" share the quake and the dead). Predicates of one listed class
/// (lend and send are both transfers) need less agreement of the words than unlisted ones; two listed classes that
/// differ (a gift and a sale) never meet. A claim that counts nothing named (no unit) keeps a slot of its own. Claims
/// are placed most specific first, so a claim with a missing role joins the one slot it fits; when it fits several
/// equally, the words decide, and when they do not clearly lead, it keeps a slot of its own rather than be guessed
/// into one. Slots are looked up by unit family, so the work grows with the number of claims, not with its square.
/// </summary>
internal static class ClaimAligner
{
    private const double AmbiguityMargin = 0.1;

    /// <summary>How much the words around two claims must agree for claims of one predicate class to share a slot.</summary>
    internal const double SameClassAgreement = 0.2;

    public static IReadOnlyList<Slot> Align(IReadOnlyList<ClaimEntry> entries, CheckOptions options, CancellationToken cancellationToken = default)
    {
        var vectors = new ContextVectors();
        var counted = new HashSet<(int, int, int)>();
        foreach (var e in entries)
        {
            if (counted.Add((e.Article, e.Claim.Sentence.Start, e.Claim.Sentence.End)))
            {
                vectors.Count(e.Sentence);
            }
        }

        foreach (var e in entries)
        {
            var (start, end) = e.Anchor;
            e.Vector = vectors.Window(e.Sentence, start, end, e.Claim.Quantity.Unit, Roles(e));
        }

        var byUnit = new Dictionary<string, List<Slot>>(StringComparer.Ordinal);
        var all = new List<Slot>();
        var order = entries.Select((e, i) => (e, i)).OrderByDescending(x => Specificity(x.e.Claim)).ThenBy(x => x.i).Select(x => x.e);
        foreach (var entry in order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!byUnit.TryGetValue(entry.UnitFamily, out var slots))
            {
                byUnit[entry.UnitFamily] = slots = [];
            }

            var slot = entry.UnitFamily.Length == 0 ? null : Choose(entry, slots, options);
            if (slot is null)
            {
                slot = new Slot(entry.UnitFamily, entry.Predicate, entry.Increment);
                slots.Add(slot);
                all.Add(slot);
            }

            Join(slot, entry);
        }

        var ordered = all.OrderBy(s => s.First).ToList();
        NameKeys(ordered);
        return ordered;
    }

    /// <summary>
    /// The claim's predicate, items and roles, as words that weigh in its vector; a listed predicate by its class, so that
    /// "ship" and "send" say the same. A group named by a common noun is no party's name (<see cref="ActorMatch.IsCommonGroup"/>):
    /// it is one outlet's wording, and weighs only as a word of the sentence.
    /// </summary>
    private static IEnumerable<string> Roles(ClaimEntry e) =>
        [e.Predicate.Listed ? e.Predicate.Class : e.Claim.Predicate, .. e.Claim.Item, .. new[] { e.Claim.Actor, e.Claim.Recipient }.OfType<string>().Where(r => !ActorMatch.IsCommonGroup(r))];

    private static int Specificity(Claim c) => (c.Actor is null ? 0 : 1) + (c.Recipient is null ? 0 : 1) + (c.Item.Count == 0 ? 0 : 1);

    private static Slot? Choose(ClaimEntry entry, List<Slot> slots, CheckOptions options)
    {
        // Only the two best candidates decide (most roles matched, then the closest words), so only they are kept.
        (Slot Slot, int Matches, double Cosine)? best = null, second = null;
        foreach (var slot in slots)
        {
            // The cheap tests first (the roles' word matching last): every slot of the unit is weighed.
            if (slot.Increment != entry.Increment)
            {
                continue;
            }

            var samePredicate = string.Equals(slot.Predicate.Class, entry.Predicate.Class, StringComparison.Ordinal);
            if (!samePredicate && slot.Predicate.Listed && entry.Predicate.Listed)
            {
                continue; // a gift and a sale, a death and an injury: never one fact
            }

            var cosine = ContextVectors.Cosine(entry.Vector, entry.Nonzero, entry.Norm, slot.Centroid, slot.CentroidNorm);
            if (cosine < (samePredicate ? SameClassAgreement : options.ContextSimilarity) || !Fits(slot, entry.Claim))
            {
                continue;
            }

            var candidate = (slot, Matches(slot, entry.Claim), cosine);
            if (best is not { } b || Better(candidate, b))
            {
                (best, second) = (candidate, best);
            }
            else if (second is not { } c || Better(candidate, c))
            {
                second = candidate;
            }
        }

        if (best is not { } top)
        {
            return null;
        }

        if (second is not { } next || top.Matches > next.Matches)
        {
            return top.Slot;
        }

        // Equally good fits by roles: the words must clearly prefer one, else the claim is not guessed into either.
        return top.Cosine - next.Cosine >= AmbiguityMargin ? top.Slot : null;
    }

    private static bool Better((Slot Slot, int Matches, double Cosine) a, (Slot Slot, int Matches, double Cosine) b) =>
        a.Matches != b.Matches ? a.Matches > b.Matches : a.Cosine > b.Cosine;

    internal static bool Fits(Slot slot, Claim claim) =>
        Compatible(slot.Actor, claim.Actor)
        && Compatible(slot.Recipient, claim.Recipient)
        && (slot.Items.Count == 0 || claim.Item.Count == 0 || claim.Item.Any(i => slot.Items.Any(s => SameItem(s, i))));

    /// <summary>
    /// Two items name one thing when they are equal or one holds the other's words ("Internet" and "Internet services",
    /// "wheat" and "durum wheat"): outlets word a thing at different lengths.
    /// </summary>
    internal static bool SameItem(string a, string b)
    {
        var (shorter, longer) = ByLength(a, b);
        return shorter.Length > 0 && Within(shorter, longer);
    }

    /// <summary>
    /// The words of two names, the shorter first. When both spell a figure ("an eight-year sentence" and "a nine-year
    /// sentence", "a 30-km zone" and "a 20-km zone"), those words are left out: the figure is the claim's value, which the
    /// check compares, not what the item is.
    /// </summary>
    private static (string[] Shorter, string[] Longer) ByLength(string a, string b)
    {
        var (x, y) = (a.Split(' ', StringSplitOptions.RemoveEmptyEntries), b.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (x.Any(SpellsFigure) && y.Any(SpellsFigure) && x.Where(w => !SpellsFigure(w)).ToArray() is { Length: > 0 } xs && y.Where(w => !SpellsFigure(w)).ToArray() is { Length: > 0 } ys)
        {
            (x, y) = (xs, ys);
        }

        return x.Length <= y.Length ? (x, y) : (y, x);
    }

    /// <summary>A compound that opens with a figure, in digits or a number word: "eight-year", "30-km", "two-week", "1,500-tonne".</summary>
    private static bool SpellsFigure(string word)
    {
        var dash = word.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0)
        {
            return false;
        }

        var head = word[..dash];
        return head.All(c => char.IsAsciiDigit(c) || c is ',' or '.') && char.IsAsciiDigit(head[0]) || ContextVectors.IsNumberWord(head.ToLowerInvariant());
    }

    /// <summary>Whether every word of <paramref name="shorter"/> is a word of <paramref name="longer"/>, whatever the case.</summary>
    private static bool Within(string[] shorter, string[] longer) => shorter.All(w => longer.Contains(w, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// Two roles agree unless <see cref="ActorMatch"/> finds them different: either missing, one party under two spellings,
    /// a short form or initials of the other ("Brackmoor" and "Brackmoor Mining"), or a country and a body named by it.
    /// </summary>
    internal static bool Compatible(string? a, string? b) => ActorMatch.MayBeOne(a, b);

    private static int Matches(Slot slot, Claim claim) =>
        (slot.Actor is not null && claim.Actor is not null ? 1 : 0)
        + (slot.Recipient is not null && claim.Recipient is not null ? 1 : 0)
        + (slot.Items.Count > 0 && claim.Item.Count > 0 ? 1 : 0);

    private static void Join(Slot slot, ClaimEntry entry)
    {
        slot.Entries.Add(entry);
        slot.Actor ??= entry.Claim.Actor?.Trim();
        slot.Recipient ??= entry.Claim.Recipient?.Trim();
        foreach (var item in entry.Claim.Item)
        {
            if (!string.IsNullOrWhiteSpace(item) && slot.Items.Add(item.Trim()))
            {
                slot.ItemOrder.Add(item.Trim());
            }
        }

        System.Numerics.Tensors.TensorPrimitives.Add(slot.Centroid, entry.Vector, slot.Centroid);
        slot.CentroidNorm = System.Numerics.Tensors.TensorPrimitives.Norm(slot.Centroid);
    }

    /// <summary>Readable keys such as "doses · AstraZeneca · US → MX"; slots that would share one are told apart by predicate, then by number.</summary>
    private static void NameKeys(List<Slot> slots)
    {
        foreach (var s in slots)
        {
            s.Key = BaseKey(s);
        }

        foreach (var group in slots.GroupBy(s => s.Key, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList())
        {
            foreach (var s in group)
            {
                s.Key += " · " + MainPredicate(s);
            }
        }

        foreach (var group in slots.GroupBy(s => s.Key, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList())
        {
            var n = 1;
            foreach (var s in group.Skip(1))
            {
                s.Key += " #" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    private static string MainPredicate(Slot s) =>
        s.Entries.GroupBy(e => e.Claim.Predicate.ToLowerInvariant(), StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    private static string BaseKey(Slot s)
    {
        var parts = new List<string> { UnitLabel(s.UnitFamily) };
        // A name is said once: an item that is also the actor or the recipient ("the company" that holds its own doses) is named as the role.
        var items = s.ItemOrder.Where(i => !string.Equals(i, s.Actor, StringComparison.Ordinal) && !string.Equals(i, s.Recipient, StringComparison.Ordinal)).ToList();
        if (items.Count > 0)
        {
            parts.Add(string.Join(", ", items));
        }

        var roles = (s.Actor, s.Recipient) switch
        {
            (null, null) => null,
            ({ } a, null) => a,
            (null, { } r) => "→ " + r,
            ({ } a, { } r) => $"{a} → {r}",
        };
        if (roles is not null)
        {
            parts.Add(roles);
        }

        if (s.Increment)
        {
            parts.Add("more");
        }

        return string.Join(" · ", parts);
    }

    /// <summary>
    /// The unit a fact is told in: the word most of its claims count in ("crew members" over one outlet's "crewmen"); on
    /// a tie the family's own word when a claim uses it, else the first claim's; the family when no claim names one.
    /// </summary>
    internal static string? FactUnit(IReadOnlyList<ClaimEntry> claims, string unitFamily)
    {
        var named = claims.Select(e => e.Claim.Quantity.Unit).OfType<string>().ToList();
        if (named.Count == 0)
        {
            return unitFamily.Length == 0 ? null : unitFamily;
        }

        var counts = named.GroupBy(u => u, StringComparer.OrdinalIgnoreCase).Select(g => (Unit: g.First(), Count: g.Count())).ToList();
        var most = counts.Max(c => c.Count);
        var leaders = counts.Where(c => c.Count == most).Select(c => c.Unit).ToList();
        return leaders.Count == 1 ? leaders[0] : leaders.FirstOrDefault(u => string.Equals(u, unitFamily, StringComparison.OrdinalIgnoreCase)) ?? leaders[0];
    }

    internal static string UnitLabel(string unitFamily) => unitFamily switch
    {
        "" => "quantity",
        "percent" => "percent",
        { Length: 3 } u when u.All(char.IsAsciiLetterUpper) => u,
        var u => u.Pluralize(inputIsKnownToBeSingular: true),
    };
}
