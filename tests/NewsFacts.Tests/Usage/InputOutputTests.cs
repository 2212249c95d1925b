using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace NewsFacts.Tests.Usage;

/// <summary>Input from streams, text readers and files read asynchronously; reports to writers and streams; a logger for what reading and repair notice.</summary>
public sealed class InputOutputTests : IDisposable
{
    private const string Story = "The council in Velmora approved 40 new buses on Monday, the mayor said.\n";

    private readonly Harness.TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_stream_and_a_text_reader_read_as_the_same_text_does()
    {
        var expected = NewsArticle.FromText(Story);

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Story));
        using var reader = new StringReader(Story);

        Assert.Equal(expected, NewsArticle.FromStream(stream).Article);
        Assert.Equal(expected, NewsArticle.FromReader(reader).Article);
        Assert.True(stream.CanRead, "the stream is left open");
    }

    [Fact]
    public void A_stream_over_the_limit_or_not_utf8_is_a_diagnostic_not_an_exception()
    {
        using var large = new MemoryStream(new byte[5000].Select(_ => (byte)'a').ToArray());
        using var invalid = new MemoryStream([0x41, 0xC3, 0x28, 0x42]);

        var tooLarge = NewsArticle.FromStream(large, options: new ReadOptions { MaxInputBytes = 1000 });
        var notUtf8 = NewsArticle.FromStream(invalid);

        Assert.Equal(DiagnosticCodes.InputTooLarge, tooLarge.Error?.Code);
        Assert.Equal(DiagnosticCodes.InvalidUtf8, notUtf8.Error?.Code);
        Assert.Equal(DiagnosticCodes.InputTooLarge, NewsArticle.FromReader(new StringReader(new string('a', 2000)), options: new ReadOptions { MaxInputBytes = 1000 }).Error?.Code);
    }

    [Fact]
    public async Task A_file_read_asynchronously_reads_as_it_does_synchronously()
    {
        var path = _temp.File("buses.md", "# Buses\n\n" + Story);

        var read = await NewsArticle.FromFileAsync(path);
        var stream = await ArticleReader.ReadStreamAsync(new MemoryStream(Encoding.UTF8.GetBytes(Story)), ArticleFormat.Text);

        Assert.Equal(NewsArticle.FromFile(path), read);
        Assert.Equal(NewsArticle.FromText(Story), stream.Article);
        Assert.Equal(DiagnosticCodes.MissingPath, (await NewsArticle.FromFileAsync(Path.Combine(_temp.Path, "none.txt"))).Error?.Code);
    }

    [Fact]
    public async Task A_cancelled_token_stops_reading_and_extraction()
    {
        var path = _temp.File("buses.txt", Story);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => NewsArticle.FromFileAsync(path, cancellationToken: cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => News.Extract(NewsArticle.FromText(Story), cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => News.Extract(Story, cancellationToken: cancelled.Token));
    }

    [Fact]
    public void Reports_written_to_writers_and_streams_are_the_reports_as_strings()
    {
        var facts = News.Extract(Story, new ArticleMetadata { Id = "buses" });
        var report = News.Check([facts]);

        Assert.Equal(NewsJson.Serialize(facts), Written(s => NewsJson.Write(facts, s)));
        Assert.Equal(NewsJson.Serialize(report, indented: true), Written(s => NewsJson.Write(report, s, indented: true)));
        Assert.Equal(NewsJson.Serialize(facts), Written(s =>
        {
            using var json = new Utf8JsonWriter(s, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            NewsJson.Write(facts, json);
        }));
        Assert.Equal(NewsReport.ToText(facts), Written(s => NewsReport.WriteText(facts, s)));
        Assert.Equal(NewsReport.ToMarkdown(report), Written(s => NewsReport.WriteMarkdown(report, s)));
        Assert.Equal(HtmlReport.Render(report, [facts]), Written(s => HtmlReport.Write(report, [facts], s)));

        using var text = new StringWriter();
        NewsReport.WriteMarkdown(facts, text);
        NewsJson.Write(report, text);
        Assert.Equal(NewsReport.ToMarkdown(facts) + NewsJson.Serialize(report), text.ToString());
    }

    [Fact]
    public void A_logger_hears_what_reading_and_repair_noticed_naming_the_article()
    {
        var logger = new ListLogger();
        var pipeline = new NewsPipelineBuilder().UseAll().UseLogger(logger).Build();
        const string Damaged = "The mayor said the bridge won\u00E2\u20AC\u2122t reopen before 2026.\n";

        var facts = pipeline.Extract(Damaged, new ArticleMetadata { Id = "bridge" });

        Assert.NotEmpty(facts.Diagnostics);
        Assert.Equal(facts.Diagnostics.Select(d => $"bridge: {d.Code} {d.Message}"), logger.Messages);
        Assert.Contains(LogLevel.Warning, logger.Levels);
        Assert.Empty(new ListLogger().Messages);
        Assert.Equal(facts, NewsPipeline.Default.Extract(Damaged, new ArticleMetadata { Id = "bridge" }));
    }

    private static string Written(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private sealed class ListLogger : ILogger
    {
        public List<string> Messages { get; } = [];

        public List<LogLevel> Levels { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            Messages.Add(formatter(state, exception));
            Levels.Add(logLevel);
        }
    }
}
