namespace NewsFacts.Claims;

/// <summary>
/// Names the actor of a claim when a group written with a common noun does what the figure counts, as the article
/// writes the group, without determiner or quantity (outlets word a group differently: the cross-check never reads two
/// such groups as two parties, see <see cref="Checking.ActorMatch"/>):
/// <list type="bullet">
/// <item>a bare group right before the verb (<see cref="SubjectFinder.UnnamedGroupBefore"/>): "Salvage crews had
/// pumped" is "salvage crews", "when a grain barge dumped" "grain barge", "said dozens of volunteers had" "volunteers";</item>
/// <item>institutions with their demonym: "Welsh hospitals have postponed" is "Welsh hospitals" (people with theirs act
/// for their country: "Chilean engineers have restored" stays Chile's);</item>
/// <item>a body's holders (<c>holder-noun</c>), a party of their own: "Corvane shareholders would get" and "Corvane's
/// current shareholders would keep" are "Corvane shareholders", and so is a gapped figure after them ("and Tarnwell
/// bondholders 45%");</item>
/// <item>a bare group that a relative clause describes, for the verb after the clause: "Pirates who seized a ferry with
/// 40 passengers are demanding $2 million" is "pirates" (what the clause's own verb counts is left as before);</item>
/// <item>the body whose members the figure counts (<c>member-body</c>): "All nine members of the agency's board approved" is "board";</item>
/// <item>an event a year names (<c>event-noun</c>): "the 2017 flood in the province cost" is "2017 flood".</item>
/// </list>
/// Never for a toll (its actor is the country where it happened), nor for a group after a definite determiner ("the
/// crews", "the company"), which may stand for a body named before. Lexicon: <c>Data/claim-groups.tsv</c>.
/// </summary>
internal static class GroupActors
{
    /// <summary>The group that acts in the claim read in <paramref name="context"/>, as written; null when none does.</summary>
    public static string? Read(ClaimContext context)
    {
        var doc = context.Document;
        if (doc.Lexicon.Words("toll-verb").Contains(context.Predicate.Lemma))
        {
            return null;
        }

        var verb = context.PredicateAt < context.QFirst ? context.PredicateAt : VerbRightBefore(context);
        return Gapped(context) ?? (verb >= 0 ? BeforeVerb(context, verb) : null) ?? Members(context);
    }

    /// <summary>Particles and quantifiers that may stand between a verb the lexicon does not list and its figure ("pulled out all 9").</summary>
    private static readonly HashSet<string> Particles = new(["up", "out", "off", "down", "back", "in", "all", "some", "about", "nearly", "almost"], StringComparer.Ordinal);

    /// <summary>
    /// "A trawler pulled out all 9 fishermen", "clinics have postponed 800 operations": where the predicate was found after
    /// the figure or not at all, a lower-case word right before the figure (a particle or quantifier between) that the
    /// tagger calls a verb or that follows an auxiliary governs it; -1 when there is none.
    /// </summary>
    private static int VerbRightBefore(ClaimContext context)
    {
        var doc = context.Document;
        var k = context.QFirst - 1;
        while (k > context.ClauseFirst && context.QFirst - k <= 3 && Particles.Contains(doc.Tokens[k].Lower))
        {
            k--;
        }

        if (k <= context.ClauseFirst)
        {
            return -1;
        }

        var t = doc.Tokens[k];
        var auxiliaries = doc.Lexicon.Words("auxiliary");
        if (!t.IsWord || t.IsCapitalized || char.IsDigit(t.Text[0]) || doc.InCounted[k] || doc.ReportingVerbs.Contains(t.Lower) || auxiliaries.Contains(t.Lower))
        {
            return -1;
        }

        var tags = doc.TagsOf(context.First, context.Last);
        if (tags is not null)
        {
            return tags[k - context.First] == "VERB" ? k : -1;
        }

        var before = k - 1;
        while (before > context.ClauseFirst && doc.Lexicon.Words("adverb").Contains(doc.Tokens[before].Lower))
        {
            before--;
        }

        return auxiliaries.Contains(doc.Tokens[before].Lower) ? k : -1; // a sentence too long to tag: "have postponed"
    }

    /// <summary>Whether <paramref name="word"/> (lower case) names a body's holders ("shareholders", "investors"): lexicon <c>holder-noun</c>.</summary>
    public static bool IsHolder(string word) => Words("holder-noun").Contains(word);

    /// <summary>The words of <c>Data/claim-groups.tsv</c> of one kind.</summary>
    private static HashSet<string> Words(string kind) =>
        Lexicon.Cached("claim-groups", Load, BuiltIn).TryGetValue(kind, out var words) ? words : [];

    private static readonly Lazy<Dictionary<string, HashSet<string>>> BuiltIn = new(Load);

    private static Dictionary<string, HashSet<string>> Load() =>
        Lexicon.Rows("claim-groups.tsv").Where(r => r.Length >= 2).GroupBy(r => r[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r[1]).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The group that is the subject of a verb standing before the figure ("crews had pumped 300 tonnes").</summary>
    private static string? BeforeVerb(ClaimContext context, int verb)
    {
        var doc = context.Document;
        var scope = context.ScopeFirst;
        if (context.ClauseFirst == context.QFirst || verb <= scope || !doc.Tokens[verb].IsWord || doc.Tokens[verb].IsCapitalized)
        {
            return null; // the figure opens a clause of its own, or the predicate is a name
        }

        for (var i = verb + 1; i < context.QFirst; i++)
        {
            if (doc.Tokens[i].Lower is "which" or "who" or "that" or "whose" or "is" or "are" or "was" or "were")
            {
                return null; // "crews boarded the barge, which was on a 40-day voyage": the figure is in another clause
            }
        }

        if (SubjectFinder.UnnamedGroupBefore(doc, verb, scope, out var bare))
        {
            return Written(doc, bare.First, bare.Head);
        }

        var head = HeadBefore(doc, verb, scope);
        return head < scope ? null : Relative(context, head) ?? (doc.InCounted[head] ? null : Holders(doc, head, scope) ?? Institutions(doc, head, scope) ?? YearEvent(doc, head, scope));
    }

    /// <summary>The last word of the subject before <paramref name="verb"/>: auxiliaries and adverbs between are passed ("have already postponed", "will eventually own").</summary>
    private static int HeadBefore(ClaimDocument doc, int verb, int scope)
    {
        var auxiliaries = doc.Lexicon.Words("auxiliary");
        var adverbs = doc.Lexicon.Words("adverb");
        var head = verb - 1;
        while (head > scope && (auxiliaries.Contains(doc.Tokens[head].Lower) || adverbs.Contains(doc.Tokens[head].Lower) || doc.Tokens[head].Lower is { Length: > 4 } w && w.EndsWith("ly", StringComparison.Ordinal)))
        {
            head--;
        }

        return head;
    }

    /// <summary>"Corvane shareholders", "Corvane's current shareholders" ending at <paramref name="head"/>: the body's name as written and the holders.</summary>
    private static string? Holders(ClaimDocument doc, int head, int scope)
    {
        if (!Words("holder-noun").Contains(doc.Tokens[head].Lower) || doc.Tokens[head].IsCapitalized)
        {
            return null;
        }

        var k = head - 1;
        var modifiers = 0;
        while (k > scope && modifiers < 2 && IsModifier(doc, k))
        {
            k--;
            modifiers++;
        }

        var possessive = k > scope && doc.Tokens[k].Text is "'s" or "\u2019s";
        if (possessive)
        {
            k--;
        }
        else if (modifiers > 0)
        {
            return null;
        }

        if (doc.EntityEndingAt(k) is not { Kind: EntityKind.Company or EntityKind.Body or EntityKind.Organization } owner)
        {
            return null;
        }

        var start = doc.TokenAt(owner.Span.Start, 0, doc.Tokens.Count);
        return doc.GovernedByPreposition(start) && doc.Tokens[start - 1].Lower != "of" ? null : Plain(doc.Text[owner.Span.Start..owner.Span.End]) + " " + doc.Tokens[head].Lower;
    }

    /// <summary>"Welsh hospitals", "Welsh state hospitals" ending at <paramref name="head"/>: a demonym, up to two lower-case words and institutions.</summary>
    private static string? Institutions(ClaimDocument doc, int head, int scope)
    {
        if (!Words("institution-noun").Contains(doc.Tokens[head].Lower) || doc.Tokens[head].IsCapitalized || doc.EntityAtToken[head] >= 0)
        {
            return null;
        }

        var k = head - 1;
        while (k > scope && head - k <= 2 && IsModifier(doc, k))
        {
            k--;
        }

        if (doc.EntityEndingAt(k) is not { Kind: EntityKind.Country } nation
            || doc.Inside(doc.Countries, c => c.Span, nation.Span).FirstOrDefault() is not { Kind: CountryMentionKind.Demonym })
        {
            return null;
        }

        var start = doc.TokenAt(nation.Span.Start, 0, doc.Tokens.Count);
        return doc.GovernedByPreposition(start) || start > 0 && Definite.Contains(doc.Tokens[start - 1].Lower) ? null : Plain(doc.Text[nation.Span.Start..doc.Tokens[head].End]);
    }

    /// <summary>How many tokens a relative clause between a group and its verb may hold.</summary>
    private const int ClauseReach = 16;

    /// <summary>
    /// "Pirates who seized a ferry with 40 passengers are demanding": <paramref name="head"/> ends a relative clause (with a
    /// verb of its own, no comma) that opens after a bare group; the group is the subject of the verb after the clause.
    /// </summary>
    private static string? Relative(ClaimContext context, int head)
    {
        var doc = context.Document;
        var tags = doc.TagsOf(context.First, context.Last);
        var hasVerb = false;
        for (var r = head; r > context.ScopeFirst && head - r < ClauseReach; r--)
        {
            var t = doc.Tokens[r];
            if (t.Lower is "who" or "that")
            {
                return hasVerb && SubjectFinder.UnnamedGroupBefore(doc, r, context.ScopeFirst, out var group) ? Written(doc, group.First, group.Head) : null;
            }

            if (!t.IsWord && t.Text is not ("-" or "%" or "$" or "\u20AC" or "\u00A3") || t.Lower is "which" or "whose" or "whom")
            {
                return null; // a comma, a bracket, a quotation mark: no clause of one piece
            }

            hasVerb |= doc.VerbAt(r) is not null || tags is not null && tags[r - context.First] == "VERB";
        }

        return null;
    }

    /// <summary>"the 2017 flood", "the 2017 river flood in the province" ending at <paramref name="head"/>: the year and the event.</summary>
    private static string? YearEvent(ClaimDocument doc, int head, int scope)
    {
        var events = Words("event-noun");
        var k = head;
        for (var i = head; !events.Contains(doc.Tokens[k].Lower) && i > scope + 1 && head - i < 6; i--)
        {
            if (!doc.Tokens[i].IsWord || doc.VerbAt(i) is not null)
            {
                return null;
            }

            if (doc.Prepositions.Contains(doc.Tokens[i].Lower) && doc.Tokens[i].Lower is not ("and" or "but" or "while"))
            {
                k = i - 1; // "the 2017 flood in the province cost": the phrase after the event is passed
            }
        }

        if (!events.Contains(doc.Tokens[k].Lower) || doc.Tokens[k].IsCapitalized)
        {
            return null;
        }

        var year = k - 1;
        while (year > scope && k - year <= 2 && IsModifier(doc, year))
        {
            year--;
        }

        return year > scope && IsYear(doc.Tokens[year]) && doc.Tokens[year - 1].Lower == "the" && !doc.GovernedByPreposition(year - 1)
            ? doc.Tokens[year].Text + " " + Plain(doc.Text[doc.Tokens[year + 1].Start..doc.Tokens[k].End]).ToLowerInvariant()
            : null;
    }

    /// <summary>
    /// "All nine members of the agency's board approved": a figure of members of a body not named ("the", "its" or a
    /// description's possessive before it) that a verb follows is that body's.
    /// </summary>
    private static string? Members(ClaimContext context)
    {
        var doc = context.Document;
        var k = context.QLast + 1;
        if (doc.Tokens[context.QLast].Lower != "members" || k + 2 >= context.ClauseLast || doc.Tokens[k].Lower != "of" || doc.GovernedByPreposition(context.QFirst))
        {
            return null;
        }

        k++;
        if (doc.Tokens[k].Lower is "the" or "its" or "their" && k + 1 < context.ClauseLast)
        {
            k++;
        }

        if (k + 2 < context.ClauseLast && doc.Tokens[k + 1].Text is "'s" or "\u2019s" && !doc.Tokens[k].IsCapitalized && doc.EntityAtToken[k] < 0)
        {
            k += 2; // "the agency's board"
        }

        var body = doc.Tokens[k];
        if (!Words("member-body").Contains(body.Lower) || body.IsCapitalized)
        {
            return null;
        }

        var verb = k + 1;
        var auxiliaries = doc.Lexicon.Words("auxiliary");
        var adverbs = doc.Lexicon.Words("adverb");
        while (verb < context.ClauseLast - 1 && (auxiliaries.Contains(doc.Tokens[verb].Lower) || adverbs.Contains(doc.Tokens[verb].Lower)))
        {
            verb++;
        }

        var tags = doc.TagsOf(context.First, context.Last);
        return verb < context.ClauseLast && doc.Tokens[verb].IsWord && !doc.Tokens[verb].IsCapitalized
            && (doc.VerbAt(verb) is not null || tags is not null && tags[verb - context.First] == "VERB") ? body.Lower : null;
    }

    /// <summary>
    /// "..., and Tarnwell bondholders 45%": a figure right after a body's holders, who follow "and" or a comma and a verb
    /// before them, is theirs (the verb is left out, not the subject).
    /// </summary>
    private static string? Gapped(ClaimContext context)
    {
        var doc = context.Document;
        var head = context.QFirst - 1;
        if (head - 2 <= context.First || context.PredicateAt >= head - 1 || !Words("holder-noun").Contains(doc.Tokens[head].Lower) || doc.EntityEndingAt(head - 1) is not { } owner
            || owner.Kind is not (EntityKind.Company or EntityKind.Body or EntityKind.Organization))
        {
            return null;
        }

        var before = doc.TokenAt(owner.Span.Start, 0, doc.Tokens.Count) - 1;
        return before > context.PredicateAt && doc.Tokens[before].Lower is "and" or "," ? Plain(doc.Text[owner.Span.Start..owner.Span.End]) + " " + doc.Tokens[head].Lower : null;
    }

    /// <summary>Determiners that make a phrase a description of something named elsewhere.</summary>
    private static readonly HashSet<string> Definite = new(["the", "its", "their", "his", "her", "our", "this", "these", "those", "that"], StringComparer.Ordinal);

    /// <summary>A lower-case word that may describe a group ("current", "state", "river"): no determiner, auxiliary, preposition, pronoun or verb.</summary>
    private static bool IsModifier(ClaimDocument doc, int k)
    {
        var t = doc.Tokens[k];
        return t.IsWord && char.IsLetter(t.Text[0]) && !t.IsCapitalized && doc.EntityAtToken[k] < 0 && !Definite.Contains(t.Lower) && t.Lower is not ("a" or "an" or "of" or "and" or "or")
            && !doc.Prepositions.Contains(t.Lower) && !doc.Pronouns.Contains(t.Lower) && !doc.Lexicon.Words("auxiliary").Contains(t.Lower) && doc.VerbAt(k) is null;
    }

    /// <summary>Whether a token is a year of the last two centuries ("2019").</summary>
    private static bool IsYear(ClaimToken t) => t.Text.Length == 4 && t.Text.All(char.IsAsciiDigit) && t.Text[0] is '1' or '2' && t.Text[..2] is "19" or "20";

    /// <summary>
    /// Tokens <paramref name="first"/> to <paramref name="head"/> as written, a capital that only opens the sentence made
    /// lower case ("Salvage crews"); kept where the article writes the word capitalized inside a sentence too ("Welsh").
    /// </summary>
    private static string Written(ClaimDocument doc, int first, int head)
    {
        var words = new List<string>(head - first + 1);
        for (var k = first; k <= head; k++)
        {
            var t = doc.Tokens[k];
            words.Add(t.IsCapitalized && doc.EntityAtToken[k] < 0 && !t.Text.All(char.IsUpper) && !CapitalizedInside(doc, t.Text) ? char.ToLowerInvariant(t.Text[0]) + t.Text[1..] : t.Text);
        }

        return string.Join(' ', words);
    }

    /// <summary>Whether the article writes <paramref name="word"/> capitalized where it does not open a sentence.</summary>
    private static bool CapitalizedInside(ClaimDocument doc, string word)
    {
        for (var k = 1; k < doc.Tokens.Count; k++)
        {
            if (string.Equals(doc.Tokens[k].Text, word, StringComparison.Ordinal) && !doc.IsSentenceOpening(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A span of text on one line: runs of white space as one space.</summary>
    private static string Plain(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
