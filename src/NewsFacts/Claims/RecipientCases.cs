using NewsFacts.Recognition;

namespace NewsFacts.Claims;

/// <summary>
/// Recipients that no "to X" right after the figure names, each read from one construction of news writing
/// (<see cref="RecipientReader"/> asks them in turn, and each answers null when its construction is not there):
/// <list type="bullet">
/// <item>money a country owns, given back or moved ("$6 billion of Libyan assets was transferred"): the owner;</item>
/// <item>aid or money for a group of people ("to support fishermen and growers", "a relief package for families"): the group, as written;</item>
/// <item>a swap ("Chile freed four prisoners in exchange for two Chileans held in Peru"): what one side hands over goes to the other;</item>
/// <item>people or goods from abroad that arrive ("two Danish engineers arrived on Friday", "landed in Lima"): the country they arrive in;</item>
/// <item>a prison term ("Ana Ruiz, who was sentenced to nine years"): the person sentenced;</item>
/// <item>the article's one product bought, ordered, asked for or paid for without "from": its maker; delivered, its one buyer.</item>
/// </list>
/// Lexicon: <c>claim-cues.tsv</c> (roles fund-noun, beneficiary-noun, aid-noun, aid-verb, arrival-verb, purchase-word).
/// </summary>
internal static class RecipientCases
{
    private static readonly HashSet<string> FundNouns = ClaimLexicon.Instance.Words("fund-noun");

    private static readonly HashSet<string> Beneficiaries = ClaimLexicon.Instance.Words("beneficiary-noun");

    private static readonly HashSet<string> AidNouns = ClaimLexicon.Instance.Words("aid-noun");

    private static readonly HashSet<string> AidVerbs = ClaimLexicon.Instance.Words("aid-verb");

    private static readonly HashSet<string> Arrivals = ClaimLexicon.Instance.Words("arrival-verb");

    private static readonly HashSet<string> Purchases = ClaimLexicon.Instance.Words("purchase-word");

    /// <summary>How many tokens after the figure a construction is looked for.</summary>
    private const int Reach = 8;

    /// <summary>
    /// "unfroze 1.9 billion krona of Libyan funds", "$40 million in Cuban assets was transferred": money of a country's
    /// funds or assets, given, released or moved, goes to that country.
    /// </summary>
    public static string? Owner(ClaimContext context)
    {
        var doc = context.Document;
        if (context.Predicate.Class != PredicateClass.Give || !QuantityLexicon.IsMoney(context.Quantity.Unit))
        {
            return null;
        }

        var k = PastConversion(doc, context.QLast + 1, context.Last);
        if (k + 2 >= context.Last || doc.Tokens[k].Lower is not ("of" or "in"))
        {
            return null;
        }

        k += doc.Tokens[k + 1].Lower == "the" ? 2 : 1;
        if (doc.EntityEndingAt(k) is not { Kind: EntityKind.Country } owner)
        {
            return null;
        }

        var end = EntityEnd(doc, k);
        return end + 1 < context.Last && FundNouns.Contains(doc.Tokens[end + 1].Lower) ? owner.Canonical : null;
    }

    /// <summary>
    /// "will release 5 billion pesos to support fishermen and growers", "a 2 million euro relief package for families": the
    /// group of people that money given (or a package of aid) is for, as the article writes it; not a figure's own count.
    /// </summary>
    public static string? Group(ClaimContext context)
    {
        var doc = context.Document;
        var aid = context.Predicate.Class is PredicateClass.Give or PredicateClass.Commit;
        var from = PastConversion(doc, context.QLast + 1, context.Last);
        for (var k = from; k < context.Last && k - from <= Reach; k++)
        {
            var t = doc.Tokens[k];
            if (doc.InCounted[k] || t.Text is "," or ";" or "." || ClaimDocument.IsBoundary(t))
            {
                return null;
            }

            if (AidNouns.Contains(t.Lower) && k - from <= 2)
            {
                aid = true;
            }
            else if (t.Lower is "for" or "to" && aid)
            {
                var j = k + 1;
                if (t.Lower == "to" && j < context.Last && AidVerbs.Contains(doc.Tokens[j].Lower))
                {
                    j++;
                }
                else if (t.Lower == "to")
                {
                    return null;
                }

                return GroupAt(doc, j, context.Last);
            }
        }

        return null;
    }

    /// <summary>"farmers and herders", "(the) families": plural nouns of people joined by "and" or a comma, from token <paramref name="k"/>; not an owner ("farmers' unions").</summary>
    private static string? GroupAt(ClaimDocument doc, int k, int last)
    {
        if (k < last && doc.Tokens[k].Lower == "the")
        {
            k++;
        }

        if (k >= last || !Beneficiaries.Contains(doc.Tokens[k].Text))
        {
            return null;
        }

        var end = k;
        while (end + 2 < last && doc.Tokens[end + 1].Lower is "and" or "," && Beneficiaries.Contains(doc.Tokens[end + 2].Text))
        {
            end += 2;
        }

        // "for farmers' unions", "for workers' housing": the group owns what the money is for, and is not paid it
        return end + 1 < last && doc.Tokens[end + 1].Text is "'" or "\u2019" or "'s" or "\u2019s" ? null : doc.Text[doc.Tokens[k].Start..doc.Tokens[end].End];
    }

    /// <summary>
    /// "Chile freed four prisoners in exchange for two Chileans held in Peru": in a swap, those handed over before "in
    /// exchange for" go to the country the others are held in; the others, held there, go to the side that freed the first
    /// (the actor of an earlier figure of the sentence). Both sides must be named, and differ.
    /// </summary>
    public static string? Swap(ClaimContext context, List<Claim> earlier)
    {
        var doc = context.Document;
        var at = ExchangeAt(doc, context.First, context.Last);
        if (at < 0)
        {
            return null;
        }

        if (context.QLast < at)
        {
            return HeldIn(doc, at + 3, context.Last);
        }

        if (context.QFirst <= at + 2 || HeldIn(doc, context.QLast + 1, context.Last) is not { } held)
        {
            return null;
        }

        for (var k = earlier.Count - 1; k >= 0 && earlier[k].Sentence == context.Sentence; k--)
        {
            if (earlier[k].Quantity.Span.End <= doc.Tokens[at].Start && earlier[k].Actor is { Length: 2 } side && doc.Lexicon.Codes.Contains(side))
            {
                return side != held ? side : null;
            }
        }

        return null;
    }

    /// <summary>Where "in exchange for" stands in the sentence (its "in"), or -1.</summary>
    private static int ExchangeAt(ClaimDocument doc, int first, int last)
    {
        for (var k = first; k + 2 < last; k++)
        {
            if (doc.Tokens[k].Lower == "in" && doc.Tokens[k + 1].Lower == "exchange" && doc.Tokens[k + 2].Lower == "for")
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>"(held) in Peru", "in Peruvian jails": the country right after the next "in", within a few tokens.</summary>
    private static string? HeldIn(ClaimDocument doc, int from, int last)
    {
        for (var k = from; k + 1 < last && k - from <= Reach; k++)
        {
            if (doc.Tokens[k].Text is "," or ";" || ClaimDocument.IsBoundary(doc.Tokens[k]))
            {
                return null;
            }

            if (doc.Tokens[k].Lower == "in")
            {
                return CountryAt(doc, k + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// "two Danish engineers arrived on Friday", "six experts from Peru landed in Quito", "who arrived with 3 tonnes of
    /// sand": people or goods from another country (the actor, or a nation written in the figure's phrase or after "from")
    /// that arrive go to the country they arrive in: named after "in", else the one the article is about.
    /// </summary>
    public static string? Host(ClaimContext context, string? actor)
    {
        var doc = context.Document;
        if (!RecipientReader.IsThing(context.Quantity.Unit))
        {
            return null;
        }

        var verb = context.Predicate.Lemma == "arrive" && context.PredicateAt >= 0 && context.PredicateAt < context.QFirst ? context.PredicateAt : -1;
        for (var k = context.QLast + 1; verb < 0 && k < context.ClauseLast && k - context.QLast <= ClaimDocument.Reach; k++)
        {
            var lower = doc.Tokens[k].Lower;
            if (doc.InCounted[k])
            {
                return null;
            }

            if (Arrivals.Contains(lower) || (lower is "flew" or "flown" && k + 1 < context.ClauseLast && doc.Tokens[k + 1].Lower == "in"))
            {
                verb = k;
            }
        }

        if (verb < 0)
        {
            return null;
        }

        var foreign = actor is { Length: 2 } && doc.Lexicon.Codes.Contains(actor) ? actor
            : doc.CountryIn(new TextSpan(doc.Tokens[context.QFirst].Start, doc.Tokens[context.QLast].End)) ?? CountryAfterFrom(doc, context.QLast + 1, Math.Max(verb, context.QLast + 1));
        var place = PlaceAfter(doc, verb + 1, context.ClauseLast) ?? doc.DominantCountry;
        return foreign is not null && place is not null && foreign != place ? place : null;
    }

    /// <summary>"from Peru", "from the Peruvian navy": the country right after "from" before token <paramref name="to"/>.</summary>
    private static string? CountryAfterFrom(ClaimDocument doc, int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
        {
            if (doc.Tokens[k].Lower == "from")
            {
                return CountryAt(doc, doc.Tokens[k + 1].Lower == "the" ? k + 2 : k + 1);
            }
        }

        return null;
    }

    /// <summary>"in Lima", "in Peru", "at Lima" within three tokens after the verb: the country of the place arrived in.</summary>
    private static string? PlaceAfter(ClaimDocument doc, int from, int last)
    {
        for (var k = from; k + 1 < last && k - from < 3; k++)
        {
            if (doc.Tokens[k].Lower is "in" or "at")
            {
                var next = doc.Tokens[k + 1];
                return CountryAt(doc, k + 1) ?? (next.IsCapitalized && doc.Lexicon.Capitals.TryGetValue(next.Text, out var code) ? code : null);
            }
        }

        return null;
    }

    /// <summary>
    /// "the ministry ordered 60 million doses", "a contract worth 2 billion pesos", "is paying $5 a dose": the article's one
    /// product (the claim's item is its brand, or the sentence's figure before it is an order of it by the same actor) bought,
    /// ordered, asked for or paid for, where no source is named, is bought from its maker; not what the maker itself does.
    /// </summary>
    public static string? Seller(ClaimContext context, string? actor, List<string> items, List<Claim> earlier)
    {
        var doc = context.Document;
        if (doc.Products.SingleMaker is not { } maker || maker == actor || doc.Products.Single is not { } brand)
        {
            return null;
        }

        // "ordered 30 million doses, a contract worth 900 million pesos": the sentence's order of the product is what the contract is for
        var ordered = earlier.Count > 0 && earlier[^1].Sentence == context.Sentence && earlier[^1].Recipient == maker && earlier[^1].Actor == actor;
        if (!items.Contains(brand) && !(ordered && QuantityLexicon.IsMoney(context.Quantity.Unit)))
        {
            return null;
        }

        var lemma = context.Predicate.Lemma;
        if ((context.Predicate.Class == PredicateClass.Acquire && Purchases.Contains(lemma)) || lemma is "pay")
        {
            return maker;
        }

        if (!QuantityLexicon.IsMoney(context.Quantity.Unit))
        {
            return null;
        }

        // "a contract worth 2 billion pesos", "an order of 9 million dollars"
        for (var k = context.QFirst - 1; k >= context.ClauseFirst && context.QFirst - k <= 3; k--)
        {
            if (Purchases.Contains(doc.Tokens[k].Lower))
            {
                return maker;
            }
        }

        return null;
    }

    /// <summary>
    /// "The first 400,000 kits go out in June", "the first kits have reached pharmacies": the article's one
    /// product, counted in its units and delivered, shipped, supplied or arrived by no one else, goes to its buyer, the one
    /// actor of the article's claims that bought, ordered or paid its maker for it (asking for it is no purchase yet). Read
    /// once all the article's claims are built, since a report may tell the delivery before the order.
    /// </summary>
    public static void Buyers(ClaimDocument doc, List<Claim> claims)
    {
        if (doc.Products.SingleMaker is not { } maker || doc.Products.Single is not { } brand)
        {
            return;
        }

        string? buyer = null;
        foreach (var c in claims)
        {
            if (c.Recipient == maker && c.Actor is { } a && a != maker && c.Predicate is not ("request" or "ask"))
            {
                if (buyer is not null && buyer != a)
                {
                    return;
                }

                buyer = a;
            }
        }

        var units = doc.Lexicon.Words("product-unit");
        for (var i = 0; buyer is not null && i < claims.Count; i++)
        {
            var c = claims[i];
            if (c.Recipient is null && (c.Actor is null || c.Actor == maker) && c.Predicate is "deliver" or "ship" or "supply" or "reach" or "arrive"
                && c.Item.Contains(brand) && c.Quantity.Unit is { } unit && units.Contains(unit))
            {
                claims[i] = c with { Recipient = doc.Shared(buyer) };
            }
        }
    }

    /// <summary>
    /// "Ana Ruiz, a pilot who was sentenced to nine years", "Ruiz was arrested in May and sentenced to nine years", "Luis
    /// Mora, who had served two years of a six-year sentence": a prison term goes to the person sentenced, the name before
    /// "who" (or before the apposition that "who" follows), else the person the clause opens with, written in full where the
    /// article named the person in full before. Not a body or a country ("Peru sentenced him to 9 years" names no one).
    /// </summary>
    public static string? Convict(ClaimContext context)
    {
        var doc = context.Document;
        if (context.Quantity.Unit is not ("year" or "month") || !IsTerm(doc, context))
        {
            return null;
        }

        for (var k = context.QFirst - 1; k > context.First && context.QFirst - k <= Reach + 4; k--)
        {
            if (doc.Tokens[k].Lower == "who")
            {
                return PersonBefore(doc, k - 1, context.First);
            }

            if (doc.Tokens[k].Text is ";" or ":")
            {
                return null;
            }
        }

        // "Ruiz, 51, was arrested ... and sentenced": the person the sentence opens with
        var end = context.First;
        while (end + 1 < context.QFirst && IsNameWord(doc, end + 1))
        {
            end++;
        }

        return IsNameWord(doc, context.First) && Person(doc, context.First, end) is { } name && end + 1 < context.QFirst && doc.Tokens[end + 1].Text is "," or "was" or "had" or "has" or "is"
            ? FullName(doc, name, context.First)
            : null;
    }

    /// <summary>Whether the figure is a prison term: "sentenced to 9 years", "a nine-year sentence", "9 years in prison".</summary>
    private static bool IsTerm(ClaimDocument doc, ClaimContext context)
    {
        if (context.QFirst >= 2 && doc.Tokens[context.QFirst - 1].Lower == "to" && doc.Tokens[context.QFirst - 2].Lower is "sentenced" or "jailed" or "condemned")
        {
            return true;
        }

        var next = context.QLast + 1 < context.Last ? doc.Tokens[context.QLast + 1].Lower : string.Empty;
        var after = context.QLast + 2 < context.Last ? doc.Tokens[context.QLast + 2].Lower : string.Empty;
        return next is "sentence" || (next is "in" && after is "prison" or "jail");
    }

    /// <summary>The person named right before token <paramref name="k"/>+1 ("Luis Mora, who"), or before an apposition ("Luis Mora, 46, a pilot from Cusco, who").</summary>
    private static string? PersonBefore(ClaimDocument doc, int k, int first)
    {
        var comma = k >= first && doc.Tokens[k].Text == ",";
        var j = comma ? k - 1 : k;
        if (comma && NameEndingAt(doc, j, first) is { } direct)
        {
            return direct;
        }

        for (var i = j; i > first && j - i <= Reach + 2; i--)
        {
            if (doc.Tokens[i].Text == "," && NameEndingAt(doc, i - 1, first) is { } described)
            {
                return described;
            }

            if (doc.Tokens[i].Text is "." or ";" or ":")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Two or three capitalized words ending at <paramref name="k"/> that no entity holds and no preposition governs ("from Nueva Loja"), as a person's name.</summary>
    private static string? NameEndingAt(ClaimDocument doc, int k, int first)
    {
        var start = k;
        while (start - 1 >= first && k - start < 2 && IsNameWord(doc, start - 1))
        {
            start--;
        }

        return start < k && IsNameWord(doc, k) && !doc.GovernedByPreposition(start) ? Person(doc, start, k) : null;
    }

    /// <summary>The words from <paramref name="first"/> to <paramref name="last"/> as a person's name: two or three words, or one the article names in full elsewhere.</summary>
    private static string? Person(ClaimDocument doc, int first, int last) =>
        last - first is >= 0 and <= 2 && doc.Tokens[first].Lower is not ("the" or "a" or "an") && !doc.Pronouns.Contains(doc.Tokens[first].Lower)
            ? doc.Text[doc.Tokens[first].Start..doc.Tokens[last].End]
            : null;

    /// <summary>A surname alone ("Ruiz") written in full as the article first named the person ("Ana Ruiz"); a full name as it is; null for a lone word the article never names in full.</summary>
    private static string? FullName(ClaimDocument doc, string name, int before)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return name;
        }

        for (var k = 1; k < before; k++)
        {
            if (doc.Tokens[k].Text == name && IsNameWord(doc, k - 1) && (k < 2 || !IsNameWord(doc, k - 2)))
            {
                return doc.Text[doc.Tokens[k - 1].Start..doc.Tokens[k].End];
            }
        }

        return null;
    }

    /// <summary>A capitalized word of letters that no entity holds and no function word is ("The", "In").</summary>
    private static bool IsNameWord(ClaimDocument doc, int k)
    {
        var t = doc.Tokens[k];
        return t.IsWord && t.IsCapitalized && doc.EntityAtToken[k] < 0 && t.Text.Length > 1 && t.Text.All(char.IsLetter) && !t.Text.All(char.IsUpper)
            && !doc.Pronouns.Contains(t.Lower) && t.Lower is not ("the" or "a" or "an" or "in" or "on" or "at" or "after" or "before" or "among" or "but" or "and" or "his" or "her" or "their");
    }

    /// <summary>The country of the entity at token <paramref name="k"/>, if it is one.</summary>
    private static string? CountryAt(ClaimDocument doc, int k) =>
        k < doc.Tokens.Count && doc.EntityEndingAt(k) is { Kind: EntityKind.Country } e ? e.Canonical : null;

    /// <summary>The last token of the entity at token <paramref name="k"/>.</summary>
    private static int EntityEnd(ClaimDocument doc, int k)
    {
        while (k + 1 < doc.Tokens.Count && doc.EntityAtToken[k + 1] == doc.EntityAtToken[k])
        {
            k++;
        }

        return k;
    }

    /// <summary>Past a bracketed conversion that opens at token <paramref name="k"/> ("($1.1 billion)"), else <paramref name="k"/>.</summary>
    private static int PastConversion(ClaimDocument doc, int k, int last)
    {
        if (k >= last || doc.Tokens[k].Text != "(")
        {
            return k;
        }

        for (var j = k + 1; j < last && j - k <= 6; j++)
        {
            if (doc.Tokens[j].Text == ")")
            {
                return j + 1;
            }
        }

        return k;
    }
}
