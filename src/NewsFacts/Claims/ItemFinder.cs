namespace NewsFacts.Claims;

/// <summary>
/// Decides a claim's items (products, goods, programmes, makers): names of the lexicon in the sentence and names inside
/// the counted phrase ("15 Leopard tanks"), else those of a recent sentence that the claim points back to ("those doses")
/// or that counts the same noun, else the article's one product named by its maker when the claim is about it ("1.5
/// million doses", "Efficacy was 71%": <see cref="ProductBrands"/>), else the phrase the sentence's parse gives
/// (<see cref="ItemReader"/>); a price of each thing counted before it takes their item ("at $8 million each").
/// </summary>
internal static class ItemFinder
{
    private const int LookBackSentences = 3;

    /// <summary>The items of the claim read in <paramref name="context"/>, as written or canonical, completed from the claims built before it (<see cref="ItemCarry"/>).</summary>
    public static List<string> Read(ClaimContext context, List<Claim> earlier)
    {
        var doc = context.Document;
        var (q, qFirst, qLast, first, last) = (context.Quantity, context.QFirst, context.QLast, context.First, context.Last);
        var items = Items(doc, q, qFirst, qLast, context.ClauseFirst, context.ClauseLast, context.SentenceIndex, first, last);
        var definite = false;
        var brand = doc.Products.Single;
        if (items.Count == 0 && brand is not null && ProductBrands.Concerns(doc, q.Unit, qLast, context.ClauseFirst, context.ClauseLast))
        {
            items.Add(brand); // "1.5 million doses", "Efficacy was 71%": the article's one product
        }

        // "at $4 million each" prices each thing counted before it: their item, not the parse's
        var each = PricesEach(doc, qLast, last);
        if (items.Count == 0 && !each && ParsedItem(doc, q, qFirst, qLast, first, last, out definite) is { } parsedItem)
        {
            items.Add(brand is not null && ProductBrands.IsProductWord(doc, parsedItem) ? brand : parsedItem);
        }

        ItemCarry.Complete(items, earlier, context.Sentence, q.Unit, definite, each);

        return items;
    }

    /// <summary>Whether "each" follows the figure, past a bracketed conversion ("at 35 reais ($6.40) each"): a price of each of the things counted before it.</summary>
    private static bool PricesEach(ClaimDocument doc, int qLast, int sentenceLast)
    {
        var k = qLast + 1;
        if (k < sentenceLast && doc.Tokens[k].Text == "(")
        {
            while (k < sentenceLast && doc.Tokens[k].Text != ")" && k - qLast < 10)
            {
                k++;
            }

            k++;
        }

        return k < sentenceLast && doc.Tokens[k].Lower == "each";
    }

    /// <summary>The item that the sentence's structure gives (<see cref="ItemReader"/>), as written, and whether "the" comes before it; a common noun or adjective opening the sentence loses its capital (not a country's: "French wheat").</summary>
    private static string? ParsedItem(ClaimDocument doc, QuantityMention q, int qFirst, int qLast, int first, int last, out bool definite)
    {
        definite = false;
        var isRate = q.Unit is { } unit && (unit is "percent" or "basis point" || (unit.Length == 3 && unit.All(char.IsUpper)) || doc.Measures.Contains(unit));

        // The parse is asked only where a rule of the item reader can apply: a rate, "... of X" after the quantity (or
        // after a parenthesis), a measure written as one word ("3,000-metre"), a capitalized counted noun, or "for" or
        // "on" before the quantity.
        var counted = doc.Tokens[qLast].Text;
        var mayHaveItem = isRate || (qLast + 1 < last && doc.Tokens[qLast + 1].Lower == "of")
            || (counted.Any(char.IsDigit) && counted.Any(char.IsLetter)) || (qLast > qFirst && doc.Tokens[qLast].IsCapitalized)
            || (qLast + 1 < last && doc.Tokens[qLast + 1].Text == "(") || (qFirst > first && doc.Tokens[qFirst - 1].Lower is "for" or "on");
        if (!mayHaveItem || doc.ParseOf(first, last) is not { } parse)
        {
            return null;
        }

        bool IsNamed(int k) => (doc.EntityAtToken[first + k] >= 0 && doc.Entities[doc.EntityAtToken[first + k]].Kind is not (EntityKind.Product or EntityKind.Body))
            || Sorted.FirstFrom(doc.Dates, d => d.Span.End, doc.Tokens[first + k].End) is var d && d < doc.Dates.Count && doc.Dates[d].Span.Start <= doc.Tokens[first + k].Start;
        var found = ItemReader.Find(parse, qFirst - first, qLast - first, isRate, q.Unit is "percent" or "basis point", ItemReader.IsMass(q.Unit), IsNamed, k => doc.CountryIn(new TextSpan(doc.Tokens[first + k].Start, doc.Tokens[first + k].End)) is not null, k => doc.ReportingVerbs.Contains(doc.Tokens[first + k].Lower));
        if (found is not { } words)
        {
            return null;
        }

        definite = first + words.First > 0 && doc.Tokens[first + words.First - 1].Lower == "the";
        var text = doc.Text[doc.Tokens[first + words.First].Start..doc.Tokens[first + words.Last].End];
        return words.First == 0 && parse.Tags[0] is "NOUN" or "ADJ" && (doc.EntityAtToken[first] < 0 || doc.Entities[doc.EntityAtToken[first]].Kind == EntityKind.Body) && text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1])
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;
    }

    private static List<string> Items(ClaimDocument doc, QuantityMention q, int qFirst, int qLast, int clauseFirst, int clauseLast, int sentenceIndex, int first, int last)
    {
        static bool IsItem(ClaimEntity e) => e.Kind is EntityKind.Company or EntityKind.Product or EntityKind.Programme;
        List<string> Within(TextSpan span)
        {
            List<string> found = [.. doc.Inside(doc.Entities, e => e.Span, span).Where(IsItem).Select(e => e.Canonical).Distinct(StringComparer.Ordinal)];
            found.AddRange(doc.Products.WrittenIn(doc, span).Where(b => !found.Contains(b)));
            return found;
        }

        // "40 Danes", "12 Poles": a count of nationals counts people of that nation; the demonym as written
        // is what is counted, so that the Danes aboard and the Poles aboard are two facts.
        if (q.UnitSpan is { } counted && doc.Inside(doc.Countries, c => c.Span, q.Span).FirstOrDefault(c => c.Kind == CountryMentionKind.Demonym && c.Span.End == counted.End) is { } nationals)
        {
            return [nationals.Span.Of(doc.Text)];
        }

        var sentence = doc.Document.Segmentation.Sentences[sentenceIndex];
        var items = NamedInPhrase(doc, q, qFirst, qLast, clauseLast);
        foreach (var item in Within(sentence))
        {
            if (!items.Contains(item))
            {
                items.Add(item);
            }
        }

        if (items.Count > 0)
        {
            return items;
        }

        // "2.5 million of those", "the vaccine": the product of a recent sentence; likewise the same counted noun shortly after.
        var anaphoric = HasAnaphor(doc, Math.Max(first, qFirst - 40), Math.Min(last, qLast + 40));
        for (var back = 1; back <= LookBackSentences && sentenceIndex - back >= 0; back++)
        {
            var earlier = doc.Document.Segmentation.Sentences[sentenceIndex - back];
            var found = Within(earlier);
            if (found.Count > 0 && (anaphoric || (q.UnitSpan is { } unit && MentionsWord(doc, earlier, unit.Of(doc.Text)))))
            {
                return found;
            }
        }

        return [];
    }

    /// <summary>
    /// Names inside the counted phrase that no lexicon knows: a capitalized modifier before the counted noun ("15 Leopard
    /// tanks") or a capitalized name right after it ("300 shares of Nvidia"), unless it is a country, a month or a day.
    /// </summary>
    private static List<string> NamedInPhrase(ClaimDocument doc, QuantityMention q, int qFirst, int qLast, int clauseLast)
    {
        var names = new List<string>();
        var notItems = doc.Lexicon.Words("not-item");
        bool IsName(int k) => doc.Tokens[k].IsWord && doc.Tokens[k].IsCapitalized && !char.IsDigit(doc.Tokens[k].Text[0]) && !doc.IsSentenceOpening(k)
            && doc.EntityEndingAt(k) is null or { Kind: EntityKind.Body } && !notItems.Contains(doc.Tokens[k].Lower) && doc.Tokens[k].Text.Skip(1).Any(char.IsLower);

        if (q.UnitSpan is not { } unit)
        {
            return names;
        }

        var unitFirst = doc.TokenAt(unit.Start, qFirst, doc.Tokens.Count);
        for (var k = qFirst + 1; unitFirst > qFirst && k < unitFirst; k++)
        {
            if (IsName(k))
            {
                var s = k;
                while (k + 1 < unitFirst && IsName(k + 1))
                {
                    k++;
                }

                names.Add(doc.Text[doc.Tokens[s].Start..doc.Tokens[k].End]);
            }
        }

        if (qLast + 2 < clauseLast && doc.Tokens[qLast + 1].Lower == "of" && IsName(qLast + 2))
        {
            var e = qLast + 2;
            while (e + 1 < clauseLast && IsName(e + 1))
            {
                e++;
            }

            names.Add(doc.Text[doc.Tokens[qLast + 2].Start..doc.Tokens[e].End]);
        }

        return names;
    }

    private static bool HasAnaphor(ClaimDocument doc, int first, int last) => doc.HasPhrase("anaphor", first, last, cue: false);

    private static bool MentionsWord(ClaimDocument doc, TextSpan sentence, string word)
    {
        var (first, last) = doc.TokenRange(sentence);
        for (var k = first; k < last && k - first < 200; k++)
        {
            if (string.Equals(doc.Tokens[k].Text, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
