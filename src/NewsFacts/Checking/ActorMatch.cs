using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace NewsFacts.Checking;

/// <summary>How two claims' roles (actors or recipients) of different outlets relate.</summary>
internal enum RoleMatch
{
    /// <summary>One side names no one: nothing says they differ, nothing that they agree.</summary>
    Unknown,

    /// <summary>One party under one name, whatever the case, accents, possessive or demonym ("Kenya's civil aviation authority", "Ghana Civil Aviation Authority", "Kenyan Civil Aviation Authority").</summary>
    Same,

    /// <summary>Names that may stand for one party: a short form ("Brackmoor", "Brackmoor Mining"), initials ("HSE"), or a country and a body named by it ("GH", "Ghana Civil Aviation Authority").</summary>
    Compatible,

    /// <summary>Two parties.</summary>
    Different,
}

/// <summary>
/// Decides whether two claim roles name the same party across outlets (<see cref="Compare"/>). Roles are the claim
/// stage's canonical forms: an ISO alpha-2 code for a country, else the name of a body, person or group. Outlets write
/// one body in several ways ("Kenya's civil aviation authority", "the Ghana Civil Aviation Authority", "KCAA"), and name
/// a national body where another names its country; those are one party or compatible, never two. A role missing on one
/// side is <see cref="RoleMatch.Unknown"/>, not a difference.
/// </summary>
internal static class ActorMatch
{
    /// <summary>Beyond this many names the folded forms are not kept (a pile of many stories stays in bounds).</summary>
    private const int CacheLimit = 20_000;

    private static readonly ConcurrentDictionary<string, Folded> Cache = new(StringComparer.Ordinal);

    /// <summary>How <paramref name="a"/> and <paramref name="b"/> relate.</summary>
    public static RoleMatch Compare(string? a, string? b)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
        {
            return RoleMatch.Unknown;
        }

        if (string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return RoleMatch.Same;
        }

        var (x, y) = (Fold(a), Fold(b));
        if (x.Key == y.Key)
        {
            return RoleMatch.Same;
        }

        if (x.Code is { } cx && y.Code is { } cy)
        {
            return cx == cy ? RoleMatch.Same : RoleMatch.Different;
        }

        // A country and a body its name holds ("KE" and "Ghana Civil Aviation Authority", "the Kenyan government").
        if (x.Code is { } code ? y.Countries.Contains(code) : y.Code is { } other && x.Countries.Contains(other))
        {
            return RoleMatch.Compatible;
        }

        // A group named by a common noun ("clean-up crews", "engineers") against anyone else: outlets word one group
        // differently, and nothing says the two differ.
        if (x.IsCommonGroup || y.IsCommonGroup)
        {
            return RoleMatch.Unknown;
        }

        if (x.Code is not null || y.Code is not null)
        {
            return RoleMatch.Different;
        }

        // A body's holders and the body, or two kinds of holders of one body ("Corvane shareholders", "Corvane Mining",
        // "Corvane investors"): a misread may name either, and nothing says they differ.
        var (ox, oy) = (x.Owner, y.Owner);
        if ((ox is not null || oy is not null) && OneName(ox ?? x, oy ?? y))
        {
            return RoleMatch.Unknown;
        }

        return Shortens(x, y) || Shortens(y, x) || Initials(x, y) || Initials(y, x) ? RoleMatch.Compatible : RoleMatch.Different;
    }

    /// <summary>Whether two names are one, a short form or initials of the other.</summary>
    private static bool OneName(Folded a, Folded b) => a.Key == b.Key || Shortens(a, b) || Shortens(b, a) || Initials(a, b) || Initials(b, a);

    /// <summary>Whether a role is a group named by a common noun only, with no name, code or country in it ("clean-up crews", "2019 attack").</summary>
    public static bool IsCommonGroup(string role) => !string.IsNullOrWhiteSpace(role) && Fold(role).IsCommonGroup;

    /// <summary>Whether the roles may be one party: <see cref="RoleMatch.Different"/> is the only answer that rules it out.</summary>
    public static bool MayBeOne(string? a, string? b) => Compare(a, b) != RoleMatch.Different;

    /// <summary>
    /// Every word of the shorter is a word of the longer, and one of them is a name's ("Brackmoor" of "Brackmoor Mining",
    /// not "group" of "combined group"): outlets shorten names.
    /// </summary>
    private static bool Shortens(Folded shorter, Folded longer) =>
        shorter.Words.Length < longer.Words.Length && shorter.Words.All(w => longer.Words.Contains(w, StringComparer.Ordinal))
        && shorter.Named.Any(w => w.Length > 3);

    /// <summary>"HSE" and "Health Service Executive": a written acronym of the other's capitalized words.</summary>
    private static bool Initials(Folded acronym, Folded name) =>
        acronym.Acronym is { } letters && name.Named.Length >= 2 && string.Concat(name.Named.Select(w => w[0])) == letters;

    private static Folded Fold(string name)
    {
        if (Cache.TryGetValue(name, out var folded))
        {
            return folded;
        }

        folded = Folded.Of(name);
        if (Cache.Count < CacheLimit)
        {
            Cache.TryAdd(name, folded);
        }

        return folded;
    }

    /// <summary>
    /// A role in comparable form: <paramref name="Key"/> its words in lower case without accents, possessives, "the" or
    /// punctuation, each country name or demonym replaced by its code; <paramref name="Words"/> those words;
    /// <paramref name="Named"/> the words written capitalized; <paramref name="Code"/> the code when the role is a country;
    /// <paramref name="Countries"/> the codes its name holds; <paramref name="Acronym"/> the role when it is written in
    /// capitals only ("HSE"), in lower case.
    /// </summary>
    private sealed record Folded(string Key, string[] Words, string[] Named, string? Code, HashSet<string> Countries, string? Acronym)
    {
        /// <summary>A group named by a common noun only: no name, code or country in it, a noun last ("clean-up crews", "2017 flood", "board"; not "of").</summary>
        public bool IsCommonGroup => Code is null && Named.Length == 0 && Countries.Count == 0 && Words.Length > 0 && Words[^1].Any(char.IsLetter) && !CheckLexicon.IsStopWord(Words[^1]);

        /// <summary>
        /// The body whose holders the role names (<see cref="Claims.GroupActors.IsHolder"/>), its name without them
        /// ("Corvane" of "Corvane shareholders"); null for any other role, and for one that holds a country.
        /// </summary>
        public Folded? Owner => Code is null && Countries.Count == 0 && Words.Length >= 2 && Claims.GroupActors.IsHolder(Words[^1]) && Named.Length > 0 && !Named.Contains(Words[^1], StringComparer.Ordinal)
            ? new Folded(string.Join(' ', Words[..^1]), Words[..^1], Named, null, Countries, null)
            : null;

        public static Folded Of(string name)
        {
            var trimmed = name.Trim();
            var lexicon = CountryLexicon.Instance;
            if (trimmed.Length == 2 && trimmed.All(char.IsAsciiLetterUpper) && lexicon.Codes.Contains(trimmed))
            {
                return new Folded(trimmed, [trimmed], [], trimmed, [trimmed], null);
            }

            var countries = new HashSet<string>(StringComparer.Ordinal);
            var words = new List<string>();
            var named = new List<string>();
            var i = 0;
            while (i < trimmed.Length)
            {
                if (!char.IsLetterOrDigit(trimmed[i]))
                {
                    i++;
                    continue;
                }

                if (CountryAt(trimmed, i, lexicon) is { } country)
                {
                    countries.Add(country.Code!);
                    words.Add(country.Code!);
                    named.Add(country.Code!.ToLowerInvariant());
                    i += country.Text.Length;
                    i = SkipPossessive(trimmed, i);
                    continue;
                }

                var end = i;
                while (end < trimmed.Length && (char.IsLetterOrDigit(trimmed[end]) || trimmed[end] == '-' && end + 1 < trimmed.Length && char.IsLetterOrDigit(trimmed[end + 1])))
                {
                    end++;
                }

                var word = Plain(trimmed[i..end]);
                if (word != "the")
                {
                    words.Add(word);
                    if (char.IsUpper(trimmed[i]))
                    {
                        named.Add(word);
                    }
                }

                i = SkipPossessive(trimmed, end);
            }

            var acronym = trimmed.Length is >= 2 and <= 8 && trimmed.All(char.IsAsciiLetterUpper) ? trimmed.ToLowerInvariant() : null;
            return new Folded(string.Join(' ', words), [.. words], [.. named], null, countries, acronym);
        }

        /// <summary>A country's name or demonym written whole at <paramref name="i"/> (not a capital: "Nairobi Port" is a place's).</summary>
        private static CountryForm? CountryAt(string text, int i, CountryLexicon lexicon)
        {
            if (!char.IsUpper(text[i]))
            {
                return null;
            }

            var wordEnd = i;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            foreach (var form in lexicon.FormsStartingWith(text.AsSpan(i, wordEnd - i)))
            {
                var end = i + form.Text.Length;
                if (form.Code is not null && form.Kind != CountryMentionKind.Metonym && text.AsSpan(i).StartsWith(form.Text, StringComparison.Ordinal)
                    && (end >= text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    return form;
                }
            }

            return null;
        }

        private static int SkipPossessive(string text, int i) =>
            i + 1 < text.Length && text[i] is '\'' or '\u2019' && text[i + 1] is 's' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])) ? i + 2
            : i < text.Length && text[i] is '\'' or '\u2019' ? i + 1
            : i;

        /// <summary>A word in lower case without accents (by table: normalization forms are not available under invariant globalization).</summary>
        private static string Plain(string word)
        {
            var plain = new StringBuilder(word.Length);
            foreach (var c in word)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    plain.Append(char.ToLowerInvariant(SpeakerMatcher.Unaccented(c)));
                }
            }

            return plain.ToString();
        }
    }
}
