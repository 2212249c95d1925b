using System.Globalization;

namespace NewsFacts.Claims;

/// <summary>
/// Builds structured claims from an article's recognized mentions: one claim per checkable quantity (not "both", "the two
/// countries", "the first time"), with the predicate that governs it, who gives or holds it (actor), who receives it
/// (recipient), which products or programmes it is of (item), the nearest date, who asserts it (speaker) and how firmly
/// (modality). The rules read the quantity's own sentence, with a look back at earlier sentences for pronouns and for
/// the product that "those doses" or "the vaccine" points to.
/// </summary>
internal static class ClaimBuilder
{
    private const int Reach = 12;
    private const int LookBackSentences = 3;

    /// <summary>How many tokens before its predicate a subject is looked for, so that a long sentence costs no more per claim than a short one.</summary>
    private const int SubjectReach = 60;

    /// <summary>The longest document for which the quotes component names the speakers of reported speech (for each sentence it walks all of the document's quotations).</summary>
    private const int AttributionMaxChars = 200_000;

    public static List<Claim> Build(DocumentContext document, IReadOnlyList<QuantityMention> quantities, IReadOnlyList<DateMention> dates, IReadOnlyList<CountryMention> countries, IReadOnlyList<QuoteMention> quotes, NamedBodies? bodies = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (quantities.Count == 0)
        {
            return [];
        }

        var analysis = new ClaimDocument(document, countries, quotes, quantities, dates, bodies ?? new NamedBodies(document.Text));
        var claims = new List<Claim>();
        foreach (var quantity in quantities)
        {
            var claim = analysis.Build(quantity, claims);
            if (claim is not null)
            {
                claim = AsConversion(claim, claims.Count > 0 ? claims[^1] : null, document.Text);
                claims.Add(claim with { Id = "c" + (claims.Count + 1).ToString(CultureInfo.InvariantCulture) });
            }
        }

        return claims;
    }

    /// <summary>
    /// A conversion in brackets right after an amount ("150,000 shillings (about $1,160)", "10 billion dirhams ($1.1
    /// billion)") restates that amount: it takes its predicate, roles, items, date, speaker and firmness.
    /// </summary>
    /// <summary>The hedges a bracketed conversion may open with ("(about $1,160)").</summary>
    internal static readonly string[] ConversionHedges = ["about", "around", "some", "roughly", "nearly"];

    internal static Claim AsConversion(Claim claim, Claim? previous, string text)
    {
        if (previous is null || previous.Sentence != claim.Sentence || claim.Quantity.Span.Start <= previous.Quantity.Span.End)
        {
            return claim;
        }

        var between = text.AsSpan(previous.Quantity.Span.End, claim.Quantity.Span.Start - previous.Quantity.Span.End).Trim();
        if (!(between is "(" || between.StartsWith("(or ", StringComparison.Ordinal) || between.Length > 1 && between[0] == '(' && ConversionHedges.Contains(between[1..].ToString())) ||
            previous.Quantity.Unit is not { Length: 3 } || claim.Quantity.Unit is not { Length: 3 })
        {
            return claim;
        }

        return claim with
        {
            Predicate = previous.Predicate,
            Actor = previous.Actor,
            Recipient = previous.Recipient,
            Item = previous.Item,
            Date = previous.Date,
            Speaker = previous.Speaker,
            Modality = previous.Modality,
        };
    }

    /// <summary>Whether a quantity is checkable: not a vague or anaphoric count ("both", "the two countries", "one option", "first").</summary>
    internal static bool IsCheckable(QuantityMention quantity, string document, ClaimLexicon lexicon)
    {
        var before = WordBefore(document, quantity.Span.Start);
        var text = quantity.Text.Trim();
        if (text.Length == 0)
        {
            return false;
        }

        var firstWord = text.Split(' ', 2)[0].ToLowerInvariant();
        if ((before.Equals("the", StringComparison.OrdinalIgnoreCase) || before.Equals("these", StringComparison.OrdinalIgnoreCase) || before.Equals("those", StringComparison.OrdinalIgnoreCase))
            && char.IsLetter(text[0]))
        {
            return false; // "the two countries": a definite count in words points back, it asserts nothing new
        }

        // "hundreds of supporters", "thousands of travellers": a vague count below a million names no figure to check
        // ("tens of thousands of masks" and "tens of millions of doses" do: at least ten thousand, ten million)
        if (firstWord is "hundreds" or "thousands" or "dozens" or "scores" && quantity.Value < 1e6)
        {
            return false;
        }

        if (lexicon.Words("skip-start").Contains(firstWord))
        {
            return false;
        }

        if (char.IsDigit(firstWord[0]) && (firstWord.EndsWith("st", StringComparison.Ordinal) || firstWord.EndsWith("nd", StringComparison.Ordinal)
            || firstWord.EndsWith("rd", StringComparison.Ordinal) || firstWord.EndsWith("th", StringComparison.Ordinal)))
        {
            return false; // an ordinal: "1st", "20th"
        }

        // "one option", "a plan": a single thing named by a word is no count to check.
        return !(quantity.Value == 1 && quantity.ValueMax is null && firstWord is "one" or "a" or "an" or "single");
    }

    /// <summary>"the finance ministry" is named "finance ministry".</summary>
    private static string StripArticle(string name)
    {
        foreach (var article in (string[])["the ", "The ", "a ", "A ", "an ", "An "])
        {
            if (name.StartsWith(article, StringComparison.Ordinal) && name.Length > article.Length)
            {
                return name[article.Length..];
            }
        }

        return name;
    }

    private static string WordBefore(string text, int start)
    {
        var e = start;
        while (e > 0 && text[e - 1] == ' ')
        {
            e--;
        }

        var s = e;
        while (s > 0 && char.IsLetter(text[s - 1]))
        {
            s--;
        }

        return text[s..e];
    }

    /// <summary>A sentence's tokens, its entities and the quotes that cover it.</summary>
    private sealed class ClaimDocument
    {
        private readonly DocumentContext _document;
        private readonly List<ClaimToken> _tokens;
        private readonly List<ClaimEntity> _entities;
        private readonly IReadOnlyList<CountryMention> _countries;
        private readonly IReadOnlyList<QuoteMention> _quotes;
        private readonly ClaimLexicon _lexicon = ClaimLexicon.Instance;
        private readonly HashSet<string> _prepositions;
        private readonly HashSet<string> _pronouns;
        private readonly string? _dominantCountry;
        private readonly int[] _entityAtToken;
        private readonly bool[] _inCounted;
        private readonly HashSet<int> _countedEnds = [];
        private readonly Dictionary<int, Attributed?> _attributions = [];
        private readonly List<DateMention> _dates;
        private readonly Dictionary<string, string> _fullNames = new(StringComparer.Ordinal);
        private readonly HashSet<string> _names = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PhraseIndex> _phraseIndexes = new(StringComparer.Ordinal);
        private (TextSpan Subject, string Phrase, string Lower, string Named)? _lastSubject;

        private readonly NamedBodies _bodies;
        private readonly Dictionary<int, ParsedSentence?> _parses = [];
        private readonly HashSet<string> _reportingVerbs = Lexicon.Words("quote-reporting-verbs.tsv");
        private readonly HashSet<string> _measures = new(Lexicon.Rows("quantity-units.tsv").Select(r => r[0]), StringComparer.Ordinal);

        public ClaimDocument(DocumentContext document, IReadOnlyList<CountryMention> countries, IReadOnlyList<QuoteMention> quotes, IReadOnlyList<QuantityMention> quantities, IReadOnlyList<DateMention> dates, NamedBodies bodies)
        {
            _bodies = bodies;
            _quotes = [.. quotes.OrderBy(x => x.Span.Start)];
            _countries = [.. countries.OrderBy(x => x.Span.Start)];
            _document = document;
            _tokens = ClaimTokenizer.Tokenize(document.Text);
            _dates = [.. dates.Where(d => d.Value is not null).OrderBy(d => d.Span.Start)];
            _inCounted = new bool[_tokens.Count];
            foreach (var q in quantities)
            {
                var end = Math.Max(q.Span.End, q.UnitSpan?.End ?? q.Span.End);
                if (q.UnitSpan is { } counted && counted.End == q.Span.End && counted.Start > q.Span.Start)
                {
                    _countedEnds.Add(counted.End);
                }

                for (var k = LowerBound(q.Span.Start); k < _tokens.Count && _tokens[k].Start < end; k++)
                {
                    _inCounted[k] = true;
                }
            }

            foreach (var speaker in _quotes.Select(x => x.Speaker))
            {
                if (speaker is not null && speaker.Contains(' ', StringComparison.Ordinal))
                {
                    _fullNames.TryAdd(speaker[(speaker.LastIndexOf(' ') + 1)..], speaker);
                }
            }
            _entities = FindEntities(document.Text, countries, _lexicon);
            _entityAtToken = new int[_tokens.Count];
            Array.Fill(_entityAtToken, -1);
            for (var e = 0; e < _entities.Count; e++)
            {
                for (var k = LowerBound(_entities[e].Span.Start); k < _tokens.Count && _tokens[k].Start < _entities[e].Span.End; k++)
                {
                    _entityAtToken[k] = e;
                }
            }
            _prepositions = _lexicon.Words("preposition");
            _pronouns = _lexicon.Words("subject-pronoun");
            _dominantCountry = countries.GroupBy(c => c.Code).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start).Select(g => g.Key).FirstOrDefault();
        }

        private string Text => _document.Text;

        /// <summary>One string for each name the claims give, so that a long article's many claims of one speaker hold it once.</summary>
        private string? Shared(string? name)
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

        public Claim? Build(QuantityMention q, List<Claim> earlier)
        {
            if (!IsCheckable(q, Text, _lexicon))
            {
                return null;
            }

            var sentenceIndex = _document.Segmentation.SentenceIndexAt(q.Span.Start);
            if (sentenceIndex < 0)
            {
                return null;
            }

            var sentence = _document.Segmentation.Sentences[sentenceIndex];
            var (first, last) = TokenRange(sentence);
            var qFirst = TokenAt(q.Span.Start, first, last);
            var nounEnd = Math.Max(q.Span.End, q.UnitSpan?.End ?? q.Span.End);
            var qLast = TokenAt(nounEnd - 1, first, last);
            if (qFirst < 0 || qLast < qFirst)
            {
                return null;
            }

            var quote = QuoteHolding(q.Span);
            // Inside a quotation the speaker's own words are the scope (a quotation may also run over several sentences).
            var quoteFirst = quote is null ? -1 : TokenAt(quote.Span.Start, first, last);
            var quoteLast = quote is null ? -1 : TokenAt(quote.Span.End - 1, first, last);
            var scopeFirst = quoteFirst < 0 ? first : quoteFirst;
            var scopeLast = quoteLast < 0 ? last : quoteLast + 1;
            var (clauseFirst, clauseLast) = Clause(qFirst, scopeFirst, scopeLast);

            var (predicate, predicateAt) = FindPredicate(q, qFirst, qLast, clauseFirst, clauseLast);
            var speech = quote is null ? ReportedSpeech.Find(_tokens, first, last, qFirst, _lexicon) : null;
            var speaker = _bodies.Canonical(quote is not null ? quote.Speaker : speech is null ? null : AttributedName(sentence, speech) ?? SpeakerName(speech.Subject, q.Span.Start), q.Span.Start);

            var subject = FindSubject(qFirst, qLast, predicateAt, scopeFirst, speech);
            var subjectCode = subject is null ? null : Resolve(subject.Value, quote, speech);
            string? actor = null, recipient = null;
            switch (predicate.Class)
            {
                case PredicateClass.Get:
                    recipient = subjectCode;
                    actor = SourceAfter(qLast, clauseLast, "from") ?? PossessiveIn(qLast, clauseLast);
                    break;
                case PredicateClass.Acquire:
                    actor = subjectCode;
                    recipient = SourceAfter(Math.Max(qLast, predicateAt), clauseLast, "from");
                    break;
                default:
                    actor = subjectCode ?? SourceAfter(qLast, clauseLast, "from") ?? SourceAfter(qLast, clauseLast, "by")
                        ?? (predicate.Class == PredicateClass.Hold ? SourceAfter(Math.Max(qLast, predicateAt), clauseLast, "in") : null);
                    recipient = RecipientAfter(Math.Max(qLast, predicateAt), clauseLast) ?? RecipientBetween(predicateAt, qFirst);
                    if (recipient is null && predicate.Class is PredicateClass.Give or PredicateClass.Commit)
                    {
                        for (var k = earlier.Count - 1; k >= 0 && earlier[k].Sentence == sentence && recipient is null; k--)
                        {
                            var c = earlier[k];
                            recipient = c.Actor == actor && c.Quantity.Unit == q.Unit ? c.Recipient : null;
                        }
                    }

                    break;
            }

            if (recipient == actor)
            {
                recipient = null;
            }

            var items = Items(q, qFirst, qLast, clauseFirst, clauseLast, sentenceIndex, first, last);
            var definite = false;
            if (items.Count == 0 && ParsedItem(q, qFirst, qLast, first, last, out definite) is { } parsedItem)
            {
                items.Add(parsedItem);
            }

            ItemCarry.Complete(items, earlier, sentence, q.Unit, definite);
            var modality = FindModality(qFirst, predicateAt, clauseFirst, first, last, speech, predicate);
            var date = NearestDate(sentence, q.Span);
            return new Claim(string.Empty, q, items, Shared(actor), Shared(recipient), predicate.Lemma, date, Shared(speaker), modality, sentence);
        }

        /// <summary>
        /// The quotes component's canonical name for the person this claim is attributed to ("Psaki said that" is "Jen Psaki",
        /// "she said" the last named speaker of that gender), when it reads the same subject. Asked once per sentence, and only
        /// for documents up to <see cref="AttributionMaxChars"/>: beyond, the builder's own naming is used.
        /// </summary>
        private string? AttributedName(TextSpan sentence, ReportedSpeaker speech)
        {
            if (Text.Length > AttributionMaxChars)
            {
                return null;
            }

            if (!_attributions.TryGetValue(sentence.Start, out var attributed))
            {
                attributed = Attribution.SpeakerOf(_document, sentence);
                _attributions[sentence.Start] = attributed;
            }

            // A name the text never writes (a changed case) or a description to follow back is left to the builder's own naming.
            // Only a person's full name is taken: a description ("the Chinese Foreign Ministry") is kept whole as the text writes it.
            if (attributed is null || !attributed.IsPerson || !attributed.Speaker.Contains(' ', StringComparison.Ordinal) || !attributed.SpeakerSpan.Overlaps(speech.Subject) || !Text.Contains(attributed.Speaker, StringComparison.Ordinal)
                || _lexicon.Nominals.ContainsKey("the " + StripArticle(attributed.Speaker).ToLowerInvariant()))
            {
                return null;
            }

            return StripArticle(attributed.Speaker);
        }

        // ---- tokens and clauses ----
        private (int First, int Last) TokenRange(TextSpan span)
        {
            var first = LowerBound(span.Start);
            int lo = first, hi = _tokens.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_tokens[mid].Start < span.End)
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

        private QuoteMention? QuoteHolding(TextSpan span)
        {
            var k = Sorted.FirstFrom(_quotes, x => x.Span.Start, span.Start + 1) - 1;
            for (var n = 0; k >= 0 && n < 4; k--, n++)
            {
                if (_quotes[k].Span.Contains(span))
                {
                    return _quotes[k];
                }
            }

            return null;
        }

        private QuoteMention? LastSpokenQuoteBefore(int at)
        {
            var k = Sorted.FirstFrom(_quotes, x => x.Span.Start, at) - 1;
            for (var n = 0; k >= 0 && n < 50; k--, n++)
            {
                if (_quotes[k].Span.End <= at && _quotes[k].Speaker is not null)
                {
                    return _quotes[k];
                }
            }

            return null;
        }

        private IEnumerable<T> Inside<T>(IReadOnlyList<T> list, Func<T, TextSpan> span, TextSpan range)
        {
            for (var k = Sorted.FirstFrom(list, x => span(x).Start, range.Start); k < list.Count && span(list[k]).Start < range.End; k++)
            {
                if (range.Contains(span(list[k])))
                {
                    yield return list[k];
                }
            }
        }

        private int LowerBound(int offset)
        {
            int lo = 0, hi = _tokens.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_tokens[mid].End <= offset)
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

        private int TokenAt(int offset, int first, int last)
        {
            var k = LowerBound(offset);
            return k >= first && k < last ? k : -1;
        }

        private static bool IsBoundary(ClaimToken t) => t.Text is ";" or ":" or "--" or "\u2014" or "\u2013" or "\"" or "\u201C" or "\u201D" or "(" or ")";

        private (int First, int Last) Clause(int at, int first, int last)
        {
            var s = at;
            while (s > first && at - s < 80 && !IsBoundary(_tokens[s - 1]))
            {
                s--;
            }

            var e = at;
            while (e < last && e - at < 80 && !IsBoundary(_tokens[e]))
            {
                e++;
            }

            return (s, e);
        }

        // ---- predicate ----
        private (Predicate Predicate, int At) FindPredicate(QuantityMention q, int qFirst, int qLast, int clauseFirst, int clauseLast)
        {
            // The counted noun may carry the predicate itself: "530,000 deaths" is about dying.
            var unitWord = q.UnitSpan is { } us ? us.Of(Text).ToLowerInvariant() : null;
            if ((unitWord is not null && _lexicon.Nouns.TryGetValue(unitWord, out var noun)) || (q.Unit is { } u && _lexicon.Nouns.TryGetValue(u + "s", out noun) && noun.Class == PredicateClass.Event))
            {
                return (noun, qLast);
            }

            // "a $500 million loan": a predicate noun right after the quantity.
            if (qLast + 1 < clauseLast && _lexicon.Nouns.TryGetValue(_tokens[qLast + 1].Lower, out var after) && !_tokens[qLast + 1].IsCapitalized)
            {
                return (after, qLast); // read as part of the counted phrase: its subject stands before the quantity
            }

            // "up 8%", "down 3%": a change is a rise or a fall.
            if (q.IsChange && qFirst - 1 >= clauseFirst && _tokens[qFirst - 1].Lower is "up" or "down")
            {
                return (new Predicate(_tokens[qFirst - 1].Lower == "up" ? "rise" : "fall", PredicateClass.Event), qFirst - 1);
            }

            for (var k = qFirst - 1; k >= clauseFirst && qFirst - k <= Reach; k--)
            {
                if (VerbAt(k) is { } verb)
                {
                    return (CommitOver(verb, k, clauseFirst), k);
                }
            }

            for (var k = qFirst - 1; k >= clauseFirst && qFirst - k <= 4; k--)
            {
                if (_lexicon.Nouns.TryGetValue(_tokens[k].Lower, out var before))
                {
                    return (before, k); // "a donation of 500 doses"
                }
            }

            for (var k = qLast + 1; k < clauseLast && k - qLast <= Reach + 3; k++)
            {
                if (VerbAt(k) is { } verb)
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
                    if (VerbAt(j) is { Class: PredicateClass.Commit } commit && _tokens[j + 1].Lower == "to")
                    {
                        return commit;
                    }
                }

                return verb;
            }
        }

        /// <summary>The predicate a token is a verb of, unless its neighbours make it a noun ("U.S. stockpiles") or an auxiliary ("has sent").</summary>
        private Predicate? VerbAt(int k)
        {
            var t = _tokens[k];
            if (!t.IsWord || !_lexicon.Verbs.TryGetValue(t.Lower, out var verb))
            {
                return null;
            }

            if (t.IsCapitalized && k > 0 && !IsSentenceOpening(k))
            {
                return null; // a name: "Order of Malta"
            }

            if (k > 0)
            {
                var prev = _tokens[k - 1];
                if (prev.Lower is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "my" or "your" or "this" or "these" or "those" or "of" or "'s" or "\u2019s"
                    || (prev.IsCapitalized && prev.IsWord && !IsSentenceOpening(k - 1) && !_pronouns.Contains(prev.Lower) && t.Lower.EndsWith('s')))
                {
                    return null; // a noun: "the release", "U.S. stockpiles"
                }
            }

            if (verb.Lemma == "have" && k + 1 < _tokens.Count)
            {
                var next = k + 1;
                while (next < _tokens.Count && _tokens[next].Lower.EndsWith("ly", StringComparison.Ordinal) && _tokens[next].Lower.Length > 3)
                {
                    next++;
                }

                var n = next < _tokens.Count ? _tokens[next].Lower : string.Empty;
                if (n is "to" or "been" or "yet" or "not" or "n't" || n.EndsWith("ed", StringComparison.Ordinal) || n.EndsWith("en", StringComparison.Ordinal)
                    || (_lexicon.Verbs.TryGetValue(n, out var participle) && participle.Lemma != "have" && n != participle.Lemma))
                {
                    return null; // an auxiliary: "has sent", "have temporarily halted"
                }
            }

            return verb;
        }

        private bool IsSentenceOpening(int k)
        {
            if (k == 0)
            {
                return true;
            }

            var prev = _tokens[k - 1];
            return prev.Text is "." or "!" or "?" or "\"" or "\u201C" or ":" || _document.Segmentation.SentenceAt(_tokens[k].Start)?.Start == _tokens[k].Start;
        }

        // ---- subject, actor, recipient ----

        /// <summary>The subject of the predicate: the nearest entity, pronoun or description before it that is not governed by a preposition.</summary>
        private SubjectRef? FindSubject(int qFirst, int qLast, int predicateAt, int scopeFirst, ReportedSpeaker? speech)
        {
            // A verb after the quantity: its subject stands between them ("2 million of those, we will lend"), else the counted
            // thing itself is the subject ("18 countries have halted", "doses will be sent") and names no actor.
            var after = predicateAt > qLast;
            var from = after ? predicateAt : qFirst;
            var floor = after ? qLast + 1 : scopeFirst;
            for (var k = from - 1; k >= floor && from - k <= SubjectReach; k--)
            {
                var t = _tokens[k];
                if (speech is not null && speech.Verb < from && speech.Subject.Contains(t.Span))
                {
                    continue; // who says it is not who does it: "The UN says 6 million have fled"
                }

                if (EntityEndingAt(k) is { } entity)
                {
                    var start = TokenAt(entity.Span.Start, 0, _tokens.Count);
                    // "96 Kenyans, 21 South Africans": a nation counted by another figure of a list does not act.
                    if (!GovernedByPreposition(start) && !_countedEnds.Contains(entity.Span.End))
                    {
                        return new SubjectRef(entity, null, k);
                    }

                    k = start;
                    continue;
                }

                if (t.IsWord && _pronouns.Contains(t.Lower) && t.Lower != "us" && !GovernedByPreposition(k))
                {
                    // A possessive stands for its owner: "her government bought" is hers, "our country" ours.
                    var word = t.Lower switch { "his" => "he", "her" => "she", "our" => "we", "its" or "their" => "it", var w => w };
                    return new SubjectRef(null, word, k);
                }

                if (NominalEndingAt(k) is { } nominal && !GovernedByPreposition(k - 1))
                {
                    return new SubjectRef(null, nominal, k);
                }
            }

            return null;
        }

        private bool GovernedByPreposition(int start)
        {
            var k = start - 1;
            while (k >= 0 && _tokens[k].Lower is "the" or "a" or "an")
            {
                k--;
            }

            return k >= 0 && _prepositions.Contains(_tokens[k].Lower);
        }

        private ClaimEntity? EntityEndingAt(int k)
        {
            var e = k >= 0 && k < _entityAtToken.Length ? _entityAtToken[k] : -1;
            return e < 0 ? null : _entities[e];
        }

        private string? NominalEndingAt(int k)
        {
            if (k < 1)
            {
                return null;
            }

            var phrase = _tokens[k - 1].Lower + " " + _tokens[k].Lower;
            return _lexicon.Nominals.ContainsKey(phrase) ? phrase : null;
        }

        /// <summary>A subject as a code or name: pronouns and descriptions are followed back to what they stand for.</summary>
        private string? Resolve(SubjectRef subject, QuoteMention? quote, ReportedSpeaker? speech)
        {
            if (subject.Entity is { } e)
            {
                return e.Canonical;
            }

            var word = subject.Word!;
            var at = _tokens[subject.Token].Start;
            if (word is "we" or "i" or "our" or "us")
            {
                return quote is not null ? SpeakerCountry(quote) : speech is not null ? CountryIn(speech.Subject) ?? _dominantCountry : _dominantCountry;
            }

            if (word is "he" or "she")
            {
                // The person the sentence attributes to, else the last quoted speaker: their country, when their title names one.
                if (speech is not null && speech.Subject.End <= at)
                {
                    return CountryIn(speech.Subject) ?? SpeakerName(speech.Subject, at);
                }

                var lastQuote = LastSpokenQuoteBefore(at);
                return lastQuote is null ? null : SpeakerCountry(lastQuote);
            }

            if (_lexicon.Nominals.TryGetValue(word, out var kind))
            {
                return Antecedent(_tokens[subject.Token - 1].Start, Fits(kind));
            }

            // "it", "they": the nearest earlier entity or description.
            for (var k = subject.Token - 1; k >= 0 && k > subject.Token - 80; k--)
            {
                if (EntityEndingAt(k) is { } prior && prior.Kind is not (EntityKind.Product or EntityKind.Programme)
                    && !GovernedByPreposition(TokenAt(prior.Span.Start, 0, _tokens.Count)) && !_inCounted[k])
                {
                    return prior.Canonical;
                }

                if (NominalEndingAt(k) is { } nominal)
                {
                    return Resolve(new SubjectRef(null, nominal, k), quote, speech);
                }
            }

            return null;
        }

        /// <summary>What a description can stand for: "the company" a company, "the agency" a body, "the country" a country.</summary>
        private static Func<ClaimEntity, bool> Fits(EntityKind kind) => kind switch
        {
            EntityKind.Company => e => e.Kind == EntityKind.Company,
            EntityKind.Organization => e => e.Kind is EntityKind.Organization or EntityKind.Programme,
            _ => e => e.Kind == EntityKind.Country,
        };

        private string? Antecedent(int before, Func<ClaimEntity, bool> fits)
        {
            var k = Sorted.FirstFrom(_entities, e => e.Span.Start, before) - 1;
            for (var n = 0; k >= 0 && n < 300; k--, n++)
            {
                if (_entities[k].Span.End <= before && fits(_entities[k]))
                {
                    return _entities[k].Canonical;
                }
            }

            return null;
        }

        /// <summary>The country a quoted speaker speaks for: named in their role, else beside their name, else the article's main country.</summary>
        private string? SpeakerCountry(QuoteMention quote)
        {
            if (quote.SpeakerRole is { } role && CountryRecognizer.Default.Recognize(role) is { Count: > 0 } inRole)
            {
                return inRole[0].Code;
            }

            if (quote.SpeakerSpan is { } span && _document.Segmentation.SentenceAt(span.Start) is { } s)
            {
                var near = Inside(_countries, c => c.Span, s).Where(c => !quote.Span.Contains(c.Span))
                    .OrderBy(c => Math.Abs(c.Span.Start - span.Start)).FirstOrDefault();
                if (near is not null)
                {
                    return near.Code;
                }
            }

            return _dominantCountry;
        }

        private string? CountryIn(TextSpan span) => Inside(_countries, c => c.Span, span).FirstOrDefault()?.Code;

        /// <summary>"from X", "by X", "in X" after the quantity: the entity that follows the preposition within a few words.</summary>
        private string? SourceAfter(int qLast, int clauseLast, string preposition)
        {
            for (var k = qLast + 1; k < clauseLast && k - qLast <= Reach; k++)
            {
                if (_tokens[k].Lower == preposition && EntityWithin(k + 1, clauseLast, 4) is { } e)
                {
                    return e.Canonical;
                }
            }

            return null;
        }

        /// <summary>"22 million doses of X's vaccine": a country or maker named in the possessive right after the quantity.</summary>
        private string? PossessiveIn(int qLast, int clauseLast)
        {
            for (var k = qLast + 1; k + 1 < clauseLast && k - qLast <= 6; k++)
            {
                if (_tokens[k + 1].Text is "'s" or "\u2019s" && EntityEndingAt(k) is { } e)
                {
                    return e.Canonical;
                }
            }

            return null;
        }

        /// <summary>"to X" / "for X" after the quantity, before the next quantity: the receiving country or body.</summary>
        private string? RecipientAfter(int qLast, int clauseLast)
        {
            for (var k = qLast + 1; k < clauseLast && k - qLast <= Reach; k++)
            {
                var t = _tokens[k];
                if (t.IsWord && char.IsDigit(t.Text[0]))
                {
                    return null; // the next quantity has its own recipient
                }

                if (t.Lower is "to" or "for" && EntityWithin(k + 1, clauseLast, 7) is { } e && e.Kind is not EntityKind.Product)
                {
                    return e.Canonical;
                }
            }

            return null;
        }

        /// <summary>"send Mexico 2 million doses": an entity standing bare between the verb and the quantity.</summary>
        private string? RecipientBetween(int predicateAt, int qFirst)
        {
            for (var k = predicateAt + 1; k < qFirst; k++)
            {
                if (EntityEndingAt(k) is { } e && !GovernedByPreposition(TokenAt(e.Span.Start, 0, _tokens.Count)) && e.Kind is EntityKind.Country or EntityKind.Organization or EntityKind.Programme)
                {
                    return e.Canonical;
                }
            }

            return null;
        }

        /// <summary>The first entity in the next <paramref name="words"/> tokens, stopping at a comma or a verb of the lexicon.</summary>
        private ClaimEntity? EntityWithin(int from, int clauseLast, int words)
        {
            for (var k = from; k < clauseLast && k - from < words; k++)
            {
                if (EntityEndingAt(k) is { } e)
                {
                    return e;
                }

                if (NominalEndingAt(k) is { } nominal)
                {
                    var code = Antecedent(_tokens[k - 1].Start, Fits(_lexicon.Nominals[nominal]));
                    return code is null ? null : new ClaimEntity(_tokens[k].Span, code, _lexicon.Nominals[nominal]);
                }

                if (_tokens[k].Text is "," || VerbAt(k) is not null)
                {
                    return null;
                }
            }

            return null;
        }

        // ---- items ----

        /// <summary>The parse of the sentence whose words are tokens <paramref name="first"/> to <paramref name="last"/> (exclusive), parsed once and only when asked.</summary>
        private ParsedSentence? ParseOf(int first, int last)
        {
            if (!_parses.TryGetValue(first, out var parse))
            {
                var words = new string[last - first];
                for (var k = first; k < last; k++)
                {
                    words[k - first] = _tokens[k].Text;
                }

                parse = SyntaxModel.Default.Parse(words);
                _parses[first] = parse;
            }

            return parse;
        }

        /// <summary>The item that the sentence's structure gives (<see cref="ItemReader"/>), as written, and whether "the" comes before it; a common noun or adjective opening the sentence loses its capital (not a country's: "French wheat").</summary>
        private string? ParsedItem(QuantityMention q, int qFirst, int qLast, int first, int last, out bool definite)
        {
            definite = false;
            var isRate = q.Unit is { } unit && (unit is "percent" or "basis point" || (unit.Length == 3 && unit.All(char.IsUpper)) || _measures.Contains(unit));

            // The parse is asked only where a rule of the item reader can apply: a rate, "... of X" after the quantity (or
            // after a parenthesis), a measure written as one word ("3,000-metre"), a capitalized counted noun, or "for" or
            // "on" before the quantity.
            var counted = _tokens[qLast].Text;
            var mayHaveItem = isRate || (qLast + 1 < last && _tokens[qLast + 1].Lower == "of")
                || (counted.Any(char.IsDigit) && counted.Any(char.IsLetter)) || (qLast > qFirst && _tokens[qLast].IsCapitalized)
                || (qLast + 1 < last && _tokens[qLast + 1].Text == "(") || (qFirst > first && _tokens[qFirst - 1].Lower is "for" or "on");
            if (!mayHaveItem || ParseOf(first, last) is not { } parse)
            {
                return null;
            }

            bool IsNamed(int k) => (_entityAtToken[first + k] >= 0 && _entities[_entityAtToken[first + k]].Kind is not EntityKind.Product)
                || Sorted.FirstFrom(_dates, d => d.Span.End, _tokens[first + k].End) is var d && d < _dates.Count && _dates[d].Span.Start <= _tokens[first + k].Start;
            var found = ItemReader.Find(parse, qFirst - first, qLast - first, isRate, q.Unit is "percent" or "basis point", ItemReader.IsMass(q.Unit), IsNamed, k => CountryIn(new TextSpan(_tokens[first + k].Start, _tokens[first + k].End)) is not null, k => _reportingVerbs.Contains(_tokens[first + k].Lower));
            if (found is not { } words)
            {
                return null;
            }

            definite = first + words.First > 0 && _tokens[first + words.First - 1].Lower == "the";
            var text = Text[_tokens[first + words.First].Start.._tokens[first + words.Last].End];
            return words.First == 0 && parse.Tags[0] is "NOUN" or "ADJ" && _entityAtToken[first] < 0 && text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1])
                ? char.ToLowerInvariant(text[0]) + text[1..]
                : text;
        }

        private List<string> Items(QuantityMention q, int qFirst, int qLast, int clauseFirst, int clauseLast, int sentenceIndex, int first, int last)
        {
            static bool IsItem(ClaimEntity e) => e.Kind is EntityKind.Company or EntityKind.Product or EntityKind.Programme;
            List<string> Within(TextSpan span) => [.. Inside(_entities, e => e.Span, span).Where(IsItem).Select(e => e.Canonical).Distinct(StringComparer.Ordinal)];

            // "96 Kenyans", "21 South Africans": a count of nationals counts people of that nation; the demonym as written
            // is what is counted, so that the Kenyans aboard and the South Africans aboard are two facts.
            if (q.UnitSpan is { } counted && Inside(_countries, c => c.Span, q.Span).FirstOrDefault(c => c.Kind == CountryMentionKind.Demonym && c.Span.End == counted.End) is { } nationals)
            {
                return [nationals.Span.Of(Text)];
            }

            var sentence = _document.Segmentation.Sentences[sentenceIndex];
            var items = NamedInPhrase(q, qFirst, qLast, clauseLast);
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
            var anaphoric = HasAnaphor(Math.Max(first, qFirst - 40), Math.Min(last, qLast + 40));
            for (var back = 1; back <= LookBackSentences && sentenceIndex - back >= 0; back++)
            {
                var earlier = _document.Segmentation.Sentences[sentenceIndex - back];
                var found = Within(earlier);
                if (found.Count > 0 && (anaphoric || (q.UnitSpan is { } unit && MentionsWord(earlier, unit.Of(Text)))))
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
        private List<string> NamedInPhrase(QuantityMention q, int qFirst, int qLast, int clauseLast)
        {
            var names = new List<string>();
            var notItems = _lexicon.Words("not-item");
            bool IsName(int k) => _tokens[k].IsWord && _tokens[k].IsCapitalized && !char.IsDigit(_tokens[k].Text[0]) && !IsSentenceOpening(k)
                && EntityEndingAt(k) is null && !notItems.Contains(_tokens[k].Lower) && _tokens[k].Text.Skip(1).Any(char.IsLower);

            if (q.UnitSpan is not { } unit)
            {
                return names;
            }

            var unitFirst = TokenAt(unit.Start, qFirst, _tokens.Count);
            for (var k = qFirst + 1; unitFirst > qFirst && k < unitFirst; k++)
            {
                if (IsName(k))
                {
                    var s = k;
                    while (k + 1 < unitFirst && IsName(k + 1))
                    {
                        k++;
                    }

                    names.Add(Text[_tokens[s].Start.._tokens[k].End]);
                }
            }

            if (qLast + 2 < clauseLast && _tokens[qLast + 1].Lower == "of" && IsName(qLast + 2))
            {
                var e = qLast + 2;
                while (e + 1 < clauseLast && IsName(e + 1))
                {
                    e++;
                }

                names.Add(Text[_tokens[qLast + 2].Start.._tokens[e].End]);
            }

            return names;
        }

        private bool HasAnaphor(int first, int last) => HasPhrase("anaphor", first, last, cue: false);

        private bool MentionsWord(TextSpan sentence, string word)
        {
            var (first, last) = TokenRange(sentence);
            for (var k = first; k < last && k - first < 200; k++)
            {
                if (string.Equals(_tokens[k].Text, word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        // ---- modality ----
        private Modality FindModality(int qFirst, int predicateAt, int clauseFirst, int first, int last, ReportedSpeaker? speech, Predicate predicate)
        {
            var from = Math.Max(clauseFirst, qFirst - Reach);
            var to = Math.Max(qFirst, predicateAt + 1);
            bool Has(string role) => HasCue(role, from, to);

            if (Has("negation"))
            {
                return Modality.Negated;
            }

            if (speech is { Hearsay: true } || Has("reported"))
            {
                return Modality.Reported;
            }

            if (Has("conditional") && !InDefinitePhrase(qFirst, from))
            {
                return Modality.Conditional;
            }

            if (Has("possible"))
            {
                return Modality.Possible;
            }

            return Has("planned") || predicate.Class == PredicateClass.Commit ? Modality.Planned : Modality.Asserted;
        }

        /// <summary>
        /// Whether the figure stands inside a definite noun phrase that opens after <paramref name="from"/> ("that blows the
        /// reported $160 million offers out of the water", "its 5,000-strong staff"): such a phrase takes its figure as
        /// given, so a condition in the sentence does not make the figure conditional. Only participles, hyphenated
        /// modifiers and commas may stand between the determiner and the figure ("the city $5 billion" is two phrases).
        /// </summary>
        private bool InDefinitePhrase(int qFirst, int from)
        {
            for (var k = qFirst - 1; k >= from && qFirst - k <= 4; k--)
            {
                var t = _tokens[k];
                if (t.Lower is "the" or "its" or "their" or "his" or "her" or "our" or "these" or "those"
                    || t.Lower.EndsWith("'s", StringComparison.Ordinal) || t.Lower.EndsWith("\u2019s", StringComparison.Ordinal))
                {
                    return true;
                }

                if (!(t.Text is "," || t.Lower.EndsWith("ed", StringComparison.Ordinal) || t.Lower.Contains('-', StringComparison.Ordinal)))
                {
                    return false;
                }
            }

            return false;
        }

        private bool HasCue(string role, int from, int to) => HasPhrase(role, from, to, cue: true);

        /// <summary>
        /// Whether one of the lexicon's phrases for <paramref name="role"/> lies within tokens <c>[from, to)</c>: each token
        /// is looked up among the phrases that open with it, so that a long window costs one look-up per token, not one
        /// pass per phrase. A cue's words are not capitalized inside a sentence ("May 1" and "Will Smith" are names, not
        /// "may" and "will"); its "n't" ends a word ("didn't").
        /// </summary>
        private bool HasPhrase(string role, int from, int to, bool cue)
        {
            var index = PhrasesOf(role);
            if (index.Empty && from <= to)
            {
                return true;
            }

            for (var k = from; k < to; k++)
            {
                var lower = _tokens[k].Lower;
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
                var t = _tokens[k + j];
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
                foreach (var phrase in _lexicon.Phrases(role))
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
        /// <summary>
        /// The date nearest the figure in its sentence, leaving out a date that another clause holds: "has sent three
        /// investigators, and two arrived on Monday" dates the two, not the three; "410,000 cases this year, against 6.6
        /// million in 2024" dates each figure by its own side.
        /// </summary>
        private DateMention? NearestDate(TextSpan sentence, TextSpan q) =>
            Inside(_dates, d => d.Span, sentence)
                .Where(d => !ClauseBreakBetween(d.Span.End <= q.Start ? d.Span.End : q.End, d.Span.End <= q.Start ? q.Start : d.Span.Start))
                .OrderBy(d => d.Span.End <= q.Start ? q.Start - d.Span.End : Math.Max(0, d.Span.Start - q.End))
                .FirstOrDefault();

        /// <summary>
        /// Whether a new clause opens between two offsets: a semicolon, a comma before "against", or a comma before "and",
        /// "but", "while" or "whereas" that opens a clause with its own verb ("..., and two arrived on Monday"); a list that
        /// shares one verb ("recorded 48C in one town, and 46C in another on Tuesday") shares its date.
        /// </summary>
        private bool ClauseBreakBetween(int from, int to)
        {
            for (var i = from; i < to && i < Text.Length; i++)
            {
                if (Text[i] == ';')
                {
                    return true;
                }

                if (Text[i] != ',')
                {
                    continue;
                }

                var rest = Text.AsSpan(i + 1, Math.Min(to, Text.Length) - i - 1).TrimStart();
                foreach (var word in ClauseOpeners)
                {
                    if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase) && rest.Length > word.Length && !char.IsLetter(rest[word.Length])
                        && (word == "against" || HasVerb(i + 1, to)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool HasVerb(int from, int to)
        {
            for (var k = LowerBound(from); k < _tokens.Count && _tokens[k].Start < to; k++)
            {
                if (VerbAt(k) is not null)
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly string[] ClauseOpeners = ["and", "but", "while", "whereas", "against"];

        /// <summary>
        /// A readable speaker from the attributed subject: a description is followed back ("the company" is AstraZeneca), a pronoun
        /// to the last quoted speaker, a titled name loses its title ("Mexican President A B" is "A B"), and a surname takes the
        /// full name a quote gave it.
        /// </summary>
        private string? SpeakerName(TextSpan subject, int at)
        {
            // The claims of one sentence ask for the same subject one after another: its words are read once.
            if (_lastSubject is not { } named || named.Subject != subject)
            {
                var (words, subjectPhrase) = SubjectWords(subject);
                var subjectLower = subjectPhrase.ToLowerInvariant();
                named = (subject, subjectPhrase, subjectLower, TitledName(words, subjectPhrase));
                _lastSubject = named;
            }

            var (phrase, lower) = (named.Phrase, named.Lower);
            if (_lexicon.Nominals.TryGetValue("the " + lower, out var kind))
            {
                return Antecedent(subject.Start, Fits(kind)) is { } a
                    ? NameOf(a) : phrase;
            }

            if (lower is "it")
            {
                return _bodies.LastBody(subject.Start) ?? LastSpokenQuoteBefore(at)?.Speaker;
            }

            if (lower is "he" or "she" or "they")
            {
                return LastSpokenQuoteBefore(at)?.Speaker;
            }

            return named.Named;
        }

        /// <summary>The subject's words without a leading article, and those words as one phrase.</summary>
        private (List<string> Words, string Phrase) SubjectWords(TextSpan subject)
        {
            var words = subject.Of(Text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            while (words.Count > 1 && words[0].ToLowerInvariant() is "the" or "a" or "an")
            {
                words.RemoveAt(0);
            }

            return (words, string.Join(' ', words));
        }

        /// <summary>A subject that is a name: without the title before it, and as the full name a quote gave its surname.</summary>
        private string TitledName(List<string> words, string phrase)
        {
            // A title before a capitalized name: keep the name.
            var nameStart = words.Count;
            while (nameStart > 0 && words[nameStart - 1].Length > 0 && char.IsUpper(words[nameStart - 1][0]) && !IsTitleWord(words[nameStart - 1]))
            {
                nameStart--;
            }

            if (nameStart > 0 && nameStart < words.Count && words.Count - nameStart >= 2 && IsTitleWord(words[nameStart - 1]))
            {
                phrase = string.Join(' ', words.Skip(nameStart));
            }

            var surname = phrase.Split(' ')[^1];
            return _fullNames.TryGetValue(surname, out var full) && full.Length > phrase.Length ? full : phrase;
        }

        /// <summary>A role's phrases by first word; those that open with "n't"; whether an empty phrase is among them.</summary>
        private sealed record PhraseIndex(Dictionary<string, List<string[]>> ByFirst, List<string[]> Contracted, bool Empty);

        private static bool IsTitleWord(string word) => word.ToLowerInvariant().TrimEnd('.') is "president" or "minister" or "secretary" or "spokesperson"
            or "spokesman" or "spokeswoman" or "chancellor" or "premier" or "governor" or "gov" or "senator" or "sen" or "rep" or "representative"
            or "director" or "chief" or "ceo" or "chairman" or "chair" or "ambassador" or "king" or "queen" or "prince" or "mayor" or "general"
            or "gen" or "dr" or "mr" or "mrs" or "ms" or "prof" or "official" or "envoy" or "leader" or "head" or "commissioner" or "judge";

        private static string NameOf(string canonical) => canonical;

        // ---- entities ----
        private static List<ClaimEntity> FindEntities(string text, IReadOnlyList<CountryMention> countries, ClaimLexicon lexicon)
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

            var all = new List<ClaimEntity>(named);
            var j = 0;
            foreach (var c in countries.OrderBy(c => c.Span.Start))
            {
                while (j < named.Count && named[j].Span.End <= c.Span.Start)
                {
                    j++;
                }

                if (j >= named.Count || !named[j].Span.Overlaps(c.Span))
                {
                    all.Add(new ClaimEntity(c.Span, c.Code, EntityKind.Country));
                }
            }

            all.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            return all;
        }
    }

    /// <summary>A subject found before the predicate: an entity, or a pronoun or description (its lower-case words).</summary>
    private readonly record struct SubjectRef(ClaimEntity? Entity, string? Word, int Token);
}
