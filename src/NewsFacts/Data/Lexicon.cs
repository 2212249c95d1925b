using System.Collections.Concurrent;
using System.Reflection;

namespace NewsFacts;

/// <summary>
/// Reads the lexicons (countries, demonyms, units, scale words, reporting verbs, titles...) that live as
/// tab-separated data files in <c>Data/</c>, embedded in the assembly. Blank lines and lines opening with
/// <c>#</c> are skipped; each other line is split on tabs. Files are read once and cached.
/// </summary>
internal static class Lexicon
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string[]>> Cache = new(StringComparer.Ordinal);

    /// <summary>The rows of <c>Data/NAME</c> (for instance <c>"quantity-units.tsv"</c>; the folder is flat).</summary>
    /// <exception cref="InvalidOperationException">No such data file is embedded (a build mistake, not bad input).</exception>
    public static IReadOnlyList<string[]> Rows(string name) => Cache.GetOrAdd(name, Load);

    /// <summary>The first column of every row, as a set (case-insensitive).</summary>
    public static HashSet<string> Words(string name) => new(Rows(name).Select(r => r[0]), StringComparer.OrdinalIgnoreCase);

    private static IReadOnlyList<string[]> Load(string name)
    {
        var resource = "NewsFacts.Data." + name;
        var assembly = typeof(Lexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The data file '{name}' is not embedded (looked for resource '{resource}').");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            rows.Add(line.Split('\t').Select(c => c.Trim()).ToArray());
        }

        return rows;
    }
}
