namespace NewsFacts;

/// <summary>
/// A repaired (normalized) text that remembers, for every character, which characters of the original produced it,
/// so that any span in the repaired text maps back to an honest span in the original.
/// </summary>
public sealed class RepairedText : IEquatable<RepairedText>
{
    // Null for a text that needed no repair: every offset maps to itself, and no map is kept (it would cost four times
    // the text).
    private readonly int[]? _starts;
    private readonly int[]? _ends;

    internal RepairedText(string original, string text, int[]? starts, int[]? ends, IReadOnlyList<Diagnostic> repairs)
    {
        Original = original;
        Text = text;
        _starts = starts;
        _ends = ends;
        Repairs = repairs;
    }

    /// <summary>The text as it was before repair.</summary>
    public string Original { get; }

    /// <summary>The repaired text that every mention's offsets point into.</summary>
    public string Text { get; }

    /// <summary>What was repaired, one diagnostic per kind of repair with the first place it was made.</summary>
    public IReadOnlyList<Diagnostic> Repairs { get; }

    /// <summary>Whether anything was changed.</summary>
    public bool IsChanged => !ReferenceEquals(Original, Text) && !string.Equals(Original, Text, StringComparison.Ordinal);

    /// <summary>A text that needed no repair: every offset maps to itself.</summary>
    public static RepairedText Unchanged(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new RepairedText(text, text, null, null, []);
    }

    /// <summary>Maps a span of <see cref="Text"/> to the span of <see cref="Original"/> that produced it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie within <see cref="Text"/>.</exception>
    public TextSpan ToOriginal(TextSpan span)
    {
        if (span.Start < 0 || span.End > Text.Length || span.Start > span.End)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, $"The span must lie within the repaired text of {Text.Length} characters.");
        }

        if (span.IsEmpty)
        {
            var at = span.Start < Text.Length ? StartOf(span.Start) : Original.Length;
            return new TextSpan(at, at);
        }

        return new TextSpan(StartOf(span.Start), EndOf(span.End - 1));
    }

    /// <summary>The first original offset that produced character <paramref name="i"/> of <see cref="Text"/>.</summary>
    private int StartOf(int i) => _starts is null ? i : _starts[i];

    /// <summary>The original offset just past what produced character <paramref name="i"/> of <see cref="Text"/>.</summary>
    private int EndOf(int i) => _ends is null ? i + 1 : _ends[i];

    private bool SameMap(RepairedText other)
    {
        if (_starts is null && other._starts is null)
        {
            return true;
        }

        for (var i = 0; i < Text.Length; i++)
        {
            if (StartOf(i) != other.StartOf(i) || EndOf(i) != other.EndOf(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Maps an offset of <see cref="Text"/> to the original offset it came from.</summary>
    public int ToOriginal(int offset) => ToOriginal(new TextSpan(offset, offset)).Start;

    /// <summary>Equal when the original, the repaired text, the map between them and the repairs are equal.</summary>
    public bool Equals(RepairedText? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Original, other.Original, StringComparison.Ordinal)
            && string.Equals(Text, other.Text, StringComparison.Ordinal)
            && SameMap(other)
            && Repairs.SequenceEqual(other.Repairs)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RepairedText other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Original), StringComparer.Ordinal.GetHashCode(Text));

    /// <summary>Whether two repaired texts are equal.</summary>
    public static bool operator ==(RepairedText? left, RepairedText? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two repaired texts differ.</summary>
    public static bool operator !=(RepairedText? left, RepairedText? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>Builds a <see cref="RepairedText"/> left to right, keeping the map to the original offsets.</summary>
/// <remarks>
/// Until the first change the builder only counts the original characters kept from the start, so a text that needs
/// no repair costs no copy and no map.
/// </remarks>
internal sealed class RepairedTextBuilder
{
    private readonly string _original;
    private readonly List<Diagnostic> _repairs = [];
    private System.Text.StringBuilder? _text;
    private List<int>? _starts;
    private List<int>? _ends;
    private int _kept;

    public RepairedTextBuilder(string original) => _original = original;

    public int Length => _text?.Length ?? _kept;

    public char this[int index] => _text is null ? (index < _kept ? _original[index] : throw new IndexOutOfRangeException()) : _text[index];

    /// <summary>Copies original characters <c>[start, end)</c> unchanged.</summary>
    public void Keep(int start, int end)
    {
        if (_text is null && start == _kept)
        {
            _kept = Math.Max(_kept, end);
            return;
        }

        var text = Written();
        for (var i = start; i < end; i++)
        {
            text.Append(_original[i]);
            _starts!.Add(i);
            _ends!.Add(i + 1);
        }
    }

    /// <summary>Appends <paramref name="replacement"/> as the repair of original characters <c>[start, end)</c>.</summary>
    public void Replace(int start, int end, ReadOnlySpan<char> replacement)
    {
        var text = Written();
        foreach (var c in replacement)
        {
            text.Append(c);
            _starts!.Add(start);
            _ends!.Add(end);
        }
    }

    /// <summary>Drops the last <paramref name="count"/> characters written (for trailing space, say).</summary>
    public void TrimEnd(int count)
    {
        var text = Written();
        text.Length -= count;
        _starts!.RemoveRange(_starts.Count - count, count);
        _ends!.RemoveRange(_ends.Count - count, count);
    }

    public void Note(Diagnostic repair)
    {
        if (!_repairs.Exists(r => r.Message == repair.Message))
        {
            _repairs.Add(repair);
        }
    }

    public RepairedText Build()
    {
        if (_text is null && _kept == _original.Length && _repairs.Count == 0)
        {
            return RepairedText.Unchanged(_original);
        }

        var text = Written().ToString();
        return string.Equals(text, _original, StringComparison.Ordinal) && _repairs.Count == 0
            ? RepairedText.Unchanged(_original)
            : new RepairedText(_original, text, [.. _starts!], [.. _ends!], _repairs);
    }

    /// <summary>The text written so far, with the kept start copied in at the first change.</summary>
    private System.Text.StringBuilder Written()
    {
        if (_text is not null)
        {
            return _text;
        }

        _text = new System.Text.StringBuilder(_original.Length);
        _starts = new List<int>(_original.Length);
        _ends = new List<int>(_original.Length);
        _text.Append(_original, 0, _kept);
        for (var i = 0; i < _kept; i++)
        {
            _starts.Add(i);
            _ends.Add(i + 1);
        }

        return _text;
    }

    /// <summary>Composes two repairs: <paramref name="second"/> was made on <paramref name="first"/>'s text.</summary>
    public static RepairedText Compose(RepairedText first, RepairedText second)
    {
        var starts = new int[second.Text.Length];
        var ends = new int[second.Text.Length];
        for (var i = 0; i < starts.Length; i++)
        {
            var mid = second.ToOriginal(new TextSpan(i, i + 1));
            var orig = first.ToOriginal(mid.IsEmpty ? new TextSpan(mid.Start, Math.Min(mid.Start + 1, first.Text.Length)) : mid);
            starts[i] = orig.Start;
            ends[i] = orig.End;
        }

        return new RepairedText(first.Original, second.Text, starts, ends, [.. first.Repairs, .. second.Repairs]);
    }
}
