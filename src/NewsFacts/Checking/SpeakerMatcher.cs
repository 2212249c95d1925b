using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsFacts.Checking;

/// <summary>
/// Tells whether two attributions name the same speaker: the same name up to case and accents, one name within
/// the other ("Psaki" and "Jen Psaki"), a country and an official body of it ("China" and "the Chinese Foreign
/// Ministry"; "the US" and "the White House"), or a body and a body under it (a government and its ministries). A
/// person and an institution are different speakers, and so are two bodies of one country ("the State Department" and
/// "the White House").
/// </summary>
internal sealed class SpeakerMatcher
{
    private readonly Func<string, IReadOnlyList<CountryMention>> _countries;
    private readonly Dictionary<string, (string? Whole, HashSet<string> Mentioned)> _cache = new(StringComparer.Ordinal);

    /// <param name="countries">Finds the country mentions in a speaker's name; by default <see cref="CountryRecognizer"/>.</param>
    public SpeakerMatcher(Func<string, IReadOnlyList<CountryMention>>? countries = null) =>
        _countries = countries ?? (s => CountryRecognizer.Default.Recognize(s));

    // Folding accents by table: normalization forms are not available under invariant globalization.
    private const string Accented = "ÀÁÂÃÄÅàáâãäåÇçĆćČčÈÉÊËèéêëĘęĚěÌÍÎÏìíîïŁłÑñŃńŇňÒÓÔÕÖØòóôõöøŐőŘřŚśŠšŞşȘșŢţȚțÙÚÛÜùúûüŮůŰűÝýÿŹźŻżŽžĞğİı";
    private const string Plain = "AAAAAAaaaaaaCcCcCcEEEEeeeeEeEeIIIIiiiiLlNnNnNnOOOOOOooooooOoRrSsSsSsSsTtTtUUUUuuuuUuUuYyyZzZzZzGgIi";

    /// <summary>A letter without its accent ("é" is "e"), by table; any other character as it is.</summary>
    internal static char Unaccented(char c)
    {
        var fold = Accented.IndexOf(c, StringComparison.Ordinal);
        return fold >= 0 ? Plain[fold] : c;
    }

    public static string Normalize(string speaker)
    {
        var trimmed = speaker.Trim();
        var sb = new StringBuilder(trimmed.Length);
        var space = false;
        foreach (var c in trimmed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var ch = Unaccented(c);

            if (char.IsWhiteSpace(ch) || ch is '.' or ',')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(char.ToLowerInvariant(ch));
        }

        var s = sb.ToString();
        return s.StartsWith("the ", StringComparison.Ordinal) ? s[4..] : s;
    }

    public bool Same(string a, string b)
    {
        var na = Normalize(a);
        var nb = Normalize(b);
        if (na == nb)
        {
            return true;
        }

        var ta = na.Split(' ');
        var tb = nb.Split(' ');
        if (ta.All(tb.Contains) || tb.All(ta.Contains))
        {
            return true;
        }

        var ca = Countries(a);
        var cb = Countries(b);
        if (OfParent(na, nb, ca.Mentioned, cb.Mentioned) || OfParent(nb, na, cb.Mentioned, ca.Mentioned))
        {
            return true;
        }

        return (ca.Whole is { } wa && cb.Mentioned.Contains(wa) && (cb.Whole == wa || CheckLexicon.IsOfficialBody(b)))
            || (cb.Whole is { } wb && ca.Mentioned.Contains(wb) && (ca.Whole == wb || CheckLexicon.IsOfficialBody(a)));
    }

    /// <summary>
    /// A body and a body under it ("Indian government", from "New Delhi said", and "power ministry"; the "Defence
    /// Ministry" and the "Indian Navy"): the one speaks through the other, so one is no other attribution than the other,
    /// unless the part is another country's. The pairs: <see cref="CheckLexicon.IsPartOf"/>.
    /// </summary>
    private static bool OfParent(string part, string parent, HashSet<string> partCountries, HashSet<string> parentCountries) =>
        CheckLexicon.IsPartOf(part, parent) && (partCountries.Count == 0 || parentCountries.Count == 0 || partCountries.SetEquals(parentCountries));

    /// <summary>The country the whole name stands for (when it is nothing but a country, demonym aside), and every country it mentions.</summary>
    private (string? Whole, HashSet<string> Mentioned) Countries(string speaker)
    {
        if (_cache.TryGetValue(speaker, out var known))
        {
            return known;
        }

        IReadOnlyList<CountryMention> mentions;
        try
        {
            mentions = _countries(speaker);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or RegexMatchTimeoutException)
        {
            mentions = [];
        }

        var mentioned = new HashSet<string>(mentions.Select(m => m.Code), StringComparer.Ordinal);
        string? whole = null;
        if (mentions.Count == 1 && mentions[0].Span.Start >= 0 && mentions[0].Span.End <= speaker.Length && !mentions[0].Span.IsEmpty)
        {
            var rest = (speaker[..mentions[0].Span.Start] + speaker[mentions[0].Span.End..]).Trim();
            if (rest.Length == 0 || rest.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                whole = mentions[0].Code;
            }
        }

        var result = (whole, mentioned);
        _cache[speaker] = result;
        return result;
    }
}
