using System.Net;

namespace NewsFacts.Repair;

/// <summary>Decodes HTML character references left in text (<c>&amp;amp;</c>, <c>&amp;#8217;</c>, <c>&amp;frac14;</c>).</summary>
internal static class EntityRepair
{
    private const int MaxEntityLength = 32;

    public static RepairedText Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('&'))
        {
            return RepairedText.Unchanged(text);
        }

        var b = new RepairedTextBuilder(text);
        var at = 0;
        var i = text.IndexOf('&');
        while (i >= 0 && i < text.Length)
        {
            var end = EntityEnd(text, i);
            if (end > 0)
            {
                var entity = text.Substring(i, end - i);
                var decoded = WebUtility.HtmlDecode(entity);
                if (!string.Equals(decoded, entity, StringComparison.Ordinal) && decoded.Length > 0 && !decoded.Contains('\0'))
                {
                    b.Keep(at, i);
                    b.Replace(i, end, decoded);
                    at = end;
                    i = end;
                    i = i < text.Length ? text.IndexOf('&', i) : -1;
                    continue;
                }
            }

            i = i + 1 < text.Length ? text.IndexOf('&', i + 1) : -1;
        }

        if (at == 0)
        {
            return RepairedText.Unchanged(text);
        }

        b.Keep(at, text.Length);
        b.Note(new Diagnostic(DiagnosticCodes.TextRepaired, DiagnosticSeverity.Info, "HTML entities decoded"));
        return b.Build();
    }

    /// <summary>The end (past the ';') of a character reference starting at <paramref name="i"/>, or -1.</summary>
    private static int EntityEnd(string text, int i)
    {
        var j = i + 1;
        if (j >= text.Length)
        {
            return -1;
        }

        if (text[j] == '#')
        {
            j++;
            var hex = j < text.Length && text[j] is 'x' or 'X';
            if (hex)
            {
                j++;
            }

            var digits = j;
            while (j < text.Length && j - i < MaxEntityLength && (hex ? char.IsAsciiHexDigit(text[j]) : char.IsAsciiDigit(text[j])))
            {
                j++;
            }

            return j > digits && j < text.Length && text[j] == ';' ? j + 1 : -1;
        }

        if (!char.IsAsciiLetter(text[j]))
        {
            return -1;
        }

        while (j < text.Length && j - i < MaxEntityLength && char.IsAsciiLetterOrDigit(text[j]))
        {
            j++;
        }

        return j < text.Length && text[j] == ';' ? j + 1 : -1;
    }
}
