namespace NewsFacts.Recognition;

/// <summary>Who asserts a sentence or a quotation, as the article attributes it.</summary>
/// <param name="Speaker">The canonical full name ("Jen Psaki", even where the text says "Psaki" or "she") or the description as written ("Canadian Embassy spokesperson", "the campaign", "Mexican media").</param>
/// <param name="Role">The speaker's title or role when the text gives one ("White House press secretary"), else null.</param>
/// <param name="Hearsay">Whether the writer relays someone else's report ("according to Reuters", "Mexican media reported that") rather than a statement made to the writer.</param>
/// <param name="SpeakerSpan">Where the speaker is named (the name, description or pronoun) for this attribution.</param>
/// <param name="Verb">The lemma of the reporting verb ("say", "tell", "according to", "report").</param>
internal sealed record Attributed(string Speaker, string? Role, bool Hearsay, TextSpan SpeakerSpan, string Verb)
{
    /// <summary>Whether the speaker is a person's name (not a description such as "officials").</summary>
    public bool IsPerson { get; init; }

    /// <summary>The gender known for a person: M, F, P (plural description) or '-'.</summary>
    public char Gender { get; init; } = '-';
}

/// <summary>
/// Finds who asserts a sentence: the claims builder's entry point for reported speech without quote marks
/// (<c>Psaki said that ...</c>, <c>..., according to Reuters</c>, <c>Mexican media reported that ...</c>).
/// <para>
/// Call <see cref="SpeakerOf"/> with the sentence span. A sentence that holds (or lies in) a direct quotation
/// gets the quotation's speaker; otherwise the reporting clause of the sentence is read: <c>X said (that)</c>,
/// <c>X told reporters</c>, <c>..., X said.</c>, <c>..., said X.</c>, <c>according to X</c>, <c>X reported</c>.
/// Names are canonical (the first full mention: "Psaki" → "Jen Psaki"), pronouns resolve to the last named speaker
/// of matching gender. Linear in the sentence length.
/// </para>
/// </summary>
internal static class Attribution
{
    /// <summary>Who asserts <paramref name="sentence"/> in <paramref name="document"/>, or null when the writer states it.</summary>
    public static Attributed? SpeakerOf(DocumentContext document, TextSpan sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        if (sentence.Start < 0 || sentence.End > text.Length || sentence.IsEmpty)
        {
            return null;
        }

        var quotes = QuoteRecognizer.Default.Recognize(document);
        foreach (var q in quotes)
        {
            if (q.Speaker is not null && q.Span.Overlaps(sentence) && !q.Partial)
            {
                return new Attributed(q.Speaker, q.SpeakerRole, false, q.SpeakerSpan ?? q.Span, "say");
            }
        }

        var words = Words.Scan(text, sentence.Start, sentence.End);
        var clause = Clauses.Find(text, words, 0, words.Count, preferLast: false);
        if (clause is null)
        {
            foreach (var q in quotes)
            {
                if (q.Speaker is not null && q.Span.Overlaps(sentence))
                {
                    return new Attributed(q.Speaker, q.SpeakerRole, false, q.SpeakerSpan ?? q.Span, "say");
                }
            }

            return null;
        }

        return Speakers.Resolve(document, clause, HistoryBefore(document, quotes, sentence));
    }

    /// <summary>How many sentences before a pronoun are read for the people the writer names as speakers without quote marks.</summary>
    private const int ReportedLookBack = 8;

    /// <summary>
    /// The speakers named before <paramref name="sentence"/>, in text order: those of the quotations, and the people of the
    /// last few sentences that report speech without quote marks ("Ruth Atieno said the aircraft had passed a check.
    /// ..., she said." is hers).
    /// </summary>
    private static SpeakerHistory HistoryBefore(DocumentContext document, IReadOnlyList<QuoteMention> quotes, TextSpan sentence)
    {
        var seg = document.Segmentation;
        var index = seg.SentenceIndexAt(sentence.Start);
        var scratch = new SpeakerHistory();
        var reported = new List<Attributed>();
        for (var k = Math.Max(0, index - ReportedLookBack); k >= 0 && k < index; k++)
        {
            if (QuoteRecognizer.ReportedPerson(document, seg.Sentences[k], scratch) is { } person)
            {
                reported.Add(person);
            }
        }

        var history = new SpeakerHistory();
        var r = 0;
        foreach (var q in quotes)
        {
            if (q.Span.Start >= sentence.Start)
            {
                break;
            }

            for (; r < reported.Count && reported[r].SpeakerSpan.Start < q.Span.Start; r++)
            {
                history.Add(reported[r]);
            }

            if (q.Speaker is not null && q.SpeakerSpan is { } ss)
            {
                history.Add(new Attributed(q.Speaker, q.SpeakerRole, false, ss, "say") { IsPerson = true, Gender = NameIndex.Of(document).GenderOf(q.Speaker) });
            }
        }

        for (; r < reported.Count; r++)
        {
            history.Add(reported[r]);
        }

        return history;
    }
}

/// <summary>The speakers named so far in a document, for resolving "she added" to the last named speaker.</summary>
internal sealed class SpeakerHistory
{
    private readonly List<Attributed> _named = [];

    public Attributed? Last => _named.Count == 0 ? null : _named[^1];

    public void Add(Attributed speaker)
    {
        if (speaker.IsPerson || speaker.Gender == 'P')
        {
            _named.Add(speaker);
        }
    }

    /// <summary>The last speaker that fits a pronoun of <paramref name="gender"/>: same gender first, then unknown gender.</summary>
    public Attributed? Find(char gender)
    {
        if (gender == 'P')
        {
            for (var i = _named.Count - 1; i >= 0 && i >= _named.Count - 6; i--)
            {
                if (_named[i].Gender == 'P')
                {
                    return _named[i];
                }
            }

            return null;
        }

        for (var i = _named.Count - 1; i >= 0; i--)
        {
            if (_named[i].IsPerson && (_named[i].Gender == gender || gender == '-'))
            {
                return _named[i];
            }
        }

        for (var i = _named.Count - 1; i >= 0; i--)
        {
            if (_named[i].IsPerson && _named[i].Gender == '-')
            {
                return _named[i];
            }
        }

        return null;
    }
}
