namespace NewsFacts.Claims;

/// <summary>
/// Where one figure stands in its sentence, read once and shared by every decision of its claim (actor, recipient,
/// items, speaker, modality, date): the sentence's tokens, the figure's tokens, the quotation and clause around it, its
/// predicate, the reported speech that carries it and the subject of its predicate.
/// </summary>
/// <param name="Document">What the whole document offers the components.</param>
/// <param name="Quantity">The figure.</param>
/// <param name="SentenceIndex">The index of its sentence.</param>
/// <param name="Sentence">Its sentence.</param>
/// <param name="First">The sentence's first token.</param>
/// <param name="Last">One past the sentence's last token.</param>
/// <param name="QFirst">The figure's first token.</param>
/// <param name="QLast">The last token of the figure and its counted noun.</param>
/// <param name="Quote">The quotation that holds the figure, if any.</param>
/// <param name="ClauseFirst">The first token of the figure's clause (inside a quotation, of the speaker's words).</param>
/// <param name="ClauseLast">One past the last token of the figure's clause.</param>
/// <param name="ScopeFirst">The first token the subject is looked for from: the quotation's, else the sentence's.</param>
/// <param name="Predicate">The predicate that governs the figure (<see cref="PredicateFinder"/>).</param>
/// <param name="PredicateAt">Where the predicate stands.</param>
/// <param name="Speech">The reported speech the figure stands in (outside quotations), if any.</param>
/// <param name="Subject">The subject of the predicate (<see cref="SubjectFinder"/>), if any.</param>
/// <param name="SubjectCode">The subject as a code or name, followed back where it is a pronoun or description.</param>
internal sealed record ClaimContext(
    ClaimDocument Document,
    QuantityMention Quantity,
    int SentenceIndex,
    TextSpan Sentence,
    int First,
    int Last,
    int QFirst,
    int QLast,
    QuoteMention? Quote,
    int ClauseFirst,
    int ClauseLast,
    int ScopeFirst,
    Predicate Predicate,
    int PredicateAt,
    ReportedSpeaker? Speech,
    SubjectRef? Subject,
    string? SubjectCode)
{
    /// <summary>The context of <paramref name="q"/>, or null when the figure lies outside any sentence's tokens.</summary>
    public static ClaimContext? Of(ClaimDocument doc, QuantityMention q)
    {
        var sentenceIndex = doc.Document.Segmentation.SentenceIndexAt(q.Span.Start);
        if (sentenceIndex < 0)
        {
            return null;
        }

        var sentence = doc.Document.Segmentation.Sentences[sentenceIndex];
        var (first, last) = doc.TokenRange(sentence);
        var qFirst = doc.TokenAt(q.Span.Start, first, last);
        var nounEnd = Math.Max(q.Span.End, q.UnitSpan?.End ?? q.Span.End);
        var qLast = doc.TokenAt(nounEnd - 1, first, last);
        if (qFirst < 0 || qLast < qFirst)
        {
            return null;
        }

        var quote = doc.QuoteHolding(q.Span);
        // Inside a quotation the speaker's own words are the scope (a quotation may also run over several sentences).
        var quoteFirst = quote is null ? -1 : doc.TokenAt(quote.Span.Start, first, last);
        var quoteLast = quote is null ? -1 : doc.TokenAt(quote.Span.End - 1, first, last);
        var scopeFirst = quoteFirst < 0 ? first : quoteFirst;
        var scopeLast = quoteLast < 0 ? last : quoteLast + 1;
        var (clauseFirst, clauseLast) = doc.Clause(qFirst, scopeFirst, scopeLast);
        var subjectFirst = scopeFirst;
        if (doc.OpensCoordinateClause(qFirst, qLast, clauseFirst, clauseLast, first, last))
        {
            // ", and three from Chile landed": the verbs and the subject before the comma are another clause's
            clauseFirst = subjectFirst = qFirst;
        }

        var (predicate, predicateAt) = PredicateFinder.Find(doc, q, qFirst, qLast, clauseFirst, clauseLast, first, last);
        var speech = quote is null ? ReportedSpeech.Find(doc.Tokens, first, last, qFirst, doc.Lexicon) : null;
        var subject = SubjectFinder.Find(doc, qFirst, qLast, predicateAt, subjectFirst, speech);
        var subjectCode = subject is null ? null : SubjectFinder.Resolve(doc, subject.Value, quote, speech);
        return new ClaimContext(doc, q, sentenceIndex, sentence, first, last, qFirst, qLast, quote, clauseFirst, clauseLast, scopeFirst,
            predicate, predicateAt, speech, subject, subjectCode);
    }
}
