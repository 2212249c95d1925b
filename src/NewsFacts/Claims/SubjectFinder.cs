namespace NewsFacts.Claims;

/// <summary>
/// Finds the subject of a claim's predicate (the nearest entity, pronoun or description before it that no preposition
/// governs) and resolves it to a code or name: an entity is its canonical name, "we" the speaker's country, "he" or "she"
/// the person the sentence attributes to, a description ("the company") and "it" what they stand for earlier on.
/// </summary>
internal static class SubjectFinder
{
    /// <summary>How many tokens before its predicate a subject is looked for, so that a long sentence costs no more per claim than a short one.</summary>
    private const int SubjectReach = 60;

    /// <summary>The subject of the predicate: the nearest entity, pronoun or description before it that is not governed by a preposition.</summary>
    internal static SubjectRef? Find(ClaimDocument doc, int qFirst, int qLast, int predicateAt, int scopeFirst, ReportedSpeaker? speech)
    {
        // A verb after the quantity: its subject stands between them ("2 million of those, we will lend"), else the counted
        // thing itself is the subject ("18 countries have halted", "doses will be sent") and names no actor.
        var after = predicateAt > qLast;
        var from = after ? predicateAt : qFirst;
        var floor = after ? qLast + 1 : scopeFirst;
        for (var k = from - 1; k >= floor && from - k <= SubjectReach; k--)
        {
            var t = doc.Tokens[k];
            if (speech is not null && speech.Verb < from && speech.Subject.Contains(t.Span))
            {
                continue; // who says it is not who does it: "The UN says 6 million have fled"
            }

            if (doc.EntityEndingAt(k) is { } entity)
            {
                var start = doc.TokenAt(entity.Span.Start, 0, doc.Tokens.Count);
                // "96 Kenyans, 21 South Africans": a nation counted by another figure of a list does not act.
                if (!doc.GovernedByPreposition(start) && !doc.CountedEnds.Contains(entity.Span.End))
                {
                    return new SubjectRef(entity, null, k);
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

            if (doc.NominalEndingAt(k) is { } nominal && !doc.GovernedByPreposition(k - 1))
            {
                return new SubjectRef(null, nominal, k);
            }
        }

        return null;
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
                return doc.CountryIn(speech.Subject) ?? doc.Speakers.SpeakerName(speech.Subject, at);
            }

            var lastQuote = doc.LastSpokenQuoteBefore(at);
            return lastQuote is null ? null : SpeakerCountry(doc, lastQuote);
        }

        if (doc.Lexicon.Nominals.TryGetValue(word, out var kind))
        {
            return doc.Antecedent(doc.Tokens[subject.Token - 1].Start, ClaimDocument.Fits(kind));
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

    /// <summary>The country a quoted speaker speaks for: named in their role, else beside their name, else the article's main country.</summary>
    private static string? SpeakerCountry(ClaimDocument doc, QuoteMention quote)
    {
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
}

/// <summary>A subject found before the predicate: an entity, or a pronoun or description (its lower-case words).</summary>
/// <param name="Entity">The entity, when the subject is one.</param>
/// <param name="Word">The pronoun or description in lower case, when the subject is one.</param>
/// <param name="Token">The subject's last token.</param>
internal readonly record struct SubjectRef(ClaimEntity? Entity, string? Word, int Token);
