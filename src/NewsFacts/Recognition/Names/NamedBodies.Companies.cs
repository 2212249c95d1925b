namespace NewsFacts.Recognition;

/// <summary>
/// Bodies named without a word of their kind: a name the words beside it mark as a company's ("to buy Tarnwell Copper",
/// "rival Oskaro Metals", "each Tarnwell share"), and a body's short form, its first word standing alone ("Tarnwell"
/// after "Tarnwell Copper"). Lexicon: <c>Data/name-company-cues.tsv</c>.
/// </summary>
internal sealed partial class NamedBodies
{
    private static readonly Lazy<(HashSet<string> Before, HashSet<string> After)> CompanyCues = new(() =>
    {
        var rows = Lexicon.Rows("name-company-cues.tsv").Where(r => r.Length >= 2).ToList();
        return (new(rows.Where(r => r[1] == "before").Select(r => r[0]), StringComparer.Ordinal),
                new(rows.Where(r => r[1] == "after").Select(r => r[0]), StringComparer.Ordinal));
    });

    /// <summary>
    /// The names the words beside them mark as a company's, and every standing-alone use of the first word of a body's
    /// name (<paramref name="named"/>, the bodies found so far, and those marked here), as places and full names.
    /// </summary>
    private List<(TextSpan Span, string Name)> MarkedAndShort(List<(TextSpan Span, string Name)> named)
    {
        var words = new List<(int Index, int Length)>();
        foreach (var match in Word().EnumerateMatches(_text))
        {
            words.Add((match.Index, match.Length));
        }

        var found = new List<(TextSpan Span, string Name)>();
        var (before, after) = CompanyCues.Value;
        for (var k = 1; k < words.Count; k++)
        {
            // "The Quaymen union" opening a sentence: the article's capital is no part of the name.
            if (!IsCapitalized(words[k]) || IsCapitalized(words[k - 1]) && !(Is(words[k - 1], "The") && OpensSentence(words[k - 1].Index)) || !Adjacent(words, k - 1))
            {
                continue;
            }

            var cue = before.Contains(Span(words[k - 1]).ToString())
                || k >= 2 && Adjacent(words, k - 2) && before.Contains(string.Concat(Span(words[k - 2]), " ", Span(words[k - 1])).ToLowerInvariant());
            var end = k;
            while (end + 1 < words.Count && Adjacent(words, end) && IsCapitalized(words[end + 1]) && !Titles.Value.Contains(Span(words[end + 1]).ToString()) && end - k < 3)
            {
                end++;
            }

            cue = cue || end + 1 < words.Count && Adjacent(words, end) && after.Contains(Span(words[end + 1]).ToString())
                || EndsPossessive(Span(words[end])) && end + 1 < words.Count && after.Contains(Span(words[end + 1]).ToString());
            var first = k;
            if (first < end && IsHyphenatedModifier(Span(words[first]).ToString()))
            {
                first++; // "shares of Cairo-based Nile Cement": the modifier is no part of the name
            }

            var start = words[first].Index;
            var name = _text[start..(words[end].Index + words[end].Length)];
            if (EndsPossessive(name))
            {
                name = name[..^2];
            }

            if (cue && IsOwnName(name))
            {
                found.Add((new TextSpan(start, start + name.Length), name));
            }

            k = end;
        }

        // Short forms: the first word of a body's name, or the one after a body's word, standing alone names the body
        // ("Tarnwell said", "Tarnwell's shares", "Marvento plans").
        // A word the article also writes in lower case is a common word ("Health" of "Health Service Executive"), no short form.
        var lower = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            if (char.IsLower(_text[w.Index]))
            {
                lower.Add(_text.Substring(w.Index, w.Length));
            }
        }

        var shorts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, name) in named.Concat(found))
        {
            var parts = name.Split(' ');
            if (parts.Length is not (2 or 3) || !parts.All(p => p.Length > 0 && char.IsUpper(p[0])))
            {
                continue;
            }

            // the first word ("Tarnwell" of "Tarnwell Copper"), or the name after a body's word ("Marvento" of "Instituto Marvento")
            var own = parts.Length == 2 && IsBodyWord(parts[0]) ? parts[1] : parts[0];
            if (own.Length > 3 && IsOwnName(own) && !IsBodyWord(own) && !lower.Contains(own.ToLowerInvariant()))
            {
                shorts.TryAdd(own, name);
            }
        }

        // "each Velmora share" after "Velmora Copper": a marked name that is a body's short form is that body.
        for (var i = 0; i < found.Count; i++)
        {
            if (shorts.TryGetValue(found[i].Name, out var whole))
            {
                found[i] = (found[i].Span, whole);
            }
        }

        for (var k = 0; k < words.Count && shorts.Count > 0; k++)
        {
            var word = Span(words[k]);
            var bare = EndsPossessive(word) ? word[..^2] : word;
            var alone = (k + 1 >= words.Count || !Adjacent(words, k) || !IsCapitalized(words[k + 1]) || EndsPossessive(word))
                && (k == 0 || !Adjacent(words, k - 1) || !IsCapitalized(words[k - 1]) || OpensSentence(words[k - 1].Index));
            if (alone && shorts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(bare, out var full))
            {
                found.Add((new TextSpan(words[k].Index, words[k].Index + bare.Length), full));
            }
        }

        return found;
    }

    /// <summary>Whether the word at <paramref name="index"/> opens a sentence or a line.</summary>
    private bool OpensSentence(int index)
    {
        var i = index - 1;
        while (i >= 0 && _text[i] == ' ')
        {
            i--;
        }

        return i < 0 || _text[i] is '.' or '!' or '?' or '\n' or '"' or '\u201c';
    }

    /// <summary>A name that is neither a country, a person's (opening with a first name), a title nor a description's word.</summary>
    private static bool IsOwnName(string name) =>
        !IsCountry(name) && !IsPersonName(name) && !Titles.Value.Contains(name) && !Descriptions.Value.ContainsKey(name) && name.Length > 2;

    private static bool EndsPossessive(ReadOnlySpan<char> word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal);
}
