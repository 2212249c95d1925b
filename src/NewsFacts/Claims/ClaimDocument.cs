namespace NewsFacts.Claims;

/// <summary>
/// What every decision of the claim stage reads, made once per document: its tokens, entities, quotes, countries and dates,
/// the parse of each claim sentence (parsed once, when first asked), and the token-level reading the components share
/// (clauses, verbs, prepositions, descriptions and what they stand for).
/// </summary>
internal sealed class ClaimDocument
{
    /// <summary>How many tokens from the figure its predicate, cues and roles are looked for.</summary>
    public const int Reach = 12;

    /// <summary>The document and its segmentation.</summary>
    public DocumentContext Document { get; }

    /// <summary>The document's tokens in text order.</summary>
    public List<ClaimToken> Tokens { get; }

    /// <summary>The named things of the document (lexicon entities and countries), in text order, without overlaps.</summary>
    public List<ClaimEntity> Entities { get; }

    /// <summary>The country mentions in text order.</summary>
    public IReadOnlyList<CountryMention> Countries { get; }

    /// <summary>The quotations in text order.</summary>
    public IReadOnlyList<QuoteMention> Quotes { get; }

    /// <summary>The claim lexicon.</summary>
    public ClaimLexicon Lexicon { get; } = ClaimLexicon.Instance;

    /// <summary>The prepositions that govern a noun phrase.</summary>
    public HashSet<string> Prepositions { get; }

    /// <summary>The pronouns that can stand as a subject.</summary>
    public HashSet<string> Pronouns { get; }

    /// <summary>The country the document names most often (the first named among equals).</summary>
    public string? DominantCountry { get; }

    /// <summary>For each token, the index of the entity it belongs to, or -1.</summary>
    public int[] EntityAtToken { get; }

    /// <summary>For each token, whether it belongs to a figure or its counted noun.</summary>
    public bool[] InCounted { get; }

    /// <summary>The resolved dates in text order.</summary>
    public List<DateMention> Dates { get; }

    /// <summary>The named bodies of the document and their canonical names.</summary>
    public NamedBodies Bodies { get; }

    /// <summary>The verbs that report speech.</summary>
    public HashSet<string> ReportingVerbs { get; } = Data.Lexicon.Words("quote-reporting-verbs.tsv");

    /// <summary>The units of measure.</summary>
    public HashSet<string> Measures { get; } = new(Data.Lexicon.Rows("quantity-units.tsv").Select(r => r[0]), StringComparer.Ordinal);

    /// <summary>Who asserts each claim: the reader remembers this document's attributions and full names.</summary>
    public SpeakerReader Speakers { get; }

    /// <summary>Where the counted nouns written after their figure end ("40 Danes"): a nation counted by a figure does not act.</summary>
    public HashSet<int> CountedEnds { get; } = [];

    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    private ProductBrands? _products;

    private readonly Dictionary<string, PhraseIndex> _phraseIndexes = new(StringComparer.Ordinal);

    private readonly Dictionary<int, ParsedSentence?> _parses = [];

    private readonly Dictionary<int, string[]?> _tags = [];

    /// <summary>Reads the tokens and entities of <paramref name="document"/> once, for all of its claims.</summary>
    public ClaimDocument(DocumentContext document, IReadOnlyList<CountryMention> countries, IReadOnlyList<QuoteMention> quotes, IReadOnlyList<QuantityMention> quantities, IReadOnlyList<DateMention> dates, NamedBodies bodies)
    {
        Bodies = bodies;
        Quotes = [.. quotes.OrderBy(x => x.Span.Start)];
        Countries = [.. countries.OrderBy(x => x.Span.Start)];
        Document = document;
        Tokens = ClaimTokenizer.Tokenize(document.Text);
        Dates = [.. dates.Where(d => d.Value is not null).OrderBy(d => d.Span.Start)];
        InCounted = new bool[Tokens.Count];
        foreach (var q in quantities)
        {
            var end = Math.Max(q.Span.End, q.UnitSpan?.End ?? q.Span.End);
            if (q.UnitSpan is { } counted && counted.End == q.Span.End && counted.Start > q.Span.Start)
            {
                CountedEnds.Add(counted.End);
            }

            for (var k = LowerBound(q.Span.Start); k < Tokens.Count && Tokens[k].Start < end; k++)
            {
                InCounted[k] = true;
            }
        }

        Entities = FindEntities(document.Text, countries, Lexicon, bodies);
        EntityAtToken = new int[Tokens.Count];
        Array.Fill(EntityAtToken, -1);
        for (var e = 0; e < Entities.Count; e++)
        {
            for (var k = LowerBound(Entities[e].Span.Start); k < Tokens.Count && Tokens[k].Start < Entities[e].Span.End; k++)
            {
                EntityAtToken[k] = e;
            }
        }
        Prepositions = Lexicon.Words("preposition");
        Pronouns = Lexicon.Words("subject-pronoun");
        DominantCountry = countries.GroupBy(c => c.Code).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start).Select(g => g.Key).FirstOrDefault();
        Speakers = new SpeakerReader(this);
    }

    /// <summary>The document's text.</summary>
    public string Text => Document.Text;

    /// <summary>The sides of the deal or dispute the document reports (<see cref="Claims.Counterparties"/>), found when first asked.</summary>
    public Counterparties Counterparties => _counterparties ??= Claims.Counterparties.Of(this);

    private Counterparties? _counterparties;

    /// <summary>The products the document names by their maker (<see cref="ProductBrands"/>), found when first asked.</summary>
    public ProductBrands Products => _products ??= ProductBrands.Find(this);

    /// <summary>One string for each name the claims give, so that a long article's many claims of one speaker hold it once.</summary>
    public string? Shared(string? name)
    {
        if (name is null)
        {
            return null;
        }

        if (_names.TryGetValue(name, out var shared))
        {
            return shared;
        }

        _names.Add(name);
        return name;
    }

    // ---- tokens and clauses ----

    public (int First, int Last) TokenRange(TextSpan span)
    {
        var first = LowerBound(span.Start);
        int lo = first, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < span.End)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return (first, lo);
    }

    public QuoteMention? QuoteHolding(TextSpan span)
    {
        var k = Sorted.FirstFrom(Quotes, x => x.Span.Start, span.Start + 1) - 1;
        for (var n = 0; k >= 0 && n < 4; k--, n++)
        {
            if (Quotes[k].Span.Contains(span))
            {
                return Quotes[k];
            }
        }

        return null;
    }

    public QuoteMention? LastSpokenQuoteBefore(int at)
    {
        var k = Sorted.FirstFrom(Quotes, x => x.Span.Start, at) - 1;
        for (var n = 0; k >= 0 && n < 50; k--, n++)
        {
            if (Quotes[k].Span.End <= at && Quotes[k].Speaker is not null)
            {
                return Quotes[k];
            }
        }

        return null;
    }

    public IEnumerable<T> Inside<T>(IReadOnlyList<T> list, Func<T, TextSpan> span, TextSpan range)
    {
        for (var k = Sorted.FirstFrom(list, x => span(x).Start, range.Start); k < list.Count && span(list[k]).Start < range.End; k++)
        {
            if (range.Contains(span(list[k])))
            {
                yield return list[k];
            }
        }
    }

    public int LowerBound(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public int TokenAt(int offset, int first, int last)
    {
        var k = LowerBound(offset);
        return k >= first && k < last ? k : -1;
    }

    public static bool IsBoundary(ClaimToken t) => t.Text is ";" or ":" or "--" or "\u2014" or "\u2013" or "\"" or "\u201C" or "\u201D" or "(" or ")";

    public (int First, int Last) Clause(int at, int first, int last)
    {
        var s = at;
        while (s > first && at - s < 80 && !IsBoundary(Tokens[s - 1]))
        {
            s--;
        }

        var e = at;
        while (e < last && e - at < 80 && !IsBoundary(Tokens[e]))
        {
            e++;
        }

        return (s, e);
    }

    /// <summary>
    /// Whether the figure at tokens <paramref name="qFirst"/>..<paramref name="qLast"/> opens a clause of its own after
    /// ", and" or ", but" and is its subject, a verb following its phrase ("Spain will send four divers, and three
    /// from Chile landed on Friday": "three" landed, nothing was sent). A figure coordinated as an object has no
    /// verb of its own after it ("sent four divers, and three engineers").
    /// </summary>
    public bool OpensCoordinateClause(int qFirst, int qLast, int clauseFirst, int clauseLast, int first, int last)
    {
        if (qFirst - 2 < clauseFirst || Tokens[qFirst - 2].Text != "," || Tokens[qFirst - 1].Lower is not ("and" or "but"))
        {
            return false;
        }

        var tags = TagsOf(first, last);
        for (var j = qLast + 1; j < clauseLast && j - qLast <= 5; j++)
        {
            var t = Tokens[j];
            if (!t.IsWord)
            {
                return false;
            }

            if (!t.IsCapitalized && (VerbAt(j) is not null || tags is not null && tags[j - first] is "VERB" or "AUX"))
            {
                return true;
            }
        }

        return false;
    }

    // ---- predicate ----

    /// <summary>The predicate a token is a verb of, unless its neighbours make it a noun ("U.S. stockpiles") or an auxiliary ("has sent").</summary>
    public Predicate? VerbAt(int k)
    {
        var t = Tokens[k];
        if (!t.IsWord || !Lexicon.Verbs.TryGetValue(t.Lower, out var verb))
        {
            return null;
        }

        if (t.IsCapitalized && k > 0 && !IsSentenceOpening(k))
        {
            return null; // a name: "Order of Malta"
        }

        if (k > 0)
        {
            var prev = Tokens[k - 1];
            if (prev.Lower is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "my" or "your" or "this" or "these" or "those" or "of" or "'s" or "\u2019s"
                || (prev.IsCapitalized && prev.IsWord && !IsSentenceOpening(k - 1) && !Pronouns.Contains(prev.Lower) && t.Lower.EndsWith('s')))
            {
                return null; // a noun: "the release", "U.S. stockpiles"
            }

            if (prev.Lower is "from" or "of" or "in" or "with" or "into" or "amid" or "after" or "despite" && !t.Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                return null; // a noun after a preposition: "savings from cuts in wages" (not a gerund: "after cutting")
            }
        }

        if (verb.Lemma == "have" && k + 1 < Tokens.Count)
        {
            var next = k + 1;
            var adverbs = Lexicon.Words("adverb");
            while (next < Tokens.Count && ((Tokens[next].Lower.EndsWith("ly", StringComparison.Ordinal) && Tokens[next].Lower.Length > 3) || (adverbs.Contains(Tokens[next].Lower) && Tokens[next].Lower is not ("not" or "n't" or "yet"))))
            {
                next++;
            }

            var n = next < Tokens.Count ? Tokens[next].Lower : string.Empty;
            if (n is "to" or "been" or "yet" or "not" or "n't" || n.EndsWith("ed", StringComparison.Ordinal) || n.EndsWith("en", StringComparison.Ordinal)
                || (Lexicon.Verbs.TryGetValue(n, out var participle) && participle.Lemma != "have" && n != participle.Lemma))
            {
                return null; // an auxiliary: "has sent", "have temporarily halted", "have already contracted"
            }
        }

        return verb;
    }

    public bool IsSentenceOpening(int k)
    {
        if (k == 0)
        {
            return true;
        }

        var prev = Tokens[k - 1];
        return prev.Text is "." or "!" or "?" or "\"" or "\u201C" or ":" || Document.Segmentation.SentenceAt(Tokens[k].Start)?.Start == Tokens[k].Start;
    }

    // ---- subject, actor, recipient ----

    public bool GovernedByPreposition(int start)
    {
        var k = start - 1;
        while (k >= 0 && Tokens[k].Lower is "the" or "a" or "an" or "each" or "every")
        {
            k--;
        }

        // ", and Poland has sent": a conjunction after a comma opens a clause, it does not join a name to the one before.
        return k >= 0 && Prepositions.Contains(Tokens[k].Lower) && !(Tokens[k].Lower is "and" or "but" or "while" && k > 0 && Tokens[k - 1].Text == ",");
    }

    public ClaimEntity? EntityEndingAt(int k)
    {
        var e = k >= 0 && k < EntityAtToken.Length ? EntityAtToken[k] : -1;
        return e < 0 ? null : Entities[e];
    }

    public string? NominalEndingAt(int k)
    {
        if (k < 1)
        {
            return null;
        }

        var phrase = Tokens[k - 1].Lower + " " + Tokens[k].Lower;
        return Lexicon.Nominals.ContainsKey(phrase) ? phrase : null;
    }

    /// <summary>What a description can stand for: "the company" a company, "the agency" a body, "the country" a country.</summary>
    private static Func<ClaimEntity, bool> Fits(EntityKind kind) => kind switch
    {
        EntityKind.Company => e => e.Kind == EntityKind.Company,
        EntityKind.Organization => e => e.Kind is EntityKind.Organization or EntityKind.Programme,
        _ => e => e.Kind == EntityKind.Country,
    };

    /// <summary>The last entity before <paramref name="before"/> that a description of <paramref name="kind"/> can stand for, as a code or name.</summary>
    public string? Antecedent(int before, EntityKind kind)
    {
        var fits = Fits(kind);
        var country = kind is not (EntityKind.Company or EntityKind.Organization);
        var k = Sorted.FirstFrom(Entities, e => e.Span.Start, before) - 1;
        for (var n = 0; k >= 0 && n < 300; k--, n++)
        {
            if (Entities[k].Span.End > before)
            {
                continue;
            }

            if (fits(Entities[k]))
            {
                return Entities[k].Canonical;
            }

            // "the country" after "the Peruvian Association of Cocoa Farmers": the country the body is named by.
            if (country && Entities[k].Kind == EntityKind.Body && CountryIn(Entities[k].Span) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    public string? CountryIn(TextSpan span) => Inside(Countries, c => c.Span, span).FirstOrDefault()?.Code;

    /// <summary>"from X", "by X", "in X" after the quantity: the entity that follows the preposition within a few words.</summary>
    public string? SourceAfter(int qLast, int clauseLast, string preposition)
    {
        for (var k = qLast + 1; k < clauseLast && k - qLast <= Reach; k++)
        {
            if (Tokens[k].IsWord && char.IsDigit(Tokens[k].Text[0]))
            {
                return null; // "for three years, but 300 jobs in Lusaka": a place after the next figure is that figure's
            }

            if (Tokens[k].Lower == preposition && EntityWithin(k + 1, clauseLast, 4) is { } e)
            {
                return e.Canonical;
            }
        }

        return null;
    }

    /// <summary>The first entity in the next <paramref name="words"/> tokens, stopping at a comma or a verb of the lexicon.</summary>
    public ClaimEntity? EntityWithin(int from, int clauseLast, int words)
    {
        for (var k = from; k < clauseLast && k - from < words; k++)
        {
            if (EntityEndingAt(k) is { } e)
            {
                return e;
            }

            if (NominalEndingAt(k) is { } nominal)
            {
                var code = Antecedent(Tokens[k - 1].Start, Lexicon.Nominals[nominal]);
                return code is null ? null : new ClaimEntity(Tokens[k].Span, code, Lexicon.Nominals[nominal]);
            }

            if (Tokens[k].Text is "," || VerbAt(k) is not null)
            {
                return null;
            }
        }

        return null;
    }

    // ---- items ----

    /// <summary>
    /// A word as the treebank the syntax model learnt from writes it: typographic apostrophes and quote marks as ASCII
    /// ("Kenya’s" splits into "Kenya" and "’s", which the model knows only as "'s").
    /// </summary>
    private static string AsTreebankWrites(string word) =>
        word.AsSpan().IndexOfAny(Typographic) < 0 ? word
        : word.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"');

    private static readonly System.Buffers.SearchValues<char> Typographic = System.Buffers.SearchValues.Create("\u2018\u2019\u201C\u201D");

    /// <summary>The words of tokens <paramref name="first"/> to <paramref name="last"/> (exclusive), as the syntax model reads them.</summary>
    private string[] WordsOf(int first, int last)
    {
        var words = new string[last - first];
        for (var k = first; k < last; k++)
        {
            words[k - first] = AsTreebankWrites(Tokens[k].Text);
        }

        return words;
    }

    /// <summary>The parse of the sentence whose words are tokens <paramref name="first"/> to <paramref name="last"/> (exclusive), parsed once and only when asked.</summary>
    public ParsedSentence? ParseOf(int first, int last)
    {
        if (!_parses.TryGetValue(first, out var parse))
        {
            parse = SyntaxModel.Default.Parse(WordsOf(first, last));
            _parses[first] = parse;
        }

        return parse;
    }

    /// <summary>
    /// The part-of-speech tags of the sentence whose words are tokens <paramref name="first"/> to <paramref name="last"/>
    /// (exclusive): the parse's when it was made, else the tagger's alone (cheaper than a parse), tagged once; null for a
    /// sentence too long to tag.
    /// </summary>
    public IReadOnlyList<string>? TagsOf(int first, int last)
    {
        if (_parses.TryGetValue(first, out var parse))
        {
            return parse?.Tags;
        }

        if (!_tags.TryGetValue(first, out var tags))
        {
            var words = WordsOf(first, last);
            tags = words.Length is > 0 and <= SyntaxModel.MaxWords ? SyntaxModel.Default.Tagger.Tag(words) : null;
            _tags[first] = tags;
        }

        return tags;
    }

    // ---- modality ----

    public bool HasCue(string role, int from, int to) => HasPhrase(role, from, to, cue: true);

    /// <summary>
    /// Whether one of the lexicon's phrases for <paramref name="role"/> lies within tokens <c>[from, to)</c>: each token
    /// is looked up among the phrases that open with it, so that a long window costs one look-up per token, not one
    /// pass per phrase. A cue's words are not capitalized inside a sentence ("May 1" and "Will Smith" are names, not
    /// "may" and "will"); its "n't" ends a word ("didn't").
    /// </summary>
    public bool HasPhrase(string role, int from, int to, bool cue)
    {
        var index = PhrasesOf(role);
        if (index.Empty && from <= to)
        {
            return true;
        }

        for (var k = from; k < to; k++)
        {
            var lower = Tokens[k].Lower;
            if (index.ByFirst.TryGetValue(lower, out var phrases) && phrases.Exists(p => Matches(p, k, to, cue)))
            {
                return true;
            }

            if (index.Contracted.Count > 0 && (cue ? IsContracted(lower) : lower == "n't") && index.Contracted.Exists(p => Matches(p, k, to, cue)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsContracted(string lower) => lower.EndsWith("n't", StringComparison.Ordinal) || lower.EndsWith("n\u2019t", StringComparison.Ordinal);

    private bool Matches(string[] phrase, int k, int to, bool cue)
    {
        if (k + phrase.Length > to)
        {
            return false;
        }

        for (var j = 0; j < phrase.Length; j++)
        {
            var t = Tokens[k + j];
            var match = cue && phrase[j] == "n't" ? IsContracted(t.Lower) : t.Lower == phrase[j];
            if (!match || (cue && t.IsCapitalized && !IsSentenceOpening(k + j)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The phrases of a role by their first word (those opening with "n't" apart), made once per document.</summary>
    private PhraseIndex PhrasesOf(string role)
    {
        if (!_phraseIndexes.TryGetValue(role, out var index))
        {
            index = new PhraseIndex(new Dictionary<string, List<string[]>>(StringComparer.Ordinal), [], false);
            foreach (var phrase in Lexicon.Phrases(role))
            {
                if (phrase.Length == 0)
                {
                    index = index with { Empty = true };
                }
                else if (phrase[0] == "n't")
                {
                    index.Contracted.Add(phrase);
                }
                else
                {
                    if (!index.ByFirst.TryGetValue(phrase[0], out var list))
                    {
                        index.ByFirst[phrase[0]] = list = [];
                    }

                    list.Add(phrase);
                }
            }

            _phraseIndexes[role] = index;
        }

        return index;
    }

    // ---- date and speaker ----

    /// <summary>A role's phrases by first word; those that open with "n't"; whether an empty phrase is among them.</summary>
    private sealed record PhraseIndex(Dictionary<string, List<string[]>> ByFirst, List<string[]> Contracted, bool Empty);

    // ---- entities ----

    private static List<ClaimEntity> FindEntities(string text, IReadOnlyList<CountryMention> countries, ClaimLexicon lexicon, NamedBodies bodies)
    {
        var hits = new List<ClaimEntity>();
        foreach (var (form, canonical, kind) in lexicon.Entities)
        {
            var from = 0;
            while (from < text.Length)
            {
                var i = text.IndexOf(form, from, StringComparison.Ordinal);
                if (i < 0)
                {
                    break;
                }

                var end = i + form.Length;
                if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    hits.Add(new ClaimEntity(new TextSpan(i, end), canonical, kind));
                }

                from = end;
            }
        }

        // The longest form wins where forms overlap ("Serum Institute of India" over "India").
        hits.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        var named = new List<ClaimEntity>();
        foreach (var hit in hits)
        {
            if (named.Count == 0 || named[^1].Span.End <= hit.Span.Start)
            {
                named.Add(hit);
            }
        }

        // A body the article names is kept whole where no lexicon entity overlaps it ("Ghana Civil Aviation Authority" is a
        // body, not Kenya); a country's ministry or government is that country ("the Danish Health Ministry" acts for DK).
        var lexiconNamed = named;
        named = [.. lexiconNamed];
        foreach (var (span, name) in bodies.Bodies())
        {
            var at = Sorted.FirstFrom(lexiconNamed, e => e.Span.End, span.Start + 1);
            if ((at >= lexiconNamed.Count || lexiconNamed[at].Span.Start >= span.End) && !IsGovernment(text, name, span, countries))
            {
                named.Add(new ClaimEntity(span, name, EntityKind.Body));
            }
        }

        // A vessel or criminal group the article names (NamedReferents) where no other name overlaps it.
        foreach (var (span, name) in NamedReferents.In(text).Mentions())
        {
            if (!named.Exists(e => e.Span.Overlaps(span)))
            {
                named.Add(new ClaimEntity(span, name, EntityKind.Body));
            }
        }

        named.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var all = new List<ClaimEntity>(named);
        var j = 0;
        foreach (var c in countries.OrderBy(c => c.Span.Start))
        {
            while (j < named.Count && named[j].Span.End <= c.Span.Start)
            {
                j++;
            }

            // "the Zambian-focused miner", "a Kenya-based firm": a country joined by a hyphen to a modifier describes, it does not act.
            var modifier = c.Span.End + 1 < text.Length && text[c.Span.End] == '-' && char.IsLower(text[c.Span.End + 1]);
            if ((j >= named.Count || !named[j].Span.Overlaps(c.Span)) && !modifier)
            {
                all.Add(new ClaimEntity(c.Span, c.Code, EntityKind.Country));
            }
        }

        all.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return all;
    }

    /// <summary>Whether a body's name is a ministry or the government of a country it names ("Danish Health Ministry", "Ministry of Finance of Peru").</summary>
    private static bool IsGovernment(string text, string name, TextSpan span, IReadOnlyList<CountryMention> countries) =>
        name.Split(' ').Any(w => w is "Ministry" or "Government") && countries.Any(c => span.Contains(c.Span) || OwnedBy(text, span, c.Span));

    /// <summary>Whether the country at <paramref name="country"/> owns the body at <paramref name="body"/> in the possessive ("Chile's Health Ministry").</summary>
    private static bool OwnedBy(string text, TextSpan body, TextSpan country) =>
        country.End < body.Start && body.Start - country.End <= 3 && text[country.End] is '\'' or '\u2019';
}
