using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace NewsFacts.Claims;

/// <summary>
/// Names news gives a vessel, a port or a criminal group, and the descriptions a reader follows back to them:
/// <list type="bullet">
/// <item>a vessel is named by a ship's prefix ("the MT Corvan Bay") or after a vessel noun ("the tanker Corvan Bay"); its
/// name is an entity wherever it is written, and "the tanker", "the ship" stand for the last vessel named;</item>
/// <item>a port is named "the port of Veldhaven"; "the port" stands for it, and its city as the subject of a verb of a
/// port's traffic ("Veldhaven handled 9 million TEU") is the port;</item>
/// <item>a criminal group is named by a phrase that introduces it ("a ransomware gang called Tarrow", "the intruders, a
/// crew that calls itself Tarrow", "the Tarrow gang"); when the article names one such group, "the gang", "the attackers" and
/// "the hackers" written after it stand for it (not before: a claim given the group's name where another outlet leaves the
/// group unnamed weighs the name in its words and no longer aligns);</item>
/// <item>a body described and named between commas ("The employers' association, Vosmer,") is named wherever written,
/// and "the employers" after it stand for it;</item>
/// <item>"the board", where the article names no board, is the bank's or company's named before it ("the board would add 25
/// basis points" is the central bank's act).</item>
/// </list>
/// Read once per text; lexicon: <c>Data/claim-referents.tsv</c>.
/// </summary>
internal sealed partial class NamedReferents
{
    private static readonly ConditionalWeakTable<string, NamedReferents> ByText = [];

    private static readonly Lazy<Dictionary<string, HashSet<string>>> Words = new(() =>
        Data.Lexicon.Rows("claim-referents.tsv").Where(r => r.Length >= 2).GroupBy(r => r[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r[1]).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));

    private static HashSet<string> Of(string kind) => Words.Value.TryGetValue(kind, out var set) ? set : [];

    private static string Alternatives(string kind) => string.Join('|', Of(kind).OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));

    /// <summary>Capitalized words that are no part of a vessel's or group's name ("the ship Monday").</summary>
    private static readonly HashSet<string> NotNames = new(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December", "The", "A", "An", "It", "He", "She", "They", "We", "I", "In", "On", "At"], StringComparer.Ordinal);

    private readonly List<(TextSpan Span, string Name)> _vessels = [];
    private readonly List<(int At, string Name)> _ports = [];
    private readonly Dictionary<string, string> _portCities = new(StringComparer.Ordinal);
    private readonly List<(TextSpan Span, string Name)> _gangMentions = [];
    private readonly List<(TextSpan Span, string Name)> _appositionMentions = [];
    private readonly List<(int At, string Members, string Name)> _appositions = [];

    /// <summary>The one criminal group the article names, or null (none, or more than one).</summary>
    public string? Gang { get; }

    /// <summary>Where the article first introduces <see cref="Gang"/>: a description stands for it only after that.</summary>
    private readonly int _gangAt;

    private NamedReferents(string text)
    {
        FindVessels(text);
        foreach (Match m in Port().Matches(text))
        {
            var city = m.Groups["city"].Value;
            if (CountryRecognizer.Default.Recognize(city).Any(c => c.Span.Length == city.Length))
            {
                continue; // "Port of Spain" is a city, not Spain's port
            }

            var name = "Port of " + city;
            _ports.Add((m.Index, name));
            _portCities.TryAdd(city, name);
        }

        FindAppositions(text);
        var gangs = FindGangs(text);
        if (gangs.Count == 1)
        {
            (Gang, _gangAt) = gangs.First();
            foreach (var span in Occurrences(text, Gang))
            {
                _gangMentions.Add((span, Gang));
            }
        }
    }

    /// <summary>The names found in <paramref name="text"/>, read once per text.</summary>
    public static NamedReferents In(string text) => ByText.GetValue(text, t => new NamedReferents(t));

    /// <summary>Where the article writes a vessel's or the criminal group's name (with the prefix or vessel noun that names it), in text order.</summary>
    public IEnumerable<(TextSpan Span, string Name)> Mentions() => _vessels.Concat(_gangMentions).Concat(_appositionMentions).OrderBy(m => m.Span.Start);

    /// <summary>
    /// The named thing a description ending at token <paramref name="k"/> stands for ("the tanker", "the port", "the gang"),
    /// as an entity over the description; null when the words are no such description or nothing of its kind is named.
    /// </summary>
    public static ClaimEntity? DescribedAt(ClaimDocument doc, int k)
    {
        if (k < 1 || doc.Tokens[k - 1].Lower != "the" || !doc.Tokens[k].IsWord || doc.Tokens[k].IsCapitalized && !doc.IsSentenceOpening(k)
            || k + 1 < doc.Tokens.Count && doc.Tokens[k + 1].Text is "'s" or "\u2019s")
        {
            return null;
        }

        var referents = In(doc.Text);
        var word = doc.Tokens[k].Lower;
        var at = doc.Tokens[k - 1].Start;
        var name = Of("vessel-noun").Contains(word) ? referents.Before(referents._vessels.Select(v => (v.Span.Start, v.Name)), at)
            : word == "port" ? referents.Before(referents._ports, at)
            : Of("gang-noun").Contains(word) ? referents.GangAt(at)
            : referents._appositions.LastOrDefault(a => a.At < at && a.Members == word).Name is { } body ? body
            : word == "board" && doc.Bodies.DescribedBody("the board", at) is null ? doc.Bodies.DescribedBody("the bank", at) ?? doc.Bodies.DescribedBody("the company", at)
            : null;
        return name is null ? null : new ClaimEntity(new TextSpan(at, doc.Tokens[k].End), name, EntityKind.Body);
    }

    /// <summary>
    /// "Veldhaven handled 9 million TEU": a port city of the article (named in "the port of Veldhaven") at token
    /// <paramref name="k"/>, right before a verb of a port's traffic, as the port; null otherwise.
    /// </summary>
    public static ClaimEntity? PortCityAt(ClaimDocument doc, int k)
    {
        if (k + 1 >= doc.Tokens.Count || !doc.Tokens[k].IsCapitalized || !Of("port-verb").Contains(doc.Tokens[k + 1].Lower)
            || !In(doc.Text)._portCities.TryGetValue(doc.Tokens[k].Text, out var port))
        {
            return null;
        }

        return new ClaimEntity(doc.Tokens[k].Span, port, EntityKind.Body);
    }

    /// <summary>
    /// Whether "they" at token <paramref name="k"/> follows, in its sentence, a noun phrase headed by a group noun ("This is
    /// a careful crew, and they had been in the servers"): it then stands for the criminal group the article names.
    /// </summary>
    public static string? GangBefore(ClaimDocument doc, int k)
    {
        if (In(doc.Text).GangAt(doc.Tokens[k].Start) is not { } gang || doc.Tokens[k].Lower != "they")
        {
            return null;
        }

        var heads = Of("gang-head");
        for (var j = k - 1; j >= 1 && k - j < 12; j--)
        {
            var t = doc.Tokens[j];
            if (t.Text is "." or "!" or "?")
            {
                break;
            }

            if (heads.Contains(t.Lower) && !t.IsCapitalized && doc.EntityAtToken[j] < 0 && doc.Tokens[j - 1].IsWord)
            {
                return gang;
            }
        }

        return null;
    }

    /// <summary>The last name written before <paramref name="at"/>, else the first written after it when the article names only one.</summary>
    private string? Before(IEnumerable<(int At, string Name)> names, int at)
    {
        var list = names.ToList();
        var before = list.LastOrDefault(n => n.At < at);
        if (before.Name is not null)
        {
            return before.Name;
        }

        return list.Select(n => n.Name).Distinct(StringComparer.Ordinal).Count() == 1 ? list[0].Name : null;
    }

    /// <summary>
    /// "The employers' association, Vosmer, is weighing": a body described and then named between commas is an entity
    /// wherever its name is written, and the members the description names in the possessive ("the employers") stand
    /// for it after that.
    /// </summary>
    private void FindAppositions(string text)
    {
        foreach (Match m in Apposition().Matches(text))
        {
            var name = m.Groups["name"].Value;
            if (SpeakerLexicon.FirstNames.ContainsKey(name.Split(' ')[0]) || NotNames.Contains(name) || CountryRecognizer.Default.Recognize(name).Any())
            {
                continue;
            }

            if (m.Groups["members"].Success)
            {
                _appositions.Add((m.Index, m.Groups["members"].Value, name));
            }

            foreach (var span in Occurrences(text, name))
            {
                if (!_appositionMentions.Exists(a => a.Span.Overlaps(span)))
                {
                    _appositionMentions.Add((span, name));
                }
            }
        }
    }

    private void FindVessels(string text)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var named = new List<(TextSpan Span, string Name)>();
        foreach (Match m in Prefixed().Matches(text))
        {
            if (Name(m.Groups["name"].Value) is { } name)
            {
                var full = m.Groups["prefix"].Value + " " + name;
                names.TryAdd(name, full);
                named.Add((new TextSpan(m.Index, m.Groups["name"].Index + name.Length), full));
            }
        }

        foreach (Match m in AfterNoun().Matches(text))
        {
            if (Name(m.Groups["name"].Value) is { } name && !named.Any(n => n.Span.Overlaps(new TextSpan(m.Index, m.Index + m.Length))))
            {
                names.TryAdd(name, name);
                named.Add((new TextSpan(m.Index, m.Groups["name"].Index + name.Length), names[name]));
            }
        }

        // every other place the name stands alone ("the Corvan Bay", "Corvan Bay's crew")
        foreach (var (name, full) in names)
        {
            foreach (var span in Occurrences(text, name))
            {
                if (!named.Any(n => n.Span.Overlaps(span)))
                {
                    named.Add((span, full));
                }
            }
        }

        _vessels.AddRange(named.OrderBy(n => n.Span.Start));
    }

    /// <summary>The capitalized words of a name up to the first that is no name's ("Corvan Bay" of "Corvan Bay Monday"), or null.</summary>
    private static string? Name(string words)
    {
        var kept = words.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(w => !NotNames.Contains(w)).ToArray();
        var name = string.Join(' ', kept);
        return kept.Length == 0 || CountryRecognizer.Default.Recognize(name).Any(c => c.Span.Length == name.Length) ? null : name;
    }

    /// <summary>The criminal group introduced before <paramref name="at"/>, or null.</summary>
    private string? GangAt(int at) => Gang is not null && _gangAt < at ? Gang : null;

    /// <summary>Each criminal group a phrase introduces, with where it is first introduced.</summary>
    private static Dictionary<string, int> FindGangs(string text)
    {
        var gangs = new Dictionary<string, int>(StringComparer.Ordinal);
        var cues = Of("gang-cue");
        var nouns = Of("gang-noun");
        foreach (Match m in Introduced().Matches(text))
        {
            var modifiers = m.Groups["mods"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var before = text[Math.Max(0, m.Index - 20)..m.Index].TrimEnd().TrimEnd(',').Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
            var criminal = m.Groups["head"].Value == "gang" || modifiers.Any(cues.Contains) || nouns.Contains(before.ToLowerInvariant()) && text[..m.Index].TrimEnd().EndsWith(',');
            if (criminal && Name(m.Groups["name"].Value) is { } name)
            {
                gangs[name] = Math.Min(gangs.GetValueOrDefault(name, m.Index), m.Index);
            }
        }

        foreach (Match m in NamedGang().Matches(text))
        {
            if (Name(m.Groups["name"].Value) is { } name)
            {
                gangs[name] = Math.Min(gangs.GetValueOrDefault(name, m.Index), m.Index);
            }
        }

        return gangs;
    }

    /// <summary>Every place <paramref name="name"/> is written as whole words.</summary>
    private static IEnumerable<TextSpan> Occurrences(string text, string name)
    {
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
        {
            var end = i + name.Length;
            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end])))
            {
                yield return new TextSpan(i, end);
            }
        }
    }

    private const string NameWords = @"\p{Lu}[\p{L}\d\-]*(?: \p{Lu}[\p{L}\d\-]*){0,2}";

    private static readonly Lazy<Regex> PrefixedRegex = new(() => new Regex(@"\b(?<prefix>" + Alternatives("vessel-prefix") + @") (?<name>" + NameWords + ")",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));

    private static readonly Lazy<Regex> AfterNounRegex = new(() => new Regex(@"\b[Tt]he (?:\p{Ll}[\p{Ll}\-]* ){0,2}(?:" + Alternatives("vessel-noun") + @") (?<name>" + NameWords + ")",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));

    private static readonly Lazy<Regex> IntroducedRegex = new(() => new Regex(@"\b(?:[Aa]n?|[Tt]he) (?<mods>(?:\p{Ll}[\p{Ll}\-]* ){0,2})(?<head>" + Alternatives("gang-head") + @"),? (?:" + Alternatives("gang-naming") + @") (?<name>" + NameWords + ")",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));

    private static Regex Prefixed() => PrefixedRegex.Value;

    private static Regex AfterNoun() => AfterNounRegex.Value;

    private static Regex Introduced() => IntroducedRegex.Value;

    // "the port of Veldhaven", "the Port of Veldhaven" (not the authority's name, "Port of Veldhaven Authority", alone: it is read as the port too)
    [GeneratedRegex(@"\b[Pp]ort of (?<city>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Port();

    // "The employers' association, Vosmer,": a body's description, then its name between commas
    [GeneratedRegex(@"\b[Tt]he (?:(?<members>\p{Ll}+s)['\u2019] |\p{Ll}[\p{Ll}\-]* ){0,2}(?:association|federation|confederation|union|council|chamber|alliance|regulator|agency), (?<name>\p{Lu}[\p{L}\d&\-]*(?: \p{Lu}[\p{L}\d&\-]*){0,3}),", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Apposition();

    // "the Tarrow gang", "the Tarrow ransomware gang"
    [GeneratedRegex(@"\b[Tt]he (?<name>\p{Lu}[\p{L}\d\-]*(?: \p{Lu}[\p{L}\d\-]*)?) (?:\p{Ll}+ )?gang\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamedGang();
}
