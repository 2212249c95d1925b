using System.Collections.Concurrent;
using System.Globalization;

namespace NewsFacts;

/// <summary>A lexicon a pipeline can add entries to (<see cref="NewsPipelineBuilder.AddLexicon(LexiconKind, TextReader)"/>), with the data file whose format its entries take.</summary>
public enum LexiconKind
{
    /// <summary>Reporting verbs (<c>quote-reporting-verbs.tsv</c>): form, lemma, kind (<c>speech</c>, <c>hearsay</c> or <c>label</c>), and <c>noun</c> when the form is also a plural noun.</summary>
    ReportingVerbs,

    /// <summary>Country forms (<c>country-names.tsv</c>): ISO 3166-1 alpha-2 code, kind (<c>name</c>, <c>demonym</c> or <c>metonym</c>), the form as written (case-sensitive), flags.</summary>
    Countries,

    /// <summary>Units (<c>quantity-units.tsv</c>): the canonical singular name, then every way it is written after a number.</summary>
    Units,

    /// <summary>Known organisations and other named entities (<c>claim-entities.tsv</c>): canonical name, type (<c>company</c>, <c>product</c>, <c>programme</c> or <c>organization</c>), other forms separated by <c>|</c>.</summary>
    Organizations,
}

/// <summary>The entries a pipeline adds to the embedded data files, and the lexicons built with them (once per set).</summary>
internal sealed class LexiconAdditions
{
    private static readonly string[] VerbKinds = ["speech", "hearsay", "label"];
    private static readonly string[] CountryKinds = ["name", "demonym", "metonym"];
    private static readonly string[] EntityTypes = ["company", "product", "programme", "organization"];

    private readonly Dictionary<string, IReadOnlyList<string[]>> _rows;

    public LexiconAdditions(IEnumerable<(LexiconKind Kind, string[] Cells)> rows) =>
        _rows = rows.GroupBy(r => FileOf(r.Kind), StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<string[]>)[.. g.Select(r => r.Cells)], StringComparer.Ordinal);

    /// <summary>The lexicons built with these additions, by name.</summary>
    public ConcurrentDictionary<string, object> Built { get; } = new(StringComparer.Ordinal);

    /// <summary>The rows added to a data file.</summary>
    public IReadOnlyList<string[]> RowsOf(string file) => _rows.TryGetValue(file, out var rows) ? rows : [];

    public static string FileOf(LexiconKind kind) => kind switch
    {
        LexiconKind.ReportingVerbs => "quote-reporting-verbs.tsv",
        LexiconKind.Countries => "country-names.tsv",
        LexiconKind.Units => "quantity-units.tsv",
        LexiconKind.Organizations => "claim-entities.tsv",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a lexicon kind."),
    };

    /// <summary>Why a row does not fit the lexicon's format, or null when it does.</summary>
    public static string? Problem(LexiconKind kind, string[] cells)
    {
        if (cells.Length == 0 || cells[0].Length == 0)
        {
            return "the first cell is empty";
        }

        return kind switch
        {
            LexiconKind.ReportingVerbs when cells.Length > 2 && !VerbKinds.Contains(cells[2], StringComparer.Ordinal) => $"the kind '{cells[2]}' is not one of {string.Join(", ", VerbKinds)}",
            LexiconKind.Countries when cells.Length < 3 => "a country row has a code, a kind and a form",
            LexiconKind.Countries when cells[0].Length != 2 || !cells[0].All(char.IsAsciiLetterUpper) => $"'{cells[0]}' is not an ISO 3166-1 alpha-2 code",
            LexiconKind.Countries when !CountryKinds.Contains(cells[1], StringComparer.Ordinal) => $"the kind '{cells[1]}' is not one of {string.Join(", ", CountryKinds)}",
            LexiconKind.Units when cells.Length < 2 => "a unit row has its name and at least one written form",
            LexiconKind.Organizations when cells.Length < 2 => "an organisation row has a name and a type",
            LexiconKind.Organizations when !EntityTypes.Contains(cells[1], StringComparer.Ordinal) => $"the type '{cells[1]}' is not one of {string.Join(", ", EntityTypes)}",
            _ => null,
        };
    }

    /// <summary>The rows of a data file in the lexicon's format.</summary>
    /// <exception cref="ArgumentException">A row does not fit the format (the message names its line).</exception>
    public static List<string[]> Read(LexiconKind kind, TextReader tsv, string source)
    {
        var rows = new List<string[]>();
        foreach (var (line, cells) in Lexicon.Parse(tsv))
        {
            if (Problem(kind, cells) is { } problem)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{source}, line {line}: {problem}."), nameof(tsv));
            }

            rows.Add(cells);
        }

        return rows;
    }
}
