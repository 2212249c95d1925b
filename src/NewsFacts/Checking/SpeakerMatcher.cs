using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsFacts.Checking;

/// <summary>
/// Tells whether two attributions name the same speaker: the same name up to case and accents, one name within
/// the other ("Psaki" and "Jen Psaki"), or a country and an official body of it ("China" and "the Chinese Foreign
/// Ministry"; "the US" and "the White House"), or a government and one of its ministries. A person and an institution are
/// different speakers, and so are two bodies of one country ("the State Department" and "the White House").
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

            var fold = Accented.IndexOf(c, StringComparison.Ordinal);
            var ch = fold >= 0 ? Plain[fold] : c;

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
        if (OfGovernment(ta, tb, ca.Mentioned, cb.Mentioned) || OfGovernment(tb, ta, cb.Mentioned, ca.Mentioned))
        {
            return true;
        }

        return (ca.Whole is { } wa && cb.Mentioned.Contains(wa) && (cb.Whole == wa || CheckLexicon.IsOfficialBody(b)))
            || (cb.Whole is { } wb && ca.Mentioned.Contains(wb) && (ca.Whole == wb || CheckLexicon.IsOfficialBody(a)));
    }

    /// <summary>
    /// A government and one of its ministries ("Indian government", from "New Delhi said", and "power ministry"): a
    /// government speaks through its ministries, so one is no other attribution than the other, unless the ministry is
    /// another country's.
    /// </summary>
    private static bool OfGovernment(string[] government, string[] ministry, HashSet<string> governmentCountries, HashSet<string> ministryCountries) =>
        government[^1] is "government" or "cabinet" && (ministry[^1] is "ministry" or "department" || ministry[0] is "ministry" or "department" && ministry.Contains("of"))
        && (ministryCountries.Count == 0 || ministryCountries.SetEquals(governmentCountries));

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
