using System.Runtime.CompilerServices;

namespace NewsFacts.Recognition;

/// <summary>
/// Finds direct quotations and attributes each to its speaker. Straight, curly and doubled-apostrophe marks pair by
/// context; a quote split around its attribution (<c>"...," she said. "..."</c>) and a quotation that runs over
/// several paragraphs keep one speaker. The speaker comes from the reporting clause after the quote
/// (<c>X said</c>, <c>said X</c>, <c>X told reporters</c>, <c>according to X</c>), else the one before it
/// (<c>X said: "</c>, <c>X called it "</c>), else from the quotation it follows in the same paragraph; names are
/// canonical (the first full mention) and pronouns resolve to the last named speaker of their gender.
/// </summary>
public sealed class QuoteRecognizer
{
    private static readonly ConditionalWeakTable<DocumentContext, IReadOnlyList<QuoteMention>> Cache = [];

    /// <summary>How far (in characters) around a quotation its attribution is looked for, so long run-on text stays linear.</summary>
    private const int Window = 400;

    /// <summary>The shared instance; the recognizer holds no mutable state.</summary>
    public static QuoteRecognizer Default { get; } = new();

    /// <summary>Finds every direct quotation in <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<QuoteMention> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognize(DocumentContext.Of(text));
    }

    internal IReadOnlyList<QuoteMention> Recognize(DocumentContext document) => Cache.GetValue(document, Scan);

    /// <summary>Finds the quotations without the per-document cache (for benchmarks).</summary>
    internal static IReadOnlyList<QuoteMention> Scan(DocumentContext document)
    {
        var text = document.Text;
        var seg = document.Segmentation;
        var stretches = QuoteMarks.Find(text, seg);
        var result = new List<QuoteMention>(stretches.Count);
        var history = new SpeakerHistory();
        var speakers = new Attributed?[stretches.Count];
        var nextSentence = 0;
        for (var i = 0; i < stretches.Count; i++)
        {
            var q = stretches[i];

            // people the writer names as speakers between quotations ("Ruth Atieno said the aircraft had passed") are
            // who a later "she added" can mean, as much as quoted speakers
            var quoteSentence = seg.SentenceIndexAt(q.Open);
            for (; nextSentence < quoteSentence; nextSentence++)
            {
                if (ReportedPerson(document, seg.Sentences[nextSentence], history) is { } reported)
                {
                    history.Add(reported);
                }
                else if (nextSentence == quoteSentence - 1 && (seg.Sentences[nextSentence].Start >= seg.Paragraphs[q.Paragraph].Start || OpensParagraph(seg, q, quoteSentence))
                         && SubjectPerson(document, seg.Sentences[nextSentence], history) is { } subject)
                {
                    // "Prime Minister Lars Vinter thanked the mediators. "...," he said.": the person the sentence before
                    // the quotation is about is whom its pronoun means, also across a paragraph break when the quotation
                    // opens the new paragraph
                    history.Add(subject);
                }
            }

            nextSentence = Math.Max(nextSentence, seg.SentenceIndexAt(Math.Max(q.Open, q.After - 1)) + 1);
            var para = seg.Paragraphs[q.Paragraph];
            var prevSameParagraph = i > 0 && stretches[i - 1].Paragraph == q.Paragraph ? stretches[i - 1] : null;
            var nextSameParagraph = i + 1 < stretches.Count && stretches[i + 1].Paragraph == q.Paragraph ? stretches[i + 1] : null;

            // the sentence around the opening mark, and the one holding the closing mark
            var openSentence = seg.SentenceAt(q.Open) ?? para;
            var closeSentence = q.Closed ? seg.SentenceAt(q.Close) ?? para : para;
            var beforeFrom = Math.Max(openSentence.Start, prevSameParagraph?.After ?? para.Start);
            var afterTo = Math.Min(nextSameParagraph?.Open ?? para.End, q.After + Window);
            beforeFrom = Math.Max(beforeFrom, q.Open - Window);
            if (afterTo < q.After)
            {
                afterTo = q.After;
            }

            // the words of the quote's sentence before its opening mark, read once for the two searches that need them
            List<Word>? lead = null;
            var leadFrom = Math.Max(openSentence.Start, q.Open - Window);

            Attributed? speaker = Label(document, q, history);
            var partial = IsPartial(text, q, beforeFrom) && !ResumesAfterAttribution(text, q, prevSameParagraph);
            if (speaker is null && q.Closed)
            {
                var words = Clauses.WithoutAsides(text, Words.Scan(text, q.After, afterTo));
                var clause = Clauses.After(text, words, 0, words.Count);
                if (clause is not null)
                {
                    speaker = Speakers.Resolve(document, clause, history);
                }
            }

            if (speaker is null && beforeFrom < q.Open)
            {
                // from the sentence start: the backward search stops at an earlier quote's mark, and a subject
                // shared by two verbs ("X said that "..." and added that "..."") is found at the head
                var words = lead ??= Clauses.WithoutAsides(text, Words.Scan(text, leadFrom, q.Open));
                var clause = Clauses.Before(text, words, 0, words.Count);
                if (clause is not null)
                {
                    speaker = Speakers.Resolve(document, clause, history, Local(document, words, clause, history));
                }
            }

            if (speaker is null)
            {
                // the reporting clause elsewhere in the quote's sentence: "X contended in a letter that ... had "a bias""
                var sentence = new TextSpan(leadFrom, Math.Min(Math.Max(openSentence.End, q.Closed ? closeSentence.End : para.End), q.After + Window));
                var words = Clauses.WithoutAsides(text, OutsideQuotes(Words.Scan(text, sentence.Start, sentence.End), stretches, i));
                var clause = Clauses.Find(text, words, 0, words.Count, preferLast: false);
                if (clause is not null)
                {
                    speaker = Speakers.Resolve(document, clause, history);
                }
            }

            if (speaker is null && beforeFrom < q.Open && q.Open > openSentence.Start)
            {
                // "the union chairman Piet Ansing was blunter: "...": a colon introduces the quotation of the sentence's subject
                var words = lead ??= Clauses.WithoutAsides(text, Words.Scan(text, leadFrom, q.Open));
                speaker = Introduced(document, words, history);
            }

            if (speaker is null && partial && prevSameParagraph is not null && seg.SentenceIndexAt(prevSameParagraph.Open) != quoteSentence && beforeFrom < q.Open && q.Open > openSentence.Start)
            {
                // "Pryce shot back that she had "voted against ..."": a fragment in a new sentence about a named person is
                // that person's, not the previous quotation's speaker's
                var words = lead ??= Clauses.WithoutAsides(text, Words.Scan(text, leadFrom, q.Open));
                speaker = Person(document, Clauses.SentenceSubject(text, words, 0, words.Count, "say", "speech"), history);
            }

            if (speaker is null && q.Continues && i > 0)
            {
                speaker = speakers[i - 1];
            }

            if (speaker is null && prevSameParagraph is not null)
            {
                speaker = speakers[i - 1];
            }

            if (speaker is null && q.Open == para.Start)
            {
                speaker = FromIntroduction(document, q, history);
            }

            if (speaker is null && q.Open == para.Start && i > 0 && stretches[i - 1].Paragraph == q.Paragraph - 1 && !result[i - 1].Partial && AllQuoted(text, para, stretches, i))
            {
                // a paragraph that is nothing but a quotation, right after a paragraph of attributed quotation, goes on with that speaker
                speaker = speakers[i - 1];
            }

            if (speaker is null && beforeFrom < q.Open && q.Open > openSentence.Start)
            {
                // a fragment in the writer's sentence goes to the sentence's subject when that is a person
                var words = lead ??= Clauses.WithoutAsides(text, Words.Scan(text, leadFrom, q.Open));
                var clause = Clauses.SentenceSubject(text, words, 0, words.Count, "say", "speech");
                if (clause is not null && clause.Subject.Any(w => NameIndex.IsNameWord(text, w) || SpeakerLexicon.Pronouns.ContainsKey(w.Of(text))))
                {
                    speaker = Speakers.Resolve(document, clause, history);
                }
            }

            speakers[i] = speaker;
            if (speaker is not null)
            {
                history.Add(speaker);
            }

            var inner = q.Inner.Of(text);
            result.Add(new QuoteMention(q.Inner, inner, speaker?.Speaker, speaker?.Role, partial) { SpeakerSpan = speaker?.SpeakerSpan });
        }

        // a quotation that runs over paragraphs is attributed where it ends ("...group.\n\n"That is a large change," she
        // said."): its unclosed paragraphs before take that speaker
        for (var i = stretches.Count - 2; i >= 0; i--)
        {
            if (speakers[i] is null && !stretches[i].Closed && stretches[i + 1].Continues && speakers[i + 1] is { } later)
            {
                speakers[i] = later;
                result[i] = result[i] with { Speaker = later.Speaker, SpeakerRole = later.Role, SpeakerSpan = later.SpeakerSpan };
            }
        }

        return result;
    }

    /// <summary>The person a sentence without quotation marks attributes its statement to ("X said ..."), or null; reads at most its first 400 characters.</summary>
    /// <summary>
    /// Whether the quotation takes up a sentence broken off by its attribution: <c>"The economy," the governor said, "is
    /// not yet out of the woods."</c> (the earlier part ends in a comma, the attribution too).
    /// </summary>
    private static bool ResumesAfterAttribution(string text, QuotedStretch q, QuotedStretch? previous)
    {
        if (previous is null || !previous.Closed || previous.Inner.End > previous.Close || q.Open - previous.After > 120)
        {
            return false;
        }

        var between = text.AsSpan(previous.After, q.Open - previous.After).Trim();
        var earlier = text.AsSpan(previous.Inner.Start, previous.Close - previous.Inner.Start).TrimEnd();
        return between.Length > 0 && between[^1] == ',' && (earlier.EndsWith(",") || between[0] == ',') && !between.ContainsAny(".!?;:");
    }

    /// <summary>Whether the quotation's sentence is the first of its paragraph.</summary>
    private static bool OpensParagraph(Segmentation seg, QuotedStretch q, int quoteSentence) =>
        q.Paragraph > 0 && seg.Sentences[quoteSentence].Start <= seg.Paragraphs[q.Paragraph].Start;

    internal static Attributed? ReportedPerson(DocumentContext document, TextSpan sentence, SpeakerHistory history)
    {
        var text = document.Text;
        if (WordsWithoutQuotes(text, sentence) is not { } words)
        {
            return null;
        }

        // a plural description counts as well: "Lawyers for the family said they would appeal. "...," they said."
        var clause = Clauses.Find(text, words, 0, words.Count, preferLast: false);
        return clause is null ? null : Speakers.Resolve(document, clause, history) is { } person && (person.IsPerson || person.Gender == 'P') ? person : null;
    }

    /// <summary>The person at the head of a sentence without quotation marks ("Ana Ruiz, an economist, expects ..."), or null.</summary>
    private static Attributed? SubjectPerson(DocumentContext document, TextSpan sentence, SpeakerHistory history)
    {
        var text = document.Text;
        return WordsWithoutQuotes(text, sentence) is { } words ? Person(document, Clauses.SentenceSubject(text, words, 0, words.Count, "say", "speech"), history) : null;
    }

    /// <summary>The words of the sentence's first 400 characters without asides, or null when a quote mark stands among them.</summary>
    private static List<Word>? WordsWithoutQuotes(string text, TextSpan sentence)
    {
        var end = Math.Min(Math.Min(sentence.End, text.Length), sentence.Start + 400);
        if (sentence.Start < 0 || end <= sentence.Start || text.AsSpan(sentence.Start, end - sentence.Start).IndexOfAny("\"\u201c\u201d") >= 0)
        {
            return null;
        }

        return Clauses.WithoutAsides(text, Words.Scan(text, sentence.Start, end));
    }

    /// <summary>The sentence's subject when the words before the quotation end in a colon: <c>Smith was blunter: "</c>.</summary>
    private static Attributed? Introduced(DocumentContext document, List<Word> words, SpeakerHistory history)
    {
        var text = document.Text;
        if (words.Count < 3 || !words[^1].Is(text, ':'))
        {
            return null;
        }

        return Person(document, Clauses.SentenceSubject(text, words, 0, words.Count - 1, "say", "speech"), history);
    }

    /// <summary>The clause's subject when it is a person's name (not a pronoun or a description), else null.</summary>
    private static Attributed? Person(DocumentContext document, ReportingClause? clause, SpeakerHistory history)
    {
        // "The finance minister, Lars Holm, was defiant": the name may stand in apposition to a description
        if (clause is null || !clause.Subject.Concat(clause.Appositive).Any(w => NameIndex.IsNameWord(document.Text, w)))
        {
            return null;
        }

        // a full name only: a capital at the head of a sentence ("Hospitals in Lagos") is no person
        return Speakers.Resolve(document, clause, history) is { IsPerson: true } person && person.Speaker.Contains(' ', StringComparison.Ordinal) ? person : null;
    }

    /// <summary>
    /// For a pronoun subject ("Smith said he replied: ..."), the person the sentence is about: the subject at its head.
    /// </summary>
    private static Attributed? Local(DocumentContext document, List<Word> words, ReportingClause clause, SpeakerHistory history)
    {
        if (clause.Subject.Count != 1 || !SpeakerLexicon.Pronouns.ContainsKey(clause.Subject[0].Of(document.Text)))
        {
            return null;
        }

        var end = words.IndexOf(clause.Subject[0]);
        if (end <= 0)
        {
            return null;
        }

        var head = Clauses.SentenceSubject(document.Text, words, 0, end, clause.Lemma, clause.Kind);
        if (head is null || head.Subject[0].Start == clause.Subject[0].Start || head.Subject.Count == 1 && SpeakerLexicon.Pronouns.ContainsKey(head.Subject[0].Of(document.Text)))
        {
            return null;
        }

        var local = Speakers.Resolve(document, head, history);
        return local is { IsPerson: true } ? local : null;
    }

    /// <summary>The tokens that stand outside every quotation (the quote marks themselves are kept).</summary>
    private static List<Word> OutsideQuotes(List<Word> words, List<QuotedStretch> stretches, int near)
    {
        var lo = Math.Max(0, near - 8);
        var hi = Math.Min(stretches.Count, near + 8);
        return words.FindAll(w =>
        {
            for (var k = lo; k < hi; k++)
            {
                if (w.Start >= stretches[k].Inner.Start && w.End <= stretches[k].Inner.End)
                {
                    return false;
                }
            }

            return true;
        });
    }

    /// <summary>Whether the paragraph holds nothing but quotations (no words of the writer's between them).</summary>
    private static bool AllQuoted(string text, TextSpan para, List<QuotedStretch> stretches, int first)
    {
        var pos = para.Start;
        for (var k = first; k < stretches.Count && stretches[k].Paragraph == stretches[first].Paragraph; k++)
        {
            if (text.AsSpan(pos, stretches[k].Open - pos).ContainsAnyExcept(" \t\u00A0.,;:!?"))
            {
                return false;
            }

            pos = stretches[k].After;
        }

        return !text.AsSpan(pos, para.End - pos).ContainsAnyExcept(" \t\u00A0.,;:!?\"\u201D");
    }

    /// <summary>A transcript quote opens with its speaker's label: <c>"SMITH: Well, ..."</c>.</summary>
    private static Attributed? Label(DocumentContext document, QuotedStretch q, SpeakerHistory history)
    {
        var text = document.Text;
        var words = Words.Scan(text, q.Inner.Start, Math.Min(q.Inner.End, q.Inner.Start + 60));
        var k = 0;
        while (k < words.Count && k < 3 && words[k].Kind == WordKind.Word && Words.IsAllCaps(text, words[k]))
        {
            k++;
        }

        if (k == 0 || k >= words.Count || !words[k].Is(text, ':'))
        {
            return null;
        }

        var name = string.Join(' ', words.Take(k).Select(w => w.Of(text)));
        var canonical = NameIndex.Of(document).Canonical(name);
        if (canonical == name)
        {
            // a transcript label "PENCE" with no full mention: write it as a name
            canonical = string.Join(' ', name.Split(' ').Select(p => p.Length > 1 ? p[0] + p[1..].ToLowerInvariant() : p));
        }

        _ = history;
        return new Attributed(canonical, null, false, new TextSpan(words[0].Start, words[k - 1].End), "say") { IsPerson = true, Gender = NameIndex.Of(document).GenderOf(canonical) };
    }

    /// <summary>
    /// A quotation that opens its paragraph with no attribution of its own takes the speaker introduced at the end
    /// of the paragraph before (<c>Smith told the crowd:</c>).
    /// </summary>
    private static Attributed? FromIntroduction(DocumentContext document, QuotedStretch q, SpeakerHistory history)
    {
        var seg = document.Segmentation;
        if (q.Paragraph == 0)
        {
            return null;
        }

        var prev = seg.Paragraphs[q.Paragraph - 1];
        var text = document.Text;
        if (text[prev.End - 1] != ':')
        {
            return null;
        }

        var sentence = seg.SentenceAt(prev.End - 1) ?? prev;
        var words = Words.Scan(text, sentence.Start, sentence.End);
        var clause = Clauses.Find(text, words, 0, words.Count, preferLast: true);
        return clause is null ? null : Speakers.Resolve(document, clause, history);
    }

    /// <summary>
    /// A quotation is partial when it is a fragment inside the writer's sentence: words stand before its opening mark
    /// and they do not end in a colon or a comma (<c>said that "...</c>, <c>called it "...</c>), or it opens in lower case.
    /// </summary>
    private static bool IsPartial(string text, QuotedStretch q, int sentenceStart)
    {
        if (q.Inner.Length > 0 && char.IsLower(text[q.Inner.Start]))
        {
            return true;
        }

        var k = q.Open - 1;
        while (k >= sentenceStart && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        if (k < sentenceStart)
        {
            return false;
        }

        return text[k] is not (':' or ',' or '\u2014' or '(' or '.' or '"' or '\u201D');
    }
}
