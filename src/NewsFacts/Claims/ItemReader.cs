namespace NewsFacts.Claims;

/// <summary>
/// Decides a claim's item from the parse of its sentence: the noun phrase the quantity counts or measures. In order:
/// the phrase after "of" ("2 million tonnes of Thai rice": Thai rice), the noun a measure modifies ("a 3,000-metre
/// bridge": bridge), a name written as the counted noun ("40 Danes"), and for a rate, price or measure the subject of the
/// predicate that governs it ("Core inflation rose to 4%": core inflation; "Thai rice sold at $500 a tonne": Thai rice).
/// The phrase keeps its compounds and adjectives, not its determiners, possessors or figures.
/// </summary>
internal static class ItemReader
{
    /// <summary>
    /// The words of the item (first and last, in the parse), or null when the parse names none.
    /// </summary>
    /// <param name="parse">The sentence's parse.</param>
    /// <param name="first">The quantity's first word.</param>
    /// <param name="last">The quantity's last word (its counted noun, when written).</param>
    /// <param name="isRate">Whether the quantity is a rate, a price or a measure (percent, money, a unit of measure) rather than a count of things.</param>
    /// <param name="isNamed">Whether a word is no item: part of a country, company or body that can act (such a subject is an actor), or of a date ("the same day").</param>
    /// <param name="isSaying">Whether a word is a reporting verb ("said"): a figure it governs is what was said, its subject the speaker.</param>
    public static (int First, int Last)? Find(ParsedSentence parse, int first, int last, bool isRate, Func<int, bool> isNamed, Func<int, bool> isSaying)
    {
        var counted = Head(parse, first, last);
        if (counted < 0)
        {
            return null;
        }

        // "tonnes of rice", "38% of the harvest"
        foreach (var d in parse.Dependents(counted))
        {
            if (d > last && parse.Is(d, "nmod") && HasCase(parse, d, "of") && IsNoun(parse, d) && !isNamed(d))
            {
                return Outside(Phrase(parse, d), first, last);
            }
        }

        // "a 3,000-metre bridge", "a 10km stretch": a measure written as one word modifies a noun outside the quantity
        var head = parse.Heads[counted];
        if (head > last && IsNoun(parse, head) && parse.Words[counted].Any(char.IsDigit) && parse.Words[counted].Any(char.IsLetter) && (parse.Is(counted, "amod") || parse.Is(counted, "compound") || parse.Is(counted, "nummod")) && !isNamed(head))
        {
            return Outside(Phrase(parse, head), first, last);
        }

        // "40 Danes": a name is the counted noun itself
        if (last > first && counted == last && IsCapitalizedInside(parse, counted) && !isNamed(counted))
        {
            return Phrase(parse, counted);
        }

        if (!isRate)
        {
            return null;
        }

        // "Core inflation rose to 4%", "The vaccine was 80% effective", "Thai rice sold at $500 a tonne": the thing the
        // rate is of is the subject of an intransitive, passive or copular predicate; "They offered Thai rice at $500" its
        // object. A quantity that is itself the object has an agent for subject ("Farmers sowed 2,000 hectares").
        var k = counted;
        while (parse.Heads[k] >= 0 && parse.Tags[parse.Heads[k]] is not ("VERB" or "ADJ" or "AUX") && (parse.Is(k, "nmod") || parse.Is(k, "obl") || parse.Is(k, "compound") || parse.Is(k, "appos")))
        {
            k = parse.Heads[k];
        }

        var governor = parse.Heads[k];
        if (governor < 0 || parse.Tags[governor] is not ("VERB" or "ADJ" or "AUX") || isSaying(governor) || (parse.Is(k, "obj") && !parse.Dependents(k).Any(c => parse.Is(c, "case"))) || parse.Is(k, "nsubj") || parse.Is(k, "ccomp") || parse.Is(k, "conj"))
        {
            return null;
        }

        var obj = parse.Dependents(governor).FirstOrDefault(d => d != k && parse.Is(d, "obj"), -1);
        var holder = obj >= 0 ? obj : parse.Dependent(governor, "nsubj");
        return holder >= 0 && (holder < first || holder > last) && IsNoun(parse, holder) && !isNamed(holder) ? Outside(Phrase(parse, holder), first, last) : null;
    }

    /// <summary>The phrase without the quantity's own words (a phrase that would hold them is none).</summary>
    private static (int First, int Last)? Outside((int First, int Last) phrase, int first, int last) =>
        phrase.Last < first ? phrase : phrase.First > last ? phrase : phrase.Last > last ? (last + 1, phrase.Last) : null;

    /// <summary>The quantity's word whose head lies outside it ("$" over "500", "tonnes" over "2 million").</summary>
    private static int Head(ParsedSentence parse, int first, int last)
    {
        for (var k = last; k >= first; k--)
        {
            if (parse.Heads[k] < first || parse.Heads[k] > last)
            {
                return k;
            }
        }

        return -1;
    }

    private static bool HasCase(ParsedSentence parse, int noun, string preposition) =>
        parse.Dependents(noun).Any(c => parse.Is(c, "case") && string.Equals(parse.Words[c], preposition, StringComparison.OrdinalIgnoreCase));

    private static bool IsNoun(ParsedSentence parse, int k) =>
        parse.Tags[k] is "NOUN" or "PROPN" && parse.Words[k].Length > 1 && !parse.Words[k].Any(char.IsDigit);

    private static bool IsCapitalizedInside(ParsedSentence parse, int k) =>
        k > 0 && char.IsUpper(parse.Words[k][0]) && parse.Words[k].Skip(1).All(char.IsLower);

    /// <summary>The noun with the compounds, adjectives and flat name parts written right before it.</summary>
    private static (int First, int Last) Phrase(ParsedSentence parse, int noun)
    {
        var start = noun;
        while (start > 0 && parse.IsUnder(start - 1, noun) && Modifies(parse, start - 1))
        {
            start--;
        }

        return (start, noun);
    }

    private static bool Modifies(ParsedSentence parse, int k) =>
        (parse.Is(k, "compound") || parse.Is(k, "amod") || parse.Is(k, "flat")) && !parse.Words[k].Any(char.IsDigit) && char.IsLetter(parse.Words[k][0]);
}
