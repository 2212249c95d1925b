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
                recipient = doc.SourceAfter(Math.Max(qLast, predicateAt), clauseLast, "from");
                break;
            default:
                recipient = RecipientAfter(doc, Math.Max(qLast, predicateAt), clauseLast) ?? RecipientBetween(doc, predicateAt, context.QFirst);
                if (recipient is null && context.Predicate.Class is PredicateClass.Give or PredicateClass.Commit)
                {
                    for (var k = earlier.Count - 1; k >= 0 && earlier[k].Sentence == context.Sentence && recipient is null; k--)
                    {
                        var c = earlier[k];
                        recipient = c.Actor == actor && c.Quantity.Unit == context.Quantity.Unit ? c.Recipient : null;
                    }
                }

                break;
        }

        return recipient == actor ? null : recipient;
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
                return e.Canonical;
            }
        }

        return null;
    }

    /// <summary>"send Mexico 2 million doses": an entity standing bare between the verb and the quantity.</summary>
    private static string? RecipientBetween(ClaimDocument doc, int predicateAt, int qFirst)
    {
        for (var k = predicateAt + 1; k < qFirst; k++)
        {
            if (doc.EntityEndingAt(k) is { } e && !doc.GovernedByPreposition(doc.TokenAt(e.Span.Start, 0, doc.Tokens.Count)) && e.Kind is EntityKind.Country or EntityKind.Organization or EntityKind.Programme)
            {
                return e.Canonical;
            }
        }

        return null;
    }
}
