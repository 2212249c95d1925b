using System.Text;

namespace NewsFacts.Cli;

/// <summary>What <c>extract</c> and <c>check</c> do once their arguments are parsed.</summary>
internal static class Commands
{
    public static int Extract(string[] paths, ArticleMetadata? overrides, string format, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var inputs = ArticleReader.ExpandPaths(paths);
        var exit = Harness.Success;
        using var progress = Progress.Start(stderr, inputs.Count, "extract");
        using var csv = format == "csv" ? new ClaimCsvWriter(stdout) : null; // one sheet for the batch: a header, then every article's claims
        var first = true;
        foreach (var input in inputs)
        {
            var (facts, source, error) = Load(input, overrides, stdin);
            if (error is not null)
            {
                exit = Harness.BadInput;
                progress.WriteLine(stderr, $"newsfacts: {input.Path}: {error.Message}");
                if (format == "json")
                {
                    stdout.WriteLine(NewsJson.SerializeError(source, error));
                }
            }
            else
            {
                if (format == "json")
                {
                    NewsJson.Write(facts!, stdout);
                    stdout.WriteLine();
                }
                else if (csv is not null)
                {
                    csv.Write(facts!);
                }
                else if (format == "jsonld")
                {
                    stdout.WriteLine(JsonLdReport.Serialize(facts!)); // JSON Lines, like json: one document per article
                }
                else
                {
                    if (!first)
                    {
                        stdout.WriteLine(format == "markdown" ? "\n---\n" : "\n");
                    }

                    stdout.Write(format == "markdown" ? NewsReport.ToMarkdown(facts!) : NewsReport.ToText(facts!));
                }

                first = false;
            }

            stdout.Flush(); // each article's output goes out whole as soon as it is made, however stdout buffers
            progress.Advance();
        }

        return exit;
    }

    public static int Check(string[] paths, ArticleMetadata? overrides, string format, string? output, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var (articles, skipped, exit) = LoadAll(paths, overrides, "check", stdin, stderr);
        // A pile of several stories is checked story by story; a pile of one gives the one report as before.
        var report = News.CheckStories(articles) with { Skipped = skipped };
        var text = format switch
        {
            "html" => HtmlReport.Render(report, articles),
            "text" => NewsReport.ToText(report),
            "markdown" => NewsReport.ToMarkdown(report),
            // CSV and JSON-LD have no story column yet: a pile of several stories is one report there.
            "csv" => CsvReport.ToCsv(report.Single ?? News.Check(articles) with { Skipped = skipped }, articles),
            "jsonld" => JsonLdReport.Serialize(report.Single ?? News.Check(articles) with { Skipped = skipped }, articles, indented: true) + "\n",
            _ => NewsJson.Serialize(report, indented: true) + "\n",
        };
        if (output is null)
        {
            stdout.Write(text);
        }
        else
        {
            try
            {
                // A spreadsheet reads a CSV file as UTF-8 only when it starts with the byte-order mark.
                File.WriteAllText(output, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: format == "csv"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"newsfacts: {output}: cannot write the report: {e.Message}");
                return Harness.BadInput;
            }
        }

        return exit;
    }

    /// <summary>Groups a pile into stories; prints <c>{"stories": [{"id", "title", "sources"}]}</c> or one line per story.</summary>
    public static int Stories(string[] paths, string format, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var (articles, _, exit) = LoadAll(paths, null, "stories", stdin, stderr);
        var stories = News.Stories(articles);
        if (format == "text")
        {
            foreach (var story in stories)
            {
                stdout.WriteLine(story);
            }

            return exit;
        }

        using var buffer = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("stories");
            foreach (var story in stories)
            {
                json.WriteStartObject();
                json.WriteString("id", story.Id);
                json.WriteString("title", story.Title);
                json.WriteStartArray("sources");
                foreach (var source in story.Sources)
                {
                    json.WriteStringValue(source);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stdout.Write(Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
        return exit;
    }

    /// <summary>Extracts and stores every article of the paths, one transaction each; prints one line per article and a summary.</summary>
    public static int Ingest(string[] paths, string store, bool queue, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var inputs = ArticleReader.ExpandPaths(paths);
        var exit = Harness.Success;
        if (queue)
        {
            return Enqueue(inputs, store, stdout, stderr);
        }

        using var claims = OpenStore(store, stderr);
        if (claims is null)
        {
            return Harness.BadInput;
        }

        var outcomes = new Dictionary<IngestOutcome, int>();
        foreach (var input in inputs)
        {
            var (facts, _, error) = Load(input, null, stdin, publishedIsDefault: true);
            if (error is not null)
            {
                exit = Harness.BadInput;
                stderr.WriteLine($"newsfacts: {input.Path}: {error.Message}");
                continue;
            }

            var result = claims.Ingest(facts!);
            outcomes[result.Outcome] = outcomes.GetValueOrDefault(result.Outcome) + 1;
            stdout.WriteLine($"{Camel(result.Outcome.ToString()),-13} {result.Story,-6} v{result.Version} {input.Path}");
            stdout.Flush();
        }

        var counts = claims.Counts();
        stdout.WriteLine($"ingested {inputs.Count}: {string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Value} {Camel(o.Key.ToString())}"))}; the store holds {counts.Articles} articles in {counts.Stories} stories");
        return exit;
    }

    /// <summary>Puts every readable input on the store's shared queue for <c>newsfacts worker</c> processes.</summary>
    private static int Enqueue(IReadOnlyList<ArticleInput> inputs, string store, TextWriter stdout, TextWriter stderr)
    {
        if (!ClaimStore.IsPostgres(store))
        {
            stderr.WriteLine($"newsfacts: --queue needs a postgres:// store, not '{store}'");
            return Harness.UsageError;
        }

        var exit = Harness.Success;
        var queue = IngestQueue.Open(store);
        var count = 0;
        foreach (var input in inputs)
        {
            byte[] content;
            try
            {
                content = input.Error is null && input.Path != "-" ? File.ReadAllBytes(input.Path) : throw new IOException(input.Error?.Message ?? "standard input cannot be queued");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                exit = Harness.BadInput;
                stderr.WriteLine($"newsfacts: {input.Path}: {e.Message}");
                continue;
            }

            queue.Enqueue(input.Path, content);
            count++;
        }

        stdout.WriteLine($"queued {count} of {inputs.Count}; {queue.Pending} pending");
        return exit;
    }

    /// <summary>Runs a worker that ingests from the store's shared queue.</summary>
    public static int Work(string store, int threads, int? untilIdle, int recoverAfter, TextWriter stdout, TextWriter stderr)
    {
        if (!ClaimStore.IsPostgres(store))
        {
            stderr.WriteLine($"newsfacts: a worker needs a postgres:// store, not '{store}'");
            return Harness.UsageError;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        var queue = IngestQueue.Open(store, IngestQueueOptions.Default with { RecoverAfter = TimeSpan.FromSeconds(recoverAfter) });
        queue.Work(threads, untilIdle is { } s ? TimeSpan.FromSeconds(s) : null, stderr, stop.Token);
        stdout.WriteLine($"worker {Environment.ProcessId} stopped; {queue.Pending} pending");
        return Harness.Success;
    }

    /// <summary>Reports the conflicts per story from a store, with those opened and closed since the last report.</summary>
    public static int Conflicts(string store, DateOnly? since, string? story, string format, TextWriter stdout, TextWriter stderr)
    {
        using var claims = OpenStore(store, stderr);
        if (claims is null)
        {
            return Harness.BadInput;
        }

        var report = claims.Report(new ConflictQuery { Since = since, Story = story });
        stdout.Write(format == "text" ? StoreReport.ToText(report) : StoreReport.ToJson(report));
        return Harness.Success;
    }

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static ClaimStore? OpenStore(string store, TextWriter stderr)
    {
        try
        {
            return ClaimStore.Open(store);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            stderr.WriteLine($"newsfacts: {store}: cannot open the store: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// Reads and extracts every article of the paths (a bad one is reported on standard error and skipped, and the
    /// exit code says so); ids made unique by a "-2", "-3" suffix; <paramref name="overrides"/> fill what an article lacks.
    /// </summary>
    private static (List<ArticleFacts> Articles, List<SkippedSource> Skipped, int Exit) LoadAll(string[] paths, ArticleMetadata? overrides, string verb, TextReader stdin, TextWriter stderr)
    {
        var inputs = ArticleReader.ExpandPaths(paths);
        var exit = Harness.Success;
        var articles = new List<ArticleFacts>();
        var skipped = new List<SkippedSource>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var progress = Progress.Start(stderr, inputs.Count, verb);
        foreach (var input in inputs)
        {
            var (facts, _, error) = Load(input, overrides, stdin, publishedIsDefault: true);
            progress.Advance();
            if (error is not null)
            {
                exit = Harness.BadInput;
                progress.WriteLine(stderr, $"newsfacts: {input.Path}: {error.Message}");
                skipped.Add(new SkippedSource(input.Path, error));
                continue;
            }

            var id = facts!.Id;
            for (var n = 2; !seen.Add(id); n++)
            {
                id = $"{facts.Id}-{n}";
            }

            articles.Add(id == facts.Id ? facts : facts with { Source = facts.Source with { Id = id } });
        }

        return (articles, skipped, exit);
    }

    private static (ArticleFacts? Facts, ArticleMetadata Source, Diagnostic? Error) Load(ArticleInput input, ArticleMetadata? overrides, TextReader stdin, bool publishedIsDefault = false)
    {
        var source = input.Path == "-" ? new ArticleMetadata { Id = "stdin", Path = "-" } : ArticleReader.SourceOf(input.Path);
        if (input.Error is not null)
        {
            return (null, source, input.Error);
        }

        try
        {
            ArticleReadResult read;
            if (input.Path == "-")
            {
                var text = stdin.ReadToEnd();
                var format = text.TrimStart().StartsWith('<') ? ArticleFormat.Html : ArticleFormat.Text;
                read = ArticleReader.ReadString(text, format, publishedIsDefault ? source : source.With(overrides));
            }
            else
            {
                read = ArticleReader.ReadFile(input.Path, publishedIsDefault ? null : overrides);
            }

            if (!read.Succeeded)
            {
                return (null, read.Source, read.Error);
            }

            var article = read.Article!;
            if (publishedIsDefault && overrides?.Published is { } p && article.Metadata.Published is null)
            {
                article = article with { Metadata = article.Metadata with { Published = p } };
            }

            return (News.Extract(article), article.Metadata, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours must not lose the rest of the batch: report it as this file's error.
            return (null, source, new Diagnostic("NF9999", DiagnosticSeverity.Error, $"internal error while reading this article ({e.GetType().Name}: {e.Message}); please report it"));
        }
    }
}
