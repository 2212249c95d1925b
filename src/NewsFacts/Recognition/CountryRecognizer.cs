namespace NewsFacts.Recognition;

/// <summary>
/// Finds mentions of countries: names and short names ("Mexico", "the US", "U.K."), demonyms ("Mexican", "Canadians")
/// and capitals or seats of government used as metonyms ("Beijing", "the White House", "the Kremlin").
/// Every ISO 3166-1 country is in the lexicon (<c>Data/country-names.tsv</c>). Forms that are also a person's name
/// ("Michael Jordan", "Chad Johnson") or a US state ("Atlanta, Georgia", "Georgia's governor") are read by their context,
/// and phrases such as "New Mexico" or "Latin America" denote no country.
/// </summary>
public sealed class CountryRecognizer
{
    private static readonly HashSet<string> StrongCountryBefore = new(StringComparer.Ordinal)
    {
        "in", "to", "from", "of", "into", "across", "visited", "visiting", "toward", "towards", "via", "neighbouring", "neighboring",
    };

    /// <summary>The shared instance; the recognizer holds no mutable state.</summary>
    public static CountryRecognizer Default { get; } = new();

    private enum Reading
    {
        Country,
        Person,
        State,
    }

    /// <summary>Finds every country mention in <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<CountryMention> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognize(DocumentContext.Of(text));
    }

    internal IReadOnlyList<CountryMention> Recognize(DocumentContext document)
    {
        var text = document.Text;
        var lexicon = CountryLexicon.Instance;
        var found = new List<Candidate>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }

            var wordEnd = i;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            CountryForm? hit = null;
            foreach (var form in lexicon.FormsStartingWith(text.AsSpan(i, wordEnd - i)))
            {
                if (MatchesAt(text, i, form.Text))
                {
                    hit = form;
                    break;
                }
            }

            if (hit is null)
            {
                i = wordEnd;
                continue;
            }

            var end = i + hit.Text.Length;
            if (hit.Code is not null)
            {
                var (reading, decided) = Read(text, i, end, hit, lexicon);
                found.Add(new Candidate(new TextSpan(i, end), hit, reading, decided));
            }

            i = end;
        }

        ResolveByDocument(text, found, lexicon);
        var mentions = new List<CountryMention>();
        var fullNames = new List<(string Text, string Code)>();
        foreach (var c in found.Where(c => c.Reading == Reading.Country))
        {
            if (c.Form.Kind == CountryMentionKind.Metonym && IsPlace(text, c.Span, c.Form.Text))
            {
                continue;
            }

            var code = c.Form.Code!;
            var written = c.Span.Of(text);
            if (c.Form.Kind == CountryMentionKind.Name)
            {
                // "Congo" after "the Democratic Republic of Congo" is that country, not its namesake
                foreach (var (full, fullCode) in fullNames)
                {
                    if (fullCode != code && full.Length > written.Length && full.EndsWith(" " + written, StringComparison.Ordinal))
                    {
                        code = fullCode;
                        break;
                    }
                }

                if (written.Contains(' ', StringComparison.Ordinal))
                {
                    fullNames.Add((written, code));
                }
            }

            mentions.Add(new CountryMention(c.Span, written, code, c.Form.Kind));
        }

        return mentions;
    }

    private static readonly string[] Seats = ["House", "Palace", "Street", "Hall", "Kremlin", "Pentagon", "Planalto", "Elysee", "Élysée", "Zhongnanhai", "Vatican", "Bottom", "Quai"];

    /// <summary>
    /// Whether a capital stands for a place, not its government: after a preposition of place ("talks in Doha", "flights
    /// to London") or in a compound ("London-listed", "Beijing-based"). A seat of government ("the White House") keeps
    /// standing for the state wherever it stands.
    /// </summary>
    private static bool IsPlace(string text, TextSpan span, string form)
    {
        if (Seats.Any(w => form.Contains(w, StringComparison.Ordinal)))
        {
            return false;
        }

        if (span.End + 1 < text.Length && text[span.End] == '-' && char.IsLower(text[span.End + 1]))
        {
            return true;
        }

        var e = span.Start;
        while (e > 0 && text[e - 1] == ' ')
        {
            e--;
        }

        var s = e;
        while (s > 0 && char.IsLetter(text[s - 1]))
        {
            s--;
        }

        return text[s..e] is "in" or "at" or "to" or "from" or "near" or "outside" or "inside" or "via" or "into" or "across" or "around" or "through" or "toward" or "towards";
    }

    /// <summary>Whether <paramref name="form"/> is written at <paramref name="start"/> and ends at a word boundary.</summary>
    private static bool MatchesAt(string text, int start, string form)
    {
        if (!text.AsSpan(start).StartsWith(form, StringComparison.Ordinal))
        {
            return false;
        }

        var end = start + form.Length;
        return !char.IsLetterOrDigit(form[^1]) || end >= text.Length || !char.IsLetterOrDigit(text[end]);
    }

    /// <summary>Reads one match by its immediate context: a country, a person, or a US state or place.</summary>
    private static (Reading Reading, bool Decided) Read(string text, int start, int end, CountryForm form, CountryLexicon lexicon)
    {
        var flags = form.Flags;
        if ((flags != CountryFormFlags.None || form.Kind == CountryMentionKind.Metonym) && FollowedByUsState(text, end, lexicon))
        {
            return (Reading.State, true); // "Moscow, Idaho", "Athens, Ga."
        }

        if (flags == CountryFormFlags.None)
        {
            return (Reading.Country, true);
        }

        var (prev, prevStart, comma) = Previous(text, start);
        var next = Next(text, end, skipPossessive: false);
        if (flags.HasFlag(CountryFormFlags.State))
        {
            if (PrecededByAny(text, start, lexicon.StateBefore))
            {
                return (Reading.State, true);
            }

            if (Next(text, end, skipPossessive: true) is { Length: > 0 } after && lexicon.StateAfter.Contains(after))
            {
                return (Reading.State, true);
            }

            if (comma && IsTitleCase(prev) && !lexicon.Function.Contains(prev) && !lexicon.Names.Contains(prev) && !IsSentenceStart(text, prevStart))
            {
                return (Reading.State, true); // "Atlanta, Georgia"
            }
        }

        if (flags.HasFlag(CountryFormFlags.Given) || flags.HasFlag(CountryFormFlags.Surname))
        {
            // What only a country has or does: "India's exports", "Israel said it".
            if (Next(text, end, skipPossessive: true) is { Length: > 0 } owned && end < text.Length && text[end] is '\'' or '\u2019' && lexicon.CountryAfter.Contains(owned))
            {
                return (Reading.Country, true);
            }

            if (lexicon.Speech.Contains(next) && Next(text, end + 1 + next.Length, skipPossessive: false) is "it" or "its")
            {
                return (Reading.Country, true);
            }

            if (!comma && prev.Length > 0 && lexicon.TitleBefore.Contains(prev))
            {
                return (Reading.Person, true);
            }

            if (!comma && IsNameBefore(text, prev, prevStart, lexicon))
            {
                return (Reading.Person, true); // "Michael Jordan"
            }

            if (IsTitleCase(next) && text[end] == ' ' && OpensBody(text, end, lexicon))
            {
                return (Reading.Country, true); // "Ghana Civil Aviation Authority": the country's body
            }

            if (IsTitleCase(next) && text[end] == ' ' && !lexicon.OrgAfter.Contains(next) && !lexicon.Function.Contains(next) && !lexicon.Names.Contains(next))
            {
                return (Reading.Person, true); // "Chad Johnson"
            }

            if (flags.HasFlag(CountryFormFlags.Given) && lexicon.Speech.Contains(next) && PersonPronounFollows(text, end, lexicon))
            {
                return (Reading.Person, true); // "Jordan said he..."
            }
        }

        return (Reading.Country, false);
    }

    /// <summary>Whether the capitalized words after a country name (at most five) end in the head of a body's name.</summary>
    private static bool OpensBody(string text, int end, CountryLexicon lexicon)
    {
        var at = end;
        for (var n = 0; n < 5; n++)
        {
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }

            var s = at;
            while (at < text.Length && char.IsLetter(text[at]))
            {
                at++;
            }

            if (at == s || !char.IsUpper(text[s]))
            {
                return false;
            }

            if (lexicon.OrgHeads.Contains(text[s..at]))
            {
                return true;
            }

            if (at >= text.Length || text[at] != ' ')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A mention the context left open follows the document: a name read as a person elsewhere ("Michael Jordan ... Jordan
    /// scored") is a person unless a preposition makes it a place; a form that is also a US state is the state when the
    /// document speaks of that state (its cities) and not of the country.
    /// </summary>
    private static void ResolveByDocument(string text, List<Candidate> found, CountryLexicon lexicon)
    {
        var people = found.Where(c => c.Reading == Reading.Person).Select(c => c.Form.Text).ToHashSet(StringComparer.Ordinal);
        var stateCodes = found.Where(c => c.Reading == Reading.State && c.Form.Flags.HasFlag(CountryFormFlags.State)).Select(c => c.Form.Code).ToHashSet();
        var stateCue = lexicon.StateCues.Any(w => text.Contains(w, StringComparison.Ordinal));
        var countryCue = lexicon.CountryCues.Any(w => text.Contains(w, StringComparison.Ordinal));
        for (var k = 0; k < found.Count; k++)
        {
            var c = found[k];
            if (c.Decided || c.Reading != Reading.Country)
            {
                continue;
            }

            if (people.Contains(c.Form.Text) && !StrongCountryBefore.Contains(Previous(text, c.Span.Start).Word))
            {
                found[k] = c with { Reading = Reading.Person };
            }
            else if (c.Form.Flags.HasFlag(CountryFormFlags.State) && c.Form.Code != "US" && !countryCue
                     && (stateCue || stateCodes.Contains(c.Form.Code)))
            {
                found[k] = c with { Reading = Reading.State };
            }
        }
    }

    private static bool IsNameBefore(string text, string prev, int prevStart, CountryLexicon lexicon)
    {
        if (!IsTitleCase(prev) && !(prev.Length == 2 && char.IsUpper(prev[0]) && prev[1] == '.'))
        {
            return false; // a capitalized word or an initial ("J.")
        }

        if (lexicon.Function.Contains(prev) || lexicon.Names.Contains(prev) || prev.EndsWith('.') && prev.Length > 2)
        {
            return false;
        }

        // A sentence-opening adjective or participle ("Landlocked Chad", "Oil-rich Jordan") is not a given name.
        return !(IsSentenceStart(text, prevStart) && (prev.EndsWith("ed", StringComparison.Ordinal) || prev.EndsWith("ing", StringComparison.Ordinal)
            || prev.EndsWith("ern", StringComparison.Ordinal) || prev.Contains('-', StringComparison.Ordinal)));
    }

    private static bool PrecededByAny(string text, int start, string[] phrases)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        foreach (var p in phrases)
        {
            if (before.EndsWith(p, StringComparison.Ordinal) && (before.Length == p.Length || !char.IsLetter(before[^(p.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PersonPronounFollows(string text, int end, CountryLexicon lexicon)
    {
        var pos = end;
        for (var n = 0; n < 5; n++)
        {
            var word = Next(text, pos, skipPossessive: false, out pos);
            if (word.Length == 0 || word is "it" or "its" or "the")
            {
                return false;
            }

            if (lexicon.PersonPronouns.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FollowedByUsState(string text, int end, CountryLexicon lexicon)
    {
        if (end + 2 >= text.Length || text[end] != ',' || text[end + 1] != ' ')
        {
            return false;
        }

        var rest = text.AsSpan(end + 2);
        foreach (var state in lexicon.UsStates)
        {
            if (rest.StartsWith(state, StringComparison.Ordinal) && (rest.Length == state.Length || !char.IsLetter(rest[state.Length]) || state[^1] == '.'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word before <paramref name="start"/> (letters, dots, apostrophes, hyphens), its start, and whether a comma stands between.</summary>
    private static (string Word, int Start, bool Comma) Previous(string text, int start)
    {
        var p = start - 1;
        if (p < 0 || text[p] != ' ')
        {
            return (string.Empty, start, false);
        }

        p--;
        var comma = false;
        if (p >= 0 && text[p] == ',')
        {
            comma = true;
            p--;
        }

        var wordEnd = p + 1;
        while (p >= 0 && (char.IsLetter(text[p]) || text[p] is '.' or '\'' or '-' or '\u2019'))
        {
            p--;
        }

        return (text[(p + 1)..wordEnd], p + 1, comma);
    }

    private static string Next(string text, int end, bool skipPossessive) => Next(text, end, skipPossessive, out _);

    /// <summary>The word after <paramref name="end"/> past one space (and past a possessive "'s" when asked); empty when none.</summary>
    private static string Next(string text, int end, bool skipPossessive, out int wordEnd)
    {
        var p = end;
        if (skipPossessive && p + 1 < text.Length && text[p] is '\'' or '\u2019' && text[p + 1] == 's')
        {
            p += 2;
        }

        if (p >= text.Length || text[p] != ' ')
        {
            wordEnd = p;
            return string.Empty;
        }

        p++;
        var s = p;
        while (p < text.Length && (char.IsLetter(text[p]) || text[p] == '.' && p > s && p + 1 < text.Length && char.IsLetter(text[p + 1])))
        {
            p++;
        }

        if (p < text.Length && text[p] == '.' && p - s <= 4 && p > s && char.IsUpper(text[s]))
        {
            p++; // "Gov."
        }

        wordEnd = p;
        return text[s..p];
    }

    private static bool IsTitleCase(string word) =>
        word.Length >= 2 && char.IsUpper(word[0]) && word.Skip(1).All(c => char.IsLower(c) || c is '-' or '\'' or '\u2019');

    private static bool IsSentenceStart(string text, int start)
    {
        var p = start - 1;
        while (p >= 0 && text[p] is ' ' or '"' or '\u201C' or '\'' or '\u2018' or '(')
        {
            p--;
        }

        return p < 0 || text[p] is '.' or '!' or '?' or '\n' or ':' or '\r';
    }

    private sealed record Candidate(TextSpan Span, CountryForm Form, Reading Reading, bool Decided);
}
