using System.Globalization;

namespace NewsFacts.Checking;

/// <summary>Small formatting helpers shared by the check report's dumps and writers.</summary>
internal static class CheckFormat
{
    public static string Number(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);

    public static string BoundSuffix(QuantityBound bound) => bound switch
    {
        QuantityBound.AtLeast => "+",
        QuantityBound.AtMost => "-",
        QuantityBound.Approx => "~",
        QuantityBound.Range => "..",
        _ => string.Empty,
    };

    /// <summary>The text with the highlighted part between « and ».</summary>
    public static string Mark(string text, TextSpan? highlight) =>
        highlight is { } h && h.Start >= 0 && h.End <= text.Length && !h.IsEmpty
            ? text[..h.Start] + "«" + text[h.Start..h.End] + "»" + text[h.End..]
            : text;
}
