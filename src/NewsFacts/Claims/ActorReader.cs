namespace NewsFacts.Claims;

/// <summary>
/// Decides who gives, holds or does what a claim counts (its actor): for a verb of getting ("received", "bought from") the
/// source after "from" or a possessive after the figure ("doses of X's vaccine"); else a group named by a common noun
/// (<see cref="GroupActors"/>); for a verb of acquiring the subject; else the subject, or the body after "from" or "by",
/// or for a holding ("there are 5 cases in X") and a toll ("54 deaths in India") the place after "in"; a toll a country
/// reports of itself ("India has reported 54 deaths") is that country's.
/// </summary>
internal static class ActorReader
{
    /// <summary>The actor of the claim read in <paramref name="context"/>, as a code or canonical name.</summary>
    public static string? Read(ClaimContext context)
    {
        var doc = context.Document;
        if (Locates(context))
        {
            return null; // "sank about 12 km off Tarvo Island": the distance says where, no one acts it
        }

        return context.Predicate.Class switch
        {
            PredicateClass.Get => doc.SourceAfter(context.QLast, context.ClauseLast, "from") ?? PossessiveIn(doc, context.QLast, context.ClauseLast),
            PredicateClass.Acquire => GroupActors.Read(context) ?? context.SubjectCode,
            _ => GroupActors.Read(context) ?? context.SubjectCode ?? CountedNation(context) ?? doc.SourceAfter(context.QLast, context.ClauseLast, "from") ?? doc.SourceAfter(context.QLast, context.ClauseLast, "by")
                ?? (context.Predicate.Class == PredicateClass.Hold ? PlaceIn(doc, Math.Max(context.QLast, context.PredicateAt), context.ClauseLast) : null)
                ?? (IsToll(context) ? TollPlace(context) ?? ReportingCountry(context) : null)
                ?? OpeningPlace(context) ?? DescribedBodies.ExecutiveBody(context),
        };
    }

    /// <summary>Directions that place a distance from a place ("12 km off X", "40 km north of X"): <c>Data/check-places.tsv</c>.</summary>
    private static readonly Lazy<HashSet<string>> Directions = new(() =>
        new(Data.Lexicon.Rows("check-places.tsv").Where(r => r.Length >= 2 && r[0] == "direction").Select(r => r[1]), StringComparer.Ordinal));

    /// <summary>Whether the figure is a distance followed by a direction ("about 12 km off Tarvo Island", "30 miles south of X"): it places, it is no one's act.</summary>
    private static bool Locates(ClaimContext context)
    {
        var next = context.QLast + 1;
        return context.Quantity.Unit is "kilometre" or "mile" or "metre" or "nautical mile" && next < context.ClauseLast
            && Directions.Value.Contains(context.Document.Tokens[next].Lower) && context.Document.Tokens[next].Lower is not ("short" or "away" or "outside");
    }

    /// <summary>
    /// "In Peru, the shortfall reached 900 megawatts": a sentence that opens with a country as its place and names no one
    /// who acts is about that country.
    /// </summary>
    private static string? OpeningPlace(ClaimContext context)
    {
        var doc = context.Document;
        if (context.First + 2 >= context.QFirst || doc.Tokens[context.First].Lower != "in" || doc.EntityEndingAt(context.First + 1) is not { Kind: EntityKind.Country } place || !WritesCountryName(doc, place))
        {
            return null;
        }

        var after = doc.TokenRange(place.Span).Last;
        return after < context.QFirst && doc.Tokens[after].Text == "," ? place.Canonical : null;
    }

    /// <summary>
    /// "two Kenyan engineers arrived", "60,000 tonnes of French wheat docked": a figure that is the subject of the verb after
    /// it, with a demonym in its counted phrase (or in an "of" phrase right after it), is that nation's. Not when a
    /// preposition governs the figure ("for 12 Norwegian hospitals") or no verb follows it.
    /// </summary>
    private static string? CountedNation(ClaimContext context)
    {
        var doc = context.Document;
        if (doc.GovernedByPreposition(context.QFirst) || context.QFirst > context.ClauseFirst && doc.VerbAt(context.QFirst - 1) is not null)
        {
            return null;
        }

        var last = context.QLast;
        var end = context.PredicateAt > last ? context.PredicateAt : context.ClauseLast;
        if (last + 2 < end && doc.Tokens[last + 1].Lower == "of")
        {
            last = Math.Min(last + 3, end - 1); // "of French wheat", "of Chilean copper ore"
            while (last > context.QLast + 1 && (doc.Tokens[last].Text == "," || doc.VerbAt(last) is not null))
            {
                last--;
            }
        }

        // the verb follows the phrase: the predicate's, or one the tagger reads ("60,000 tonnes of French wheat, docked")
        var next = last + 1 < end && doc.Tokens[last + 1].Text == "," ? last + 2 : last + 1;
        var tags = doc.TagsOf(context.First, context.Last);
        if (next >= context.Last || !(context.PredicateAt > context.QLast || tags is not null && tags[next - context.First] is "VERB" or "AUX"))
        {
            return null;
        }

        var span = new TextSpan(doc.Tokens[context.QFirst].Start, doc.Tokens[last].End);
        return doc.Inside(doc.Countries, c => c.Span, span).FirstOrDefault() is { Kind: CountryMentionKind.Demonym } nation ? nation.Code : null;
    }

    /// <summary>Whether the claim counts a toll ("54 deaths", "killed 12"): its actor is the country where it happened.</summary>
    private static bool IsToll(ClaimContext context) => context.Document.Lexicon.Words("toll-verb").Contains(context.Predicate.Lemma);

    /// <summary>
    /// "54 deaths in India", "at least 12 in Peru", "were killed in Chad": the country named right after the toll or its verb
    /// (not one further on, which may be another phrase's: "were hurt after fans in Poland threw flares").
    /// </summary>
    private static string? TollPlace(ClaimContext context)
    {
        foreach (var at in (int[])[context.QLast, context.PredicateAt])
        {
            if (at > 0 && at + 2 < context.ClauseLast && context.Document.Tokens[at + 1].Lower == "in" && context.Document.EntityEndingAt(at + 2) is { } place && WritesCountryName(context.Document, place))
            {
                return place.Canonical;
            }
        }

        return null;
    }

    /// <summary>Whether the first country mention inside an entity writes the country's name ("Peru", not "Peruvian" or a metonym).</summary>
    private static bool WritesCountryName(ClaimDocument doc, ClaimEntity entity) =>
        doc.Inside(doc.Countries, c => c.Span, entity.Span).FirstOrDefault() is { Kind: CountryMentionKind.Name };

    /// <summary>"India has reported 54 deaths": a country that is the whole subject of the speech that reports the toll (an auxiliary aside).</summary>
    private static string? ReportingCountry(ClaimContext context)
    {
        if (context.Speech is not { } speech || context.Document.Inside(context.Document.Entities, e => e.Span, speech.Subject).ToList() is not [{ Kind: EntityKind.Country } country])
        {
            return null;
        }

        var text = context.Document.Text;
        var rest = string.Concat(text.AsSpan(speech.Subject.Start, country.Span.Start - speech.Subject.Start), " ", text.AsSpan(country.Span.End, speech.Subject.End - country.Span.End)).Trim();
        return rest is "" or "has" or "have" or "had" ? country.Canonical : null;
    }

    /// <summary>
    /// "there are 5 cases in X": the country named after "in" holds the figure; not a capital or seat of government, which
    /// after "in" is a place ("300 jobs in London and Lusaka").
    /// </summary>
    internal static string? PlaceIn(ClaimDocument doc, int from, int clauseLast)
    {
        for (var k = from + 1; k < clauseLast && k - from <= ClaimDocument.Reach; k++)
        {
            if (doc.Tokens[k].IsWord && char.IsDigit(doc.Tokens[k].Text[0]))
            {
                return null;
            }

            if (doc.Tokens[k].Lower == "in" && doc.EntityWithin(k + 1, clauseLast, 4) is { } e)
            {
                return doc.Inside(doc.Countries, c => c.Span, e.Span).FirstOrDefault() is { Kind: CountryMentionKind.Metonym } ? null : e.Canonical;
            }
        }

        return null;
    }

    /// <summary>"22 million doses of X's vaccine": a country or maker named in the possessive right after the quantity.</summary>
    private static string? PossessiveIn(ClaimDocument doc, int qLast, int clauseLast)
    {
        for (var k = qLast + 1; k + 1 < clauseLast && k - qLast <= 6; k++)
        {
            if (doc.Tokens[k + 1].Text is "'s" or "\u2019s" && doc.EntityEndingAt(k) is { } e)
            {
                return e.Canonical;
            }
        }

        return null;
    }
}
