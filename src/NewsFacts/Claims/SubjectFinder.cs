using System.Text.RegularExpressions;

namespace NewsFacts.Claims;

/// <summary>
/// Finds the subject of a claim's predicate (the nearest entity, pronoun or description before it that no preposition
/// governs) and resolves it to a code or name: an entity is its canonical name, "we" the speaker's country, "he" or "she"
/// the person the sentence attributes to, a description ("the company") and "it" what they stand for earlier on.
/// </summary>
internal static partial class SubjectFinder
{
    /// <summary>How many tokens before its predicate a subject is looked for, so that a long sentence costs no more per claim than a short one.</summary>
    private const int SubjectReach = 60;

    /// <summary>The subject of the predicate: the nearest entity, pronoun or description before it that is not governed by a preposition.</summary>
    internal static SubjectRef? Find(ClaimDocument doc, int qFirst, int qLast, int predicateAt, int scopeFirst, ReportedSpeaker? speech)
    {
        // A verb after the quantity: its subject stands between them ("2 million of those, we will lend"), else the counted
        // thing itself is the subject ("18 countries have halted", "doses will be sent") and names no actor.
        // A verb before the quantity: its subject stands before the verb, not among its objects ("Washington has offered a US
        // Navy team and 2,000 metres of boom" is Washington's offer).
        var after = predicateAt > qLast;
        var from = after || predicateAt < qFirst ? predicateAt : qFirst;
        var floor = after ? qLast + 1 : scopeFirst;
        for (var k = from - 1; k >= floor && from - k <= SubjectReach; k--)
        {
            var t = doc.Tokens[k];
            if (t.Lower is "while" or "whereas" or "although")
            {
                break; // "..., the agency said, while fishing boats landed 30 tonnes": the clause before has its own subject
            }

            if (speech is not null && speech.Verb < from && speech.Subject.Contains(t.Span))
            {
                continue; // who says it is not who does it: "The UN says 6 million have fled"
            }

            if (doc.EntityEndingAt(k) is { } entity)
            {
                var start = doc.TokenAt(entity.Span.Start, 0, doc.Tokens.Count);
                // "96 Kenyans, 21 South Africans": a nation counted by another figure of a list does not act.
                // "agreed to buy Tarnwell Copper for 385 pence": a name right after a verb is its object, not its subject.
                if (!doc.GovernedByPreposition(start) && !doc.CountedEnds.Contains(entity.Span.End) && (start == 0 || doc.VerbAt(start - 1) is null))
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

            if (DescribedBodyAt(doc, k) is { } body && !doc.GovernedByPreposition(k - 1))
            {
                return new SubjectRef(body, null, k);
            }

            if (doc.NominalEndingAt(k) is { } nominal && !doc.GovernedByPreposition(k - 1))
            {
                return new SubjectRef(null, nominal, k);
            }
        }

        return null;
    }

    /// <summary>
    /// "the airline", "the ministry" ending at token <paramref name="k"/>: the body named earlier that the description fits
    /// (<see cref="NamedBodies.DescribedBody"/>), as an entity at the description; null when none fits or none is named.
    /// </summary>
    internal static ClaimEntity? DescribedBodyAt(ClaimDocument doc, int k)
    {
        // "the central bank" after "Chile's central bank": the national body named before
        if (k >= 2 && doc.Tokens[k - 2].Lower == "the" && NamedBodies.IsNationalDescription(doc.Tokens[k - 1].Lower, doc.Tokens[k].Lower)
            && doc.Bodies.NationalBody(doc.Tokens[k - 1].Lower + " " + doc.Tokens[k].Lower, doc.Tokens[k].Start) is { } national)
        {
            return new ClaimEntity(new TextSpan(doc.Tokens[k - 2].Start, doc.Tokens[k].End), national, EntityKind.Body);
        }

        if (k < 1 || doc.Tokens[k - 1].Lower != "the" || !NamedBodies.IsDescription(doc.Tokens[k].Lower))
        {
            return null;
        }

        var description = doc.Tokens[k - 1].Text + " " + doc.Tokens[k].Text;
        return doc.Bodies.DescribedBody(description, doc.Tokens[k].Start) is { } name
            ? new ClaimEntity(new TextSpan(doc.Tokens[k - 1].Start, doc.Tokens[k].End), name, EntityKind.Body)
            : null;
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
            return doc.Antecedent(doc.Tokens[subject.Token - 1].Start, kind);
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
        // "we" of a company's chief executive is the company, unless the quote speaks for the nation ("our own country")
        if (!SpeaksForNation(quote.Text) && BodyOfSpeaker(doc, quote) is { } body)
        {
            return body;
        }

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

    /// <summary>Whether a quote speaks of the speaker's nation as theirs ("once we get our own country vaccinated"): its "we" is the country.</summary>
    private static bool SpeaksForNation(string quote) => NationWords().IsMatch(quote);

    [GeneratedRegex(@"\b(?:our|this)(?: own)? (?:country|nation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NationWords();

    /// <summary>How many words of a title may stand between a body and the person it titles ("Tarnwell chief executive X").</summary>
    private const int TitleWords = 4;

    /// <summary>
    /// The body a quoted speaker speaks for, where the article first names them: a body written right before their title
    /// ("Tarnwell Mining chief executive Ana Vos"), or named in their role after "of" ("general secretary of the Dock
    /// Workers' Union"). Null when neither names one.
    /// </summary>
    internal static string? BodyOfSpeaker(ClaimDocument doc, QuoteMention quote)
    {
        if (quote.SpeakerRole is { } role && role.IndexOf(" of ", StringComparison.Ordinal) is var of and > 0 && quote.SpeakerSpan is { } at)
        {
            var owner = role[(of + 4)..];
            owner = owner.StartsWith("the ", StringComparison.Ordinal) ? owner[4..] : owner;
            if (owner.Length > 1 && char.IsUpper(owner[0]) && owner.Contains(' ', StringComparison.Ordinal) && doc.Bodies.Canonical(owner, at.Start) is { } canonical
                && !CountryRecognizer.Default.Recognize(canonical).Any(c => c.Span.Length == canonical.Length))
            {
                return canonical;
            }
        }

        if (quote.Speaker is not { Length: > 0 } speaker || doc.Text.IndexOf(speaker, StringComparison.Ordinal) is not (var first and >= 0))
        {
            return null;
        }

        var named = doc.LowerBound(first);
        var k = named - 1;
        for (var n = 0; k >= 0 && n < TitleWords && doc.Tokens[k].IsWord && !doc.Tokens[k].IsCapitalized; k--, n++)
        {
        }

        return k < named - 1 && doc.EntityEndingAt(k) is { Kind: EntityKind.Body or EntityKind.Company } e ? e.Canonical : null;
    }
}

/// <summary>A subject found before the predicate: an entity, or a pronoun or description (its lower-case words).</summary>
/// <param name="Entity">The entity, when the subject is one.</param>
/// <param name="Word">The pronoun or description in lower case, when the subject is one.</param>
/// <param name="Token">The subject's last token.</param>
internal readonly record struct SubjectRef(ClaimEntity? Entity, string? Word, int Token);
