using Microsoft.Extensions.Logging;

namespace NewsFacts;

/// <summary>Configures a <see cref="NewsPipeline"/>. Start empty and add stages with the <c>UseXxx</c> methods, then <see cref="Build"/>.</summary>
public sealed class NewsPipelineBuilder
{
    private RepairOptions _repair = RepairOptions.None;
    private bool _quantities, _dates, _countries, _quotes, _claims;
    private ILogger? _logger;
    private readonly List<(LexiconKind Kind, string[] Cells)> _lexicon = [];

    /// <summary>Repairs text before recognition (mojibake, broken lines, odd spaces, entities).</summary>
    public NewsPipelineBuilder UseRepair(RepairOptions? options = null)
    {
        _repair = options ?? RepairOptions.Default;
        return this;
    }

    /// <summary>Recognizes quantities.</summary>
    public NewsPipelineBuilder UseQuantities()
    {
        _quantities = true;
        return this;
    }

    /// <summary>Recognizes dates, resolved against the publication date.</summary>
    public NewsPipelineBuilder UseDates()
    {
        _dates = true;
        return this;
    }

    /// <summary>Recognizes country mentions.</summary>
    public NewsPipelineBuilder UseCountries()
    {
        _countries = true;
        return this;
    }

    /// <summary>Recognizes direct quotes and their speakers.</summary>
    public NewsPipelineBuilder UseQuotes()
    {
        _quotes = true;
        return this;
    }

    /// <summary>Builds claims from the mentions (turns on quantities too).</summary>
    public NewsPipelineBuilder UseClaims()
    {
        _claims = true;
        _quantities = true;
        return this;
    }

    /// <summary>
    /// Logs what reading and repair noticed in each article (the article's <see cref="ArticleFacts.Diagnostics"/>): one
    /// entry per diagnostic, at the level of its severity, naming the article. Null turns logging off.
    /// </summary>
    public NewsPipelineBuilder UseLogger(ILogger? logger)
    {
        _logger = logger;
        return this;
    }

    /// <summary>Adds a reporting verb form ("harrumphed") with its lemma and kind (<c>speech</c>, <c>hearsay</c> or <c>label</c>), so that quotes attributed with it find their speaker.</summary>
    /// <exception cref="ArgumentException">The form is empty or the kind is not one of those.</exception>
    public NewsPipelineBuilder AddReportingVerb(string form, string lemma, string kind = "speech") => Add(LexiconKind.ReportingVerbs, [form, lemma, kind]);

    /// <summary>Adds a way of writing a country ("the Hexagon" for FR, as a metonym); forms are case-sensitive.</summary>
    /// <exception cref="ArgumentException">The code is not an ISO 3166-1 alpha-2 code or the form is empty.</exception>
    public NewsPipelineBuilder AddCountryAlias(string code, string form, CountryMentionKind kind = CountryMentionKind.Name) =>
        Add(LexiconKind.Countries, [code, NewsJson.Camel(kind.ToString()), form]);

    /// <summary>Adds a unit by its canonical singular name and the ways it is written after a number (the name itself when none are given).</summary>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public NewsPipelineBuilder AddUnit(string unit, params string[] forms) => Add(LexiconKind.Units, [unit, .. forms.Length == 0 ? [unit] : forms]);

    /// <summary>
    /// Adds a known organisation (or product or programme) that claims can be about or come from, by its canonical name,
    /// its type (<c>company</c>, <c>product</c>, <c>programme</c> or <c>organization</c>) and other written forms.
    /// </summary>
    /// <exception cref="ArgumentException">The name is empty or the type is not one of those.</exception>
    public NewsPipelineBuilder AddOrganization(string name, string type = "company", params string[] forms) =>
        Add(LexiconKind.Organizations, [name, type, string.Join('|', forms)]);

    /// <summary>Adds every entry of a tab-separated file in the format of the lexicon's data file (see <see cref="LexiconKind"/>; <c>#</c> comments and blank lines are skipped).</summary>
    /// <exception cref="ArgumentException">A row does not fit the format; the message names its line.</exception>
    public NewsPipelineBuilder AddLexicon(LexiconKind kind, TextReader tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        _lexicon.AddRange(LexiconAdditions.Read(kind, tsv, kind.ToString()).Select(cells => (kind, cells)));
        return this;
    }

    /// <summary>Adds every entry of a tab-separated UTF-8 file in the format of the lexicon's data file; see <see cref="AddLexicon(LexiconKind, TextReader)"/>.</summary>
    /// <exception cref="ArgumentException">A row does not fit the format; the message names the file and line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public NewsPipelineBuilder AddLexiconFile(LexiconKind kind, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        _lexicon.AddRange(LexiconAdditions.Read(kind, reader, path).Select(cells => (kind, cells)));
        return this;
    }

    private NewsPipelineBuilder Add(LexiconKind kind, string[] cells)
    {
        foreach (var cell in cells)
        {
            ArgumentNullException.ThrowIfNull(cell);
        }

        cells = [.. cells.Select(c => c.Trim())];
        if (LexiconAdditions.Problem(kind, cells) is { } problem)
        {
            throw new ArgumentException($"{kind}: {problem}.", nameof(cells));
        }

        _lexicon.Add((kind, cells));
        return this;
    }

    /// <summary>Every stage, with the default repairs.</summary>
    public NewsPipelineBuilder UseAll() => UseRepair().UseQuantities().UseDates().UseCountries().UseQuotes().UseClaims();

    /// <summary>Builds the immutable pipeline.</summary>
    public NewsPipeline Build() => new(_repair, _quantities, _dates, _countries, _quotes, _claims, _logger, _lexicon.Count == 0 ? null : new LexiconAdditions(_lexicon));
}
