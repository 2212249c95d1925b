using System.Globalization;

namespace NewsFacts.Repair;

/// <summary>
/// A cost of how implausible a stretch of text is as something a person wrote: rare characters, scripts mixed
/// inside a word, capitals inside lower-case words, symbols wedged between letters, lone letters that are not
/// words. Mojibake repair keeps a decoding only when it lowers this cost.
/// </summary>
internal static class TextPlausibility
{
    private enum Kind : byte
    {
        Space,
        Digit,
        Lower,
        Upper,
        Caseless,
        Mark,
        Punct,
        Symbol,
        Control,
        Other,
    }

    private enum Script : byte
    {
        None,
        Latin,
        Greek,
        Cyrillic,
        Armenian,
        Hebrew,
        Arabic,
        Indic,
        Thai,
        Cjk,
        Hangul,
        Other,
    }

    public static double Cost(string text) => Cost(text.AsSpan());

    public static double Cost(ReadOnlySpan<char> text)
    {
        var cost = 0.0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cost += 1;
                i++;
                continue;
            }

            cost += CharCost(c);
            if (c < 0x80 && i > 0 && text[i - 1] < 0x80)
            {
                continue;
            }

            var kind = KindOf(c);
            if (i > 0)
            {
                cost += PairCost(text[i - 1], c, i > 1 ? text[i - 2] : ' ');
            }

            if (c >= 0x80 && kind is Kind.Lower or Kind.Caseless or Kind.Upper)
            {
                var prev = i > 0 ? KindOf(text[i - 1]) : Kind.Space;
                var next = i + 1 < text.Length ? KindOf(text[i + 1]) : Kind.Space;
                if (!IsWordChar(prev) && !IsWordChar(next) && kind != Kind.Upper && !IsOneLetterWord(c) && ScriptOf(c) != Script.Greek)
                {
                    cost += 5;
                }

                // Ã, Â and Å before a lower-case word are no word of any language, but are what à, a no-break space and Š become.
                if (!IsWordChar(prev) && !IsWordChar(next) && c is 'Ã' or 'Â' or 'Å' && i + 2 < text.Length && char.IsLower(text[i + 2]))
                {
                    cost += 3;
                }

                // A lower-case letter between two capitals: "MģÄM".
                if (kind == Kind.Lower && prev == Kind.Upper && next == Kind.Upper)
                {
                    cost += 4;
                }
            }
        }

        return cost;
    }

    private static bool IsWordChar(Kind k) => k is Kind.Lower or Kind.Upper or Kind.Caseless or Kind.Mark or Kind.Digit;

    private static bool IsOneLetterWord(char c) => c is 'à' or 'á' or 'é' or 'è' or 'ó' or 'ò' or 'ú' or 'å';

    private static double PairCost(char a, char b, char beforeA)
    {
        var ka = KindOf(a);
        var kb = KindOf(b);
        var cost = 0.0;
        if (IsLetter(ka) && IsLetter(kb))
        {
            var sa = ScriptOf(a);
            var sb = ScriptOf(b);
            if (sa != sb && sa != Script.None && sb != Script.None)
            {
                // Greek letters mix with Latin in science and units ("IL2Rγc", "μs").
                cost += sa == Script.Greek || sb == Script.Greek ? 1 : 4;
            }

            if (ka == Kind.Lower && kb == Kind.Upper && b >= 0x80)
            {
                cost += 3;
            }
            else if (ka == Kind.Lower && kb == Kind.Upper)
            {
                cost += 1;
            }

            // A lower-case accented letter right after a run of capitals: "AHř".
            if (ka == Kind.Upper && kb == Kind.Lower && b >= 0x80 && KindOf(beforeA) == Kind.Upper)
            {
                cost += 3;
            }
        }

        // Digits glued to letters of another script than Latin.
        if ((ka == Kind.Digit && IsLetter(kb) && ScriptOf(b) is not Script.Latin and not Script.None and not Script.Greek)
            || (kb == Kind.Digit && IsLetter(ka) && ScriptOf(a) is not Script.Latin and not Script.None and not Script.Greek))
        {
            cost += 3;
        }

        // A symbol wedged against a letter ("Ã©g"); a trade mark after a word is normal.
        var letterOrDigitA = IsLetter(ka) || ka == Kind.Digit;
        var letterOrDigitB = IsLetter(kb) || kb == Kind.Digit;
        if (letterOrDigitA && kb == Kind.Symbol && b >= 0x80 && b is not '™' and not '®' and not '°' and not '%')
        {
            cost += 1.5;
        }

        if (ka == Kind.Symbol && a >= 0x80 && letterOrDigitB && a is not '£' and not '€' and not '$' and not '¥' and not '#' and not '§')
        {
            cost += 1.5;
        }

        if (ka == Kind.Symbol && kb == Kind.Symbol && (a >= 0x80 || b >= 0x80))
        {
            cost += 0.5;
        }

        // An opening quotation mark glued to the end of a word or symbol ("hatikuâ™«").
        if (b is '«' or '\u201C' or '\u2018' && (IsLetter(ka) || ka == Kind.Symbol) && a >= 0x80)
        {
            cost += 1;
        }

        return cost;
    }

    private static bool IsLetter(Kind k) => k is Kind.Lower or Kind.Upper or Kind.Caseless;

    private static Kind KindOf(char c)
    {
        if (c < 0x80)
        {
            return c switch
            {
                ' ' or '\t' or '\n' or '\r' => Kind.Space,
                >= '0' and <= '9' => Kind.Digit,
                >= 'a' and <= 'z' => Kind.Lower,
                >= 'A' and <= 'Z' => Kind.Upper,
                < ' ' or '\u007F' => Kind.Control,
                '$' or '+' or '<' or '=' or '>' or '^' or '`' or '|' or '~' => Kind.Symbol,
                _ => Kind.Punct,
            };
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.LowercaseLetter => Kind.Lower,
            UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter => Kind.Upper,
            UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter => Kind.Caseless,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => Kind.Mark,
            UnicodeCategory.DecimalDigitNumber => Kind.Digit,
            UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => Kind.Space,
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => Kind.Control,
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol or UnicodeCategory.OtherNumber => Kind.Symbol,
            _ => Kind.Punct,
        };
    }

    private static Script ScriptOf(char c) => c switch
    {
        < '\u0080' => char.IsAsciiLetter(c) ? Script.Latin : Script.None,
        <= '\u02AF' => c is >= '\u00C0' and not '\u00D7' and not '\u00F7' ? Script.Latin : Script.None,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        >= '\u0530' and <= '\u058F' => Script.Armenian,
        >= '\u0590' and <= '\u05FF' => Script.Hebrew,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' => Script.Arabic,
        >= '\u0900' and <= '\u0DFF' => Script.Indic,
        >= '\u0E00' and <= '\u0E7F' => Script.Thai,
        >= '\u1E00' and <= '\u1EFF' => Script.Latin,
        >= '\u1F00' and <= '\u1FFF' => Script.Greek,
        >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' => Script.Cjk,
        >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' => Script.Hangul,
        _ => char.IsLetter(c) ? Script.Other : Script.None,
    };

    /// <summary>Letters of Latin Extended-A that few living languages use (Esperanto, Maltese, old orthographies).</summary>
    private static bool IsRareLatinExtendedA(char c) =>
        c is >= '\u0108' and <= '\u010B' or '\u0114' or '\u0115' or >= '\u011C' and <= '\u0121' or >= '\u0124' and <= '\u0129'
            or '\u012C' or '\u012D' or >= '\u0134' and <= '\u0135' or '\u0138' or '\u013F' or '\u0140' or '\u014A' or '\u014B'
            or '\u014E' or '\u014F' or '\u015C' or '\u015D' or '\u0166' or '\u0167' or '\u0168' or '\u0169' or '\u016C' or '\u016D'
            or >= '\u0174' and <= '\u0177';

    private static double CharCost(char c) => c switch
    {
        '\t' or '\n' or '\r' => 0,
        < ' ' or '\u007F' => 5,
        < '\u0080' => 0,
        <= '\u009F' => 10,
        '\u00A0' => 1,
        '\u00AD' => 3,
        '£' or '©' or '®' or '°' or '«' or '»' or '§' or '·' or '¿' or '¡' or '½' or '€' => 1,
        '×' or '÷' => 2,
        <= '\u00BF' => 2,
        <= '\u00FF' => 0.5,
        '\u017F' => 8,
        '\u0149' => 3,
        <= '\u017F' => IsRareLatinExtendedA(c) ? 3 : 1,
        >= '\u0218' and <= '\u021B' => 1,
        '\u0192' => 2,
        <= '\u024F' => 3,
        <= '\u02AF' => 6,
        <= '\u02FF' => 3,
        <= '\u036F' => 2,
        <= '\u0385' => 3,
        <= '\u03FF' => 1,
        <= '\u045F' => 1,
        <= '\u052F' => 5,
        <= '\u058F' => 4,
        <= '\u05C7' => 6,
        <= '\u05FF' => 1,
        >= '\u0660' and <= '\u0669' => 3,
        <= '\u06FF' => 1,
        >= '\u0750' and <= '\u077F' => 3,
        <= '\u08FF' => 6,
        <= '\u0E7F' => 1,
        >= '\u10A0' and <= '\u10FF' => 2,
        <= '\u1DFF' => 4,
        <= '\u1EFF' => 1,
        <= '\u1FFF' => 3,
        >= '\u200B' and <= '\u200F' => 3,
        >= '\u2010' and <= '\u2027' => 1,
        <= '\u206F' => 2,
        >= '\u20A0' and <= '\u20CF' => 1,
        '\u2122' => 1.5,
        >= '\u2100' and <= '\u27BF' => c >= '\u2600' ? 1 : 2,
        <= '\u28FF' => 2,
        <= '\u2DFF' => 5,
        <= '\u303F' => 1,
        <= '\u30FF' => 1,
        <= '\u33FF' => 6,
        <= '\u4DBF' => 5,
        <= '\u9FFF' => 1,
        <= '\uABFF' => 6,
        <= '\uD7AF' => 1,
        <= '\uDFFF' => 10,
        <= '\uF8FF' => 8,
        <= '\uFAFF' => 4,
        <= '\uFB06' => 2,
        <= '\uFDFF' => 4,
        <= '\uFE0F' => 1,
        <= '\uFEFF' => 4,
        <= '\uFFEF' => 1.5,
        '\uFFFD' => 1,
        _ => 4,
    };
}
