namespace NewsFacts.Claims;

/// <summary>
/// Decides how firmly a claim is asserted, from the cues in the words before the figure and its predicate: a negation
/// (not one before an embedded question: "did not say why 2,000 staff were sent home"),
/// hearsay ("reportedly", "according to"), a condition (not one inside a definite phrase that takes its figure as given),
/// a possibility, a plan or a promise verb (conditional when a condition follows the plan in its clause: "would be
/// extended by 48 hours unless ..."); else asserted.
/// </summary>
internal static class ModalityReader
{
    /// <summary>The modality of the claim read in <paramref name="context"/>.</summary>
    public static Modality Read(ClaimContext context) =>
        FindModality(context.Document, context.QFirst, context.PredicateAt, context.ClauseFirst, context.First, context.Last, context.Speech, context.Predicate);

    private static Modality FindModality(ClaimDocument doc, int qFirst, int predicateAt, int clauseFirst, int first, int last, ReportedSpeaker? speech, Predicate predicate)
    {
        var from = Math.Max(clauseFirst, qFirst - ClaimDocument.Reach);
        var to = Math.Max(qFirst, predicateAt + 1);
        bool Has(string role) => doc.HasCue(role, from, to);

        // "did not say why 2,000 staff were sent home": a negation before a question's clause is of the saying, not of its figure
        var question = QuestionOpener(doc, from, qFirst);
        if (question < 0 ? Has("negation") : doc.HasCue("negation", question + 1, to))
        {
            return Modality.Negated;
        }

        if (speech is { Hearsay: true } || Has("reported"))
        {
            return Modality.Reported;
        }

        if (Has("conditional") && !InDefinitePhrase(doc, qFirst, from))
        {
            return Modality.Conditional;
        }

        if (Has("possible"))
        {
            return Modality.Possible;
        }

        if (!Has("planned") && predicate.Class != PredicateClass.Commit)
        {
            return Modality.Asserted;
        }

        // "would be extended by 48 hours unless employers improve their offer": a plan with its condition after it, in its clause
        var end = Math.Max(qFirst, predicateAt) + 1;
        while (end < last && end - qFirst <= ClaimDocument.Reach && doc.Tokens[end].Text is not ("," or ";" or ":") && !ClaimDocument.IsBoundary(doc.Tokens[end]))
        {
            end++;
        }

        return doc.HasCue("conditional", Math.Max(qFirst, predicateAt) + 1, end) ? Modality.Conditional : Modality.Planned;
    }

    /// <summary>
    /// The last word in tokens <c>[from, to)</c> that opens an embedded question ("why", "whether", "how", "when",
    /// "where", "what", "who"; "did not say why ...", "would not confirm whether ..."), else -1. The figure after it is
    /// the question's, which a negation of the verb before it does not deny.
    /// </summary>
    internal static int QuestionOpener(ClaimDocument doc, int from, int to)
    {
        for (var k = to - 1; k >= from && k >= 0; k--)
        {
            if (doc.Tokens[k].Lower is "why" or "whether" or "how" or "when" or "where" or "what" or "who")
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the figure stands inside a definite noun phrase that opens after <paramref name="from"/> ("that blows the
    /// reported $160 million offers out of the water", "its 5,000-strong staff"): such a phrase takes its figure as
    /// given, so a condition in the sentence does not make the figure conditional. Only participles, hyphenated
    /// modifiers and commas may stand between the determiner and the figure ("the city $5 billion" is two phrases).
    /// </summary>
    private static bool InDefinitePhrase(ClaimDocument doc, int qFirst, int from)
    {
        for (var k = qFirst - 1; k >= from && qFirst - k <= 4; k--)
        {
            var t = doc.Tokens[k];
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
}
