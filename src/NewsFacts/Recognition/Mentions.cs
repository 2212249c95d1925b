namespace NewsFacts;

/// <summary>How a quantity's value is bounded.</summary>
public enum QuantityBound
{
    /// <summary>The value as stated: "2.5 million".</summary>
    Exact,
    /// <summary>About the value: "roughly 50 million", "nearly 300".</summary>
    Approx,
    /// <summary>The value or more: "at least 69", "more than 500", "tens of millions".</summary>
    AtLeast,
    /// <summary>The value or less: "up to 20", "fewer than 10".</summary>
    AtMost,
    /// <summary>From the value to <see cref="QuantityMention.ValueMax"/>: "10 to 15", "3-4".</summary>
    Range,
}

/// <summary>A quantity in the text: "2.5 million doses", "$4 billion", "at least 69 countries", "12%".</summary>
/// <param name="Span">Where the quantity stands in the repaired text.</param>
/// <param name="Text">The mention as written.</param>
/// <param name="Value">The value, fully scaled ("2.5 million" is 2,500,000; "12%" is 12).</param>
/// <param name="ValueMax">The upper end of a range, else null.</param>
/// <param name="Unit">What is counted, as a singular lower-case lemma ("dose"), an ISO 4217 code ("USD"), "percent" or a unit name ("kilometre"); null when unknown.</param>
/// <param name="Bound">How the value is bounded.</param>
public sealed record QuantityMention(TextSpan Span, string Text, double Value, double? ValueMax, string? Unit, QuantityBound Bound)
{
    /// <summary>Where the counted noun stands ("doses" in "2.5 million doses"), when it is written.</summary>
    public TextSpan? UnitSpan { get; init; }

    /// <summary>Whether the value is a change rather than a level: "rose 3%", "down 1.2 per cent", "increased by $4".</summary>
    public bool IsChange { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Span} \"{Text}\" = {Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}{(ValueMax is { } m ? ".." + m.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)} {Unit ?? "-"} {Bound}";
}

/// <summary>A date or time expression, resolved TIMEX3-style against the publication date.</summary>
/// <param name="Span">Where the expression stands in the repaired text.</param>
/// <param name="Text">The expression as written.</param>
/// <param name="Value">TIMEX3 value: <c>2021-03-18</c>, <c>2021-03</c>, <c>2021-W11</c>, <c>XXXX-03-03</c>; null when it cannot be resolved.</param>
/// <param name="Mod">TIMEX3 modifier: <c>START</c>, <c>MID</c>, <c>END</c>, <c>BEFORE</c>, <c>AFTER</c>, <c>ON_OR_BEFORE</c>...; null when none.</param>
public sealed record DateMention(TextSpan Span, string Text, string? Value, string? Mod)
{
    /// <summary>Where a duration inside the expression stands ("two years" in "two years ago"): it stays a quantity.</summary>
    internal TextSpan? Duration { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Span} \"{Text}\" = {Value ?? "null"}{(Mod is null ? string.Empty : " " + Mod)}";
}

/// <summary>How a mention denotes a country.</summary>
public enum CountryMentionKind
{
    /// <summary>The country's name or short name: "Mexico", "the US".</summary>
    Name,
    /// <summary>A demonym: "Mexican", "Canadians".</summary>
    Demonym,
    /// <summary>A capital or seat of government standing for the state: "Beijing", "the White House".</summary>
    Metonym,
}

/// <summary>A mention that denotes a country.</summary>
/// <param name="Span">Where the mention stands in the repaired text.</param>
/// <param name="Text">The mention as written.</param>
/// <param name="Code">ISO 3166-1 alpha-2 code.</param>
/// <param name="Kind">Name, demonym or metonym.</param>
public sealed record CountryMention(TextSpan Span, string Text, string Code, CountryMentionKind Kind)
{
    /// <inheritdoc />
    public override string ToString() => $"{Span} \"{Text}\" = {Code} {Kind}";
}

/// <summary>A direct quotation and who said it.</summary>
/// <param name="Span">Where the quoted words stand (inside the quote marks) in the repaired text.</param>
/// <param name="Text">The quoted words, without the quote marks.</param>
/// <param name="Speaker">The canonical full name or description of the speaker ("Marcelo Ebrard", "Canadian Embassy spokesperson"); null when none is found.</param>
/// <param name="SpeakerRole">The speaker's title or role ("Mexican Foreign Minister"), when the text gives one.</param>
/// <param name="Partial">Whether this is a fragment quoted inside reported speech.</param>
public sealed record QuoteMention(TextSpan Span, string Text, string? Speaker, string? SpeakerRole, bool Partial)
{
    /// <summary>Where the speaker is named for this quote, when named nearby.</summary>
    public TextSpan? SpeakerSpan { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Span} \"{(Text.Length > 50 ? Text[..50] + "…" : Text)}\" — {Speaker ?? "?"}{(SpeakerRole is null ? string.Empty : " (" + SpeakerRole + ")")}{(Partial ? " partial" : string.Empty)}";
}
