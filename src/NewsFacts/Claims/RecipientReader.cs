using NewsFacts.Recognition;

namespace NewsFacts.Claims;

/// <summary>
/// Decides who receives what a claim counts (its recipient): for a verb of getting the subject; for a verb of acquiring
/// the source after "from"; else the body after "to" or "for", one standing bare between the verb and the figure ("send X
/// 2 million doses"), or for a gift or pledge the recipient of an earlier figure of the same actor and unit in the
/// sentence. Never the actor itself.
/// </summary>
internal static class RecipientReader
{
    /// <summary>The recipient of the claim read in <paramref name="context"/>, given its <paramref name="actor"/> and the claims built before it.</summary>
    public static string? Read(ClaimContext context, string? actor, List<Claim> earlier)
    {
        var doc = context.Document;
        var (qLast, clauseLast, predicateAt) = (context.QLast, context.ClauseLast, context.PredicateAt);
        string? recipient;
        switch (context.Predicate.Class)
        {
            case PredicateClass.Get:
                recipient = context.SubjectCode;
                break;
            case PredicateClass.Acquire:
                recipient = doc.SourceAfter(Math.Max(qLast, predicateAt), clauseLast, "from") ?? BoughtFor(doc, predicateAt, context.QFirst);
                break;
            default:
                recipient = RecipientCases.Convict(context) ?? RecipientCases.Swap(context, earlier) ?? RecipientCases.Owner(context) ?? RecipientAfter(doc, Math.Max(qLast, predicateAt), clauseLast) ?? RecipientBetween(doc, predicateAt, context.QFirst)
                    ?? CapitalAfter(doc, context.QFirst, clauseLast) ?? RecipientCases.Group(context);
                if (recipient is null && context.Predicate.Class is PredicateClass.Give or PredicateClass.Commit)
                {
                    for (var k = earlier.Count - 1; k >= 0 && earlier[k].Sentence == context.Sentence && recipient is null; k--)
                    {
                        var c = earlier[k];
                        recipient = c.Actor == actor && c.Quantity.Unit == context.Quantity.Unit ? c.Recipient : null;
                    }
                }

                recipient ??= RecipientCases.Host(context, actor) ?? HostOf(context, actor);

                break;
        }

        return recipient == actor ? null : recipient;
    }

    /// <summary>The international bodies of the lexicon (the EU, the World Bank): what they give, money too, goes to the country the article is about.</summary>
    private static readonly HashSet<string> Organizations = ClaimLexicon.Instance.Entities.Where(e => e.Kind == EntityKind.Organization).Select(e => e.Canonical).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// "France has sent three investigators" in a story told about Kenya: what a foreign country gives goes to the country
    /// the article is about, and so does money an international body gives ("the World Bank will lend $2 billion"); not
    /// what is given "to 69 countries" (the figure counts the receivers).
    /// </summary>
    private static string? HostOf(ClaimContext context, string? actor)
    {
        var doc = context.Document;
        var international = actor is not null && Organizations.Contains(actor);
        return context.Predicate.Class == PredicateClass.Give && (international || (actor is { Length: 2 } && doc.Lexicon.Codes.Contains(actor))) && doc.DominantCountry is { } host && host != actor
            && (context.QFirst == 0 || doc.Tokens[context.QFirst - 1].Lower is not ("to" or "for")) && (IsThing(context.Quantity.Unit) || (international && QuantityLexicon.IsMoney(context.Quantity.Unit)))
            ? host
            : null;
    }

    /// <summary>
    /// Whether a unit counts or measures things that can be sent or arrive (investigators, tents, metres of boom), not
    /// money, a share or a span of time: "offered 4.2%", "offered 150 euros a month", "four years in prison" and "5% growth
    /// as Danish firms arrived" are no aid sent and no arrival.
    /// </summary>
    internal static bool IsThing(string? unit) =>
        unit is not null && !QuantityLexicon.IsMoney(unit)
        && unit is not ("percent" or "percentage point" or "basis point" or "year" or "month" or "week" or "day" or "hour" or "minute" or "second" or "decade" or "century");

    /// <summary>
    /// "agreed to buy Tarnwell Copper for 385 pence a share": a body bought for the figure is paid it (the one it is bought
    /// from, as with "bought from"); the body stands right after the verb, and "for" right before the figure.
    /// </summary>
    private static string? BoughtFor(ClaimDocument doc, int predicateAt, int qFirst)
    {
        var k = predicateAt + 1;
        if (k < qFirst && doc.Tokens[k].Lower == "the")
        {
            k++;
        }

        var e = k < qFirst ? doc.EntityAtToken[k] : -1;
        if (e < 0 || doc.Entities[e].Kind is not (EntityKind.Body or EntityKind.Company or EntityKind.Organization) || qFirst < 1 || doc.Tokens[qFirst - 1].Lower != "for")
        {
            return null;
        }

        var end = doc.TokenAt(doc.Entities[e].Span.End, k, qFirst);
        return end == qFirst - 1 ? doc.Entities[e].Canonical : null;
    }

    /// <summary>"to X" / "for X" after the quantity, before the next quantity: the receiving country or body.</summary>
    private static string? RecipientAfter(ClaimDocument doc, int qLast, int clauseLast)
    {
        for (var k = qLast + 1; k < clauseLast && k - qLast <= ClaimDocument.Reach; k++)
        {
            var t = doc.Tokens[k];
            if (t.IsWord && char.IsDigit(t.Text[0]))
            {
                return null; // the next quantity has its own recipient
            }

            if (t.Lower is "to" or "for" && doc.EntityWithin(k + 1, clauseLast, 7) is { } e && e.Kind is not EntityKind.Product)
            {
                return GovernedBy(doc, k, e) ? e.Canonical : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the "to" or "for" at <paramref name="k"/> is the preposition nearest before entity <paramref name="e"/>: in
    /// "11 to Tarvik Bay and six to the Danish ports" the nation is the second "to"'s, and the first figure's is unknown.
    /// </summary>
    private static bool GovernedBy(ClaimDocument doc, int k, ClaimEntity e)
    {
        for (var j = k + 1; j < doc.Tokens.Count && doc.Tokens[j].End <= e.Span.Start; j++)
        {
            if (doc.Tokens[j].Lower is "to" or "for")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether only an article stands between token <paramref name="k"/> and the figure ("offered Tarnwell Copper 385 pence",
    /// not "offered a coastguard dive team and 900 metres of netting", where the body names what is offered), or the comma that
    /// closes an apposition ("fined the owner, Tarvik Lines, 30 million pesos").
    /// </summary>
    private static bool NextToFigure(ClaimDocument doc, int k, int qFirst)
    {
        for (var j = k + 1; j < qFirst; j++)
        {
            if (doc.Tokens[j].Lower is not ("a" or "an" or "the" or "another") && !(j == k + 1 && doc.Tokens[j].Text == "," && j + 1 == qFirst))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "flew five engineers to Oslo": a capital the goods or people are sent to stands for its country, though
    /// as a place it is no country mention.
    /// </summary>
    private static string? CapitalAfter(ClaimDocument doc, int qFirst, int clauseLast)
    {
        for (var k = qFirst + 1; k + 1 < clauseLast && k - qFirst <= ClaimDocument.Reach; k++)
        {
            if (doc.Tokens[k].Lower == "to" && doc.Tokens[k + 1].IsCapitalized && doc.Lexicon.Capitals.TryGetValue(doc.Tokens[k + 1].Text, out var code))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>"send Mexico 2 million doses": an entity standing bare between the verb and the quantity.</summary>
    private static string? RecipientBetween(ClaimDocument doc, int predicateAt, int qFirst)
    {
        for (var k = predicateAt + 1; k < qFirst; k++)
        {
            if (doc.EntityEndingAt(k) is { } e && !doc.GovernedByPreposition(doc.TokenAt(e.Span.Start, 0, doc.Tokens.Count)) && e.Kind is EntityKind.Country or EntityKind.Organization or EntityKind.Programme or EntityKind.Body
                && (e.Kind != EntityKind.Body || NextToFigure(doc, k, qFirst)))
            {
                return e.Canonical;
            }
        }

        return null;
    }
}
