namespace NewsFacts.Claims;

/// <summary>
/// Decides a claim's predicate and where it stands: the counted noun when it names the predicate ("530,000 deaths"), a
/// predicate noun right after the figure ("a $500 million loan"), "up" or "down" before a change, else the nearest verb
/// of the lexicon before the figure in its clause (a promise verb governing an infinitive names the claim: "pledged to
/// release"), a predicate noun just before it ("a donation of 500 doses") or a verb after it. A verb the lexicon does not
/// list is read after an auxiliary and adverbs before the figure where the tagger calls it a verb ("has fined", "have
/// already contracted", "would fine"; <see cref="VerbLemmatizer"/> gives its lemma); a figure in apposition ("the first
/// cargo, 30,000 tonnes, docked") takes the verb right after its closing comma; "be" when none is found.
/// </summary>
internal static class PredicateFinder
{
    internal static (Predicate Predicate, int At) Find(ClaimDocument doc, QuantityMention q, int qFirst, int qLast, int clauseFirst, int clauseLast, int first, int last)
    {
        // The counted noun may carry the predicate itself: "530,000 deaths" is about dying.
        var unitWord = q.UnitSpan is { } us ? us.Of(doc.Text).ToLowerInvariant() : null;
        if ((unitWord is not null && doc.Lexicon.Nouns.TryGetValue(unitWord, out var noun)) || (q.Unit is { } u && doc.Lexicon.Nouns.TryGetValue(u + "s", out noun) && noun.Class == PredicateClass.Event))
        {
            return (noun, qLast);
        }

        // "a $500 million loan": a predicate noun right after the quantity.
        if (qLast + 1 < clauseLast && doc.Lexicon.Nouns.TryGetValue(doc.Tokens[qLast + 1].Lower, out var after) && !doc.Tokens[qLast + 1].IsCapitalized)
        {
            return (after, qLast); // read as part of the counted phrase: its subject stands before the quantity
        }

        // "up 8%", "down 3%": a change is a rise or a fall.
        if (q.IsChange && qFirst - 1 >= clauseFirst && doc.Tokens[qFirst - 1].Lower is "up" or "down")
        {
            return (new Predicate(doc.Tokens[qFirst - 1].Lower == "up" ? "rise" : "fall", PredicateClass.Event), qFirst - 1);
        }

        // "the first cargo of rice, 30,000 tonnes, docked on Friday": a figure in apposition, set off by commas, takes the
        // verb right after its closing comma
        if (qFirst - 1 > first && doc.Tokens[qFirst - 1].Text == "," && qLast + 2 <= last && doc.Tokens[qLast + 1].Text == ",")
        {
            var k = qLast + 2;
            if (doc.VerbAt(k) is { } verb)
            {
                return (verb, k);
            }

            if (Unlisted(doc, k, first, last) is { } unlisted)
            {
                return (unlisted, k);
            }
        }

        for (var k = qFirst - 1; k >= clauseFirst && qFirst - k <= ClaimDocument.Reach; k--)
        {
            if (doc.VerbAt(k) is { } verb)
            {
                return (CommitOver(verb, k, clauseFirst), k);
            }

            if (AfterAuxiliary(doc, k, clauseFirst) && Unlisted(doc, k, first, last) is { } unlisted)
            {
                return (CommitOver(unlisted, k, clauseFirst), k); // "has fined", "have already contracted"
            }
        }

        for (var k = qFirst - 1; k >= clauseFirst && qFirst - k <= 4; k--)
        {
            if (doc.Lexicon.Nouns.TryGetValue(doc.Tokens[k].Lower, out var before))
            {
                return (before, k); // "a donation of 500 doses"
            }
        }

        for (var k = qLast + 1; k < clauseLast && k - qLast <= ClaimDocument.Reach + 3; k++)
        {
            if (doc.VerbAt(k) is { } verb)
            {
                return (CommitOver(verb, k, clauseFirst), k);
            }
        }

        return (new Predicate("be", PredicateClass.Hold), qFirst);

        Predicate CommitOver(Predicate verb, int k, int floor)
        {
            // "pledged to release $2bn" is a pledge: a promise verb governing the infinitive names the claim.
            for (var j = k - 1; j >= floor && k - j <= 3; j--)
            {
                if (doc.VerbAt(j) is { Class: PredicateClass.Commit } commit && doc.Tokens[j + 1].Lower == "to")
                {
                    return commit;
                }
            }

            return verb;
        }
    }
    /// <summary>Whether an auxiliary ("has", "would", "was"), past adverbs ("already", "quietly"), stands right before token <paramref name="k"/>.</summary>
    private static bool AfterAuxiliary(ClaimDocument doc, int k, int clauseFirst)
    {
        var adverbs = doc.Lexicon.Words("adverb");
        var j = k - 1;
        while (j >= clauseFirst && k - j <= 4 && (adverbs.Contains(doc.Tokens[j].Lower) || (doc.Tokens[j].Lower.EndsWith("ly", StringComparison.Ordinal) && doc.Tokens[j].Lower.Length > 3)))
        {
            j--;
        }

        return j >= clauseFirst && doc.Lexicon.Words("auxiliary").Contains(doc.Tokens[j].Lower);
    }

    /// <summary>
    /// The predicate of token <paramref name="k"/> when it is a verb the lexicon does not list: a lower-case word outside
    /// any figure that the tagger calls a verb, neither an auxiliary nor a reporting verb ("said" governs what is said, not
    /// the figure); its lemma from <see cref="VerbLemmatizer"/>.
    /// </summary>
    private static Predicate? Unlisted(ClaimDocument doc, int k, int first, int last)
    {
        var t = doc.Tokens[k];
        if (!t.IsWord || t.IsCapitalized || char.IsDigit(t.Text[0]) || doc.InCounted[k] || doc.ReportingVerbs.Contains(t.Lower) || doc.Lexicon.Words("auxiliary").Contains(t.Lower)
            || doc.TagsOf(first, last) is not { } tags || tags[k - first] != "VERB")
        {
            return null;
        }

        var lemma = VerbLemmatizer.Lemma(t.Lower);
        return doc.ReportingVerbs.Contains(lemma) ? null : new Predicate(lemma, PredicateClass.Event);
    }
}
