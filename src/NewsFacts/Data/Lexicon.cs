using System.Collections.Concurrent;
using System.Reflection;

namespace NewsFacts.Data;

/// <summary>
/// Reads the lexicons (countries, demonyms, units, scale words, reporting verbs, titles...) that live as
/// tab-separated data files in <c>Data/</c>, embedded in the assembly. Blank lines and lines opening with
/// <c>#</c> are skipped; each other line is split on tabs. Files are read once and cached.
/// </summary>
internal static class Lexicon
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string[]>> Cache = new(StringComparer.Ordinal);

    private static readonly AsyncLocal<LexiconAdditions?> Ambient = new();

    /// <summary>The entries a pipeline adds to the data files while it extracts, or null outside such a pipeline.</summary>
    public static LexiconAdditions? Current => Ambient.Value;

    /// <summary>The rows of <c>Data/NAME</c> (for instance <c>"quantity-units.tsv"</c>; the folder is flat), then the rows <see cref="Current"/> adds to it.</summary>
    /// <exception cref="InvalidOperationException">No such data file is embedded (a build mistake, not bad input).</exception>
    public static IReadOnlyList<string[]> Rows(string name)
    {
        var rows = Cache.GetOrAdd(name, Load);
        return Current?.RowsOf(name) is { Count: > 0 } added ? [.. rows, .. added] : rows;
    }

    /// <summary>
    /// Makes <paramref name="additions"/> the entries that <see cref="Rows"/> adds, until the result is disposed (on this
    /// thread and the tasks it starts). A lexicon built from the data files is built once per set of additions: see
    /// <see cref="Cached{T}"/>.
    /// </summary>
    public static Scope Use(LexiconAdditions? additions) => new(additions);

    /// <summary>
    /// The lexicon built by <paramref name="build"/> for <see cref="Current"/>: <paramref name="builtIn"/> when nothing is
    /// added, else one built once for these additions and kept as long as they live.
    /// </summary>
    public static T Cached<T>(string key, Func<T> build, Lazy<T> builtIn)
        where T : class => Current is { } additions ? (T)additions.Built.GetOrAdd(key, static (_, make) => make(), build) : builtIn.Value; // no closure: this runs on every lexicon read

    /// <summary>Restores the additions that were in force before <see cref="Use"/>.</summary>
    internal readonly struct Scope : IDisposable
    {
        private readonly LexiconAdditions? _previous;

        public Scope(LexiconAdditions? additions)
        {
            _previous = Ambient.Value;
            Ambient.Value = additions;
        }

        public void Dispose() => Ambient.Value = _previous;
    }

    /// <summary>The first column of every row, as a set (case-insensitive).</summary>
    public static HashSet<string> Words(string name) => new(Rows(name).Select(r => r[0]), StringComparer.OrdinalIgnoreCase);

    private static IReadOnlyList<string[]> Load(string name)
    {
        var resource = "NewsFacts.Data." + name;
        var assembly = typeof(Lexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The data file '{name}' is not embedded (looked for resource '{resource}').");
        using var reader = new StreamReader(stream);
        return [.. Parse(reader).Select(r => r.Cells)];
    }

    /// <summary>The rows of a data file with their line numbers (from 1): blank lines and <c>#</c> comments skipped, cells split on tabs and trimmed.</summary>
    public static IEnumerable<(int Line, string[] Cells)> Parse(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return (number, line.Split('\t').Select(c => c.Trim()).ToArray());
        }
    }
}
