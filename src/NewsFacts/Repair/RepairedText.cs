namespace NewsFacts;

/// <summary>
/// A repaired (normalized) text that remembers, for every character, which characters of the original produced it,
/// so that any span in the repaired text maps back to an honest span in the original.
/// </summary>
public sealed class RepairedText : IEquatable<RepairedText>
{
    // Null for a text that needed no repair: every offset maps to itself, and no map is kept. Else runs of characters
    // (OffsetMap), so that a repair that changes few lengths costs a few runs, not two numbers per character.
    private readonly OffsetMap? _map;

    internal RepairedText(string original, string text, OffsetMap? map, IReadOnlyList<Diagnostic> repairs)
    {
        Original = original;
        Text = text;
        _map = map;
        Repairs = repairs;
    }

    /// <summary>How many runs the map to the original keeps (0 for a text that needed no repair).</summary>
    internal int MapRuns => _map?.Runs ?? 0;

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
        return new RepairedText(text, text, null, []);
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
    private int StartOf(int i) => _map is null ? i : _map.StartOf(i);

    /// <summary>The original offset just past what produced character <paramref name="i"/> of <see cref="Text"/>.</summary>
    private int EndOf(int i) => _map is null ? i + 1 : _map.EndOf(i);

    private bool SameMap(RepairedText other)
    {
        if (_map is null && other._map is null)
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
    private OffsetMapBuilder? _map;
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

        Written().Append(_original, start, end - start);
        for (var i = start; i < end; i++)
        {
            _map!.Add(i, i + 1);
        }
    }

    /// <summary>Appends <paramref name="replacement"/> as the repair of original characters <c>[start, end)</c>.</summary>
    public void Replace(int start, int end, ReadOnlySpan<char> replacement)
    {
        var text = Written();
        text.Append(replacement);
        for (var i = 0; i < replacement.Length; i++)
        {
            _map!.Add(start, end);
        }
    }

    /// <summary>Drops the last <paramref name="count"/> characters written (for trailing space, say).</summary>
    public void TrimEnd(int count)
    {
        var text = Written();
        text.Length -= count;
        _map!.RemoveLast(count);
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
            : new RepairedText(_original, text, _map!.Build(), _repairs);
    }

    /// <summary>The text written so far, with the kept start copied in at the first change.</summary>
    private System.Text.StringBuilder Written()
    {
        if (_text is not null)
        {
            return _text;
        }

        _text = new System.Text.StringBuilder(_original.Length);
        _map = new OffsetMapBuilder();
        _text.Append(_original, 0, _kept);
        for (var i = 0; i < _kept; i++)
        {
            _map.Add(i, i + 1);
        }

        return _text;
    }

    /// <summary>Composes two repairs: <paramref name="second"/> was made on <paramref name="first"/>'s text.</summary>
    public static RepairedText Compose(RepairedText first, RepairedText second)
    {
        var map = new OffsetMapBuilder();
        for (var i = 0; i < second.Text.Length; i++)
        {
            var mid = second.ToOriginal(new TextSpan(i, i + 1));
            var orig = first.ToOriginal(mid.IsEmpty ? new TextSpan(mid.Start, Math.Min(mid.Start + 1, first.Text.Length)) : mid);
            map.Add(orig.Start, orig.End);
        }

        return new RepairedText(first.Original, second.Text, map.Build(), [.. first.Repairs, .. second.Repairs]);
    }
}
