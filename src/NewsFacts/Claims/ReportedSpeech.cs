namespace NewsFacts.Claims;

/// <summary>Who a sentence attributes a statement to, outside quote marks.</summary>
/// <param name="Subject">The span of the attributed subject ("the White House", "Mexican media").</param>
/// <param name="Verb">The token index of the verb of saying ("said", "reported"), or of "according" in "according to".</param>
/// <param name="Hearsay">Whether the attribution marks hearsay ("reported", "according to").</param>
internal sealed record ReportedSpeaker(TextSpan Subject, int Verb, bool Hearsay);

/// <summary>
/// Minimal reported-speech detection for claims: "X said (that) ... N ...", "... N ..., X said", "according to X".
/// Kept behind <see cref="Find"/> so that a fuller attribution component can take its place.
/// </summary>
internal static class ReportedSpeech
{
    private const int MaxSubjectWords = 8;
    private const int Window = 60;

    /// <summary>
    /// The attribution that governs the token <paramref name="at"/> in the sentence tokens <c>[first, last)</c>, or null.
    /// A verb of saying before the claim governs it when its subject stands right before it; one after the claim governs it
    /// when it closes the sentence after a comma ("..., the ministry said").
    /// </summary>
    public static ReportedSpeaker? Find(IReadOnlyList<ClaimToken> tokens, int first, int last, int at, ClaimLexicon lexicon)
    {
        var speech = lexicon.Words("speech");
        var hearsay = new HashSet<string>(StringComparer.Ordinal) { "reported", "reports" };

        // Only the words near the claim are read, so that a long sentence costs no more than a short one.
        first = Math.Max(first, at - Window);
        last = Math.Min(last, at + Window);

        // "according to X"
        for (var k = first; k + 1 < last; k++)
        {
            if (tokens[k].Lower == "according" && tokens[k + 1].Lower == "to")
            {
                var s = k + 2;
                var e = s;
                while (e < last && e - s < MaxSubjectWords && tokens[e].Text is not ("," or "." or ";" or ":" or "--" or "\u2014" or "\"" or "\u201C" or "\u201D"))
                {
                    e++;
                }

                if (e > s)
                {
                    return new ReportedSpeaker(new TextSpan(tokens[s].Start, tokens[e - 1].End), k, IsMedia(tokens, s, e));
                }
            }
        }

        // "... N ..., a spokesman said (in a statement)." closes the sentence: it governs all that the sentence reports, also
        // a verb of saying or thinking inside it ("Brackmoor expects to save N ..., a spokesman said").
        if (Closing(tokens, at, last, speech, hearsay) is { } closing)
        {
            return closing;
        }

        // "X said (that) ... N": the nearest verb of saying before the claim, with a subject right before it.
        for (var k = at - 1; k > first; k--)
        {
            if (!speech.Contains(tokens[k].Lower) || IsInsideQuoteMarks(tokens, first, k) || NotSaying(tokens, k))
            {
                continue;
            }

            var subject = SubjectBefore(tokens, first, k);
            if (subject is { } span)
            {
                return new ReportedSpeaker(span, k, hearsay.Contains(tokens[k].Lower) || IsMedia(tokens, Sorted.FirstFrom(tokens, t => t.Start, span.Start), k));
            }
        }

        // "... N ..., X said."
        for (var k = at + 1; k < last; k++)
        {
            if (!speech.Contains(tokens[k].Lower) || NotSaying(tokens, k))
            {
                continue;
            }

            var subject = SubjectBefore(tokens, at + 1, k);
            if (subject is { } span && span.Start > tokens[at].End && PrecededByComma(tokens, span.Start, at))
            {
                return new ReportedSpeaker(span, k, hearsay.Contains(tokens[k].Lower) || IsMedia(tokens, Sorted.FirstFrom(tokens, t => t.Start, span.Start), k));
            }
        }

        // "... N ..., said X" and "..., said X, the mayor of Y.": the verb after a comma, its subject after it.
        for (var k = at + 1; k + 1 < last; k++)
        {
            if (!speech.Contains(tokens[k].Lower) || tokens[k - 1].Text != "," || IsInsideQuoteMarks(tokens, first, k))
            {
                continue;
            }

            var s = k + 1;
            var e = s;
            while (e < last && e - s < MaxSubjectWords && tokens[e].IsWord)
            {
                e++;
            }

            // Where the subject ends: the sentence's end or an apposition's comma, never the start of a new clause.
            var closes = e >= last || tokens[e].Text is "," or "." or ";" or "!" or "?";
            if (e > s && closes && (tokens[s].IsCapitalized || tokens[s].Lower is "the" or "a" or "an"))
            {
                return new ReportedSpeaker(new TextSpan(tokens[s].Start, tokens[e - 1].End), k, hearsay.Contains(tokens[k].Lower) || IsMedia(tokens, s, e));
            }
        }

        return Estimate(tokens, first, at, lexicon.Words("estimate")) ?? Finding(tokens, first, at);
    }

    /// <summary>
    /// "The coast guard put the death toll at N", "officials now put the cost at N", "the ministry puts damage at about N":
    /// whoever puts or places a figure at a value gives that figure as theirs, the way a verb of saying would. The verb is
    /// read only with "at" right before the figure and a short object phrase between them that names a figure
    /// (<paramref name="estimable"/>: "toll", "cost", "number"), so that "put the crates at 40 stalls" is nothing.
    /// </summary>
    private static ReportedSpeaker? Estimate(IReadOnlyList<ClaimToken> tokens, int first, int at, HashSet<string> estimable)
    {
        // "at" right before the figure (a bound, "about N", is part of the figure's words)
        var a = at - 1;
        if (a <= first || tokens[a].Lower != "at")
        {
            return null;
        }

        // the object between the verb and "at": a short phrase of words naming a figure, no clause punctuation
        var figure = false;
        for (var k = a - 1; k > first && a - k <= MaxSubjectWords; k--)
        {
            if (!tokens[k].IsWord && tokens[k].Text is not ("'s" or "\u2019s"))
            {
                return null;
            }

            if (tokens[k].Lower is not ("put" or "puts" or "putting" or "placed" or "places" or "placing"))
            {
                figure |= estimable.Contains(tokens[k].Lower);
                continue;
            }

            if (!figure)
            {
                return null;
            }

            // "officials now put", "the agency also puts": a time or focus adverb stands between the subject and its verb
            var v = k;
            while (v - 1 > first && tokens[v - 1].Lower is "now" or "also" or "still" or "already" or "later" or "initially" or "separately")
            {
                v--;
            }

            var subject = SubjectBefore(tokens, first, v);
            return subject is { } span ? new ReportedSpeaker(span, k, IsMedia(tokens, Sorted.FirstFrom(tokens, t => t.Start, span.Start), k)) : null;
        }

        return null;
    }

    /// <summary>
    /// "A Nordvik Institute survey found that N ...": a poll, survey or study that finds or shows a figure is its source, and
    /// the name before the noun says whose it is.
    /// </summary>
    private static ReportedSpeaker? Finding(IReadOnlyList<ClaimToken> tokens, int first, int at)
    {
        for (var k = at - 1; k > first; k--)
        {
            if (tokens[k].Lower is not ("found" or "finds" or "showed" or "shows" or "suggested" or "suggests"))
            {
                continue;
            }

            // the noun right before the verb, or before a short time phrase ("a poll last month found")
            for (var n = k - 1; n > first && k - n <= 3; n--)
            {
                if (tokens[n].Lower is not ("poll" or "survey" or "study" or "census" or "analysis"))
                {
                    continue;
                }

                var s = n;
                while (s - 1 >= first && n - s < MaxSubjectWords && tokens[s - 1].IsWord && tokens[s - 1].IsCapitalized && tokens[s - 1].Lower is not ("a" or "an" or "the"))
                {
                    s--;
                }

                return s < n ? new ReportedSpeaker(new TextSpan(tokens[s].Start, tokens[n - 1].End), k, false) : null;
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// The attribution that closes the sentence after the claim: a comma, a subject and a verb of saying, then at most a
    /// short adverbial ("on Monday", "in a statement") before the sentence's end.
    /// </summary>
    private static ReportedSpeaker? Closing(IReadOnlyList<ClaimToken> tokens, int at, int last, HashSet<string> speech, HashSet<string> hearsay)
    {
        var end = last;
        while (end > at + 1 && !tokens[end - 1].IsWord)
        {
            end--;
        }

        for (var k = end - 1; k > at + 1 && end - k <= ClosingTail + 1; k--)
        {
            if (!tokens[k].IsWord)
            {
                return null; // the verb stands in the sentence's last clause, after no other punctuation
            }

            if (!speech.Contains(tokens[k].Lower) || NotSaying(tokens, k))
            {
                continue;
            }

            var subject = SubjectBefore(tokens, at + 1, k);
            if (subject is { } span && span.Start > tokens[at].End && PrecededByComma(tokens, span.Start, at))
            {
                return new ReportedSpeaker(span, k, hearsay.Contains(tokens[k].Lower) || IsMedia(tokens, Sorted.FirstFrom(tokens, t => t.Start, span.Start), k));
            }

            return null;
        }

        return null;
    }

    /// <summary>Nouns that end like adverbs and can say something: "his family said", "the assembly said".</summary>
    private static readonly HashSet<string> NounsInLy = new(["family", "assembly", "ally", "allies", "rally", "monopoly"], StringComparer.Ordinal);

    /// <summary>Adverbs that stand between a subject and its verb of saying and are no part of the subject ("Apple also claims").</summary>
    private static readonly HashSet<string> PreVerbAdverbs = new(["also", "now", "still", "again", "already", "then", "later", "today", "yesterday", "tonight", "earlier", "once", "too", "separately", "meanwhile"], StringComparer.Ordinal);

    /// <summary>Parts of a day or periods after "this" or "last" ("this morning", "last week") that may stand before a verb of saying.</summary>
    private static readonly HashSet<string> TimesOfDay = new(["morning", "afternoon", "evening", "night", "week", "weekend", "month", "year"], StringComparer.Ordinal);

    /// <summary>
    /// Whether a lower-case noun names a person or people by their part ("worker", "residents", "official", "spokesman"):
    /// the head of a description that a place after it only locates.
    /// </summary>
    private static bool IsPersonHead(string lower) =>
        lower.EndsWith("er", StringComparison.Ordinal) || lower.EndsWith("ers", StringComparison.Ordinal) || lower.EndsWith("ist", StringComparison.Ordinal) || lower.EndsWith("ists", StringComparison.Ordinal)
        || lower is "resident" or "residents" or "student" or "students" or "parent" or "parents" || lower.EndsWith("ian", StringComparison.Ordinal) || lower.EndsWith("ians", StringComparison.Ordinal)
        || lower.EndsWith("man", StringComparison.Ordinal) || lower.EndsWith("men", StringComparison.Ordinal) || lower.EndsWith("person", StringComparison.Ordinal)
        || lower is "official" or "officials" or "police" or "source" or "sources" or "witness" or "witnesses" or "analyst" or "analysts" or "people" or "staff" or "doctor" or "doctors";

    /// <summary>How many words may follow a closing verb of saying: "said in a statement on Monday".</summary>
    private const int ClosingTail = 6;

    /// <summary>
    /// Whether the source named in tokens <c>[from, to)</c> is the media ("Iranian media", "state television", "local
    /// reports"): what it relays is hearsay. A person or a body named as the source ("according to the ministry") keeps
    /// the statement's own firmness.
    /// </summary>
    private static bool IsMedia(IReadOnlyList<ClaimToken> tokens, int from, int to)
    {
        for (var k = Math.Max(0, from); k < to && k < tokens.Count; k++)
        {
            if (tokens[k].Lower is "media" or "reports" or "report" or "newspaper" or "newspapers" or "television" or "tv" or "radio" or "broadcaster" or "tabloid" or "reporters")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word of saying says nothing here: passive ("side effects were reported in 1%": what was reported is no
    /// speaker), or a noun after a determiner ("its forecast", "the report").
    /// </summary>
    private static bool NotSaying(IReadOnlyList<ClaimToken> tokens, int k) =>
        k > 0 && tokens[k - 1].Lower is "was" or "were" or "is" or "are" or "been" or "be" or "being" or "its" or "his" or "her" or "their" or "our" or "the" or "a" or "an" or "this" or "that";

    /// <summary>The noun phrase right before the verb at <paramref name="verb"/> (past adverbs such as "recently"), or null.</summary>
    private static TextSpan? SubjectBefore(IReadOnlyList<ClaimToken> tokens, int first, int verb)
    {
        var e = verb - 1;

        // "the Ghana Civil Aviation Authority (KCAA) said": the acronym in brackets belongs to the name before it
        if (e - 2 >= first && tokens[e].Text == ")" && tokens[e - 2].Text == "(" && tokens[e - 1].IsWord && tokens[e - 1].Text.All(char.IsUpper))
        {
            e -= 3;
        }

        while (e >= first)
        {
            if (tokens[e].IsWord && tokens[e].Lower.EndsWith("ly", StringComparison.Ordinal) && tokens[e].Lower.Length > 3 && !tokens[e].IsCapitalized
                && !NounsInLy.Contains(tokens[e].Lower) || tokens[e].IsWord && !tokens[e].IsCapitalized && PreVerbAdverbs.Contains(tokens[e].Lower))
            {
                e--; // "Apple also claims", "the mayor now says"
            }
            else if (e - 1 >= first && tokens[e - 1].Lower is "this" or "last" or "late" or "early" && !tokens[e].IsCapitalized && TimesOfDay.Contains(tokens[e].Lower))
            {
                e -= 2; // "Hastings this morning announced"
            }
            else
            {
                break;
            }
        }

        if (e >= first && tokens[e].Text == "," && Apposition(tokens, first, e) is { } named)
        {
            return named;
        }

        if (e < first || !(tokens[e].IsWord || tokens[e].Text is "'s" or "\u2019s"))
        {
            return null;
        }

        var s = e;
        while (s - 1 >= first && verb - s < MaxSubjectWords && IsNounPhraseToken(tokens[s - 1]))
        {
            s--;
        }

        // "An office worker in Dubai said": a place after "in" or "from" says where the speaker is, not who; the phrase is
        // the description before it (a name there stays the speaker: "Smith in Dubai said" is Smith).
        if (s - 2 >= first && tokens[s - 1].Lower is "in" or "from" or "at" && IsNounPhraseToken(tokens[s - 2]) && !tokens[s - 2].IsCapitalized && IsPersonHead(tokens[s - 2].Lower))
        {
            var d = s - 2;
            while (d - 1 >= first && verb - d < MaxSubjectWords && IsNounPhraseToken(tokens[d - 1]))
            {
                d--;
            }

            s = d;
        }

        // A pronoun is a subject alone ("and it lowered its forecast, it said": the phrase is "it", not the clause before it).
        for (var p = e - 1; p >= s; p--)
        {
            if (tokens[p].Lower is "it" or "he" or "she" or "they" or "we" or "i" or "its" or "his" or "her" or "their")
            {
                // "his family said": the possessive opens the phrase of its kin
                s = p + 1 == e && tokens[p].Lower is "his" or "her" && SpeakerPhrases.IsKin(tokens[e].Lower) ? p : p + 1;
                break;
            }
        }

        // A determiner or name opens the phrase; a lone lower-case word that is no pronoun ("that") is no subject.
        var head = tokens[e];
        if (s == e && !head.IsCapitalized && head.Lower is not ("he" or "she" or "they" or "it" or "we" or "i") && !IsPluralNoun(head.Lower))
        {
            return null;
        }

        return new TextSpan(tokens[s].Start, tokens[e].End);
    }

    /// <summary>
    /// A name set off by commas before the verb: "The bureau's chief engineer, Tomas Ferreira, said" (the name after its
    /// description) and "Anna Berg, chief economist at Nordlys Capital, expects" (the name before it). The name is the subject.
    /// </summary>
    private static TextSpan? Apposition(IReadOnlyList<ClaimToken> tokens, int first, int comma)
    {
        var open = comma - 1;
        while (open >= first && comma - open <= MaxSubjectWords + 2 && tokens[open].Text != ",")
        {
            if (!(tokens[open].IsWord || tokens[open].Text is "'s" or "\u2019s" or "-"))
            {
                return null;
            }

            open--;
        }

        if (open < first || tokens[open].Text != "," || open + 1 >= comma)
        {
            return null;
        }

        bool Name(int from, int to) => to > from && Enumerable.Range(from, to - from).All(i => tokens[i].IsCapitalized && tokens[i].IsWord);

        // Description, Name, said
        if (Name(open + 1, comma) && comma - open - 1 <= 4)
        {
            return new TextSpan(tokens[open + 1].Start, tokens[comma - 1].End);
        }

        // Name, description, said: the description opens in lower case or with an article
        var inner = tokens[open + 1];
        if (!inner.IsCapitalized || inner.Lower is "the" or "a" or "an")
        {
            var nameEnd = open;
            var nameStart = nameEnd;
            while (nameStart - 1 >= first && nameEnd - nameStart < 4 && tokens[nameStart - 1].IsCapitalized && tokens[nameStart - 1].IsWord)
            {
                nameStart--;
            }

            if (nameStart < nameEnd && (nameStart == first || !tokens[nameStart - 1].IsWord))
            {
                return new TextSpan(tokens[nameStart].Start, tokens[nameEnd - 1].End);
            }
        }

        return null;
    }

    /// <summary>A plural noun that can say something on its own: "traders said", "analysts estimate", "officials say".</summary>
    private static bool IsPluralNoun(string word) =>
        word.Length >= 5 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("ous", StringComparison.Ordinal)
        && word is not ("always" or "perhaps" or "sometimes" or "whereas" or "unless" or "besides" or "towards" or "afterwards" or "thus" or "means" or "news" or "yours" or "theirs" or "hers" or "ours" or "this" or "these" or "those" or "others" or "has" or "was" or "does");

    private static bool IsNounPhraseToken(ClaimToken t) =>
        t.Text is "'s" or "\u2019s" or "&" || (t.IsWord && t.Lower is not ("that" or "and" or "but" or "which" or "who" or "as" or "while" or "said" or "says"
            or "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would" or "to" or "of" or "in" or "on" or "at" or "by" or "for" or "with" or "from"));

    private static bool PrecededByComma(IReadOnlyList<ClaimToken> tokens, int start, int at)
    {
        for (var k = at + 1; k < tokens.Count && tokens[k].Start < start; k++)
        {
            if (tokens[k].End <= start && tokens[k].Text == "," && NextStartsAt(tokens, k, start))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NextStartsAt(IReadOnlyList<ClaimToken> tokens, int k, int start) => k + 1 < tokens.Count && tokens[k + 1].Start == start;

    /// <summary>Whether an odd number of quote marks stand between the sentence start and the token: the verb is quoted.</summary>
    private static bool IsInsideQuoteMarks(IReadOnlyList<ClaimToken> tokens, int first, int k)
    {
        var open = false;
        for (var j = first; j < k; j++)
        {
            switch (tokens[j].Text)
            {
                case "\u201C":
                    open = true;
                    break;
                case "\u201D":
                    open = false;
                    break;
                case "\"":
                    open = !open;
                    break;
            }
        }

        return open;
    }
}
