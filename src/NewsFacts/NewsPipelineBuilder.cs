using Microsoft.Extensions.Logging;

namespace NewsFacts;

/// <summary>Configures a <see cref="NewsPipeline"/>. Start empty and add stages with the <c>UseXxx</c> methods, then <see cref="Build"/>.</summary>
public sealed class NewsPipelineBuilder
{
    private RepairOptions _repair = RepairOptions.None;
    private bool _quantities, _dates, _countries, _quotes, _claims;
    private ILogger? _logger;

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

    /// <summary>Every stage, with the default repairs.</summary>
    public NewsPipelineBuilder UseAll() => UseRepair().UseQuantities().UseDates().UseCountries().UseQuotes().UseClaims();

    /// <summary>Builds the immutable pipeline.</summary>
    public NewsPipeline Build() => new(_repair, _quantities, _dates, _countries, _quotes, _claims, _logger);
}
