using System.CommandLine;
using System.Globalization;
using System.Text;

namespace NewsFacts.Cli;

/// <summary>The commands <c>extract</c>, <c>check</c> and <c>stories</c>, testable with any readers and writers.</summary>
internal static class Harness
{
    public const int Success = 0;
    public const int BadInput = 1;
    public const int UsageError = 2;

    private static readonly string[] ExtractFormats = ["json", "text", "markdown", "csv", "jsonld"];
    private static readonly string[] CheckFormats = ["json", "text", "markdown", "html", "csv", "jsonld"];
    private static readonly string[] StoriesFormats = ["json", "text"];

    /// <summary>The store <c>ingest</c> and <c>conflicts</c> use when none is named: an SQLite file in the working folder.</summary>
    private const string DefaultStore = "newsfacts.db";

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var articles = new Argument<string[]>("articles")
        {
            Description = "Article files (.txt, .md, .html), folders (read recursively) or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) that relative dates are resolved against; wins over the article's own" };
        var outlet = new Option<string?>("--outlet") { Description = "Outlet name; wins over the article's own" };
        var title = new Option<string?>("--title") { Description = "Title; wins over the article's own" };
        var extractFormat = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "json" };
        extractFormat.AcceptOnlyFromAmong(ExtractFormats);

        var extract = new Command("extract", "Extract quantities, dates, countries, quotes and claims from articles") { articles, published, outlet, title, extractFormat };

        var checkArticles = new Argument<string[]>("articles") { Description = "The articles to check, of one story or a pile of several (each story is checked apart): files or folders", Arity = ArgumentArity.OneOrMore };
        var checkFormat = new Option<string>("--format") { Description = "Report format", DefaultValueFactory = _ => "json" };
        checkFormat.AcceptOnlyFromAmong(CheckFormats);
        var checkPublished = new Option<string?>("--published") { Description = "Publication date for articles that carry none (YYYY-MM-DD)" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output" };
        var check = new Command("check", "Cross-check articles: copies, facts, conflicts, single-source claims; a pile of several stories is checked story by story") { checkArticles, checkFormat, checkPublished, output };

        var storiesArticles = new Argument<string[]>("articles") { Description = "A pile of articles: files or folders", Arity = ArgumentArity.OneOrMore };
        var storiesFormat = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "json" };
        storiesFormat.AcceptOnlyFromAmong(StoriesFormats);
        var stories = new Command("stories", "Group a pile of articles into stories") { storiesArticles, storiesFormat };

        var ingestArticles = new Argument<string[]>("articles") { Description = "Articles to extract and store: files or folders", Arity = ArgumentArity.OneOrMore };
        var ingestStore = new Option<string>("--store") { Description = "The store: an SQLite file, or postgres://user:password@host:port/database", DefaultValueFactory = _ => DefaultStore };
        var ingestQueue = new Option<bool>("--queue") { Description = "Put the articles on the shared queue of a postgres:// store for 'newsfacts worker' processes instead of ingesting them here" };
        var ingest = new Command("ingest", "Extract articles and store them with their claims and stories (idempotent; one transaction per article)") { ingestArticles, ingestStore, ingestQueue };

        var workerStore = new Option<string>("--store") { Description = "The store: postgres://user:password@host:port/database", Required = true };
        var workerThreads = new Option<int>("--threads") { Description = "Articles ingested at once by this worker", DefaultValueFactory = _ => 1 };
        var workerIdle = new Option<int?>("--until-idle") { Description = "Stop once nothing has been pending for this many seconds (else run until stopped)" };
        var workerRecover = new Option<int>("--recover-after") { Description = "Seconds after which an article taken by a worker that stopped answering is handed to another", DefaultValueFactory = _ => 30 };
        var worker = new Command("worker", "Ingest articles from the shared queue of a postgres:// store (run several, on one machine or many)") { workerStore, workerThreads, workerIdle, workerRecover };

        var conflictsStore = new Option<string>("--store") { Description = "The store: an SQLite file, or postgres://user:password@host:port/database", DefaultValueFactory = _ => DefaultStore };
        var conflictsSince = new Option<string?>("--since") { Description = "Only stories with an article ingested on or after this day (YYYY-MM-DD, UTC)" };
        var conflictsStory = new Option<string?>("--story") { Description = "Only this story (its id, as in the report)" };
        var conflictsFormat = new Option<string>("--format") { Description = "Report format", DefaultValueFactory = _ => "json" };
        conflictsFormat.AcceptOnlyFromAmong(StoriesFormats);
        var conflicts = new Command("conflicts", "Report the conflicts and facts per story from a store, with those opened and closed since the last report") { conflictsStore, conflictsSince, conflictsStory, conflictsFormat };

        var root = new RootCommand("NewsFacts: turn news articles into checkable facts") { extract, check, stories, ingest, conflicts, worker };

        int exit = Success;
        extract.SetAction(parse =>
        {
            var overrides = Overrides(parse.GetValue(published), parse.GetValue(outlet), parse.GetValue(title), stderr, out var ok);
            exit = ok ? Commands.Extract(parse.GetValue(articles)!, overrides, parse.GetValue(extractFormat)!, stdin, stdout, stderr) : UsageError;
        });
        check.SetAction(parse =>
        {
            var overrides = Overrides(parse.GetValue(checkPublished), null, null, stderr, out var ok);
            exit = ok ? Commands.Check(parse.GetValue(checkArticles)!, overrides, parse.GetValue(checkFormat)!, parse.GetValue(output), stdin, stdout, stderr) : UsageError;
        });

        stories.SetAction(parse => exit = Commands.Stories(parse.GetValue(storiesArticles)!, parse.GetValue(storiesFormat)!, stdin, stdout, stderr));

        // The queue's job engine cannot run in the native executable: these two commands go to the framework-dependent harness beside it.
        ingest.SetAction(parse => exit = parse.GetValue(ingestQueue) && !QueueHost.RunsHere
            ? QueueHost.HandOver(args, stderr)
            : Commands.Ingest(parse.GetValue(ingestArticles)!, parse.GetValue(ingestStore)!, parse.GetValue(ingestQueue), stdin, stdout, stderr));
        worker.SetAction(parse =>
        {
            if (!QueueHost.RunsHere)
            {
                exit = QueueHost.HandOver(args, stderr);
                return;
            }

            var (threads, idle, recover) = (parse.GetValue(workerThreads), parse.GetValue(workerIdle), parse.GetValue(workerRecover));
            if (threads < 1 || idle < 0 || recover < 1)
            {
                stderr.WriteLine("newsfacts: --threads and --recover-after must be at least 1, --until-idle at least 0");
                exit = UsageError;
                return;
            }

            exit = Commands.Work(parse.GetValue(workerStore)!, threads, idle, recover, stdout, stderr);
        });
        conflicts.SetAction(parse =>
        {
            DateOnly? since = null;
            if (parse.GetValue(conflictsSince) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    stderr.WriteLine($"newsfacts: --since '{text}' is not a date; want YYYY-MM-DD");
                    exit = UsageError;
                    return;
                }

                since = d;
            }

            exit = Commands.Conflicts(parse.GetValue(conflictsStore)!, since, parse.GetValue(conflictsStory), parse.GetValue(conflictsFormat)!, stdout, stderr);
        });

        var result = root.Parse(args);
        var errors = result.Errors.Select(e => e.Message).Concat(UnknownOptions.Find(result, args)).ToList();
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                stderr.WriteLine($"newsfacts: {error}");
            }

            stderr.WriteLine("Try 'newsfacts --help'.");
            return UsageError;
        }

        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        var code = result.Invoke(config);
        return code != 0 ? code : exit;
    }

    private static ArticleMetadata? Overrides(string? published, string? outlet, string? title, TextWriter stderr, out bool ok)
    {
        ok = true;
        DateOnly? date = null;
        if (published is not null)
        {
            if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                stderr.WriteLine($"newsfacts: --published '{published}' is not a date; want YYYY-MM-DD");
                ok = false;
                return null;
            }

            if (d.Year is < ArticleMetadata.FirstPublishedYear or > ArticleMetadata.LastPublishedYear)
            {
                // Outside these years relative dates ("two years ago", "next month") no longer resolve and silently vanish.
                stderr.WriteLine($"newsfacts: --published '{published}' is outside the years {ArticleMetadata.FirstPublishedYear}-{ArticleMetadata.LastPublishedYear} that relative dates are resolved in");
                ok = false;
                return null;
            }

            date = d;
        }

        return published is null && outlet is null && title is null ? null : new ArticleMetadata { Published = date, Outlet = outlet, Title = title };
    }
}
