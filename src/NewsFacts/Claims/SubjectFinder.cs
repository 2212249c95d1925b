using System.Text.RegularExpressions;

namespace NewsFacts.Claims;

/// <summary>
/// Finds the subject of a claim's predicate (the nearest entity, pronoun or description before it that no preposition
/// governs) and resolves it to a code or name: an entity is its canonical name, "we" the speaker's country, "he" or "she"
/// the person the sentence attributes to, a description ("the company") and "it" what they stand for earlier on.
/// </summary>
internal static partial class SubjectFinder
{
    /// <summary>How many tokens before its predicate a subject is looked for, so that a long sentence costs no more per claim than a short one.</summary>
    private const int SubjectReach = 60;

    /// <summary>The subject of the predicate: the nearest entity, pronoun or description before it that is not governed by a preposition.</summary>
    internal static SubjectRef? Find(ClaimDocument doc, int qFirst, int qLast, int predicateAt, int scopeFirst, ReportedSpeaker? speech)
    {
        // A verb after the quantity: its subject stands between them ("2 million of those, we will lend"), else the counted
        // thing itself is the subject ("18 countries have halted", "doses will be sent") and names no actor.
        // A verb before the quantity: its subject stands before the verb, not among its objects ("Ottawa has lent a coastguard
        // crew and 900 metres of netting" is Ottawa's loan).
        var after = predicateAt > qLast;
        var from = after || predicateAt < qFirst ? predicateAt : qFirst;
        var floor = after ? qLast + 1 : scopeFirst;
        // the figure's predicate is a noun: "a 4% offer", "its offer of 300p"
        var offered = predicateAt <= qLast && doc.VerbAt(predicateAt) is null
            && (doc.Lexicon.Nouns.ContainsKey(doc.Tokens[predicateAt].Lower) || predicateAt + 1 < doc.Tokens.Count && doc.Lexicon.Nouns.ContainsKey(doc.Tokens[predicateAt + 1].Lower));
        var responses = doc.Lexicon.Words("response");
        if (!after && predicateAt < qFirst && UnnamedGroupBefore(doc, predicateAt, scopeFirst, out _))
        {
            return null; // "said engineers had restored 40%": the group acts, not a body named further back
        }

        if (qFirst - 2 >= scopeFirst && doc.Tokens[qFirst - 1].Text is "'s" or "\u2019s" && qLast + 1 < doc.Tokens.Count && doc.Tokens[qLast + 1].IsWord
            && !doc.Tokens[qLast + 1].IsCapitalized && doc.VerbAt(qLast + 1) is null
            && !doc.Prepositions.Contains(doc.Tokens[qLast + 1].Lower) && !doc.Lexicon.Words("auxiliary").Contains(doc.Tokens[qLast + 1].Lower)
            && (doc.EntityEndingAt(qFirst - 2) ?? DescribedBodyAt(doc, qFirst - 2)) is { } owner)
        {
            return new SubjectRef(owner, null, qFirst - 2); // "far from the bank's 2% goal": the owner of the figure's noun, whatever governs it
        }

        for (var k = from - 1; k >= floor && from - k <= SubjectReach; k--)
        {
            var t = doc.Tokens[k];
            if (t.Lower is "while" or "whereas" or "although" && !(k + 2 >= qFirst - 1 && doc.Tokens[k + 1].Lower.EndsWith("ing", StringComparison.Ordinal)))
            {
                // (not "sank ... while carrying 9,000 tonnes": a gerund right before the figure has the clause's own subject)
                break; // "..., the agency said, while fishing boats landed 30 tonnes": the clause before has its own subject
            }

            if (offered && responses.Contains(t.Lower))
            {
                return null; // "the union rejected a 4% offer": who rejects it is not who makes it
            }

            if (offered && t.Lower is "its" or "their" && k > floor && responses.Contains(doc.Tokens[k - 1].Lower))
            {
                // "Tarnwell rejected its offer": the owner is named before the one who rejects the offer
                var answering = Find(doc, k, k, k - 1, scopeFirst, speech);
                var before = answering is { Entity: { } named } ? doc.TokenAt(named.Span.Start, 0, doc.Tokens.Count) : answering?.Token ?? k - 1;
                return new SubjectRef(null, "it", before);
            }

            if (speech is not null && speech.Verb < from && speech.Subject.Contains(t.Span) && !Controls(doc, speech.Verb))
            {
                if (SaysAndDoes(doc, speech, from) && doc.EntityEndingAt(k) is { } speaker)
                {
                    return new SubjectRef(speaker, null, k); // "..., Tessel said, and expects savings of $90 million": the speaker expects
                }

                continue; // who says it is not who does it: "The UN says 6 million have fled"
            }

            if (t.Lower is "which" or "who" && RelativeAntecedent(doc, k, predicateAt, qFirst) is { } antecedent)
            {
                return antecedent;
            }

            if ((NamedReferents.PortCityAt(doc, k) is { } port && !doc.GovernedByPreposition(k) ? port
                : NamedReferents.DescribedAt(doc, k) is { } described && !doc.GovernedByPreposition(k - 1) ? described : null) is { } referent && !JoinsClause(doc, k, from))
            {
                return new SubjectRef(referent, null, k); // "Veldhaven handled", "the tanker", "the gang"
            }

            if (doc.EntityEndingAt(k) is { } entity)
            {
                var start = doc.TokenAt(entity.Span.Start, 0, doc.Tokens.Count);
                // "40 Danes, 12 Poles": a nation counted by another figure of a list does not act.
                // "agreed to buy Tarnwell Copper for 385 pence": a name right after a verb is its object, not its subject.
                // "Hackers who hit 12 Norwegian hospitals are demanding": a nation that describes another figure's counted noun does not act.
                if (!doc.GovernedByPreposition(start) && !doc.CountedEnds.Contains(entity.Span.End) && (start == 0 || doc.VerbAt(start - 1) is null)
                    && !(doc.InCounted[k] && entity.Kind == EntityKind.Country))
                {
                    return new SubjectRef(entity, null, k);
                }

                if (MakerBefore(doc, start, k, qFirst))
                {
                    return new SubjectRef(entity, null, k); // "a vaccine made by Instituto Corval prevented 80%": the maker's product acts for it
                }

                k = start;
                continue;
            }

            if (t.IsWord && doc.Pronouns.Contains(t.Lower) && t.Lower != "us" && !doc.GovernedByPreposition(k))
            {
                // A possessive stands for its owner: "her government bought" is hers, "our country" ours.
                var word = t.Lower switch { "his" => "he", "her" => "she", "our" => "we", "its" or "their" => "it", var w => w };
                return new SubjectRef(null, word, k);
            }

            if (DescribedBodyAt(doc, k) is { } body && !doc.GovernedByPreposition(k - 1))
            {
                return new SubjectRef(body, null, k);
            }

            if (UnnamedDescription(doc, k))
            {
                return null; // "the crew that hit the insurer wants": the subject is a body the article has not named (yet)
            }

            if (GovernmentAt(doc, k) is { } government)
            {
                return new SubjectRef(government, null, k);
            }

            if (doc.NominalEndingAt(k) is { } nominal && !doc.GovernedByPreposition(k - 1))
            {
                return new SubjectRef(null, nominal, k);
            }
        }

        return null;
    }

    /// <summary>Verbs of making before "by" and the maker ("a vaccine made by X").</summary>
    private static readonly HashSet<string> Making = new(["made", "developed", "produced", "manufactured", "built"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the entity at tokens <paramref name="start"/>..<paramref name="last"/> is the maker after "made by" of the
    /// subject's product, the verb following it being the clause's ("a vaccine made by X prevented 80%"): the product's act is
    /// its maker's claim, for the figure that verb governs (within two words of it). Not a maker of something a preposition
    /// governs ("doses of a vaccine made by X").
    /// </summary>
    private static bool MakerBefore(ClaimDocument doc, int start, int last, int qFirst)
    {
        var by = start - 1;
        while (by > 0 && doc.Tokens[by].Lower is "the" or "a" or "an")
        {
            by--;
        }

        if (by < 2 || doc.Tokens[by].Lower != "by" || !Making.Contains(doc.Tokens[by - 1].Lower) || last + 1 >= doc.Tokens.Count || qFirst - last > 3)
        {
            return false;
        }

        var next = doc.Tokens[last + 1];
        var product = by - 2;
        while (product > 0 && doc.Tokens[product].IsWord && !doc.Tokens[product].IsCapitalized && doc.Tokens[product].Lower is not ("a" or "an" or "the" or "its" or "their") && by - product < 5)
        {
            product--;
        }

        return next.IsWord && !next.IsCapitalized && next.Lower.EndsWith("ed", StringComparison.Ordinal) && !doc.GovernedByPreposition(product + 1);
    }

    /// <summary>Whether the speech verb is followed by ", and" and a verb of the same speaker before the figure ("Tessel said, and expects").</summary>
    private static bool SaysAndDoes(ClaimDocument doc, ReportedSpeaker speech, int from) =>
        speech.Verb + 3 <= from && doc.Tokens[speech.Verb + 1].Text == "," && doc.Tokens[speech.Verb + 2].Lower == "and"
        && doc.Tokens[speech.Verb + 3].IsWord && !doc.Tokens[speech.Verb + 3].IsCapitalized && !doc.Pronouns.Contains(doc.Tokens[speech.Verb + 3].Lower)
        && doc.Tokens[speech.Verb + 3].Lower is not ("the" or "a" or "an");

    /// <summary>Whether ", and" or ", but" opens another clause between token <paramref name="k"/> and <paramref name="from"/> ("The port handled 9 million TEU, and shipping lines warned of $250 surcharges").</summary>
    private static bool JoinsClause(ClaimDocument doc, int k, int from)
    {
        for (var j = k + 1; j + 1 < from; j++)
        {
            if (doc.Tokens[j].Text == "," && doc.Tokens[j + 1].Lower is "and" or "but")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words a bare group subject may follow: "said technicians had", "when a grain barge dumped", ", and volunteers have".</summary>
    private static readonly HashSet<string> AgentOpeners = new([",", "and", "but", "that", "when", "while", "as", "after", "before", "since", "because", "where", "said", "says"], StringComparer.Ordinal);

    /// <summary>Determiners that make a noun phrase a description of something named elsewhere, or no group at all.</summary>
    private static readonly HashSet<string> Definite = new(["the", "its", "their", "his", "her", "our", "this", "these", "those", "that", "all", "some", "many", "most", "several", "other", "each", "every", "no", "'s", "\u2019s"], StringComparer.Ordinal);

    /// <summary>
    /// Whether a bare noun phrase right before the verb (auxiliaries and adverbs between) is its subject and names no one
    /// the article names: "Salvage crews had pumped", "when a grain barge dumped", "said dozens of volunteers had
    /// planted", headed by a noun of people or craft that act (lexicon "agent-noun"), with no definite determiner ("the
    /// crews" may stand for a body named before), no demonym ("Kenyan engineers" act for their country) and no name
    /// ("Tarnwell shareholders"). Such a group is the subject, so no body named further back is read as the one who acts;
    /// <see cref="GroupActors"/> names it as written (<paramref name="phrase"/>: its first and last token).
    /// </summary>
    internal static bool UnnamedGroupBefore(ClaimDocument doc, int verb, int scopeFirst, out (int First, int Head) phrase)
    {
        phrase = default;
        var head = verb - 1;
        var auxiliaries = doc.Lexicon.Words("auxiliary");
        var adverbs = doc.Lexicon.Words("adverb");
        while (head > scopeFirst && (auxiliaries.Contains(doc.Tokens[head].Lower) || adverbs.Contains(doc.Tokens[head].Lower)))
        {
            head--;
        }

        if (head < scopeFirst || !doc.Tokens[verb].IsWord || doc.Tokens[verb].IsCapitalized || !doc.Lexicon.Words("agent-noun").Contains(doc.Tokens[head].Lower) || doc.EntityAtToken[head] >= 0)
        {
            return false;
        }

        var first = head;
        while (first - 1 >= scopeFirst && head - first < 2)
        {
            var t = doc.Tokens[first - 1];
            if (!t.IsWord || !char.IsLetter(t.Text[0]) || AgentOpeners.Contains(t.Lower) || t.Lower is "a" or "an" or "of" || doc.Prepositions.Contains(t.Lower) || doc.ReportingVerbs.Contains(t.Lower)
                || auxiliaries.Contains(t.Lower) || adverbs.Contains(t.Lower) || Definite.Contains(t.Lower) || doc.Pronouns.Contains(t.Lower))
            {
                break;
            }

            if (doc.EntityAtToken[first - 1] >= 0 || t.IsCapitalized && !doc.IsSentenceOpening(first - 1))
            {
                return false; // "Kenyan engineers", "Tarnwell shareholders": a nation or a body is named
            }

            first--;
        }

        // what opens the phrase: the clause's start, an opener, "a", or "hundreds of"
        var before = first - 1;
        if (before >= scopeFirst && doc.Tokens[before].Lower is "a" or "an")
        {
            before--;
        }
        else if (before - 1 >= scopeFirst && doc.Tokens[before].Lower == "of" && doc.Tokens[before - 1].Lower is "hundreds" or "thousands" or "dozens" or "scores")
        {
            before -= 2;
        }

        phrase = (first, head);
        return before < scopeFirst || AgentOpeners.Contains(doc.Tokens[before].Lower) || doc.ReportingVerbs.Contains(doc.Tokens[before].Lower);
    }

    /// <summary>
    /// Whether "the gang", "the union" ends at token <paramref name="k"/> as a subject (no preposition governs it, it is no
    /// possessive's owner and no nominal the lexicon follows back) and no body named before fits it: a subject all the same,
    /// so no name further back is read as the one who acts.
    /// </summary>
    private static bool UnnamedDescription(ClaimDocument doc, int k) =>
        k >= 1 && doc.Tokens[k - 1].Lower == "the" && NamedBodies.IsDescription(doc.Tokens[k].Lower) && doc.Tokens[k].IsWord && !doc.Tokens[k].IsCapitalized
        && !doc.GovernedByPreposition(k - 1) && doc.NominalEndingAt(k) is null
        && (k + 1 >= doc.Tokens.Count || doc.Tokens[k + 1].Text is not ("'s" or "\u2019s"));

    /// <summary>
    /// Whether the verb of thinking at <paramref name="verb"/> takes "to" and a verb of its own subject ("Tarnwell expects to
    /// save N", "the bank predicts to reach"): who expects is then who does it, not only who says it.
    /// </summary>
    private static bool Controls(ClaimDocument doc, int verb) =>
        verb + 1 < doc.Tokens.Count && doc.Tokens[verb + 1].Lower == "to" && doc.Tokens[verb].Lower is not ("according" or "told" or "tells");

    /// <summary>How many tokens an apposition may hold between a name and the relative pronoun that follows it ("X, an aid worker from Y, who").</summary>
    private const int AppositionReach = 10;

    /// <summary>
    /// "Peru, which sells 30% of its copper to Brazil", "Juan Soto, a farmer who had served six years": the subject of a
    /// relative clause is the name the pronoun follows, or the name an apposition before it describes, even where a
    /// preposition governs that name ("imports from Peru, which sells"). Null when the pronoun follows no name (its
    /// antecedent is a description the finder reads as before) or the clause is passive ("who was sentenced to ten years"
    /// names the one sentenced, not the one who sentenced).
    /// </summary>
    private static SubjectRef? RelativeAntecedent(ClaimDocument doc, int k, int predicateAt, int qFirst)
    {
        if (k < 1 || predicateAt <= k || IsPassive(doc, k, predicateAt))
        {
            return null;
        }

        // "who had done two years of a six-year term": a figure inside another figure's phrase is not what the
        // clause's subject does (the sentence is the court's), and is read as before.
        for (var i = predicateAt + 1; i < qFirst; i++)
        {
            if (doc.InCounted[i])
            {
                return null;
            }
        }

        var j = doc.Tokens[k - 1].Text == "," ? k - 2 : k - 1;
        if (doc.EntityEndingAt(j) is { } named && named.Kind is not (EntityKind.Product or EntityKind.Programme))
        {
            return new SubjectRef(named, null, j);
        }

        if (doc.Tokens[k - 1].Text == ",")
        {
            // "his austerity plans, which foresee": the owner the possessive stands for; else a description, read as before.
            for (var i = j; i >= 0 && j - i < 4 && doc.Tokens[i].IsWord && !doc.Tokens[i].IsCapitalized; i--)
            {
                if (doc.Tokens[i].Lower is "his" or "her" or "its" or "their")
                {
                    return new SubjectRef(null, doc.Tokens[i].Lower switch { "his" => "he", "her" => "she", _ => "it" }, i);
                }
            }

            return null;
        }

        // An apposition: lower-case words (and "46,") back to a comma after a name.
        for (var i = j; i >= 1 && j - i < AppositionReach; i--)
        {
            if (doc.Tokens[i].Text == "," && (doc.EntityEndingAt(i - 1) is { Kind: EntityKind.Company or EntityKind.Body or EntityKind.Organization } described ? described : PersonEndingAt(doc, i - 1)) is { } who)
            {
                return new SubjectRef(who, null, i - 1);
            }

            if (doc.Tokens[i].Text is "." or ";" or ":" || doc.VerbAt(i) is not null)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// "Juan Soto" ending at token <paramref name="k"/>: two or three capitalized words that are no entity and do not open
    /// the sentence with a function word ("The"), as a person; null otherwise.
    /// </summary>
    private static ClaimEntity? PersonEndingAt(ClaimDocument doc, int k)
    {
        var first = k;
        while (first >= 0 && k - first < 3 && doc.Tokens[first].IsWord && doc.Tokens[first].IsCapitalized && doc.EntityAtToken[first] < 0
            && doc.Tokens[first].Text.All(char.IsLetter) && !doc.Tokens[first].Text.All(char.IsUpper))
        {
            first--;
        }

        first++;
        if (k - first < 1 || doc.Pronouns.Contains(doc.Tokens[first].Lower) || doc.Tokens[first].Lower is "the" or "a" or "an")
        {
            return null;
        }

        return new ClaimEntity(new TextSpan(doc.Tokens[first].Start, doc.Tokens[k].End), doc.Text[doc.Tokens[first].Start..doc.Tokens[k].End], EntityKind.Person);
    }

    /// <summary>Whether a form of "be" stands right before the relative clause's verb (an adverb between): "who was later sentenced".</summary>
    private static bool IsPassive(ClaimDocument doc, int pronoun, int verb)
    {
        var i = verb - 1;
        while (i > pronoun && doc.Tokens[i].Lower.EndsWith("ly", StringComparison.Ordinal))
        {
            i--;
        }

        return i > pronoun && doc.Tokens[i].Lower is "was" or "were" or "is" or "are" or "been" or "be" or "being";
    }

    /// <summary>
    /// A part of a government described in lower case, ending at token <paramref name="k"/>, as the one it acts for: "the
    /// health ministry", "her department" and "Peru's foreign ministry" act for their country (the one the description
    /// names, else the last country named before it); "the Bavaria government" and "Bavaria's state government" are a
    /// region's government, named so. "The government" alone is a nominal, read by <see cref="Resolve"/>. Null when the
    /// words are no such description or a preposition governs it ("a letter to the ministry").
    /// </summary>
    internal static ClaimEntity? GovernmentAt(ClaimDocument doc, int k)
    {
        var head = doc.Tokens[k];
        if (!head.IsWord || head.IsCapitalized || !doc.Lexicon.Words("government-body").Contains(head.Lower))
        {
            return null;
        }

        var j = k - 1;
        while (j >= 0 && k - j <= 2 && doc.Tokens[j].IsWord && !doc.Tokens[j].IsCapitalized && char.IsLetter(doc.Tokens[j].Text[0])
            && doc.Tokens[j].Lower is not ("the" or "a" or "an" or "his" or "her" or "its" or "their" or "our"))
        {
            j--;
        }

        if (j < 0 || (j == k - 1 && head.Lower == "government" && doc.Tokens[j].Lower == "the"))
        {
            return null;
        }

        var owner = doc.Tokens[j];
        var start = j;
        string? name = null;
        if (owner.Text is "'s" or "\u2019s" && j > 0)
        {
            start = j - 1;
            name = doc.EntityEndingAt(j - 1) is { Kind: EntityKind.Country } country ? country.Canonical
                : RegionGovernment(doc, j - 1, head.Lower, opening: true);
            start = doc.EntityEndingAt(j - 1) is { } e ? doc.TokenAt(e.Span.Start, 0, doc.Tokens.Count) : start;
        }
        else if (owner.IsCapitalized && owner.IsWord && j == k - 1 && j > 0 && doc.Tokens[j - 1].Lower == "the")
        {
            start = j - 1;
            name = doc.EntityAtToken[j] >= 0 ? null : RegionGovernment(doc, j, head.Lower, opening: false);
        }
        else if (owner.Lower is "the" or "his" or "her" or "its" or "their" or "our")
        {
            name = doc.Antecedent(owner.Start, EntityKind.Country) ?? doc.DominantCountry;
        }

        return name is null || doc.GovernedByPreposition(start) ? null
            : new ClaimEntity(new TextSpan(doc.Tokens[start].Start, head.End), name, name.Length == 2 ? EntityKind.Country : EntityKind.Body);
    }

    /// <summary>
    /// "Bavaria" (a capitalized word that is no entity) before "government": "Bavaria government"; null for a ministry, and
    /// for a word that is capitalized only because it opens the sentence, unless a possessive marks it a name.
    /// </summary>
    private static string? RegionGovernment(ClaimDocument doc, int k, string head, bool opening) =>
        head == "government" && doc.Tokens[k].IsCapitalized && doc.Tokens[k].IsWord && doc.EntityAtToken[k] < 0 && !doc.Pronouns.Contains(doc.Tokens[k].Lower)
        && (opening || !doc.IsSentenceOpening(k))
            ? doc.Tokens[k].Text + " government"
            : null;

    /// <summary>
    /// "the airline", "the ministry" ending at token <paramref name="k"/>: the body named earlier that the description fits
    /// (<see cref="NamedBodies.DescribedBody"/>), as an entity at the description; null when none fits or none is named.
    /// </summary>
    internal static ClaimEntity? DescribedBodyAt(ClaimDocument doc, int k)
    {
        // "the central bank" after "Chile's central bank": the national body named before
        if (k >= 2 && doc.Tokens[k - 2].Lower == "the" && NamedBodies.IsNationalDescription(doc.Tokens[k - 1].Lower, doc.Tokens[k].Lower)
            && doc.Bodies.NationalBody(doc.Tokens[k - 1].Lower + " " + doc.Tokens[k].Lower, doc.Tokens[k].Start) is { } national)
        {
            return new ClaimEntity(new TextSpan(doc.Tokens[k - 2].Start, doc.Tokens[k].End), national, EntityKind.Body);
        }

        if (DescribedBodies.Topic(doc, k) is { } topic)
        {
            return new ClaimEntity(new TextSpan(doc.Tokens[k - 1].Start, doc.Tokens[k].End), topic, EntityKind.Body); // "The company produced"
        }

        if (k < 1 || doc.Tokens[k - 1].Lower != "the" || !NamedBodies.IsDescription(doc.Tokens[k].Lower))
        {
            return null;
        }

        var description = doc.Tokens[k - 1].Text + " " + doc.Tokens[k].Text;
        return doc.Bodies.DescribedBody(description, doc.Tokens[k].Start) is { } name
            ? new ClaimEntity(new TextSpan(doc.Tokens[k - 1].Start, doc.Tokens[k].End), name, EntityKind.Body)
            : null;
    }

    /// <summary>A subject as a code or name: pronouns and descriptions are followed back to what they stand for.</summary>
    internal static string? Resolve(ClaimDocument doc, SubjectRef subject, QuoteMention? quote, ReportedSpeaker? speech)
    {
        if (subject.Entity is { } e)
        {
            return e.Canonical;
        }

        var word = subject.Word!;
        var at = doc.Tokens[subject.Token].Start;
        if (word is "we" or "i" or "our" or "us")
        {
            return quote is not null ? SpeakerCountry(doc, quote) : speech is not null ? doc.CountryIn(speech.Subject) ?? doc.DominantCountry : doc.DominantCountry;
        }

        if (word is "he" or "she")
        {
            // The person the sentence attributes to, else the last quoted speaker: their country, when their title names one.
            if (speech is not null && speech.Subject.End <= at)
            {
                // "His sister said he had lost 20 kilograms": he is the one the possessive names (the last man named in full
                // before), not the one who says it.
                return OwnsPossessive(doc, speech.Subject, word)
                    ? NameIndex.Of(doc.Document).LastPersonBefore(speech.Subject.Start, word == "he" ? 'M' : 'F')?.Full
                    : doc.CountryIn(speech.Subject) ?? doc.Speakers.SpeakerName(speech.Subject, at);
            }

            var lastQuote = doc.LastSpokenQuoteBefore(at);
            return lastQuote is null ? null : SpeakerCountry(doc, lastQuote);
        }

        if (doc.Lexicon.Nominals.TryGetValue(word, out var kind))
        {
            return doc.Antecedent(doc.Tokens[subject.Token - 1].Start, kind) ?? DescribedBodies.Topic(doc, subject.Token);
        }

        if (NamedReferents.GangBefore(doc, subject.Token) is { } gang)
        {
            return gang; // "a careful crew, and they had been in the servers": the criminal group the article names
        }

        // "it", "they": the nearest earlier entity or description.
        for (var k = subject.Token - 1; k >= 0 && k > subject.Token - 80; k--)
        {
            if (doc.EntityEndingAt(k) is { } prior && prior.Kind is not (EntityKind.Product or EntityKind.Programme)
                && !doc.GovernedByPreposition(doc.TokenAt(prior.Span.Start, 0, doc.Tokens.Count)) && !doc.InCounted[k])
            {
                return prior.Canonical;
            }

            if (doc.NominalEndingAt(k) is { } nominal)
            {
                return Resolve(doc, new SubjectRef(null, nominal, k), quote, speech);
            }
        }

        return null;
    }

    /// <summary>Whether the words that say it hold the possessive of the pronoun ("his" for "he", "her" for "she"): "His family said he".</summary>
    private static bool OwnsPossessive(ClaimDocument doc, TextSpan subject, string pronoun)
    {
        var possessive = pronoun == "he" ? "his" : "her";
        var (first, last) = doc.TokenRange(subject);
        for (var k = Math.Max(0, first - 1); k < last; k++) // the possessive may stand just before the subject's name: "His brother Pablo"
        {
            if (doc.Tokens[k].Lower == possessive)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The country a quoted speaker speaks for: named in their role, else beside their name, else the article's main country.</summary>
    private static string? SpeakerCountry(ClaimDocument doc, QuoteMention quote)
    {
        // "we" of a company's chief executive is the company, unless the quote speaks for the nation ("our own country")
        if (!SpeaksForNation(quote.Text) && BodyOfSpeaker(doc, quote) is { } body)
        {
            return body;
        }

        if (quote.SpeakerRole is { } role && CountryRecognizer.Default.Recognize(role) is { Count: > 0 } inRole)
        {
            return inRole[0].Code;
        }

        if (quote.SpeakerSpan is { } span && doc.Document.Segmentation.SentenceAt(span.Start) is { } s)
        {
            var near = doc.Inside(doc.Countries, c => c.Span, s).Where(c => !quote.Span.Contains(c.Span))
                .OrderBy(c => Math.Abs(c.Span.Start - span.Start)).FirstOrDefault();
            if (near is not null)
            {
                return near.Code;
            }
        }

        return doc.DominantCountry;
    }

    /// <summary>Whether a quote speaks of the speaker's nation as theirs ("once we get our own country vaccinated"): its "we" is the country.</summary>
    private static bool SpeaksForNation(string quote) => NationWords().IsMatch(quote);

    [GeneratedRegex(@"\b(?:our|this)(?: own)? (?:country|nation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NationWords();

    /// <summary>How many words of a title may stand between a body and the person it titles ("Tarnwell chief executive X").</summary>
    private const int TitleWords = 4;

    /// <summary>
    /// The body a quoted speaker speaks for, where the article first names them: a body written right before their title
    /// ("Tarnwell Mining chief executive Ana Vos"), or named in their role after "of" ("general secretary of the Dock
    /// Workers' Union"). Null when neither names one.
    /// </summary>
    internal static string? BodyOfSpeaker(ClaimDocument doc, QuoteMention quote)
    {
        if (quote.SpeakerRole is { } role && role.IndexOf(" of ", StringComparison.Ordinal) is var of and > 0 && quote.SpeakerSpan is { } at)
        {
            var owner = role[(of + 4)..];
            owner = owner.StartsWith("the ", StringComparison.Ordinal) ? owner[4..] : owner;
            if (owner.Length > 1 && char.IsUpper(owner[0]) && owner.Contains(' ', StringComparison.Ordinal) && doc.Bodies.Canonical(owner, at.Start) is { } canonical
                && !CountryRecognizer.Default.Recognize(canonical).Any(c => c.Span.Length == canonical.Length))
            {
                return canonical;
            }
        }

        if (quote.Speaker is not { Length: > 0 } speaker || doc.Text.IndexOf(speaker, StringComparison.Ordinal) is not (var first and >= 0))
        {
            return null;
        }

        var named = doc.LowerBound(first);
        var k = named - 1;
        for (var n = 0; k >= 0 && n < TitleWords && doc.Tokens[k].IsWord && !doc.Tokens[k].IsCapitalized; k--, n++)
        {
        }

        return k < named - 1 && doc.EntityEndingAt(k) is { Kind: EntityKind.Body or EntityKind.Company } e ? e.Canonical : null;
    }
}

/// <summary>A subject found before the predicate: an entity, or a pronoun or description (its lower-case words).</summary>
/// <param name="Entity">The entity, when the subject is one.</param>
/// <param name="Word">The pronoun or description in lower case, when the subject is one.</param>
/// <param name="Token">The subject's last token.</param>
internal readonly record struct SubjectRef(ClaimEntity? Entity, string? Word, int Token);
