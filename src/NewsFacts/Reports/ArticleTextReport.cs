using System.Globalization;
using System.Text;
using Humanizer;

namespace NewsFacts.Reports;

/// <summary>Writes results for a person to read, as plain text or Markdown.</summary>
public static partial class NewsReport
{
    /// <summary>One article's facts as plain text.</summary>
    public static string ToText(ArticleFacts facts) => Article(facts, markdown: false);

    /// <summary>One article's facts as Markdown.</summary>
    public static string ToMarkdown(ArticleFacts facts) => Article(facts, markdown: true);

    private static string Article(ArticleFacts f, bool markdown)
    {
        ArgumentNullException.ThrowIfNull(f);
        var sb = new StringBuilder();
        var title = f.Source.Title ?? f.Id;
        sb.AppendLine(markdown ? $"# {title}" : title);
        if (!markdown)
        {
            sb.AppendLine(new string('=', Math.Min(title.Length, 78)));
        }

        var meta = new List<string>();
        if (f.Source.Outlet is { } o)
        {
            meta.Add(o);
        }

        if (f.Source.Published is { } p)
        {
            meta.Add(p.ToDateTime(TimeOnly.MinValue).ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        }

        if (meta.Count > 0)
        {
            sb.AppendLine(markdown ? $"*{string.Join(", ", meta)}*" : string.Join(", ", meta));
        }

        sb.AppendLine();
        sb.AppendLine($"Found {"quantity".ToQuantity(f.Quantities.Count)}, {"date".ToQuantity(f.Dates.Count)}, {"country mention".ToQuantity(f.Countries.Count)}, {"quote".ToQuantity(f.Quotes.Count)} and {"claim".ToQuantity(f.Claims.Count)}.");
        Section(sb, markdown, "Claims", f.Claims.Select(c => ClaimLine(c) + Where(f.ProvenanceOf(c))));
        Section(sb, markdown, "Quantities", f.Quantities.Select(q => $"{q.Text} → {Number(q.Value)}{(q.ValueMax is { } m ? " to " + Number(m) : string.Empty)} {UnitName(q)}{BoundNote(q.Bound)}"));
        Section(sb, markdown, "Dates", f.Dates.Select(d => $"{d.Text} → {DateName(d)}"));
        Section(sb, markdown, "Countries", f.Countries.GroupBy(c => c.Code).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {"mention".ToQuantity(g.Count())} ({string.Join(", ", g.Select(c => c.Text).Distinct(StringComparer.Ordinal))})"));
        Section(sb, markdown, "Quotes", f.Quotes.Select(q => $"“{q.Text}” — {q.Speaker ?? "unattributed"}{(q.SpeakerRole is null ? string.Empty : ", " + q.SpeakerRole)}{(q.Partial ? " (partial)" : string.Empty)}"));
        if (f.Diagnostics.Count > 0)
        {
            Section(sb, markdown, "Notes", f.Diagnostics.Select(d => d.Message));
        }

        return sb.ToString();
    }

    internal static void Section(StringBuilder sb, bool markdown, string heading, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        sb.AppendLine();
        sb.AppendLine(markdown ? $"## {heading}" : heading);
        if (!markdown)
        {
            sb.AppendLine(new string('-', heading.Length));
        }

        foreach (var line in list)
        {
            sb.AppendLine(markdown ? $"- {line}" : $"  • {line}");
        }
    }

    /// <summary>Where a claim stands in the article as read: " · ¶ 2, characters 251–268".</summary>
    internal static string Where(ClaimProvenance p) =>
        (p.Paragraph > 0 ? $" · ¶ {p.Paragraph.ToString(CultureInfo.InvariantCulture)}," : " ·") + $" characters {p.Original.Start.ToString(CultureInfo.InvariantCulture)}–{p.Original.End.ToString(CultureInfo.InvariantCulture)}";

    internal static string ClaimLine(Claim c)
    {
        var sb = new StringBuilder();
        sb.Append(Number(c.Quantity.Value)).Append(' ').Append(UnitName(c.Quantity));
        if (c.Item.Count > 0)
        {
            sb.Append(" of ").Append(c.Item.Humanize());
        }

        if (c.Actor is not null)
        {
            sb.Append(", ").Append(c.Actor);
        }

        sb.Append(' ').Append(c.Predicate);
        if (c.Recipient is not null)
        {
            sb.Append(" → ").Append(c.Recipient);
        }

        if (c.Date is { } d)
        {
            sb.Append(", ").Append(DateName(d));
        }

        sb.Append(" (").Append(c.Modality.ToString().ToLowerInvariant());
        if (c.Speaker is not null)
        {
            sb.Append(", said by ").Append(c.Speaker);
        }

        sb.Append(')');
        return sb.ToString();
    }

    internal static string Number(double value)
    {
        if (Math.Abs(value) >= 1_000_000 && value == Math.Floor(value))
        {
            foreach (var (scale, word) in new[] { (1e12, "trillion"), (1e9, "billion"), (1e6, "million") })
            {
                if (Math.Abs(value) >= scale)
                {
                    return (value / scale).ToString("0.##", CultureInfo.InvariantCulture) + " " + word;
                }
            }
        }

        return value.ToString("#,0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>A value as a reader says it: "7 million doses", "at least 69 countries", "2 billion USD", "12%".</summary>
    internal static string Amount(double value, string? unit, QuantityBound bound)
    {
        var prefix = bound switch
        {
            QuantityBound.AtLeast => "at least ",
            QuantityBound.AtMost => "at most ",
            QuantityBound.Approx => "about ",
            _ => string.Empty,
        };
        var number = NewsReport.Number(value);
        return unit switch
        {
            null or "" => prefix + number,
            "percent" => prefix + number + "%",
            _ => prefix + number + " " + NewsReport.UnitName(unit, value),
        };
    }

    internal static string UnitName(QuantityMention q) => UnitName(q.Unit, q.Value);

    /// <summary>The unit as a reader says it of the value: plural unless the value is one ("7 million doses", "1 dose"); codes and "percent" as they are.</summary>
    internal static string UnitName(string? unit, double value) => unit switch
    {
        null => string.Empty,
        "percent" => "percent",
        { Length: 3 } u when u.All(char.IsAsciiLetterUpper) => u,
        var u when value == 1 => u,
        var u when u.IndexOf(" per ", StringComparison.Ordinal) > 0 => u[..u.IndexOf(" per ", StringComparison.Ordinal)].Pluralize(inputIsKnownToBeSingular: true) + u[u.IndexOf(" per ", StringComparison.Ordinal)..],
        var u => u.Pluralize(inputIsKnownToBeSingular: true),
    };

    private static string BoundNote(QuantityBound bound) => bound switch
    {
        QuantityBound.AtLeast => " (at least)",
        QuantityBound.AtMost => " (at most)",
        QuantityBound.Approx => " (about)",
        _ => string.Empty,
    };

    internal static string DateName(DateMention d)
    {
        if (d.Value is null)
        {
            return "unresolved";
        }

        var mod = d.Mod is null ? string.Empty : d.Mod.ToLowerInvariant().Replace('_', ' ') + " of ";
        if (DateOnly.TryParseExact(d.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return mod + day.ToDateTime(TimeOnly.MinValue).ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        }

        if (DateOnly.TryParseExact(d.Value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return mod + month.ToDateTime(TimeOnly.MinValue).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        }

        return mod + d.Value;
    }
}
