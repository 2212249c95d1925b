using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace NewsFacts.Claims;

/// <summary>
/// Follows a bare description that speaks ("the bank said", "the ministry said") back to the body the article described
/// before it in lower case: "Chile's central bank", "the agriculture ministry", or the ministry of a minister it titled
/// ("Agriculture Minister A B" is the agriculture ministry's). Named bodies ("Central Bank of Chile") are followed by
/// <see cref="Recognition.NamedBodies"/>; this reader serves the descriptions news writes without capitals.
/// </summary>
internal static partial class DescribedBodies
{
    /// <summary>How far back a description is followed, in characters.</summary>
    private const int LookBack = 4000;

    /// <summary>Modifiers that say nothing of which body it is ("the same bank", "the new ministry").</summary>
    private static readonly HashSet<string> Empty = new(["same", "other", "new", "old", "whole", "first", "second", "last", "next", "former", "very", "own", "said", "rival"], StringComparer.Ordinal);

    /// <summary>Title words before "Minister" that name no ministry ("Prime Minister", "Deputy Minister").</summary>
    private static readonly HashSet<string> NoMinistry = new(["Prime", "Deputy", "Vice", "Chief", "First", "Junior", "State", "Cabinet", "Former"], StringComparer.Ordinal);

    /// <summary>Descriptions of a company that follow the company the previous sentence is about ("The company produced ...").</summary>
    private static readonly HashSet<string> CompanyHeads = new(["company", "firm", "miner", "producer", "insurer", "airline", "carrier", "shipowner", "operator"], StringComparer.Ordinal);

    /// <summary>How many sentences back the company a description follows is looked for.</summary>
    private const int TopicSentences = 3;

    /// <summary>Words that make a name no company's ("Ministry", "Authority", "Union"): a body of another kind.</summary>
    private static readonly HashSet<string> NoCompany = new(["Ministry", "Department", "Bureau", "Agency", "Authority", "Institute", "Instituto", "University", "Commission", "Council", "Board",
        "Union", "Federation", "Association", "Court", "Service", "Executive", "Army", "Navy", "Guard", "Police", "Government", "Parliament", "Senate", "Committee", "Fund", "Organization",
        "Organisation", "Office", "Act"], StringComparer.Ordinal);

    /// <summary>
    /// "The company" opening a sentence after "Corvane's shares fell 4% ...": the company the previous sentence is about,
    /// its first company named there that no preposition governs ("Corvane Copper, a unit of Tessel Holdings, said": Corvane,
    /// not its parent), short forms included ("Corvane" is Corvane Copper); null when the previous sentence names no company.
    /// </summary>
    public static string? Topic(ClaimDocument doc, int k)
    {
        if (k < 1 || doc.Tokens[k - 1].Lower != "the" || !CompanyHeads.Contains(doc.Tokens[k].Lower) || !doc.IsSentenceOpening(k - 1)
            || doc.Document.Segmentation.SentenceIndexAt(doc.Tokens[k].Start) is not (var index and > 0))
        {
            return null;
        }

        // the nearest of the last few sentences that names anything (a quotation between names no one)
        var referents = NamedReferents.In(doc.Text).Mentions().Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = index - 1; i >= 0 && index - i <= TopicSentences; i--)
        {
            var named = doc.Inside(doc.Entities, e => e.Span, doc.Document.Segmentation.Sentences[i]).ToList();
            foreach (var e in named)
            {
                var start = doc.TokenAt(e.Span.Start, 0, doc.Tokens.Count);
                if (e.Kind is EntityKind.Company or EntityKind.Body && !doc.GovernedByPreposition(start) && !e.Canonical.Split(' ').Any(NoCompany.Contains)
                    && !referents.Contains(e.Canonical) && !CountryRecognizer.Default.Recognize(e.Canonical).Any())
                {
                    return e.Canonical;
                }
            }

            if (named.Count > 0)
            {
                return null; // the sentence before is about someone else
            }
        }

        return null;
    }

    /// <summary>
    /// "Corvane chief executive Ana Ruiz said there would be no job cuts for two years, but 200 posts could go": a speaker
    /// titled by a company ("Corvane chief executive", lower-case title words between) who says what there will be speaks
    /// of the company's own act, so a figure of the reported words that no subject names is the company's. Null when the
    /// reported words do not open with "there" or the speaker is titled by no company.
    /// </summary>
    public static string? ExecutiveBody(ClaimContext context)
    {
        var doc = context.Document;
        if (context.Speech is not { } speech || context.Quote is not null || speech.Verb + 2 >= context.QFirst || speech.Subject.End > doc.Tokens[speech.Verb].Start)
        {
            return null;
        }

        var opens = doc.Tokens[speech.Verb + 1].Lower == "that" ? speech.Verb + 2 : speech.Verb + 1;
        if (doc.Tokens[opens].Lower != "there")
        {
            return null;
        }

        var (first, last) = doc.TokenRange(speech.Subject);
        for (var k = first; k < last; k++)
        {
            if (doc.EntityEndingAt(k) is { Kind: EntityKind.Company or EntityKind.Body } body && (k + 1 >= last || doc.EntityEndingAt(k + 1) != body))
            {
                var titled = k + 1;
                while (titled < last && doc.Tokens[titled].IsWord && !doc.Tokens[titled].IsCapitalized && titled - k <= 3)
                {
                    titled++;
                }

                return titled > k + 1 && titled < last && doc.Tokens[titled].IsCapitalized && !body.Canonical.Split(' ').Any(NoCompany.Contains) ? body.Canonical : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The body a bare <paramref name="head"/> ("bank", "ministry") stands for at <paramref name="at"/>: the last lower-case
    /// description of that kind of body before it ("Chile's central bank", "agriculture ministry"), else null.
    /// </summary>
    public static string? Before(string text, string head, int at)
    {
        if (head.Length < 3 || !head.All(char.IsLower) || at <= 0)
        {
            return null;
        }

        at = Math.Min(at, text.Length);
        var from = Math.Max(0, at - LookBack);
        var candidates = Candidates(text, head);

        // The last description that lies wholly within the look-back before the speaker (candidates are in text order).
        var k = UpperBound(candidates, at) - 1;
        while (k >= 0 && candidates[k].End > at)
        {
            k--;
        }

        return k >= 0 && candidates[k].Index >= from ? candidates[k].Body : null;
    }

    /// <summary>The first candidate whose start is at or after <paramref name="at"/>.</summary>
    private static int UpperBound(List<(int Index, int End, string Body)> candidates, int at)
    {
        var (lo, hi) = (0, candidates.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (candidates[mid].Index < at)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The descriptions found in each text, by head, read once per text and head.</summary>
    private static readonly ConditionalWeakTable<string, ConcurrentDictionary<string, List<(int Index, int End, string Body)>>> ByText = [];

    /// <summary>Every description of a <paramref name="head"/> body in <paramref name="text"/>, in text order.</summary>
    private static List<(int Index, int End, string Body)> Candidates(string text, string head) =>
        ByText.GetValue(text, _ => new(StringComparer.Ordinal)).GetOrAdd(head, h => Find(text, h));

    private static List<(int Index, int End, string Body)> Find(string text, string head)
    {
        var found = new List<(int Index, int End, string Body)>();
        foreach (Match m in Described(head).Matches(text))
        {
            var modifiers = m.Groups["mods"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (modifiers.Any(Empty.Contains) || (modifiers.Length == 0 && !m.Groups["owner"].Success))
            {
                continue;
            }

            var owner = m.Groups["owner"].Success ? m.Groups["owner"].Value + "'s " : string.Empty;
            found.Add((m.Index, m.Index + m.Length, owner + string.Join(' ', [.. modifiers, head])));
        }

        if (head == "ministry")
        {
            // "Agriculture Minister A B" is the agriculture ministry's; at one start, a titled minister is read after a description.
            foreach (Match m in TitledMinister().Matches(text))
            {
                var portfolio = m.Groups["portfolio"].Value;
                if (!NoMinistry.Contains(portfolio))
                {
                    found.Add((m.Index, m.Index + m.Length, portfolio.ToLowerInvariant() + " ministry"));
                }
            }

            found = [.. found.OrderBy(c => c.Index)];
        }

        return found;
    }

    private static readonly ConcurrentDictionary<string, Regex> ByHead = new(StringComparer.Ordinal);

    // "Chile's central bank", "the agriculture ministry", "the state health department": an owner's possessive or "the", up
    // to two lower-case modifiers, the body word, not itself a possessive ("the bank's board").
    private static Regex Described(string head) => ByHead.GetOrAdd(head, h => new Regex(
        @"(?:\b(?<owner>\p{Lu}[\p{L}\-]+)(?:'s|\u2019s)\s+|\b[Tt]he\s+)(?<mods>(?:\p{Ll}[\p{Ll}\-]*\s+){0,2}?)" + Regex.Escape(h) + @"\b(?!['\u2019]s)",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));

    // "Agriculture Minister Samir Oukil", "Finance Minister" before a capitalized name.
    [GeneratedRegex(@"\b(?<portfolio>\p{Lu}\p{Ll}+)\s+Minister\s+\p{Lu}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TitledMinister();
}
