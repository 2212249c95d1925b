namespace NewsFacts.Claims;

/// <summary>Decides a claim's date: the date nearest its figure in the sentence, on the figure's side of any clause break.</summary>
internal static class DateReader
{
    /// <summary>
    /// The date nearest the figure in its sentence, leaving out a date that another clause holds: "has flown four
    /// divers in, and three landed on Friday" dates the three, not the four; "52,000 claims this year, against 1.3
    /// million in 2022" dates each figure by its own side; nor a date before a relative clause that holds the figure
    /// (<see cref="RelativeClauseBetween"/>).
    /// </summary>
    internal static DateMention? NearestDate(ClaimDocument doc, TextSpan sentence, TextSpan q) =>
        doc.Inside(doc.Dates, d => d.Span, sentence)
            .Where(d => !ClauseBreakBetween(doc, d.Span.End <= q.Start ? d.Span.End : q.End, d.Span.End <= q.Start ? q.Start : d.Span.Start))
            .Where(d => !(d.Span.End <= q.Start && RelativeClauseBetween(doc, d.Span.End, q.Start)))
            .OrderBy(d => d.Span.End <= q.Start ? q.Start - d.Span.End : Math.Max(0, d.Span.Start - q.End))
            .FirstOrDefault();

    /// <summary>
    /// Whether a new clause opens between two offsets: a semicolon, a comma before "against", or a comma before "and",
    /// "but", "while" or "whereas" that opens a clause with its own verb ("..., and two arrived on Monday"); a list that
    /// shares one verb ("recorded 48C in one town, and 46C in another on Tuesday") shares its date.
    /// </summary>
    private static bool ClauseBreakBetween(ClaimDocument doc, int from, int to)
    {
        for (var i = from; i < to && i < doc.Text.Length; i++)
        {
            if (doc.Text[i] == ';')
            {
                return true;
            }

            if (doc.Text[i] != ',')
            {
                continue;
            }

            var rest = doc.Text.AsSpan(i + 1, Math.Min(to, doc.Text.Length) - i - 1).TrimStart();
            foreach (var word in ClauseOpeners)
            {
                if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase) && rest.Length > word.Length && !char.IsLetter(rest[word.Length])
                    && (word == "against" || HasVerb(doc, i + 1, to)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a relative clause with its own verb opens between a date and the figure after it ("handed out blankets on
    /// Monday to survivors of a quake that killed 10 people"): the figure is the clause's, told of something else than
    /// what the date dates; "that" right after the date or a verb opens what was said ("said on Monday that it has sent 10
    /// trucks"), not a relative clause.
    /// </summary>
    internal static bool RelativeClauseBetween(ClaimDocument doc, int from, int to)
    {
        for (var k = doc.LowerBound(from); k < doc.Tokens.Count && doc.Tokens[k].End <= to; k++)
        {
            // "that" is relative after a noun of its own ("a flood that destroyed"), not right after the date or a verb,
            // where it opens what was said ("announced on March 3 that it is providing vaccines to 69 countries")
            var relative = doc.Tokens[k].Lower is "which" or "who"
                || doc.Tokens[k].Lower == "that" && k - 1 >= 0 && doc.Tokens[k - 1].Start >= from && doc.Tokens[k - 1].IsWord && !IsVerbOfThat(doc, k - 1);
            if (relative && HasVerb(doc, doc.Tokens[k].End, to))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word before "that" is a verb that "that" completes ("announced that", "says that", "hopes that").</summary>
    private static bool IsVerbOfThat(ClaimDocument doc, int k) =>
        doc.VerbAt(k) is not null || doc.Tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal) || VerbsBeforeThat.Contains(doc.Tokens[k].Lower);

    private static readonly HashSet<string> VerbsBeforeThat = new(["says", "say", "adds", "warns", "notes", "claims", "insists", "argues", "believes", "thinks", "knows", "hopes", "fears", "expects", "estimates", "reports", "announces", "confirms", "states", "told", "said", "shows", "show", "means", "suggests"], StringComparer.Ordinal);

    private static bool HasVerb(ClaimDocument doc, int from, int to)
    {
        for (var k = doc.LowerBound(from); k < doc.Tokens.Count && doc.Tokens[k].Start < to; k++)
        {
            if (doc.VerbAt(k) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ClauseOpeners = ["and", "but", "while", "whereas", "against"];
}
