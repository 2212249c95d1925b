namespace NewsFacts.Recognition;

/// <summary>A reporting clause: who (the subject words, with an appositive role) and the reporting verb.</summary>
/// <param name="Subject">The words naming the speaker ("Mexican Foreign Minister Marcelo Ebrard", "she", "a senior official").</param>
/// <param name="Appositive">The words of an appositive role set off by commas ("director of the National Institute ..."), or empty.</param>
/// <param name="Lemma">The reporting verb's lemma.</param>
/// <param name="Kind">speech, hearsay or label.</param>
internal sealed record ReportingClause(IReadOnlyList<Word> Subject, IReadOnlyList<Word> Appositive, string Lemma, string Kind);

/// <summary>
/// Reads reporting clauses around quotations and in sentences, over tokens, in linear time:
/// <c>X said</c>, <c>said X</c>, <c>X told reporters</c>, <c>according to X</c>, <c>X, the minister, said</c>,
/// <c>described by X as</c>.
/// </summary>
internal static class Clauses
{
    private const int MaxSubjectWords = 14;

    private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whom", "whose", "which", "that", "and", "but", "or", "nor", "because", "when", "while", "if", "although", "though",
        "since", "where", "what", "how", "why", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "should",
        "may", "might", "must", "can", "do", "does", "did", "to", "in", "on", "with", "from", "into", "about", "than", "not", "it",
        "this", "these", "those", "there", "after", "before", "as", "by", "so", "has", "have", "had", "also", "then", "once",
        "during", "until", "without", "we", "you", "i", "me", "him", "her", "us", "them", "said", "says", "told", "say",
    };

    private static readonly HashSet<string> Skippable = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "later", "then", "previously", "recently", "again", "once", "has", "had", "have", "will", "would", "reportedly",
        "had", "just", "already", "separately", "further", "often", "repeatedly", "even", "famously", "has", "never", "ultimately",
        "since", "subsequently", "still", "simply", "first",
    };

    /// <summary>Words that open a sentence and set its place in a sequence, before a comma ("First, Smith said ..."), never a name there.</summary>
    private static readonly HashSet<string> SequenceOpeners = new(StringComparer.Ordinal)
    {
        "First", "Second", "Third", "Finally", "Lastly", "Next", "Later", "Earlier", "Separately", "Instead", "Still", "Similarly", "Likewise", "Afterwards",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "some", "one" };

    /// <summary>Whether the token is a reporting verb; gives its lemma and kind.</summary>
    public static bool IsVerb(string text, Word w, out string lemma, out string kind)
    {
        lemma = kind = string.Empty;
        // Looked up by the word's place in the text: asked of every word of a clause, a copy per word would add up.
        if (w.Kind != WordKind.Word || !SpeakerLexicon.Verbs.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(w.Start, w.End - w.Start), out var v))
        {
            return false;
        }

        (lemma, kind) = v;
        return true;
    }

    /// <summary>
    /// Whether words[i] is a reporting verb in this place: lower case (or capitalized first in its clause, "Said Smith"),
    /// and not a noun after a determiner ("the claims", "his remarks").
    /// </summary>
    public static bool IsVerbAt(string text, List<Word> words, int i, int from, out string lemma, out string kind)
    {
        if (words[i].Kind == WordKind.Word && words[i].Of(text) is "put" or "puts" && i + 1 < words.Count && words[i + 1].Kind == WordKind.Word && words[i + 1].Of(text) == "it")
        {
            (lemma, kind) = ("put it", "speech"); // "as Smith put it"
            return true;
        }

        if (!IsVerb(text, words[i], out lemma, out kind))
        {
            return false;
        }

        if (char.IsUpper(text[words[i].Start]) && i > from && words[i - 1].Kind == WordKind.Word)
        {
            return false; // "the United States" is no verb
        }

        if (lemma == "call" && i + 1 < words.Count && words[i + 1].Kind == WordKind.Word && words[i + 1].Of(text) is "for" or "on" or "off" or "up" or "back")
        {
            return false; // "called for talks" is no attribution
        }

        if (i > from && IsDeterminerBefore(text, words, i))
        {
            return false;
        }

        if (SpeakerLexicon.NounLikeVerbs.Contains(words[i].Of(text)))
        {
            // "Reuters reports that" but not "investigative reports": a name or pronoun before it, or "that" after it
            var before = i > from ? words[i - 1] : default;
            var namedBefore = i > from && before.Kind == WordKind.Word && (NameIndex.IsNameWord(text, before) || SpeakerLexicon.Pronouns.ContainsKey(before.Of(text)));
            var thatAfter = i + 1 < words.Count && words[i + 1].Kind == WordKind.Word && words[i + 1].Of(text) == "that";
            return namedBefore || thatAfter;
        }

        return true;
    }

    private static bool IsStop(string text, Word w) => w.Kind == WordKind.Word && Stop.Contains(w.Of(text));

    private static bool IsTerminal(string text, Word w) => w.Kind == WordKind.Punct && text[w.Start] is '.' or '!' or '?';

    private static bool IsSeparator(string text, Word w) => w.Kind == WordKind.Punct && text[w.Start] is ',' or '\u2014' or '\u2013' or '-';

    private static bool IsParticiple(string text, Word w) => w.Of(text).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>The tokens without parenthesized asides ("Harry Reid (D-Nev.) said" reads as "Harry Reid said").</summary>
    public static List<Word> WithoutAsides(string text, List<Word> words)
    {
        var result = new List<Word>(words.Count);
        var depth = 0;
        foreach (var w in words)
        {
            if (w.Is(text, '(') || w.Is(text, '['))
            {
                depth++;
                continue;
            }

            if ((w.Is(text, ')') || w.Is(text, ']')) && depth > 0)
            {
                depth--;
                continue;
            }

            if (depth == 0)
            {
                result.Add(w);
            }
        }

        return depth == 0 ? result : words;
    }

    /// <summary>
    /// The reporting clause that follows a closing quote mark: <c>", she said</c>, <c>," said Paul Smith, an analyst</c>,
    /// <c>," Minister Ana Ruiz told reporters</c>, <c>", according to Reuters</c>. Words run from <paramref name="from"/>
    /// (just past the mark) to <paramref name="to"/> (the paragraph end or the next quote).
    /// </summary>
    public static ReportingClause? After(string text, List<Word> words, int from, int to)
    {
        var i = from;
        while (i < to && words[i].Kind == WordKind.Punct && text[words[i].Start] is ',' or ';' or '\u2014' or '\u2013' or '-')
        {
            i++;
        }

        if (i >= to || words[i].Kind != WordKind.Word)
        {
            return null;
        }

        if (IsVerbAt(text, words, i, i, out var lemma, out var kind) && kind != "label" && !IsParticiple(text, words[i]))
        {
            return Inverted(text, words, i, to, lemma, kind);
        }

        // X said: the subject, then (after adverbs or auxiliaries) the verb, within a few words
        for (var j = i + 1; j < to && j - i <= MaxSubjectWords + 16; j++)
        {
            var w = words[j];
            if (w.Kind == WordKind.Quote || IsTerminal(text, w))
            {
                return null;
            }

            if (IsVerbAt(text, words, j, i, out lemma, out kind))
            {
                if (kind == "label" || IsParticiple(text, w))
                {
                    return null;
                }

                var end = j;
                while (end > i && words[end - 1].Kind == WordKind.Word && (Skippable.Contains(words[end - 1].Of(text)) || IsAdverb(text, words[end - 1])))
                {
                    end--;
                }

                if (end == j && IsSeparator(text, words[j - 1]) && j + 1 < to && NameIndex.IsNameWord(text, words[j + 1]) && !words.Skip(i).Take(j - i).Any(x => NameIndex.IsNameWord(text, x) && x.Start < words[j - 1].Start && IsLeadingName(text, words, i, x)))
                {
                    return Inverted(text, words, j, to, lemma, kind); // "... of the plan, said Ana Ruiz"
                }

                return Subject(text, words, i, end, lemma, kind);
            }
        }

        return null;
    }

    /// <summary>
    /// The reporting clause before an opening quote mark, read backwards from <paramref name="to"/> (the mark):
    /// <c>X said: "</c>, <c>X said that "</c>, <c>X told CNN on Monday, "</c>, <c>According to X, "</c>, <c>called by X "</c>.
    /// </summary>
    public static ReportingClause? Before(string text, List<Word> words, int from, int to)
    {
        for (var v = to - 1; v >= from && to - v <= 14; v--)
        {
            var w = words[v];
            if (w.Kind == WordKind.Quote)
            {
                return null;
            }

            if (IsVerbAt(text, words, v, from, out var lemma, out var kind))
            {
                return AtVerb(text, words, from, v, to, lemma, kind);
            }
        }

        return null;
    }

    /// <summary>
    /// The reporting clause of a sentence: the first (or last) reporting verb with a subject
    /// (<c>Psaki said that</c>, <c>officials told reporters</c>, <c>..., said Smith</c>), or <c>according to X</c>.
    /// </summary>
    public static ReportingClause? Find(string text, List<Word> words, int from, int to, bool preferLast)
    {
        ReportingClause? found = null;
        for (var v = from; v < to; v++)
        {
            if (words[v].Kind == WordKind.Quote)
            {
                continue;
            }

            if (IsVerbAt(text, words, v, from, out var lemma, out var kind))
            {
                var clause = AtVerb(text, words, from, v, to, lemma, kind);
                if (clause is not null)
                {
                    found = clause;
                    if (!preferLast)
                    {
                        return found;
                    }
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The subject at the head of a sentence, after any opening adverbial ("On Sunday, Mrs. Smith tried ..." → "Mrs. Smith"):
    /// a pronoun, or titles, names and a few lower-case nouns ("the company").
    /// </summary>
    public static ReportingClause? SentenceSubject(string text, List<Word> words, int from, int to, string lemma, string kind)
    {
        var i = from;
        if (i < to && Words.IsAllCaps(text, words[i]))
        {
            // a dateline: "WASHINGTON —", "LOS ANGELES, Sept. 28 (UPI) —"
            for (var d = i + 1; d < to && d - i < 12; d++)
            {
                // the dash, or a hyphen set off by spaces ("PORTLAND, Ore. - Jane Roe ...")
                if (words[d].Kind == WordKind.Punct && (text[words[d].Start] is '\u2014' or '\u2013' || IsSpacedHyphen(text, words[d])))
                {
                    i = d + 1;
                    break;
                }
            }
        }

        for (var guard = 0; guard < 4 && i < to; guard++)
        {
            var first = words[i];
            var s0 = first.Kind == WordKind.Word ? first.Of(text) : string.Empty;
            var opener = first.Kind == WordKind.Word && (SpeakerLexicon.NotNames.Contains(s0) || (char.IsUpper(s0[0]) && s0.EndsWith("ing", StringComparison.Ordinal))
                || (SequenceOpeners.Contains(s0) && i + 1 < to && words[i + 1].Is(text, ',')));
            if (guard > 0 && first.Kind == WordKind.Word && !opener && IsShortSegment(text, words, i, to))
            {
                opener = true; // "At an event in Ames, Iowa, on Sunday, Smith said": the place runs on after the comma
            }

            if (first.Kind == WordKind.Word && (SpeakerLexicon.Pronouns.ContainsKey(s0) || s0 is "the" or "The" || !opener))
            {
                break;
            }

            var comma = i;
            while (comma < to && comma - i < 16 && !words[comma].Is(text, ','))
            {
                comma++;
            }

            if (comma >= to || !words[comma].Is(text, ','))
            {
                // no comma: a short time phrase runs straight into the subject ("Last week the ministry sent ...")
                var k = i;
                while (k < to && k - i < 4 && words[k].Kind == WordKind.Word && words[k].Of(text) is not ("the" or "The" or "a" or "an") &&
                       (SpeakerLexicon.NotNames.Contains(words[k].Of(text)) || char.IsLower(text[words[k].Start])))
                {
                    k++;
                }

                if (k == i || k >= to || k - i >= 4)
                {
                    return null;
                }

                i = k;
                break;
            }

            i = comma + 1;
        }

        if (i >= to || words[i].Kind != WordKind.Word)
        {
            return null;
        }

        if (SpeakerLexicon.Pronouns.ContainsKey(words[i].Of(text)))
        {
            return new ReportingClause(words.GetRange(i, 1), [], lemma, kind);
        }

        var j = i;
        var lower = 0;
        var named = false;
        (string[] Tags, int From)? tags = null;
        while (j < to && j - i < 10 && words[j].Kind == WordKind.Word)
        {
            var s = words[j].Of(text);
            if (char.IsUpper(s[0]) && !(j > i && SpeakerLexicon.NotNames.Contains(s)))
            {
                named |= NameIndex.IsNameWord(text, words[j]);
                j++;
                continue;
            }

            if (SpeakerLexicon.Titles.ContainsKey(s) || s is "the" or "a" or "an" || (s == "of" && j + 1 < to && Words.IsCapitalized(text, words[j + 1])))
            {
                j++;
                continue;
            }

            var verbLike = s.EndsWith("ed", StringComparison.Ordinal) || IsVerb(text, words[j], out _, out _) || Skippable.Contains(s) || IsAdverb(text, words[j]) ||
                           (j + 1 < to && words[j + 1].Kind == WordKind.Word && words[j + 1].Of(text) is "a" or "an" or "the" or "his" or "her" or "its" or "their" or "that" or "to");
            if (lower < 3 && (!named || TitleAhead(text, words, j, to) || IsNounAfterName(text, words, j, to, ref tags)) && !IsStop(text, words[j]) && !verbLike && char.IsLower(s[0]))
            {
                lower++;
                j++;
                continue;
            }

            break;
        }

        var subject = words.GetRange(i, j - i);
        List<Word> appositiveName = [];
        if (j < to && words[j].Is(text, ','))
        {
            // "The campaign's state director, Ana Ruiz, wrote": the name between the commas
            var k = j + 1;
            while (k < to && k - j <= 4 && words[k].Kind == WordKind.Word && NameIndex.IsNameWord(text, words[k]))
            {
                k++;
            }

            if (k > j + 1 && k < to && words[k].Is(text, ','))
            {
                appositiveName = words.GetRange(j + 1, k - j - 1);
            }
        }

        return Accept(text, subject) ? new ReportingClause(subject, appositiveName, lemma, kind) : null;
    }

    /// <summary>
    /// Whether a title and a name follow within three words: "Iranian foreign ministry spokesman Dariush Amini" runs on past
    /// "Iranian" to the name.
    /// </summary>
    /// <summary>
    /// Whether the lower-case word at <paramref name="j"/>, after a name, is a noun the name qualifies, so that the
    /// subject runs on: "the Marlow campaign", "Jane Marlow's aides", "the People's Herald newspaper". The part-of-speech
    /// tagger decides, over the words from the name's start to the clause's end (tagged once, in <paramref name="tagged"/>).
    /// </summary>
    private static bool IsNounAfterName(string text, List<Word> words, int j, int to, ref (string[] Tags, int From)? tagged)
    {
        var from = j;
        while (from > 0 && j - from < 10 && words[from - 1].Kind == WordKind.Word)
        {
            from--;
        }

        // the noun runs on into more words ("the Marlow campaign also called"); before a quotation mark or a comma
        // the tagger is too often wrong about a verb ("the senator likes 'Lilyhammer'")
        if (j + 1 >= to || words[j + 1].Kind != WordKind.Word)
        {
            return false;
        }

        var end = Math.Min(to, j + 12);
        if (tagged is null)
        {
            var list = new List<string>(end - from);
            for (var k = from; k < end; k++)
            {
                list.Add(words[k].Of(text));
            }

            tagged = (list.Count <= SyntaxModel.MaxWords ? SyntaxModel.Default.Tagger.Tag(list) : [], from);
        }

        var (tags, start) = tagged.Value;
        var at = j - start;
        return at >= 0 && at < tags.Length && tags[at] == "NOUN";
    }

    /// <summary>A hyphen with a space on each side, as a dateline's dash is often typed.</summary>
    private static bool IsSpacedHyphen(string text, Word w) =>
        text[w.Start] == '-' && w.End - w.Start == 1 && w.Start > 0 && w.End < text.Length && text[w.Start - 1] == ' ' && text[w.End] == ' ';

    private static bool TitleAhead(string text, List<Word> words, int j, int to)
    {
        for (var k = j; k + 1 < to && k - j < 3 && words[k].Kind == WordKind.Word; k++)
        {
            if (SpeakerLexicon.IsTitle(words[k].Of(text)))
            {
                return NameIndex.IsNameWord(text, words[k + 1]) || SpeakerLexicon.IsTitle(words[k + 1].Of(text)) && k + 2 < to && NameIndex.IsNameWord(text, words[k + 2]);
            }

            if (!char.IsLower(text[words[k].Start]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="x"/> stands in the name run that opens the words from <paramref name="i"/>.</summary>
    private static bool IsLeadingName(string text, List<Word> words, int i, Word x)
    {
        for (var k = i; k < words.Count && words[k].Kind == WordKind.Word && (NameIndex.IsNameWord(text, words[k]) || SpeakerLexicon.Titles.ContainsKey(words[k].Of(text))); k++)
        {
            if (words[k].Start == x.Start)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsShortSegment(string text, List<Word> words, int i, int to)
    {
        var k = i;
        while (k < to && k - i < 4 && words[k].Kind == WordKind.Word)
        {
            k++;
        }

        return k < to && k - i <= 3 && words[k].Is(text, ',') && k + 1 < to && words[k + 1].Kind == WordKind.Word;
    }

    /// <summary>The subject words[from..end) of a clause after a quote; "X, director of Y," keeps X and makes Y the role.</summary>
    private static ReportingClause? Subject(string text, List<Word> words, int from, int end, string lemma, string kind)
    {
        var first = -1;
        var last = -1;
        for (var k = from; k < end; k++)
        {
            if (words[k].Kind == WordKind.Word)
            {
                // "a source close to the player": "close to" keeps a description going
                var closeTo = k > from && words[k].Of(text) == "to" && words[k - 1].Of(text) == "close";
                if (IsStop(text, words[k]) && first < 0 && !closeTo && !(k == from && SpeakerLexicon.Pronouns.ContainsKey(words[k].Of(text))))
                {
                    return null;
                }

                continue;
            }

            if (IsSeparator(text, words[k]))
            {
                if (first < 0)
                {
                    first = k;
                }

                last = k;
                continue;
            }

            return null;
        }

        if (first < 0)
        {
            var subject = words.GetRange(from, end - from);
            return Accept(text, subject) ? new ReportingClause(subject, [], lemma, kind) : null;
        }

        var head = words.GetRange(from, first - from);
        var tail = TrimCommas(text, words.GetRange(last + 1, end - last - 1));
        if (!head.Any(w => Words.IsCapitalized(text, w)) && tail.Count > 0 && (tail.Any(w => Words.IsCapitalized(text, w)) || SpeakerLexicon.Pronouns.ContainsKey(tail[0].Of(text))))
        {
            // "... climate change, Smith said": the head is the end of the quoted sentence
            return Accept(text, tail) ? new ReportingClause(tail, [], lemma, kind) : null;
        }

        var appositive = WithoutAge(text, TrimCommas(text, words.GetRange(first + 1, end - first - 1)));
        return Accept(text, head) ? new ReportingClause(head, appositive, lemma, kind) : null;
    }

    private static bool IsDeterminerBefore(string text, List<Word> words, int v) =>
        words[v - 1].Kind == WordKind.Word && words[v - 1].Of(text).ToLowerInvariant() is "the" or "his" or "her" or "their" or "its" or "these" or "those";

    private static ReportingClause? AtVerb(string text, List<Word> words, int from, int v, int to, string lemma, string kind)
    {
        if (lemma == "according to")
        {
            if (v + 1 < to && words[v + 1].Of(text).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return NounPhraseAfter(text, words, v + 2, to, lemma, kind);
            }

            return null;
        }

        if (v + 1 < to && words[v + 1].Kind == WordKind.Word && words[v + 1].Of(text).Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            return NounPhraseAfter(text, words, v + 2, to, lemma, kind); // described by analysts as
        }

        var participle = IsParticiple(text, words[v]);

        // backwards over auxiliaries and adverbs, then the subject
        var end = v;
        while (end > from && words[end - 1].Kind == WordKind.Word && (Skippable.Contains(words[end - 1].Of(text)) || IsAdverb(text, words[end - 1])))
        {
            end--;
        }

        var nameFollows = v + 1 < to && words[v + 1].Kind == WordKind.Word &&
                          (NameIndex.IsNameWord(text, words[v + 1]) || SpeakerLexicon.Titles.ContainsKey(words[v + 1].Of(text)) || SpeakerLexicon.Pronouns.ContainsKey(words[v + 1].Of(text)));
        var coordinated = end > from && words[end - 1].Kind == WordKind.Word && words[end - 1].Of(text) is "and" or "but";
        if (end == from || words[end - 1].Kind != WordKind.Word || ((participle || coordinated) && IsStop(text, words[end - 1])))
        {
            if (end > from && IsSeparator(text, words[end - 1]) && !participle)
            {
                // "Smith, a former aide, said": the appositive stands between two separators
                var appositive = Appositive(text, words, from, end - 1, lemma, kind);
                if (appositive is not null)
                {
                    return appositive;
                }
            }

            if (!participle && nameFollows && (end == from || words[end - 1].Kind != WordKind.Word))
            {
                return Inverted(text, words, v, to, lemma, kind); // ", said Smith" / "Said Smith:"
            }

            if (coordinated)
            {
                return SentenceSubject(text, words, from, v, lemma, kind); // "Smith smiled and said"
            }

            if (participle && end > from && IsSeparator(text, words[end - 1]) && Find(text, words, from, end - 1, preferLast: true) is { } governing)
            {
                // "X told reporters, calling the bridge "...": the participle shares the reporting clause's subject
                return governing with { Lemma = lemma, Kind = kind };
            }

            if (participle || kind == "label")
            {
                return SentenceSubject(text, words, from, v, lemma, kind);
            }

            return nameFollows ? Inverted(text, words, v, to, lemma, kind) : null;
        }

        if (participle && !(NameIndex.IsNameWord(text, words[end - 1]) || SpeakerLexicon.Pronouns.ContainsKey(words[end - 1].Of(text))))
        {
            return SentenceSubject(text, words, from, v, lemma, kind); // "the ministry sent a letter calling it ..."
        }

        var start = end;
        while (start > from && end - start < MaxSubjectWords)
        {
            var w = words[start - 1];
            if (w.Kind == WordKind.Word && !IsStop(text, w))
            {
                start--;
                continue;
            }

            break;
        }

        if (start > from && words[start - 1].Kind == WordKind.Word && Prepositions.Contains(words[start - 1].Of(text)))
        {
            // "in a later interview said": the words before the verb are no subject; the sentence's subject is
            return SentenceSubject(text, words, from, start - 1, lemma, kind);
        }

        var subject = words.GetRange(start, end - start);
        return Accept(text, subject) ? new ReportingClause(subject, [], lemma, kind) : null;
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "during", "after", "before", "with", "from", "into", "about", "under", "to", "by", "through", "throughout",
    };

    /// <summary>
    /// "Dean Lee, a salesman from Sumter, South Carolina, says": looking left from the separator <paramref name="c2"/>
    /// before the verb, the appositive opens after the separator whose next word reads like a role (a determiner,
    /// "who", a lower-case or title word, a party-state tag); the subject is the name before that separator.
    /// </summary>
    private static ReportingClause? Appositive(string text, List<Word> words, int from, int c2, string lemma, string kind)
    {
        for (var c1 = c2 - 1; c1 > from && c2 - c1 < 40; c1--)
        {
            var w = words[c1];
            if (w.Kind == WordKind.Quote || IsTerminal(text, w))
            {
                return null;
            }

            if (!IsSeparator(text, w) || c1 + 1 >= c2 || words[c1 + 1].Kind != WordKind.Word)
            {
                continue;
            }

            var next = words[c1 + 1].Of(text);
            var age = next.All(char.IsDigit);
            var roleLike = next is not ("and" or "but" or "or" or "and") && (next is "a" or "an" or "the" or "who" or "whose" or "which" or "one" || char.IsLower(next[0]) || SpeakerLexicon.Titles.ContainsKey(next)) ||
                           (next.Length >= 3 && next[1] == '-' && char.IsUpper(next[0])) || SpeakerLexicon.Titles.ContainsKey(NameIndex.Possessive(next)) || age;
            if (!roleLike)
            {
                continue;
            }

            var s = c1;
            while (s > from && c1 - s < MaxSubjectWords && (words[s - 1].Kind == WordKind.Word && !IsStop(text, words[s - 1]) || IsPossessiveMark(text, words, s - 1)))
            {
                s--;
            }

            var head = words.GetRange(s, c1 - s);
            if (head.Count > 0 && s > from && IsSeparator(text, words[s - 1]) && (head[0].Of(text) is "the" or "a" or "an" or "who" || IsRoleHead(text, head)))
            {
                // "Tom Fitton, the president of Judicial Watch, a group that ...", "Ana Ruiz, general secretary of the union,
                // which ...", "Ana Ruiz, 71, whose ...": the head is an appositive too
                continue;
            }

            // "The striker, 24, said": an age in apposition marks a description of a person as the subject too
            var described = age && head.Count is >= 2 and <= 4 && head[0].Of(text) is "the" or "The" && head.Skip(1).All(w2 => char.IsLower(text[w2.Start]));
            if (head.Count > 0 && Accept(text, head) && (described || head.Any(w2 => NameIndex.IsNameWord(text, w2) || SpeakerLexicon.IsTitle(w2.Of(text))) || SpeakerLexicon.Pronouns.ContainsKey(head[0].Of(text))))
            {
                var role = UpToRelative(text, TrimCommas(text, words.GetRange(c1 + 1, c2 - c1 - 1)));
                return new ReportingClause(head, next is "who" or "whose" or "which" || age ? [] : role, lemma, kind);
            }
        }

        // "A top strategist, John Weaver, said": a description, then the name between the separators
        var c = c2 - 1;
        while (c > from && c2 - c <= 5 && words[c].Kind == WordKind.Word && NameIndex.IsNameWord(text, words[c]))
        {
            c--;
        }

        if (c > from && c < c2 - 1 && IsSeparator(text, words[c]))
        {
            var s = c;
            while (s > from && c - s < MaxSubjectWords && words[s - 1].Kind == WordKind.Word && !IsStop(text, words[s - 1]))
            {
                s--;
            }

            var head = words.GetRange(s, c - s);
            if (head.Count > 0 && Accept(text, head))
            {
                return new ReportingClause(head, words.GetRange(c + 1, c2 - c - 1), lemma, kind);
            }
        }

        return null;
    }

    /// <summary>The apostrophe of a plural possessive, written against its word: "the Dockworkers' Union".</summary>
    private static bool IsPossessiveMark(string text, List<Word> words, int k) =>
        k > 0 && words[k].Kind == WordKind.Punct && text[words[k].Start] is '\'' or '\u2019' && words[k - 1].Kind == WordKind.Word && words[k - 1].End == words[k].Start
        && text[words[k - 1].End - 1] == 's';

    /// <summary>Whether an appositive's words are a role or an age, not a name: "general secretary of the union", "71".</summary>
    private static bool IsRoleHead(string text, List<Word> head)
    {
        var first = head[0].Of(text);
        return char.IsLower(first[0]) && !SpeakerLexicon.Pronouns.ContainsKey(first) || head.Count == 1 && first.All(char.IsDigit);
    }

    /// <summary>A role without the relative clause set off after it: "general secretary of the union, which represents ..." → "general secretary of the union".</summary>
    private static List<Word> UpToRelative(string text, List<Word> role)
    {
        for (var k = 1; k + 1 < role.Count; k++)
        {
            if (IsSeparator(text, role[k]) && role[k + 1].Kind == WordKind.Word && role[k + 1].Of(text) is "who" or "whose" or "which" or "that")
            {
                return role.GetRange(0, k);
            }
        }

        return role;
    }

    private static bool IsAdverb(string text, Word w)
    {
        var s = w.Of(text);
        return s.Length > 4 && s.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(s[0]);
    }

    /// <summary>"said X", "according to X": the noun phrase after the verb, with an appositive after a comma.</summary>
    private static ReportingClause? Inverted(string text, List<Word> words, int v, int to, string lemma, string kind)
    {
        var i = v + 1;
        if (lemma == "according to")
        {
            if (i < to && words[i].Of(text).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                i++;
            }
            else
            {
                return null;
            }
        }

        return NounPhraseAfter(text, words, i, to, lemma, kind);
    }

    private static ReportingClause? NounPhraseAfter(string text, List<Word> words, int i, int to, string lemma, string kind)
    {
        var e = i;
        var named = false;
        while (e < to && e - i < MaxSubjectWords && words[e].Kind == WordKind.Word)
        {
            var s = words[e].Of(text);
            var preposition = s is "of" or "with" or "for" or "at" or "from" or "in";
            if (preposition && !named && e > i && e + 1 < to && words[e + 1].Kind == WordKind.Word)
            {
                e++; // "one person with knowledge of the talks": a description runs on
                if (e + 1 < to && words[e].Of(text) is "those" or "these" or "its" or "his" or "her" or "their" or "our" && words[e + 1].Kind == WordKind.Word)
                {
                    e++; // "one of those advisers": the determiner belongs to the phrase
                }

                continue;
            }

            if (!named && e > i && s is "who" or "that")
            {
                // "said a former official who oversaw the inquiry": a description keeps its relative clause
                var r = e + 1;
                while (r < to && r - e < 24 && words[r].Kind == WordKind.Word && words[r].Of(text) is not ("and" or "but" or "or"))
                {
                    r++;
                }

                e = r;
                break;
            }

            if (IsStop(text, words[e]) || (e > i && s is "as" or "in" or "on" or "at" or "during" or "for" or "who" or "which" or "last" or "this" or "told") || (e > i && IsVerb(text, words[e], out _, out _)))
            {
                break;
            }

            // a possessive name ("Norway's state secretary for trade and industry") says whose, not who: the phrase runs on
            named |= NameIndex.IsNameWord(text, words[e]) && !s.EndsWith("'s", StringComparison.Ordinal) && !s.EndsWith("\u2019s", StringComparison.Ordinal);
            e++;
        }

        if (e == i)
        {
            return null;
        }

        var subject = words.GetRange(i, e - i);
        List<Word> appositive = [];
        if (e < to && words[e].Is(text, ',') && e + 1 < to && words[e + 1].Kind == WordKind.Word)
        {
            var a = e + 1;
            var b = AppositiveEnd(text, words, a, to);
            if (IsAge(text, words[a]) && b == a + 1 && b + 1 < to && words[b].Is(text, ',') && words[b + 1].Kind == WordKind.Word)
            {
                // "said Jane Cole, 55, a teacher": the age is no role; the appositive after it may be
                a = b + 1;
                b = AppositiveEnd(text, words, a, to);
            }

            // "said Tom Reed, 61": an age alone is no role
            var first = words[a].Of(text);
            if (IsAge(text, words[a]))
            {
                appositive = [];
            }
            else if (first is "a" or "an" or "the" or "who" || !char.IsUpper(first[0]) || SpeakerLexicon.IsTitle(first))
            {
                appositive = words.GetRange(a, b - a);
            }
            else if (!NameIndex.IsNameWord(text, words[e - 1]) && b - a <= 4 && b < to && (words[b].Is(text, ',') || words[b].Is(text, '.')) && NameIndex.IsNameWord(text, words[b - 1]))
            {
                // "said the company's chief executive, Maria Lund,": a description, then the name in apposition
                appositive = words.GetRange(a, b - a);
            }
        }

        return Accept(text, subject) ? new ReportingClause(subject, appositive, lemma, kind) : null;
    }

    /// <summary>Where the appositive opening at <paramref name="a"/> after a "said X," ends: before a relative, a verb or a preposition of time or place.</summary>
    private static int AppositiveEnd(string text, List<Word> words, int a, int to)
    {
        var b = a;
        while (b < to && b - a < MaxSubjectWords && (words[b].Kind == WordKind.Word || (b > a && IsPossessiveMark(text, words, b))) &&
               !(words[b].Of(text) is "who" or "which" or "that" or "said" or "says" or "told" or "in" or "on" or "when" or "during"))
        {
            b++;
        }

        return b;
    }

    /// <summary>Whether a word is a person's age in apposition: a whole number of one to three digits ("Smith, 42, said").</summary>
    private static bool IsAge(string text, Word w)
    {
        var s = w.Of(text);
        return w.Kind == WordKind.Word && s.Length is >= 1 and <= 3 && s.All(char.IsAsciiDigit);
    }

    /// <summary>An appositive without the age that opens it: "42" → nothing, "42, a teacher" → "a teacher".</summary>
    private static List<Word> WithoutAge(string text, List<Word> appositive) =>
        appositive.Count > 0 && IsAge(text, appositive[0]) ? TrimCommas(text, appositive.GetRange(1, appositive.Count - 1)) : appositive;

    private static List<Word> TrimCommas(string text, List<Word> words)
    {
        var s = 0;
        var e = words.Count;
        while (s < e && words[s].Kind != WordKind.Word)
        {
            s++;
        }

        while (e > s && words[e - 1].Kind != WordKind.Word)
        {
            e--;
        }

        return words.GetRange(s, e - s);
    }

    /// <summary>A subject must hold a content word: not only determiners, not a lone common word like "it".</summary>
    private static bool Accept(string text, List<Word> subject)
    {
        if (subject.Count == 0 || subject.Count > MaxSubjectWords)
        {
            return false;
        }

        var content = subject.Count(w => w.Kind == WordKind.Word && !Determiners.Contains(w.Of(text)) && !w.Of(text).Equals("the", StringComparison.OrdinalIgnoreCase));
        if (content == 0)
        {
            return false;
        }

        // numbers and bare common words that are not speakers ("2016 said", "it said" is handled as a stop word)
        var last = subject[^1].Of(text);
        return !char.IsDigit(last[0]) || Speakers.IsAgeReference(text, subject);
    }

    /// <summary>Whether <paramref name="w"/> is one of a/an/some/one (dropped from a description).</summary>
    public static bool IsDeterminer(string text, Word w) => w.Kind == WordKind.Word && Determiners.Contains(w.Of(text));
}
