namespace NewsFacts.Recognition;

/// <summary>What a <see cref="Word"/> is.</summary>
internal enum WordKind
{
    /// <summary>Letters or digits, with inner apostrophes, hyphens and periods ("O'Neill", "co-founder", "U.S.").</summary>
    Word,

    /// <summary>One punctuation character.</summary>
    Punct,

    /// <summary>A quote mark (straight, curly, guillemet, or a doubled apostrophe).</summary>
    Quote,
}

/// <summary>A token of the text: a word, a punctuation character or a quote mark.</summary>
internal readonly record struct Word(int Start, int End, WordKind Kind)
{
    public string Of(string text) => text.Substring(Start, End - Start);

    public bool Is(string text, char c) => Kind != WordKind.Word && End - Start == 1 && text[Start] == c;
}

/// <summary>A small linear tokenizer for attribution: words keep the period of abbreviations and initials.</summary>
internal static class Words
{
    private static readonly HashSet<string> Abbreviations = Lexicon.Words("segment-abbreviations.tsv");

    /// <summary>Whether <paramref name="word"/> (without its period) is an abbreviation that keeps its period.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial
        }

        if (word.Contains('.'))
        {
            return true; // U.S, D.C
        }

        if (word.Length is >= 3 and <= 7 && char.IsUpper(word[0]) && word[1] == '-' && char.IsUpper(word[2]))
        {
            return true; // a party and state: R-Ky., D-Nev.
        }

        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>The tokens of <c>text[start..end)</c>, white space skipped.</summary>
    public static List<Word> Scan(string text, int start, int end)
    {
        var list = new List<Word>((Math.Max(0, Math.Min(text.Length, end) - Math.Max(0, start)) / 4) + 4);
        start = Math.Max(0, start);
        end = Math.Min(text.Length, end);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var j = i + 1;
                while (j < end)
                {
                    var d = text[j];
                    if (char.IsLetterOrDigit(d) || char.IsSurrogate(d) || d == '\u00AD')
                    {
                        j++;
                        continue;
                    }

                    if (d is '.' or '\'' or '\u2019' or '-' or '&' && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))
                    {
                        j++;
                        continue;
                    }

                    break;
                }

                if (j < end && text[j] == '.' && IsAbbreviation(text.AsSpan(i, j - i)))
                {
                    j++;
                }

                list.Add(new Word(i, j, WordKind.Word));
                i = j;
                continue;
            }

            if (c == '\'' && i + 1 < end && text[i + 1] == '\'')
            {
                list.Add(new Word(i, i + 2, WordKind.Quote));
                i += 2;
                continue;
            }

            list.Add(new Word(i, i + 1, QuoteMarks.IsDoubleMark(c) ? WordKind.Quote : WordKind.Punct));
            i++;
        }

        return list;
    }

    /// <summary>Whether the token is capitalized (its first letter upper case).</summary>
    public static bool IsCapitalized(string text, Word w) => w.Kind == WordKind.Word && char.IsUpper(text[w.Start]);

    /// <summary>Whether every letter of the token is upper case and it has at least two letters ("PENCE").</summary>
    public static bool IsAllCaps(string text, Word w)
    {
        var letters = 0;
        for (var i = w.Start; i < w.End; i++)
        {
            if (char.IsLetter(text[i]))
            {
                if (!char.IsUpper(text[i]))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }
}
