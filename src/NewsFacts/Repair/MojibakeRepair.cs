using System.Text;

namespace NewsFacts.Repair;

/// <summary>
/// Undoes mojibake: UTF-8 bytes that were decoded as Windows-1252, Latin-1 or another single-byte code page,
/// once or several times over (<c>AndrÃ©s</c> → <c>Andrés</c>, <c>nÃƒÂ©</c> → <c>né</c>).
/// </summary>
/// <remarks>
/// Each pass looks, in every known single-byte code page, for runs of characters whose bytes form UTF-8
/// sequences. A run is decoded only when the result reads as more plausible text than the original, by the
/// <see cref="TextPlausibility"/> cost. When the whole text re-encodes consistently the whole text is judged at
/// once; when the text also holds non-ASCII characters that cannot be part of such mojibake (it is "mixed"),
/// at least two runs must agree before any is decoded, so a lone look-alike is left alone. Finally, C1 control
/// characters are read as the Windows-1252 punctuation they almost always were.
/// </remarks>
internal static class MojibakeRepair
{
    private const int MaxPasses = 4;

    public static RepairedText Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = RepairedText.Unchanged(text);
        if (!HasNonAscii(text))
        {
            return result;
        }

        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var step = OnePass(result.Text, pass);
            if (step is null)
            {
                break;
            }

            result = RepairedTextBuilder.Compose(result, step);
        }

        var c1 = FixC1Controls(result.Text);
        return c1 is null ? result : RepairedTextBuilder.Compose(result, c1);
    }

    internal static bool HasNonAscii(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One way to decode: the runs to decode, the text they give and how much plausibility that gains.</summary>
    private sealed record Candidate(List<Run> Runs, string Decoded, double Gain);

    /// <summary>One round of decoding in the code page that helps most, or null when none helps.</summary>
    private static RepairedText? OnePass(string text, int pass)
    {
        Candidate? best = null;
        var bestGain = 0.0;
        foreach (var candidate in Candidates(text, pass))
        {
            // Mojibake made twice over may only read better after both layers are undone: look ahead.
            var gain = candidate.Gain > 0 ? candidate.Gain : candidate.Gain + Math.Max(0, BestGain(candidate.Decoded, pass + 1, LookAhead));
            if (gain > bestGain)
            {
                bestGain = gain;
                best = candidate;
            }
        }

        if (best is null)
        {
            return null;
        }

        var b = new RepairedTextBuilder(text);
        var at = 0;
        foreach (var run in best.Runs)
        {
            b.Keep(at, run.Start);
            foreach (var piece in run.Pieces)
            {
                b.Replace(piece.Start, piece.End, piece.Text);
            }

            at = run.End;
        }

        b.Keep(at, text.Length);
        b.Note(new Diagnostic(DiagnosticCodes.TextRepaired, DiagnosticSeverity.Warning, "mojibake decoded (UTF-8 read as a single-byte code page)", new TextSpan(best.Runs[0].Start, best.Runs[0].End)));
        return b.Build();
    }

    private const int LookAhead = 2;

    private static double BestGain(string text, int pass, int depth)
    {
        if (depth <= 0 || pass >= MaxPasses)
        {
            return 0;
        }

        var best = 0.0;
        foreach (var candidate in Candidates(text, pass))
        {
            best = Math.Max(best, candidate.Gain > 0 ? candidate.Gain : candidate.Gain + Math.Max(0, BestGain(candidate.Decoded, pass + 1, depth - 1)));
        }

        return best;
    }

    private static IEnumerable<Candidate> Candidates(string text, int pass)
    {
        foreach (var codec in CodePage.All)
        {
            var runs = FindRuns(text, codec, out var mixed);
            if (runs.Count == 0)
            {
                continue;
            }

            if (!mixed)
            {
                // The cost is local (characters and their neighbours), so the whole text's gain is the sum over runs.
                var gain = -Penalty(codec, runs);
                foreach (var run in runs)
                {
                    gain += LocalGain(text, run);
                }

                yield return new Candidate(runs, Apply(text, runs), gain);
                continue;
            }

            var chosen = new List<Run>();
            var total = 0.0;
            foreach (var run in runs)
            {
                var g = LocalGain(text, run) - Penalty(codec, [run]);
                if (g > 0)
                {
                    chosen.Add(run);
                    total += g;
                }
            }

            // In text that also holds characters this mojibake would have mangled, one look-alike is no evidence.
            if (chosen.Count == 0 || (pass == 0 && chosen.Count < 2))
            {
                continue;
            }

            yield return new Candidate(chosen, Apply(text, chosen), total);
        }
    }

    private static double Penalty(CodePage codec, List<Run> runs)
    {
        var penalty = 0.0;
        foreach (var run in runs)
        {
            penalty += codec.Penalty;
            foreach (var piece in run.Pieces)
            {
                penalty += codec.Penalty > 0 ? 0.5 * piece.Sloppy : 0;
            }
        }

        return penalty;
    }

    private static double LocalGain(string text, Run run)
    {
        const int Context = 3;
        var from = Math.Max(0, run.Start - Context);
        var to = Math.Min(text.Length, run.End + Context);
        var before = text.AsSpan(from, to - from);
        var sb = new StringBuilder();
        sb.Append(text.AsSpan(from, run.Start - from));
        foreach (var piece in run.Pieces)
        {
            sb.Append(piece.Text);
        }

        sb.Append(text.AsSpan(run.End, to - run.End));
        return TextPlausibility.Cost(before) - TextPlausibility.Cost(sb.ToString());
    }

    private static string Apply(string text, List<Run> runs)
    {
        var sb = new StringBuilder(text.Length);
        var at = 0;
        foreach (var run in runs)
        {
            sb.Append(text.AsSpan(at, run.Start - at));
            foreach (var piece in run.Pieces)
            {
                sb.Append(piece.Text);
            }

            at = run.End;
        }

        sb.Append(text.AsSpan(at));
        return sb.ToString();
    }

    /// <summary>A decoded UTF-8 sequence: original characters [Start, End) become Text.</summary>
    private readonly record struct Piece(int Start, int End, string Text, int Sloppy = 0);

    /// <summary>Adjacent decoded sequences.</summary>
    private sealed record Run(int Start, int End, List<Piece> Pieces);

    /// <summary>
    /// Finds runs of characters that, as bytes of <paramref name="codec"/>, are UTF-8 sequences.
    /// <paramref name="mixed"/> says whether other non-ASCII characters (not C1 controls) stand outside every run.
    /// </summary>
    private static List<Run> FindRuns(string text, CodePage codec, out bool mixed)
    {
        var runs = new List<Run>();
        mixed = false;
        Run? current = null;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 0x80)
            {
                i++;
                continue;
            }

            if (TrySequence(text, i, codec, out var piece))
            {
                if (current is not null && current.End == i)
                {
                    current.Pieces.Add(piece);
                    current = current with { End = piece.End };
                    runs[^1] = current;
                }
                else
                {
                    current = new Run(i, piece.End, [piece]);
                    runs.Add(current);
                }

                i = piece.End;
                continue;
            }

            if (c > 0x9F)
            {
                mixed = true;
            }

            i++;
        }

        runs.RemoveAll(r => r.Pieces.Count == 1 && codec.TryByte(r.Pieces[0].Start < text.Length ? text[r.Pieces[0].Start] : ' ', out var lead) && codec.IsWeakLead(lead));
        return runs;
    }

    private static bool TrySequence(string text, int i, CodePage codec, out Piece piece, bool lowSurrogate = false)
    {
        piece = default;
        if (!codec.TryByte(text[i], out var lead) || lead < 0xC2 || lead > 0xF4)
        {
            return false;
        }

        var need = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
        Span<byte> bytes = stackalloc byte[4];
        bytes[0] = lead;
        var lossy = false;
        var spaceAsNbsp = false;
        var sloppy = 0;
        var pos = i + 1;
        for (var k = 1; k <= need; k++, pos++)
        {
            if (pos >= text.Length)
            {
                return false;
            }

            var c = text[pos];
            if (codec.TryByte(c, out var b) && b >= 0x80 && b <= 0xBF)
            {
                bytes[k] = b;
                if (c == b && codec.Defines(b))
                {
                    sloppy++;
                }
            }
            else if (c == ' ' && !spaceAsNbsp && codec.SpaceMayBeNbsp(lead, need) && pos + 1 < text.Length && text[pos + 1] != '\n')
            {
                bytes[k] = 0xA0;
                spaceAsNbsp = true;
            }
            else if (c == '\uFFFD' || (c == '?' && k == need && need == 2 && lead == 0xE2))
            {
                lossy = true;
                bytes[k] = 0x80;
            }
            else
            {
                return false;
            }
        }

        // A sequence ending in a curly apostrophe before a lower-case letter is a word with an apostrophe ("Ã’s").
        if (text[pos - 1] == '\u2019' && pos < text.Length && char.IsAsciiLetterLower(text[pos]))
        {
            return false;
        }

        if (!TryDecode(bytes[..(need + 1)], out var cp))
        {
            return false;
        }

        if (lossy)
        {
            piece = new Piece(i, pos, "\uFFFD");
            return true;
        }

        if (cp is >= 0xD800 and <= 0xDBFF)
        {
            // CESU-8: a surrogate pair encoded as two three-byte sequences.
            if (!TrySequence(text, pos, codec, out var low, lowSurrogate: true) || low.Text.Length != 1 || !char.IsLowSurrogate(low.Text[0]))
            {
                return false;
            }

            piece = new Piece(i, low.End, new string([(char)cp, low.Text[0]]));
            return true;
        }

        if (cp is >= 0xDC00 and <= 0xDFFF)
        {
            // Only valid as the second half of a CESU-8 pair, which the caller checks.
            piece = new Piece(i, pos, ((char)cp).ToString());
            return lowSurrogate;
        }

        var decoded = char.ConvertFromUtf32(cp);
        if (spaceAsNbsp && cp == 0xE0 && pos < text.Length && text[pos] != ' ')
        {
            // "Ã " is à whose no-break space became a plain space; when a word follows, that space was also the gap
            // ("voilÃ le" → "voilà le"), except in the Portuguese contractions "às", "àquele", "àquilo".
            decoded = IsCrase(text, pos) ? "à" : "à ";
        }

        piece = new Piece(i, pos, decoded, sloppy);
        return true;
    }

    /// <summary>Whether the word at <paramref name="pos"/> joins a preceding à in Portuguese (às, àquele, àquela, àquilo).</summary>
    private static bool IsCrase(string text, int pos)
    {
        var end = pos;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var word = text.AsSpan(pos, end - pos);
        return word is "s" or "quele" or "queles" or "quela" or "quelas" or "quilo" && (end >= text.Length || text[end] != '\'');
    }

    private static bool TryDecode(ReadOnlySpan<byte> b, out int cp)
    {
        cp = 0;
        switch (b.Length)
        {
            case 2:
                cp = ((b[0] & 0x1F) << 6) | (b[1] & 0x3F);
                return cp >= 0x80;
            case 3:
                if (b[0] == 0xE0 && b[1] < 0xA0)
                {
                    return false;
                }

                cp = ((b[0] & 0x0F) << 12) | ((b[1] & 0x3F) << 6) | (b[2] & 0x3F);
                return cp >= 0x800;
            case 4:
                if ((b[0] == 0xF0 && b[1] < 0x90) || (b[0] == 0xF4 && b[1] > 0x8F))
                {
                    return false;
                }

                cp = ((b[0] & 0x07) << 18) | ((b[1] & 0x3F) << 12) | ((b[2] & 0x3F) << 6) | (b[3] & 0x3F);
                return cp is >= 0x10000 and <= 0x10FFFF;
            default:
                return false;
        }
    }

    /// <summary>C1 control characters (U+0080–U+009F) read as the Windows-1252 characters they stand for.</summary>
    private static RepairedText? FixC1Controls(string text)
    {
        RepairedTextBuilder? b = null;
        var at = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is < '\u0080' or > '\u009F')
            {
                continue;
            }

            var mapped = CodePage.Windows1252Char((byte)c);
            if (mapped == c)
            {
                continue;
            }

            b ??= new RepairedTextBuilder(text);
            b.Keep(at, i);
            b.Replace(i, i + 1, [mapped]);
            at = i + 1;
        }

        if (b is null)
        {
            return null;
        }

        b.Keep(at, text.Length);
        b.Note(new Diagnostic(DiagnosticCodes.TextRepaired, DiagnosticSeverity.Warning, "C1 control characters read as Windows-1252 punctuation"));
        return b.Build();
    }
}

/// <summary>A single-byte code page as a map from characters back to the bytes they decode from.</summary>
internal sealed class CodePage
{
    private readonly Dictionary<char, byte> _bytes;
    private static readonly char[] Cp1252 = Table(1252);

    private readonly char[] _table;
    private readonly byte[] _nbspLeads;
    private readonly bool _nbspInLongSequences;
    private readonly byte[] _weakLeads;

    private CodePage(string name, char[] table, Dictionary<char, byte> bytes, double penalty, byte[] nbspLeads, bool nbspInLongSequences, byte[] weakLeads)
    {
        Name = name;
        _table = table;
        _bytes = bytes;
        Penalty = penalty;
        _nbspLeads = nbspLeads;
        _nbspInLongSequences = nbspInLongSequences;
        _weakLeads = weakLeads;
    }

    public string Name { get; }

    /// <summary>How much less likely this code page is than Windows-1252, in plausibility-cost units per run.</summary>
    public double Penalty { get; }

    /// <summary>
    /// Whether a plain space after <paramref name="lead"/> may stand for byte A0 (a no-break space that copying
    /// turned into a space), as it often does in Windows-1252 mojibake ("Ã " for à).
    /// </summary>
    public bool SpaceMayBeNbsp(byte lead, int continuations) =>
        continuations == 1 ? Array.IndexOf(_nbspLeads, lead) >= 0 : _nbspInLongSequences;

    /// <summary>Whether a lone sequence opened by <paramref name="lead"/> is too common in real text to count as mojibake.</summary>
    public bool IsWeakLead(byte lead) => Array.IndexOf(_weakLeads, lead) >= 0;

    /// <summary>Whether the code page gives byte <paramref name="b"/> a character of its own (not a C1 control).</summary>
    public bool Defines(byte b) => _table[b] != (char)b;

    public static IReadOnlyList<CodePage> All { get; } =
    [
        Make("windows-1252", 1252, 0, [0xC2, 0xC3, 0xC5, 0xCE, 0xD0], true, []),
        Make("windows-1250", 1250, 2, [], false, []),
        Make("windows-1251", 1251, 1, [0xC3], false, []),
        Make("macintosh", 10000, 2, [], false, [0xC2]),
        Make("ibm437", 437, 2, [], false, []),
        Make("windows-1253", 1253, 3, [], false, []),
        Make("windows-1254", 1254, 1, [], false, []),
        Make("windows-1257", 1257, 3, [0xC5], false, []),
        Make("iso-8859-2", 28592, 2, [], false, []),
    ];

    public bool TryByte(char c, out byte b) => _bytes.TryGetValue(c, out b);

    public static char Windows1252Char(byte b) => Cp1252[b];

    private static CodePage Make(string name, int codePage, double penalty, byte[] nbspLeads, bool nbspInLongSequences, byte[] weakLeads)
    {
        var table = Table(codePage);
        var map = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0xFF; b++)
        {
            map.TryAdd(table[b], (byte)b);
        }

        // "Sloppy" decoding: bytes the code page leaves undefined come through as the C1 control of the same number.
        for (var b = 0x80; b <= 0x9F; b++)
        {
            map.TryAdd((char)b, (byte)b);
        }

        map.Remove('\uFFFD');
        map.Remove('?');
        return new CodePage(name, table, map, penalty, nbspLeads, nbspInLongSequences, weakLeads);
    }

    private static char[] Table(int codePage)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"))
            ?? Encoding.Latin1;
        var table = new char[256];
        Span<byte> one = stackalloc byte[1];
        Span<char> chars = stackalloc char[4];
        for (var b = 0; b < 256; b++)
        {
            one[0] = (byte)b;
            var n = encoding.GetChars(one, chars);
            table[b] = n == 1 ? chars[0] : '\uFFFD';
            if (table[b] == '\uFFFD' && b is >= 0x80 and <= 0x9F)
            {
                table[b] = (char)b;
            }
        }

        return table;
    }
}
