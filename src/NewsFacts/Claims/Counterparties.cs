using NewsFacts.Recognition;

namespace NewsFacts.Claims;

/// <summary>
/// The two sides of the deal or dispute an article reports, read once per document, and what they give a claim that its
/// own sentence leaves open:
/// <list type="bullet">
/// <item>a takeover: the body a takeover, bid or offer is "of" or "for", or that a body agrees to buy ("Brenmark's takeover
/// of Tarnwell Copper", "agreed to buy Tarnwell Copper"), is paid what any other body offers for it ("the 300p offer",
/// "rival Qilin Metals offered 280p"); an offer no one in its sentence makes is the bidder's, where only one bids;</item>
/// <item>a labour dispute: what the employers' side offers goes to the union, what the union demands is asked of the
/// employers, and a strike ("a 48-hour strike", "4,000 dockers walked out") is the union's, where the article names one
/// union and one employers' body.</item>
/// </list>
/// Each side is a named body; where the article names two targets, two unions or two employers' bodies, that side is
/// left unknown.
/// </summary>
internal sealed class Counterparties
{
    private Counterparties(string? target, string? bidder, string? union, string? employer)
    {
        (Target, Bidder, Union, Employer) = (target, bidder, union, employer);
    }

    /// <summary>The body a takeover or bid is for.</summary>
    public string? Target { get; }

    /// <summary>The body that bids for the target, where one alone does.</summary>
    public string? Bidder { get; }

    /// <summary>The union of a labour dispute.</summary>
    public string? Union { get; }

    /// <summary>The employers' body of a labour dispute.</summary>
    public string? Employer { get; }

    /// <summary>Nouns of a bid or takeover.</summary>
    private static readonly HashSet<string> BidNouns = ClaimLexicon.Instance.Words("bid-noun");

    /// <summary>Verbs of buying a body.</summary>
    private static readonly HashSet<string> BuyVerbs = ClaimLexicon.Instance.Words("buy-verb");

    /// <summary>Predicates of a demand made of the other side.</summary>
    private static readonly HashSet<string> Demands = ClaimLexicon.Instance.Words("demand-verb");

    /// <summary>How many tokens before a verb of buying its buyer is looked for.</summary>
    private const int BuyerReach = 8;

    /// <summary>The sides of <paramref name="doc"/>'s deal or dispute, read in one pass over its tokens.</summary>
    public static Counterparties Of(ClaimDocument doc)
    {
        var targets = new HashSet<string>(StringComparer.Ordinal);
        var bidders = new HashSet<string>(StringComparer.Ordinal);
        var unions = new HashSet<string>(StringComparer.Ordinal);
        var employers = new HashSet<string>(StringComparer.Ordinal);
        var tokens = doc.Tokens;
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            var lower = tokens[k].Lower;
            if (BidNouns.Contains(lower) && tokens[k + 1].Lower is "of" or "for" && BodyAt(doc, k + 2) is { } target)
            {
                targets.Add(target);
                if (PossessiveBefore(doc, k) is { } bidder && bidder != target)
                {
                    bidders.Add(bidder);
                }
            }
            else if (BuyVerbs.Contains(lower) && !tokens[k].IsCapitalized && BodyAt(doc, k + 1) is { } bought)
            {
                targets.Add(bought);
                if (BuyerBefore(doc, k) is { } buyer && buyer != bought)
                {
                    bidders.Add(buyer);
                }
            }

            if (doc.EntityEndingAt(k) is { Kind: EntityKind.Body or EntityKind.Company } body && (k + 1 >= tokens.Count || doc.EntityAtToken[k + 1] != doc.EntityAtToken[k]))
            {
                var start = doc.TokenAt(body.Span.Start, 0, tokens.Count);
                if (Near(doc, start, k, "union") || body.Canonical.Split(' ').Contains("Union"))
                {
                    unions.Add(body.Canonical);
                }
                else if (Near(doc, start, k, "employers") || Near(doc, start, k, "employers'") || Near(doc, start, k, "employers\u2019"))
                {
                    employers.Add(body.Canonical);
                }
            }
        }

        return new Counterparties(Single(targets), Single(bidders), Single(unions), Single(employers));
    }

    /// <summary>The actor a claim's sentence leaves open: the bidder of an offer, or the union of a strike.</summary>
    public string? ActorOf(ClaimContext context)
    {
        var doc = context.Document;
        if (Bidder is not null && IsPayment(context) && ClauseHas(context, BidNouns))
        {
            return Bidder;
        }

        var lemma = context.Predicate.Lemma;
        return Union is not null && Employer is not null
            && (lemma == "strike" || (lemma == "extend" && ClauseHas(context, Strikes)) || WalkedOut(doc, context.QLast, context.ClauseLast))
            ? Union
            : null;
    }

    /// <summary>The recipient a claim's sentence leaves open, given its <paramref name="actor"/>: the target of a bid, the union or the employers.</summary>
    public string? RecipientOf(ClaimContext context, string? actor)
    {
        if (Target is not null && actor is not null && actor != Target && IsPayment(context) && (context.Predicate.Lemma is "offer" or "bid" || ClauseHas(context, BidNouns)))
        {
            return Target;
        }

        if (Union is null || Employer is null || !(QuantityLexicon.IsMoney(context.Quantity.Unit) || context.Quantity.Unit == "percent"))
        {
            return null;
        }

        return actor == Employer ? Union : actor == Union && Demands.Contains(context.Predicate.Lemma) ? Employer : null;
    }

    /// <summary>Nouns of a walkout.</summary>
    private static readonly HashSet<string> Strikes = ClaimLexicon.Instance.Words("strike-noun");

    /// <summary>Whether money, or shares offered for shares, is what the figure counts.</summary>
    private static bool IsPayment(ClaimContext context) => QuantityLexicon.IsMoney(context.Quantity.Unit) || context.Quantity.Unit is "share";

    /// <summary>"4,000 dockers walked out", "downed tools": the figure's phrase followed by a walkout.</summary>
    private static bool WalkedOut(ClaimDocument doc, int qLast, int clauseLast)
    {
        for (var k = qLast + 1; k + 1 < clauseLast && k - qLast <= 6; k++)
        {
            if ((doc.Tokens[k].Lower is "walked" or "walk" or "walks" && doc.Tokens[k + 1].Lower == "out") || (doc.Tokens[k].Lower is "downed" or "down" && doc.Tokens[k + 1].Lower == "tools"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ClauseHas(ClaimContext context, HashSet<string> words)
    {
        for (var k = context.ClauseFirst; k < context.ClauseLast; k++)
        {
            if (words.Contains(context.Document.Tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Single(HashSet<string> names) => names.Count == 1 ? names.First() : null;

    /// <summary>A company or body whose name starts at token <paramref name="k"/> (after "the" at most).</summary>
    private static string? BodyAt(ClaimDocument doc, int k)
    {
        if (k < doc.Tokens.Count && doc.Tokens[k].Lower == "the")
        {
            k++;
        }

        return k < doc.Tokens.Count && doc.EntityEndingAt(k) is { Kind: EntityKind.Body or EntityKind.Company } e && e.Span.Start == doc.Tokens[k].Start ? e.Canonical : null;
    }

    /// <summary>"Brenmark Mining's (agreed) takeover": the body in the possessive before the noun, up to two words between.</summary>
    private static string? PossessiveBefore(ClaimDocument doc, int noun)
    {
        for (var k = noun - 1; k >= 1 && noun - k <= 3; k--)
        {
            if (doc.Tokens[k].Text is "'s" or "\u2019s")
            {
                return doc.EntityEndingAt(k - 1) is { Kind: EntityKind.Body or EntityKind.Company } e ? e.Canonical : null;
            }

            if (!doc.Tokens[k].IsWord || doc.Tokens[k].IsCapitalized)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"Brenmark Mining agreed to buy": the nearest body before the verb in its clause that no preposition governs.</summary>
    private static string? BuyerBefore(ClaimDocument doc, int verb)
    {
        for (var k = verb - 1; k >= 0 && verb - k <= BuyerReach; k--)
        {
            if (ClaimDocument.IsBoundary(doc.Tokens[k]) || doc.Tokens[k].Text is "." or ",")
            {
                return null;
            }

            if (doc.EntityEndingAt(k) is { } e)
            {
                var start = doc.TokenAt(e.Span.Start, 0, doc.Tokens.Count);
                return e.Kind is EntityKind.Body or EntityKind.Company && !doc.GovernedByPreposition(start) ? e.Canonical : null;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="word"/> stands within four tokens before the name or right after it ("the dockers' union Quaymen", "the Quaymen union").</summary>
    private static bool Near(ClaimDocument doc, int start, int end, string word)
    {
        for (var k = start - 1; k >= 0 && start - k <= 4; k--)
        {
            if (doc.Tokens[k].Lower == word)
            {
                return true;
            }

            if (doc.Tokens[k].Text is "." or ";")
            {
                break;
            }
        }

        return end + 1 < doc.Tokens.Count && doc.Tokens[end + 1].Lower == word;
    }
}
