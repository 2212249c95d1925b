namespace NewsFacts;

/// <summary>Which repairs to make. Change with <c>with</c>.</summary>
public sealed record RepairOptions
{
    /// <summary>Every repair on.</summary>
    public static RepairOptions Default { get; } = new();

    /// <summary>No repair at all: the text is used as read.</summary>
    public static RepairOptions None { get; } = new() { FixMojibake = false, FixLineBreaks = false, FixSpaces = false, DecodeEntities = false };

    /// <summary>Undo UTF-8 read as Windows-1252 or Latin-1, once or twice over (<c>AndrÃ©s</c> → <c>Andrés</c>).</summary>
    public bool FixMojibake { get; init; } = true;

    /// <summary>Join lines broken around link text (<c>in \nCanada\n and</c>).</summary>
    public bool FixLineBreaks { get; init; } = true;

    /// <summary>Fold odd spaces (no-break, zero-width, runs of blanks) and stray spaces before punctuation.</summary>
    public bool FixSpaces { get; init; } = true;

    /// <summary>Decode HTML entities left in text (<c>&amp;amp;</c>, <c>&amp;#8217;</c>).</summary>
    public bool DecodeEntities { get; init; } = true;
}
