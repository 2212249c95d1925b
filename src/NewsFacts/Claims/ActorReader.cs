namespace NewsFacts.Claims;

/// <summary>
/// Decides who gives, holds or does what a claim counts (its actor): for a verb of getting ("received", "bought from") the
/// source after "from" or a possessive after the figure ("doses of X's vaccine"); for a verb of acquiring the subject;
/// else the subject, or the body after "from" or "by", or for a holding ("there are 5 cases in X") the place after "in".
/// </summary>
internal static class ActorReader
{
    /// <summary>The actor of the claim read in <paramref name="context"/>, as a code or canonical name.</summary>
    public static string? Read(ClaimContext context)
    {
        var doc = context.Document;
        return context.Predicate.Class switch
        {
            PredicateClass.Get => doc.SourceAfter(context.QLast, context.ClauseLast, "from") ?? PossessiveIn(doc, context.QLast, context.ClauseLast),
            PredicateClass.Acquire => context.SubjectCode,
            _ => context.SubjectCode ?? doc.SourceAfter(context.QLast, context.ClauseLast, "from") ?? doc.SourceAfter(context.QLast, context.ClauseLast, "by")
                ?? (context.Predicate.Class == PredicateClass.Hold ? PlaceIn(doc, Math.Max(context.QLast, context.PredicateAt), context.ClauseLast) : null),
        };
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
