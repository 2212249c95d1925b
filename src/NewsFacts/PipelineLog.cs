using Microsoft.Extensions.Logging;

namespace NewsFacts;

/// <summary>What a pipeline logs: the diagnostics that reading and repair noticed, one entry each.</summary>
internal static partial class PipelineLog
{
    /// <summary>Logs the article's reading diagnostics and the repairs, each at the level of its severity.</summary>
    public static void Noticed(ILogger logger, NewsArticle article, IReadOnlyList<Diagnostic> repairs)
    {
        var id = article.Metadata.Id ?? article.Metadata.Title ?? "article";
        foreach (var diagnostic in article.Diagnostics.Concat(repairs))
        {
            var level = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => LogLevel.Error,
                DiagnosticSeverity.Warning => LogLevel.Warning,
                _ => LogLevel.Information,
            };
            Diagnostic(logger, level, id, diagnostic.Code, diagnostic.Message);
        }
    }

    [LoggerMessage(EventId = 1, EventName = "Diagnostic", Message = "{Article}: {Code} {Message}")]
    private static partial void Diagnostic(ILogger logger, LogLevel level, string article, string code, string message);
}
