namespace NewsFacts;

/// <summary>A half-open range of UTF-16 code units, <c>[Start, End)</c>, in a text.</summary>
/// <param name="Start">The first code unit of the span.</param>
/// <param name="End">One past the last code unit of the span.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>The number of code units the span covers.</summary>
    public int Length => End - Start;

    /// <summary>Whether the span covers no code unit.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the offset lies inside this span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The text the span covers in <paramref name="text"/>.</summary>
    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
