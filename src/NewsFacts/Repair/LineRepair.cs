namespace NewsFacts.Repair;

/// <summary>
/// Joins lines broken around link text, folds odd spaces and characters, drops control characters.
/// Every change is recorded so offsets map back to the original.
/// </summary>
/// <remarks>
/// A line break is a copy artefact, not a paragraph end, when the line before it does not end a sentence
/// (no <c>. ! ? : ;</c> or closing quote) and either the line before ends in a space (<c>efforts in ⏎Canada</c>),
/// the line after starts with one (<c>Canada⏎ and Mexico</c>), or the text goes on in lower case after
/// blank-looking lines that hold only spaces (<c>The other⏎ ⏎administration</c>). A short line that ends
/// without punctuation and is followed by a capitalized line (a heading) stays its own paragraph, and an
/// empty line always ends a paragraph.
/// </remarks>
internal static class LineRepair
{
    public static RepairedText Repair(string text, RepairOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var b = new RepairedTextBuilder(text);
        var joined = false;
        var folded = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (options.FixLineBreaks && (c == '\n' || c == '\r' || ((c == ' ' || c == '\t') && StartsLineEnd(text, i))))
            {
                var end = BlankRunEnd(text, i, out var newlines, out var spaceOnlyLine);
                if (newlines > 0 && ShouldJoin(text, b, i, end, newlines, spaceOnlyLine))
                {
                    b.Replace(i, end, " ");
                    joined = true;
                    i = end;
                    continue;
                }

                if (options.FixSpaces)
                {
                    // Drop trailing blanks before a line end and turn \r\n and lone \r into \n.
                    var j = i;
                    while (j < end && text[j] is ' ' or '\t')
                    {
                        j++;
                    }

                    if (j > i && j < text.Length && text[j] is '\n' or '\r')
                    {
                        folded = true;
                        i = j;
                        continue;
                    }
                }
            }

            if (options.FixSpaces && TryFold(text, i, out var replacement, out var length))
            {
                b.Replace(i, i + length, replacement);
                folded = true;
                i += length;
                continue;
            }

            b.Keep(i, i + 1);
            i++;
        }

        if (joined)
        {
            b.Note(new Diagnostic(DiagnosticCodes.TextRepaired, DiagnosticSeverity.Info, "lines broken inside a sentence were joined"));
        }

        if (folded)
        {
            b.Note(new Diagnostic(DiagnosticCodes.TextRepaired, DiagnosticSeverity.Info, "odd spaces, control characters or ligatures were normalized"));
        }

        return b.Build();
    }

    private static bool StartsLineEnd(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i < text.Length && text[i] is '\n' or '\r';
    }

    /// <summary>The end of the run of spaces and line ends that starts at <paramref name="i"/>.</summary>
    private static int BlankRunEnd(string text, int i, out int newlines, out bool spaceOnlyLine)
    {
        newlines = 0;
        spaceOnlyLine = false;
        var lineHasSpace = false;
        var j = i;
        while (j < text.Length && text[j] is ' ' or '\t' or '\n' or '\r' or '\u00A0')
        {
            if (text[j] == '\n' || (text[j] == '\r' && (j + 1 >= text.Length || text[j + 1] != '\n')))
            {
                if (newlines > 0 && lineHasSpace)
                {
                    spaceOnlyLine = true;
                }

                newlines++;
                lineHasSpace = false;
            }
            else if (text[j] != '\r')
            {
                lineHasSpace = true;
            }

            j++;
        }

        return j;
    }

    private static bool ShouldJoin(string text, RepairedTextBuilder written, int start, int end, int newlines, bool spaceOnlyLine)
    {
        if (end >= text.Length || written.Length == 0)
        {
            return false;
        }

        var last = written[written.Length - 1];
        if (last is '\n' or '\r' || IsSentenceEnd(last))
        {
            return false;
        }

        var next = text[end];
        var nextIsLower = char.IsLower(next);
        var spaceBefore = text[start] is ' ' or '\t' || (start > 0 && text[start - 1] is ' ' or '\t');
        var spaceAfter = text[end - 1] is ' ' or '\t' or '\u00A0';
        if (newlines == 1)
        {
            return spaceBefore || spaceAfter || nextIsLower || next is ',' or ')';
        }

        // Across lines that only look blank (they hold spaces), only when the sentence visibly goes on.
        return spaceOnlyLine && newlines == 2 && (nextIsLower || next is ',' or ')');
    }

    private static bool IsSentenceEnd(char c) =>
        c is '.' or '!' or '?' or ':' or ';' or '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u2026' or '*' or '|' or '>' or '-' or '\u2014' or '\u2013';

    /// <summary>Whether the characters at <paramref name="i"/> should be folded, and into what.</summary>
    private static bool TryFold(string text, int i, out string replacement, out int length)
    {
        var c = text[i];
        length = 1;
        replacement = string.Empty;
        switch (c)
        {
            case '\t' or '\n' or '\r' or '\f':
                if (c == '\r')
                {
                    // \r\n becomes \n; a lone \r is a line end.
                    replacement = i + 1 < text.Length && text[i + 1] == '\n' ? string.Empty : "\n";
                    return true;
                }

                return false;
            case < ' ' or '\u007F':
                return true;
            case '\u00AD' or '\u200B' or '\u2060' or '\uFEFF':
                return true;
            case >= '\u2000' and <= '\u200A' or '\u202F' or '\u205F' or '\u3000':
                replacement = " ";
                return true;
            case '\u201E' or '\u201F':
                replacement = "\"";
                return true;
            case '\u201A' or '\u201B':
                replacement = "'";
                return true;
            case >= '\uFF01' and <= '\uFF5E':
                replacement = ((char)(c - 0xFEE0)).ToString();
                return true;
            default:
                var lig = Ligature(c);
                if (lig is not null)
                {
                    replacement = lig;
                    return true;
                }

                return false;
        }
    }

    private static string? Ligature(char c) => c switch
    {
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        '\uFB05' or '\uFB06' => "st",
        '\u0132' => "IJ",
        '\u0133' => "ij",
        '\u0149' => "'n",
        '\u01C4' => "DŽ",
        '\u01C5' => "Dž",
        '\u01C6' => "dž",
        '\u01C7' => "LJ",
        '\u01C8' => "Lj",
        '\u01C9' => "lj",
        '\u01CA' => "NJ",
        '\u01CB' => "Nj",
        '\u01CC' => "nj",
        '\u01F1' => "DZ",
        '\u01F2' => "Dz",
        '\u01F3' => "dz",
        _ => null,
    };
}
