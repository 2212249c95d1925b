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
    /// <param name="isPercent">Whether the rate is a percentage or basis points (a bare figure after a verb of change is its level: "prices rose 5%").</param>
    /// <param name="isMass">Whether the quantity measures goods by weight or volume (<see cref="IsMass"/>): its item is the goods, not their harvest.</param>
    /// <param name="isCountry">Whether a word names a country (a demonym too: "Chilean inflation" is inflation).</param>
    public static (int First, int Last)? Find(ParsedSentence parse, int first, int last, bool isRate, bool isPercent, bool isMass, Func<int, bool> isNamed, Func<int, bool> isCountry, Func<int, bool> isSaying)
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
                // "48 millimetres of rain fell": a verb of change read as the phrase's noun is no part of it
                var phrase = Phrase(parse, d);
                if (phrase.Last > phrase.First && Role(parse, phrase.Last) is "level" or "reach")
                {
                    phrase = (phrase.First, phrase.Last - 1);
                }

                return Outside(phrase, first, last);
            }
        }

        // The same by tags, where the arcs miss it: "85,000 litres of oily waste", "1.2 million litres (about 7,500 barrels) of fuel oil"
        if (After(parse, last, isNamed) is { } after)
        {
            return after;
        }

        // "the first shipment of Thai rice this season, 30,000 tonnes, arrived": a figure set off by commas measures the "of" phrase before it
        if (Apposed(parse, first, last, isNamed) is { } apposed)
        {
            return apposed;
        }

        // "a 3,000-metre bridge", "a 10km stretch": a measure written as one word modifies a noun outside the quantity
        var head = parse.Heads[counted];
        if (head > last && IsNoun(parse, head) && parse.Words[counted].Any(char.IsDigit) && parse.Words[counted].Any(char.IsLetter) && (parse.Is(counted, "amod") || parse.Is(counted, "compound") || parse.Is(counted, "nummod")) && !isNamed(head) && Role(parse, head) != "place")
        {
            return Outside(Phrase(parse, head), first, last);
        }

        // "put 40 million rand into a fund for farmers", "$88 a tonne for Canadian barley": what money is paid for
        if (isRate && For(parse, last, isNamed) is { } paidFor)
        {
            return paidFor;
        }

        // "40 Danes", "12 Poles": a name is the counted noun itself (a demonym counted is a group of people, not the
        // country that acts); "21 South Africans" keeps the name's first word, which the quantity may hold
        if (last > first && counted == last && IsCapitalizedInside(parse, counted) && parse.Words[counted].EndsWith('s'))
        {
            var start = counted;
            while (start - 1 > first && IsCapitalizedInside(parse, start - 1) && parse.Tags[start - 1] is "PROPN" or "ADJ" or "NOUN")
            {
                start--;
            }

            return (start, counted);
        }

        if (!isRate)
        {
            return Before(parse, first, false, isNamed);
        }

        var found = Governed(parse, counted, first, last, isNamed, isSaying) is { } governed && Usable(parse, governed)
            ? Flow(governed, parse, isMass)
            : Near(parse, first, isPercent, isMass, k => isNamed(k) || (isPercent && isCountry(k)), isSaying);

        found ??= isPercent ? Before(parse, first, true, isNamed) : null;

        // A rate of an economy drops its country: "Turkish inflation" is inflation (goods keep theirs: "French wheat")
        while (found is { } f && isPercent && f.First < f.Last && isCountry(f.First))
        {
            found = (f.First + 1, f.Last);
        }

        return found;
    }

    /// <summary>The holder that the parse gives a rate: the subject or object of the predicate governing it.</summary>
    private static (int First, int Last)? Governed(ParsedSentence parse, int counted, int first, int last, Func<int, bool> isNamed, Func<int, bool> isSaying)
    {

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
        return holder >= 0 && (holder < first || holder > last) && IsNoun(parse, holder) && !isNamed(holder) && !HasFigure(parse, holder) ? Outside(Phrase(parse, holder), first, last) : null;
    }

    /// <summary>Whether a noun counts a figure of its own ("2.9 million hectares"): it is another quantity's unit, no item.</summary>
    private static bool HasFigure(ParsedSentence parse, int noun) =>
        (noun > 0 && parse.Tags[noun - 1] == "NUM") || parse.Dependents(noun).Any(d => parse.Tags[d] == "NUM" && d < noun);

    /// <summary>
    /// The item of a rate read from the words and tags around it, where the parse's arcs name none (tags are right more
    /// often than arcs): the verb before the figure, with only prepositions, determiners, figures and nouns between
    /// ("rose to 4.4%", "peaked at 14.1%", "touched a record 71 terawatt-hours"); then the object of that verb when a
    /// preposition leads on to the figure ("raised its benchmark rate by 50 basis points to 5.75%"; "its forecast for
    /// growth" gives growth), else its subject, past auxiliaries and a clause set off by commas ("Core inflation, which
    /// excludes food, rose to 4.4%"). A figure written bare after the verb is its subject's level only after a verb of
    /// reaching ("demand reached 262 gigawatts") or, for a percentage, a verb of change ("prices rose 5%"): "farmers
    /// planted 40,000 hectares" names an agent, no item.
    /// </summary>
    private static (int First, int Last)? Near(ParsedSentence parse, int first, bool isPercent, bool isMass, Func<int, bool> isNamed, Func<int, bool> isSaying)
    {
        var verb = -1;
        var bare = true;
        for (var k = first - 1; k >= 0 && first - k <= 12; k--)
        {
            var tag = parse.Tags[k];
            // A word after an auxiliary other than "be" is a verb, whatever the tagger says ("had stood at", "will fall to"), and so is a verb of
            // level between a noun and a figure ("consumption hit a record")
            if (tag == "VERB" || (tag is "NOUN" or "ADJ" && k > 0 && parse.Tags[k - 1] == "AUX" && parse.Words[k - 1].ToLowerInvariant() is not ("is" or "are" or "was" or "were" or "be" or "been" or "being" or "'s"))
                || (tag == "NOUN" && Role(parse, k) is "reach" or "level" && k > 0 && parse.Tags[k - 1] == "NOUN" && parse.Tags[k + 1] is "DET" or "NUM"))
            {
                verb = k;
                break;
            }

            if (tag is "PUNCT" or "SCONJ" or "CCONJ" or "AUX" || (tag == "PRON" && Role(parse, k) != "possessive"))
            {
                return null;
            }

            bare &= tag != "ADP" && parse.Words[k] != "to" && Role(parse, k) != "place";
        }

        if (verb < 0 || isSaying(verb))
        {
            return null;
        }

        var role = Role(parse, verb);
        if (bare)
        {
            return role == "reach" || (isPercent && role == "level") ? Subject(parse, verb, isPercent, isMass, isNamed) : null;
        }

        // The object between the verb and the figure: "raised its rate by 50 basis points to 5.75%"
        var at = verb + 1;
        while (at < first && (parse.Tags[at] == "DET" || Role(parse, at) == "possessive"))
        {
            at++;
        }

        var end = at;
        while (end < first && parse.Tags[end] is "NOUN" or "ADJ" or "PROPN" && !isNamed(end))
        {
            end++;
        }

        var noun = end - 1;
        if (end == at || Role(parse, noun) is "place" or "time" || parse.Tags[noun] == "ADJ")
        {
            return Subject(parse, verb, isPercent, isMass, isNamed);
        }

        if (end >= first || parse.Tags[end] != "ADP" || HasFigure(parse, noun))
        {
            return null;
        }

        if (Role(parse, noun) == "view")
        {
            // "its outlook for exports next year to 3.2%": the phrase after "for"
            var k = end + 1;
            while (parse.Words[end] is "for" or "of" && k < first && parse.Tags[k] is "ADJ" or "NOUN" && !isNamed(k) && Role(parse, k) != "time")
            {
                k++;
            }

            return k > end + 1 && parse.Tags[k - 1] == "NOUN" ? (end + 1, k - 1) : null;
        }

        return Flow((at, noun), parse, isMass);
    }

    /// <summary>The phrase after "of" right after the quantity (past a parenthesis), read from tags: adjectives and nouns ending in a noun.</summary>
    private static (int First, int Last)? After(ParsedSentence parse, int last, Func<int, bool> isNamed)
    {
        var k = last + 1;
        if (k < parse.Words.Count && parse.Words[k] == "(")
        {
            while (k < parse.Words.Count && parse.Words[k] != ")" && k - last < 10)
            {
                k++;
            }

            k++;
        }

        if (k >= parse.Words.Count || parse.Words[k] != "of")
        {
            return null;
        }

        var start = k + 1;
        var end = start;
        while (end < parse.Words.Count && parse.Tags[end] is "NOUN" or "ADJ" or "PROPN" && char.IsLetter(parse.Words[end][0]) && (!isNamed(end) || parse.Tags[end] == "ADJ") && Role(parse, end) is not ("time" or "level" or "reach"))
        {
            end++;
        }

        return end > start && parse.Tags[end - 1] == "NOUN" && parse.Words[end - 1].Length > 1 ? (start, end - 1) : null;
    }

    /// <summary>
    /// The phrase after "of" in a noun phrase that a quantity set off by commas stands in apposition to ("the largest
    /// cargo of Thai rice this season, 30,000 tonnes, docked": Thai rice): a comma before the quantity and one after it,
    /// and between the "of" and the first comma only nouns, adjectives, determiners, figures and prepositions (no verb,
    /// no other comma), at most ten words.
    /// </summary>
    private static (int First, int Last)? Apposed(ParsedSentence parse, int first, int last, Func<int, bool> isNamed)
    {
        if (first < 3 || parse.Words[first - 1] != "," || last + 1 >= parse.Words.Count || parse.Words[last + 1] != ",")
        {
            return null;
        }

        for (var k = first - 2; k > 0 && first - k <= 10; k--)
        {
            if (parse.Tags[k] is "VERB" or "AUX" or "PRON" or "PUNCT" or "CCONJ" || parse.Words[k] is "," or ";" or ":")
            {
                return null;
            }

            if (parse.Words[k] == "of")
            {
                if (!IsNoun(parse, k - 1) || isNamed(k - 1))
                {
                    return null;
                }

                // the noun that ends the run of words after "of" ("Thai rice" in "of Thai rice this season"), with its modifiers
                var j = k + 1;
                while (j < first - 2 && parse.Tags[j] is "DET" or "ADJ" or "PROPN" or "NOUN" && !(parse.Tags[j] == "NOUN" && parse.Tags[j + 1] is not ("NOUN" or "PROPN")))
                {
                    j++;
                }

                return parse.Tags[j] == "NOUN" && !isNamed(j) && Role(parse, j) is not ("time" or "level" or "reach") ? Outside(Phrase(parse, j), first, last) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The noun right before a preposition that leads to the quantity: a service or record for or on people ("radiotherapy
    /// for 450 patients", "data on 310,000 patients"); for a percentage also "of" ("inflation of 4.1%").
    /// </summary>
    private static (int First, int Last)? Before(ParsedSentence parse, int first, bool isPercent, Func<int, bool> isNamed)
    {
        var k = first - 1;
        if (k < 1 || !(parse.Words[k] is "for" or "on" || (isPercent && parse.Words[k] == "of")))
        {
            return null;
        }

        var noun = k - 1;
        if (parse.Tags[noun] != "NOUN" || isNamed(noun) || Role(parse, noun) is not null || HasFigure(parse, noun) || parse.Words[noun].Length < 2)
        {
            return null;
        }

        var start = noun;
        while (start > 0 && parse.Tags[start - 1] is "NOUN" or "ADJ" && !isNamed(start - 1) && char.IsLetter(parse.Words[start - 1][0]))
        {
            start--;
        }

        return (start, noun);
    }

    /// <summary>The phrase after "for" that follows a sum of money (past "a tonne", "per dose", "each"), when it names a thing.</summary>
    private static (int First, int Last)? For(ParsedSentence parse, int last, Func<int, bool> isNamed)
    {
        var k = last + 1;
        if (k + 1 < parse.Words.Count && parse.Words[k] is "a" or "per" && parse.Tags[k + 1] == "NOUN")
        {
            k += 2;
        }
        else if (k < parse.Words.Count && parse.Words[k] == "each")
        {
            k++;
        }

        if (k >= parse.Words.Count || parse.Words[k] != "for")
        {
            return null;
        }

        var start = k + 1;
        var end = start;
        while (end < parse.Words.Count && parse.Tags[end] is "NOUN" or "ADJ" or "PROPN" && char.IsLetter(parse.Words[end][0]) && (!isNamed(end) || parse.Tags[end] == "ADJ") && Role(parse, end) != "time")
        {
            end++;
        }

        return end > start && parse.Tags[end - 1] == "NOUN" && (end == parse.Words.Count || parse.Tags[end] != "NUM") ? (start, end - 1) : null;
    }

    /// <summary>The noun phrase that ends right before the verb (past auxiliaries, adverbs and a clause set off by commas), when it is a thing.</summary>
    private static (int First, int Last)? Subject(ParsedSentence parse, int verb, bool isPercent, bool isMass, Func<int, bool> isNamed)
    {
        var k = verb - 1;
        while (k >= 0 && (parse.Tags[k] is "AUX" or "ADV" or "PART" || Role(parse, k) == "auxiliary"))
        {
            k--;
        }

        if (k >= 0 && parse.Words[k] == ",")
        {
            // "Wage growth, which leaves out bonuses, slowed": the subject is before the clause
            var open = k - 1;
            while (open >= 0 && parse.Words[open] != "," && k - open <= 15)
            {
                open--;
            }

            if (open < 1 || parse.Words[open] != ",")
            {
                return null;
            }

            k = open - 1;
        }

        // "peak power demand reached": a noun read as a verb right before the verb, or before its auxiliary ("the maize
        // harvest will fall": no verb comes before its own auxiliary); and "the barley harvest will fall": a noun read as
        // an adjective after a noun
        var misread = k > 0 && ((parse.Tags[k] == "VERB" && parse.Tags[k - 1] is "NOUN" or "ADJ" && (k == verb - 1 || parse.Tags[k + 1] == "AUX"))
            || (parse.Tags[k] == "ADJ" && parse.Tags[k - 1] == "NOUN")) && Role(parse, k) is null or "flow";
        if (k < 0 || (parse.Tags[k] is not ("NOUN" or "PROPN") && !misread) || !char.IsLetter(parse.Words[k][0]) || parse.Words[k].Length < 2 || isNamed(k) || Role(parse, k) is "place" or "time" || HasFigure(parse, k))
        {
            return null;
        }

        // "bread prices in rural towns have doubled": the subject is before its place
        var chunk = k;
        while (chunk > 0 && parse.Tags[chunk - 1] is "NOUN" or "ADJ")
        {
            chunk--;
        }

        if (chunk > 1 && parse.Tags[chunk - 1] == "DET")
        {
            chunk--;
        }

        if (chunk > 1 && parse.Tags[chunk - 1] == "ADP" && parse.Words[chunk - 1] is "in" or "at" && parse.Tags[chunk - 2] == "NOUN" && !isNamed(chunk - 2))
        {
            k = chunk - 2;
        }

        // A rate of an economy drops its country ("Chilean inflation": inflation); goods keep their origin ("French soft wheat").
        var start = k;
        while (start > 0 && parse.Tags[start - 1] is "NOUN" or "ADJ" or "PROPN" && char.IsLetter(parse.Words[start - 1][0])
            && (!isNamed(start - 1) || (!isPercent && parse.Tags[start - 1] == "ADJ")))
        {
            start--;
        }

        return Flow((start, k), parse, isMass);
    }

    /// <summary>"the wheat harvest" measured in tonnes is wheat: a noun of an amount of goods gives way to its compound.</summary>
    private static (int First, int Last) Flow((int First, int Last) phrase, ParsedSentence parse, bool isMass) =>
        isMass && phrase.Last > phrase.First && Role(parse, phrase.Last) == "flow" ? (phrase.First, phrase.Last - 1) : phrase;

    /// <summary>Whether the parse's holder can be an item: not a place, time or view word ("the previous high", "the year", "its forecast").</summary>
    private static bool Usable(ParsedSentence parse, (int First, int Last) phrase) =>
        Role(parse, phrase.Last) is not ("place" or "time" or "view") && !(Role(parse, phrase.Last) is "reach" or "level" && parse.Tags[phrase.Last] == "NOUN") && !HasFigure(parse, phrase.Last);

    /// <summary>The word's role in <c>claim-item-words.tsv</c>, or null.</summary>
    private static string? Role(ParsedSentence parse, int k) => Words.Of(parse.Words[k]);

    /// <summary>The words of <c>claim-item-words.tsv</c>, by role.</summary>
    private static class Words
    {
        private static readonly Dictionary<string, string> Roles = Lexicon.Rows("claim-item-words.tsv").Where(r => r.Length >= 2).ToDictionary(r => r[0], r => r[1], StringComparer.OrdinalIgnoreCase);

        public static string? Of(string word) => Roles.GetValueOrDefault(word);
    }

    /// <summary>Whether a unit weighs or measures goods (tonnes, litres, barrels).</summary>
    public static bool IsMass(string? unit) => unit is not null && Words.Of(unit) == "mass";

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
