namespace NewsFacts;

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

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "some", "one" };

    /// <summary>Whether the token is a reporting verb; gives its lemma and kind.</summary>
    public static bool IsVerb(string text, Word w, out string lemma, out string kind)
    {
        lemma = kind = string.Empty;
        if (w.Kind != WordKind.Word || !SpeakerLexicon.Verbs.TryGetValue(w.Of(text), out var v))
        {
            return false;
        }

        (lemma, kind) = v;
        return true;
    }

    private static bool IsStop(string text, Word w) => w.Kind == WordKind.Word && Stop.Contains(w.Of(text));

    private static bool IsTerminal(string text, Word w) => w.Kind == WordKind.Punct && text[w.Start] is '.' or '!' or '?';

    /// <summary>
    /// The reporting clause that follows a closing quote mark: <c>", she said</c>, <c>," said Paul Smith, an analyst</c>,
    /// <c>," Minister Ana Ruiz told reporters</c>, <c>", according to Reuters</c>. Words run from <paramref name="from"/>
    /// (just past the mark) to <paramref name="to"/> (the sentence end or the next quote).
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

        if (IsVerb(text, words[i], out var lemma, out var kind) && kind != "label")
        {
            return Inverted(text, words, i, to, lemma, kind);
        }

        // X said: the subject, then (after adverbs or auxiliaries) the verb, within a few words
        for (var j = i + 1; j < to && j - i <= MaxSubjectWords + 10; j++)
        {
            var w = words[j];
            if (w.Kind == WordKind.Quote || IsTerminal(text, w))
            {
                return null;
            }

            if (IsVerb(text, w, out lemma, out kind))
            {
                if (kind == "label")
                {
                    return null;
                }

                var end = j;
                while (end > i && words[end - 1].Kind == WordKind.Word && Skippable.Contains(words[end - 1].Of(text)))
                {
                    end--;
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
        for (var v = to - 1; v >= from && to - v <= 12; v--)
        {
            var w = words[v];
            if (w.Kind == WordKind.Quote)
            {
                return null;
            }

            if (IsVerb(text, w, out var lemma, out var kind))
            {
                return AtVerb(text, words, from, v, to, lemma, kind);
            }
        }

        return null;
    }

    /// <summary>
    /// The reporting clause of a sentence with no quote marks: the first (or last) reporting verb with a subject
    /// (<c>Psaki said that</c>, <c>officials told reporters</c>), or <c>according to X</c>.
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

            if (IsVerb(text, words[v], out var lemma, out var kind))
            {
                if (kind == "label" || (lemma == "claim" && v > from && IsDeterminerBefore(text, words, v)))
                {
                    continue;
                }

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

    /// <summary>The subject words[from..end) of a clause after a quote; "X, director of Y," keeps X and makes Y the role.</summary>
    private static ReportingClause? Subject(string text, List<Word> words, int from, int end, string lemma, string kind)
    {
        var comma = -1;
        for (var k = from; k < end; k++)
        {
            if (words[k].Kind == WordKind.Word)
            {
                if (IsStop(text, words[k]) && comma < 0)
                {
                    return null;
                }

                continue;
            }

            if (words[k].Is(text, ',') && comma < 0)
            {
                comma = k;
                continue;
            }

            if (!words[k].Is(text, ',') && !words[k].Is(text, '(') && !words[k].Is(text, ')'))
            {
                return null;
            }
        }

        if (comma < 0)
        {
            var subject = words.GetRange(from, end - from);
            return Accept(text, subject) ? new ReportingClause(subject, [], lemma, kind) : null;
        }

        var head = words.GetRange(from, comma - from);
        var appositive = TrimCommas(text, words.GetRange(comma + 1, end - comma - 1));
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

        // backwards over auxiliaries and adverbs, then the subject
        var end = v;
        while (end > from && words[end - 1].Kind == WordKind.Word && (Skippable.Contains(words[end - 1].Of(text)) || IsAdverb(text, words[end - 1])))
        {
            end--;
        }

        var start = end;
        var appositiveStart = -1;
        var appositiveEnd = -1;
        while (start > from && end - start < MaxSubjectWords)
        {
            var w = words[start - 1];
            if (w.Kind == WordKind.Word && !IsStop(text, w))
            {
                start--;
                continue;
            }

            if (w.Is(text, ',') && appositiveStart < 0 && start < end && start - 1 > from && LooksLikeAppositive(text, words, start, end))
            {
                // "Fauci, the top adviser, said": the words after the comma are a role; the subject stands before it
                var k = start - 1;
                if (k - 1 >= from && words[k - 1].Kind == WordKind.Word && Words.IsCapitalized(text, words[k - 1]))
                {
                    appositiveStart = start;
                    appositiveEnd = end;
                    end = k;
                    start = k;
                    continue;
                }
            }

            break;
        }

        if (start >= end || (appositiveStart >= 0 && end - start == 0))
        {
            // no subject before the verb: "said Smith" / "Said Smith:"
            return v == from || words[v - 1].Kind != WordKind.Word ? Inverted(text, words, v, to, lemma, kind) : null;
        }

        var subject = words.GetRange(start, end - start);
        var appositive = appositiveStart >= 0 ? TrimCommas(text, words.GetRange(appositiveStart, appositiveEnd - appositiveStart)) : [];
        return Accept(text, subject) ? new ReportingClause(subject, appositive, lemma, kind) : null;
    }

    private static bool LooksLikeAppositive(string text, List<Word> words, int start, int end)
    {
        // the collected words open with a determiner or a lower-case role word: ", the party's nominee," / ", director of"
        var first = words[start];
        var s = first.Of(text);
        if (s is "the" or "a" or "an" or "former" || !char.IsUpper(s[0]))
        {
            // the appositive ends with a comma before the verb
            return end > start && end <= words.Count && words[end - 1].Kind == WordKind.Word;
        }

        return false;
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
        while (e < to && e - i < MaxSubjectWords && words[e].Kind == WordKind.Word && !IsStop(text, words[e]) &&
               !(e > i && words[e].Of(text) is "as" or "in" or "on" or "at" or "during" or "for" or "who" or "which" or "last" or "this" or "told"))
        {
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
            var b = a;
            while (b < to && b - a < MaxSubjectWords && words[b].Kind == WordKind.Word &&
                   !(words[b].Of(text) is "who" or "which" or "that" or "said" or "says" or "told" or "in" or "on" or "when" or "during"))
            {
                b++;
            }

            var first = words[a].Of(text);
            if (first is "a" or "an" or "the" or "who" || !char.IsUpper(first[0]) || SpeakerLexicon.IsTitle(first))
            {
                appositive = words.GetRange(a, b - a);
            }
        }

        return Accept(text, subject) ? new ReportingClause(subject, appositive, lemma, kind) : null;
    }

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
        return !char.IsDigit(last[0]);
    }

    /// <summary>Whether <paramref name="w"/> is one of a/an/some/one (dropped from a description).</summary>
    public static bool IsDeterminer(string text, Word w) => w.Kind == WordKind.Word && Determiners.Contains(w.Of(text));
}
