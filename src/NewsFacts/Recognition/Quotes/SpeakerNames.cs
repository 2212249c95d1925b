using System.Runtime.CompilerServices;

namespace NewsFacts.Recognition;

/// <summary>The lexicons of attribution: reporting verbs, titles, pronouns, first names (all in <c>Data/quote-*.tsv</c>).</summary>
internal static class SpeakerLexicon
{
    /// <summary>Reporting verb form → (lemma, kind: speech, hearsay or label).</summary>
    public static Dictionary<string, (string Lemma, string Kind)> Verbs => Lexicon.Cached("quote-verbs", LoadVerbs, BuiltInVerbs);

    /// <summary>Reporting verb forms that are also plural nouns ("reports", "claims").</summary>
    public static HashSet<string> NounLikeVerbs => Lexicon.Cached("quote-noun-verbs", LoadNounLikeVerbs, BuiltInNounLikeVerbs);

    /// <summary>Title word → kind (title, modifier, honorific).</summary>
    public static readonly Dictionary<string, string> Titles = Load("quote-titles.tsv", r => r.Length > 1 ? r[1] : "title");

    /// <summary>Honorific → gender (M, F or -).</summary>
    public static readonly Dictionary<string, char> Honorifics = Lexicon.Rows("quote-titles.tsv")
        .Where(r => r.Length > 2 && r[1] == "honorific")
        .GroupBy(r => r[0], StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First()[2][0], StringComparer.OrdinalIgnoreCase);

    /// <summary>Subject pronoun → gender (M, F, P for plural, - unknown).</summary>
    public static readonly Dictionary<string, char> Pronouns = Load("quote-pronouns.tsv", r => r.Length > 1 ? r[1][0] : '-');

    /// <summary>First name → usual gender (M or F).</summary>
    public static readonly Dictionary<string, char> FirstNames = Load("quote-first-names.tsv", r => r.Length > 1 ? r[1][0] : '-');

    /// <summary>Capitalized words that are never part of a name (days, months, sentence openers).</summary>
    public static readonly HashSet<string> NotNames = Lexicon.Words("quote-not-names.tsv");

    private static readonly Lazy<Dictionary<string, (string Lemma, string Kind)>> BuiltInVerbs = new(LoadVerbs);

    private static readonly Lazy<HashSet<string>> BuiltInNounLikeVerbs = new(LoadNounLikeVerbs);

    public static bool IsTitle(string word) => Titles.TryGetValue(word, out var k) && k != "honorific";

    public static bool IsHonorific(string word) => Honorifics.ContainsKey(word);

    private static Dictionary<string, (string Lemma, string Kind)> LoadVerbs() => Load("quote-reporting-verbs.tsv", r => (r.Length > 1 ? r[1] : r[0], r.Length > 2 ? r[2] : "speech"));

    private static HashSet<string> LoadNounLikeVerbs() => new(Lexicon.Rows("quote-reporting-verbs.tsv").Where(r => r.Length > 3 && r[3] == "noun").Select(r => r[0]), StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, T> Load<T>(string file, Func<string[], T> value)
    {
        var d = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in Lexicon.Rows(file))
        {
            d.TryAdd(r[0], value(r));
        }

        return d;
    }
}

/// <summary>A person's name as the document writes it in full, with what is known of the person's gender.</summary>
internal sealed record PersonName(string Full, char Gender);

/// <summary>
/// The people a document names, for turning a surname ("Psaki") into the full name of its first full mention
/// ("Jen Psaki"), and for the gender a pronoun needs. Built once per document (cached) in one linear pass.
/// </summary>
internal sealed class NameIndex
{
    private static readonly ConditionalWeakTable<DocumentContext, NameIndex> Cache = [];
    private readonly Dictionary<string, PersonName> _bySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, char> _genderBySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(int Start, PersonName Person)> _mentions = [];

    private NameIndex(DocumentContext document)
    {
        var text = document.Text;
        foreach (var para in document.Segmentation.Paragraphs)
        {
            var words = Words.Scan(text, para.Start, para.End);
            var i = 0;
            while (i < words.Count)
            {
                if (!IsNameWord(text, words[i]))
                {
                    i++;
                    continue;
                }

                var j = i;
                while (j < words.Count && (IsNameWord(text, words[j]) || (j > i && ParticlesThenName(text, words, j))))
                {
                    j++;
                }

                Register(text, words, i, j);
                i = j;
            }
        }
    }

    /// <summary>The index of <paramref name="document"/>, built on first use.</summary>
    public static NameIndex Of(DocumentContext document) => Cache.GetValue(document, d => new NameIndex(d));

    /// <summary>Whether a token can belong to a name run: capitalized, not a title, not a day, month or opener.</summary>
    public static bool IsNameWord(string text, Word w)
    {
        if (!Words.IsCapitalized(text, w))
        {
            return IsParticleName(text, w);
        }

        var s = w.Of(text);
        return !SpeakerLexicon.NotNames.Contains(s) && !SpeakerLexicon.Titles.ContainsKey(s) && !SpeakerLexicon.Pronouns.ContainsKey(s) && char.IsLetter(s[0]);
    }

    /// <summary>A surname that opens with a lower-case particle and a hyphen: "al-Mansouri", "el-Amin", "bin-Talal".</summary>
    private static bool IsParticleName(string text, Word w)
    {
        if (w.Kind != WordKind.Word)
        {
            return false;
        }

        var s = text.AsSpan(w.Start, w.End - w.Start);
        var dash = s.IndexOf('-');
        return dash is >= 2 and <= 3 && dash + 2 < s.Length && char.IsUpper(s[dash + 1]) && char.IsLower(s[dash + 2])
            && NameParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s[..dash]);
    }

    private static readonly HashSet<string> NameParticles = new(["al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu", "abd"], StringComparer.Ordinal);

    /// <summary>The lower-case particles inside a name: "Carlos de la Cruz", "Mohammed bin Salman", "Ursula von der Leyen".</summary>
    private static readonly HashSet<string> InnerParticles = new(["de", "van", "von", "bin", "al", "da", "del", "la", "le", "di", "du", "der", "den", "ibn", "dos", "das", "ter"], StringComparer.Ordinal);

    /// <summary>Whether the token is a lower-case name particle ("de", "bin", "von").</summary>
    public static bool IsParticle(string text, Word w) =>
        w.Kind == WordKind.Word && InnerParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(w.Start, w.End - w.Start));

    /// <summary>Whether particles from <paramref name="j"/> lead to a name word: the run "Carlos de la Cruz" goes on over "de la".</summary>
    private static bool ParticlesThenName(string text, List<Word> words, int j)
    {
        var k = j;
        while (k < words.Count && k - j < 3 && IsParticle(text, words[k]))
        {
            k++;
        }

        return k > j && k < words.Count && Words.IsCapitalized(text, words[k]) && IsNameWord(text, words[k]);
    }

    private void Register(string text, List<Word> words, int from, int to)
    {
        // the honorific before the run gives the gender: "Mrs. Clinton"
        var gender = '-';
        if (from > 0 && SpeakerLexicon.Honorifics.TryGetValue(words[from - 1].Of(text), out var hg))
        {
            gender = hg;
        }

        var parts = new List<string>();
        for (var k = from; k < to; k++)
        {
            parts.Add(Possessive(words[k].Of(text)));
            if (text[words[k].End - 1] is '\u2019' or '\'' || words[k].Of(text).EndsWith("'s", StringComparison.Ordinal) || words[k].Of(text).EndsWith("\u2019s", StringComparison.Ordinal))
            {
                break;
            }
        }

        if (parts.Count == 0)
        {
            return;
        }

        var surname = parts[^1];
        if (parts.Count >= 2 && gender == '-' && SpeakerLexicon.FirstNames.TryGetValue(parts[0], out var fg))
        {
            gender = fg;
        }

        if (gender != '-')
        {
            _genderBySurname.TryAdd(surname, gender);
        }

        if (parts.Count >= 2 && parts.Count <= 4 && !parts.Any(p => p.Length > 1 && p.All(char.IsUpper) && p.Length > 3))
        {
            var person = new PersonName(string.Join(' ', parts), gender);
            _mentions.Add((words[from].Start, person));
            if (!_bySurname.TryAdd(surname, person) && !SpeakerLexicon.FirstNames.ContainsKey(_bySurname[surname].Full.Split(' ')[0]) && SpeakerLexicon.FirstNames.ContainsKey(parts[0]))
            {
                _bySurname[surname] = person; // "Understated Perez" in a headline yields to "Thomas Perez"
            }
        }
    }

    /// <summary>
    /// The last person named in full before <paramref name="at"/> whose gender fits <paramref name="gender"/> (M or F; a
    /// person of unknown gender fits either), for a possessive such as "his family"; null when none is named.
    /// </summary>
    public PersonName? LastPersonBefore(int at, char gender)
    {
        for (var i = Sorted.FirstFrom(_mentions, m => m.Start, at) - 1; i >= 0; i--)
        {
            var g = GenderOf(_mentions[i].Person.Full, _mentions[i].Person.Gender);
            if (g == gender || g == '-')
            {
                return _mentions[i].Person;
            }
        }

        return null;
    }

    /// <summary>The last person named in full before <paramref name="at"/> whose first name or honorific shows a person ("Jamie Rourke", not "South Carolina"), or null.</summary>
    public PersonName? LastPersonBefore(int at)
    {
        for (var i = Sorted.FirstFrom(_mentions, m => m.Start, at) - 1; i >= 0; i--)
        {
            var person = _mentions[i].Person;
            if (person.Gender != '-' || SpeakerLexicon.FirstNames.ContainsKey(person.Full.Split(' ')[0]))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>"Biden's" → "Biden".</summary>
    public static string Possessive(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.TrimEnd('\'', '\u2019');
    }

    /// <summary>The canonical full name for a name as written: the first full mention that ends with its surname, else the name itself.</summary>
    public string Canonical(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return name;
        }

        if (parts.Length == 1 && _bySurname.TryGetValue(parts[0], out var full))
        {
            return full.Full;
        }

        // "de la Cruz", "bin Salman": a surname with its particles is the surname
        if (parts.Length > 1 && parts[..^1].All(p => InnerParticles.Contains(p)) && _bySurname.TryGetValue(parts[^1], out var withParticles)
            && withParticles.Full.EndsWith(name, StringComparison.Ordinal))
        {
            return withParticles.Full;
        }

        return name;
    }

    /// <summary>The gender known for the person with this (full or last) name: M, F or '-'.</summary>
    public char GenderOf(string name, char writtenGender = '-')
    {
        if (writtenGender != '-')
        {
            return writtenGender;
        }

        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return '-';
        }

        if (_genderBySurname.TryGetValue(parts[^1], out var g))
        {
            return g;
        }

        return parts.Length >= 2 && SpeakerLexicon.FirstNames.TryGetValue(parts[0], out var f) ? f : '-';
    }
}
