namespace NewsFacts.Checking;

/// <summary>
/// Cross-checks the facts of several articles about one story: folds copies and versions into origins
/// (<see cref="CopyDetector"/>), aligns the claims into slots (<see cref="ClaimAligner"/>) and judges each slot
/// (<see cref="Verdicts"/>).
/// </summary>
internal static class CrossChecker
{
    public static CrossCheckReport Check(IReadOnlyList<ArticleFacts> articles, CheckOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(options);
        var copies = CopyDetector.Detect([.. articles.Select(CopyDetector.Input.Of)], options, cancellationToken);
        var entries = Entries(articles, copies.Origin);
        var slots = ClaimAligner.Align(entries, options, cancellationToken);
        var verdicts = new Verdicts(articles, entries, options);
        foreach (var slot in slots)
        {
            cancellationToken.ThrowIfCancellationRequested();
            verdicts.Judge(slot);
        }

        verdicts.Finish();
        return new CrossCheckReport
        {
            Sources = articles.Select(a => a.Source with { Id = a.Id }).ToList().AsReadOnly(),
            Copies = copies.Groups.ToList().AsReadOnly(),
            Facts = verdicts.Facts.AsReadOnly(),
            Conflicts = verdicts.Conflicts.AsReadOnly(),
            SingleSource = verdicts.Facts.Where(f => f.IndependentSources == 1).ToList().AsReadOnly(),
        };
    }

    internal static List<ClaimEntry> Entries(IReadOnlyList<ArticleFacts> articles, int[] origin)
    {
        var entries = new List<ClaimEntry>();
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            var text = a.Text;
            foreach (var read in a.Claims)
            {
                var claim = read.Provenance is null ? read with { Provenance = a.ProvenanceOf(read) } : read;
                var span = claim.Sentence;
                var fits = span.Start >= 0 && span.End <= text.Length && !span.IsEmpty;
                var sentence = fits ? span.Of(text) : claim.Quantity.Text;
                (DateOnly, DateOnly)? published = a.Source.Published is { } p ? (p, p) : null;
                var own = OpenEnded(Timex.Days(claim.Date?.Value), claim.Date?.Mod, a.Source.Published);
                entries.Add(new ClaimEntry(i, a.Id, origin[i], claim, sentence, fits ? span.Start : -1, a.Source.Published)
                {
                    Increment = IsIncrement(text, claim.Quantity),
                    EventMeasures = fits ? EventMeasuresIn(text, a.Quantities, span, claim.Quantity) : [],
                    OwnDate = own,
                    When = own ?? published,
                });
            }
        }

        return entries;
    }

    /// <summary>
    /// The values of the quantities in <paramref name="sentence"/> other than <paramref name="own"/> that measure an event
    /// ("a magnitude-4.8 tremor hurt two miners": 4.8). A sentence that gives none but names the event again ("the
    /// quake injured two people") tells of the event measured last before it.
    /// </summary>
    internal static double[] EventMeasuresIn(string text, IReadOnlyList<QuantityMention> quantities, TextSpan sentence, QuantityMention own)
    {
        static bool Measures(QuantityMention q) => CheckLexicon.IsEventMeasure(CheckLexicon.UnitFamily(q.Unit));
        double[] inside = [.. quantities.Where(q => q.Span.Start >= sentence.Start && q.Span.End <= sentence.End && q.Span != own.Span && Measures(q)).Select(q => q.Value)];
        if (inside.Length > 0 || !NamesEventAgain(sentence.Of(text)))
        {
            return inside;
        }

        return quantities.Where(q => q.Span.End <= sentence.Start && Measures(q)).MaxBy(q => q.Span.End) is { } last ? [last.Value] : [];
    }

    /// <summary>"The quake", "this tremor": a sentence that names a measured event it has told of before.</summary>
    private static bool NamesEventAgain(string sentence)
    {
        var words = Words(sentence);
        for (var k = 0; k + 1 < words.Count; k++)
        {
            if (words[k] is "the" or "this" or "that" && CheckLexicon.IsMeasuredEventNoun(words[k + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The time a claim holds over when its date opens or closes a period: "in 14 states since 2021" holds from 2021 to
    /// the day of publication, "closed until May 30" from publication to May 30 (TIMEX3 mods <c>AFTER</c>,
    /// <c>ON_OR_AFTER</c>, <c>BEFORE</c>, <c>ON_OR_BEFORE</c>). Any other date is the claim's own as written.
    /// </summary>
    internal static (DateOnly Start, DateOnly End)? OpenEnded((DateOnly Start, DateOnly End)? date, string? mod, DateOnly? published)
    {
        if (date is not { } d || published is not { } p)
        {
            return date;
        }

        return mod switch
        {
            "AFTER" or "ON_OR_AFTER" when p > d.End => (d.Start, p),
            "BEFORE" or "ON_OR_BEFORE" when p < d.Start => (p, d.End),
            _ => date,
        };
    }

    /// <summary>
    /// Whether the quantity counts an increment rather than a total: an increment word inside it or just before it
    /// ("an additional $2 billion", "another 500"), or right after the number ("28 more", "300 new cases").
    /// "More than" before a number is a bound, not an increment.
    /// </summary>
    internal static bool IsIncrement(string text, QuantityMention q)
    {
        if (q.Span.Start < 0 || q.Span.End > text.Length || q.Span.IsEmpty)
        {
            return false;
        }

        var inside = Words(q.Span.Of(text));
        for (var k = 0; k < inside.Count; k++)
        {
            if (CheckLexicon.IsIncrementWord(inside[k]) && !(inside[k] == "more" && k + 1 < inside.Count && inside[k + 1] == "than"))
            {
                return true;
            }
        }

        var before = Words(text.AsSpan(Math.Max(0, q.Span.Start - 24), q.Span.Start - Math.Max(0, q.Span.Start - 24)).ToString());
        foreach (var w in before.TakeLast(2))
        {
            if (w != "more" && CheckLexicon.IsIncrementWord(w))
            {
                return true;
            }
        }

        var after = Words(text.AsSpan(q.Span.End, Math.Min(16, text.Length - q.Span.End)).ToString());
        return after.Count > 0 && CheckLexicon.IsIncrementWord(after[0]) && !(after[0] == "more" && after.Count > 1 && after[1] == "than");
    }

    private static List<string> Words(string s)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= s.Length; i++)
        {
            var letter = i < s.Length && char.IsLetter(s[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(s[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
