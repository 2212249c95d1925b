using System.Collections.Concurrent;
using Hangfire;
using Hangfire.Common;
using Hangfire.Logging;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace NewsFacts.Store;

/// <summary>How an <see cref="IngestQueue"/> hands out work. Change with <c>with</c>.</summary>
public sealed record IngestQueueOptions
{
    /// <summary>The defaults.</summary>
    public static IngestQueueOptions Default { get; } = new();

    /// <summary>
    /// How long an article taken by a worker that stopped answering (killed, its machine lost) stays hidden before
    /// another worker takes it; also how long a lock that such a worker held on a job's state lasts.
    /// </summary>
    public TimeSpan RecoverAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often an idle worker looks for new articles.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(500);
}

/// <summary>
/// A shared queue of articles to ingest into a PostgreSQL store, on Hangfire with Hangfire.PostgreSql: the queue
/// lives in the store's own database (schema <c>hangfire</c>), so workers on one machine or many need nothing but
/// the database. <see cref="Enqueue(string, byte[])"/> adds an article (its bytes travel with the job, so a worker
/// needs no shared folder); <see cref="Work"/> runs a worker that ingests articles until it is stopped or the queue
/// stays empty. Hangfire hands each job to one worker; a job whose worker dies is handed out again after
/// <see cref="IngestQueueOptions.RecoverAfter"/>, and the store's idempotent ingest (by content hash, in one
/// transaction) makes a second run of a job that had already committed a no-op: no article is lost or stored twice.
/// </summary>
public sealed class IngestQueue : IDisposable
{
    /// <summary>The name jobs are written with, whichever assembly enqueued them (the library or the harness).</summary>
    private const string JobTypeName = "NewsFacts.Store.IngestJob";

    private static readonly Lock TypesLock = new();
    private static bool s_typesSet;

    private readonly PostgreSqlStorage _storage;
    private readonly IngestQueueOptions _options;
    private readonly string _location;

    private IngestQueue(string location, IngestQueueOptions options)
    {
        _location = location;
        _options = options;
        UseStableJobNames();
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = options.PollInterval,
            InvisibilityTimeout = options.RecoverAfter,
            UseSlidingInvisibilityTimeout = true,
            // A worker killed while it held a job's state lock would leave the job stuck until the lock expires
            // (10 minutes by default): the lock is held only for a state change, so it expires as a job is recovered.
            DistributedLockTimeout = options.RecoverAfter,
        };
        _storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(StoreDialect.ConnectionString(location), storageOptions), storageOptions);
    }

    /// <summary>Opens the queue of the PostgreSQL store at a <c>postgres://</c> URL (creating Hangfire's tables when missing).</summary>
    /// <exception cref="ArgumentException">The location is not a PostgreSQL URL.</exception>
    public static IngestQueue Open(string location, IngestQueueOptions? options = null)
    {
        if (!ClaimStore.IsPostgres(location))
        {
            throw new ArgumentException($"'{location}' is not a postgres:// URL: the shared queue needs a PostgreSQL store.", nameof(location));
        }

        return new IngestQueue(location, options ?? IngestQueueOptions.Default);
    }

    /// <summary>Adds an article read from a file; returns the job id.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public string Enqueue(string path) => Enqueue(path, File.ReadAllBytes(path));

    /// <summary>Adds an article given by its path (its id and format come from the name) and its bytes; returns the job id.</summary>
    public string Enqueue(string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        return new BackgroundJobClient(_storage).Enqueue<IngestJob>(job => job.Ingest(path, content));
    }

    /// <summary>
    /// The articles not yet ingested: waiting, taken by a worker (being ingested, or taken by one that died and not
    /// yet handed out again), or waiting to be retried.
    /// </summary>
    public long Pending
    {
        get
        {
            var monitor = _storage.GetMonitoringApi();
            return monitor.EnqueuedCount("default") + monitor.FetchedCount("default") + monitor.ScheduledCount();
        }
    }

    /// <summary>
    /// Runs a worker of <paramref name="threads"/> threads (each with its own store connection) until the token is
    /// cancelled or, when <paramref name="untilIdle"/> is given, until nothing has been pending for that long;
    /// <paramref name="log"/> receives a line per article that could not be read and the job engine's warnings and errors.
    /// </summary>
    public void Work(int threads = 1, TimeSpan? untilIdle = null, TextWriter? log = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        using var activator = new StoreActivator(_location, log ?? TextWriter.Null);
        if (log is not null)
        {
            LogProvider.SetCurrentLogProvider(new WarningLog(log));
        }

        var options = new BackgroundJobServerOptions
        {
            WorkerCount = threads,
            Activator = activator,
            SchedulePollingInterval = TimeSpan.FromSeconds(1),
            ServerName = $"newsfacts-{Environment.ProcessId}-{Guid.NewGuid():N}",
        };
        using (new BackgroundJobServer(options, _storage))
        {
            var idleSince = DateTime.UtcNow;
            while (!cancellationToken.IsCancellationRequested)
            {
                if (cancellationToken.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(250)))
                {
                    break;
                }

                if (untilIdle is not { } idle)
                {
                    continue;
                }

                if (Pending > 0)
                {
                    idleSince = DateTime.UtcNow;
                }
                else if (DateTime.UtcNow - idleSince >= idle)
                {
                    break;
                }
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // PostgreSqlStorage holds no connection between calls.
    }

    /// <summary>Jobs are written as <see cref="JobTypeName"/> without an assembly, so that a job enqueued by the library runs in the harness and back.</summary>
    private static void UseStableJobNames()
    {
        lock (TypesLock)
        {
            if (s_typesSet)
            {
                return;
            }

            GlobalConfiguration.Configuration
                .UseTypeSerializer(t => t == typeof(IngestJob) ? JobTypeName : TypeHelper.DefaultTypeSerializer(t))
                .UseTypeResolver(n => n == JobTypeName ? typeof(IngestJob) : TypeHelper.DefaultTypeResolver(n));
            s_typesSet = true;
        }
    }

    /// <summary>Hangfire's warnings and errors (a job that failed and will be retried, a lost connection) as lines of the worker's log.</summary>
    private sealed class WarningLog(TextWriter writer) : ILogProvider, ILog
    {
        public ILog GetLogger(string name) => this;

        public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            if (logLevel < LogLevel.Warn)
            {
                return false;
            }

            if (messageFunc is not null)
            {
                lock (writer)
                {
                    writer.WriteLine($"newsfacts: worker: {logLevel.ToString().ToLowerInvariant()}: {messageFunc()}{(exception is null ? string.Empty : " (" + exception.GetType().Name + ": " + exception.Message + ")")}");
                }
            }

            return true;
        }
    }

    /// <summary>Gives each worker thread its own <see cref="ClaimStore"/> (a store is not thread-safe).</summary>
    private sealed class StoreActivator(string location, TextWriter log) : JobActivator, IDisposable
    {
        private readonly ConcurrentDictionary<int, ClaimStore> _stores = new();

        public override object ActivateJob(Type jobType) =>
            jobType == typeof(IngestJob)
                ? new IngestJob(_stores.GetOrAdd(Environment.CurrentManagedThreadId, _ => ClaimStore.Open(location)), log)
                : base.ActivateJob(jobType);

        public void Dispose()
        {
            foreach (var store in _stores.Values)
            {
                store.Dispose();
            }
        }
    }
}

/// <summary>The job an <see cref="IngestQueue"/> worker runs for one article: read, extract, store. Public because the job engine calls it.</summary>
public sealed class IngestJob
{
    private readonly ClaimStore _store;
    private readonly TextWriter _log;

    internal IngestJob(ClaimStore store, TextWriter log)
    {
        _store = store;
        _log = log;
    }

    /// <summary>Ingests the article; one that cannot be read is reported to the worker's log and not retried.</summary>
    public void Ingest(string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        var read = ArticleReader.ReadBytes(content, ArticleReader.FormatOf(path), ArticleReader.SourceOf(path));
        if (!read.Succeeded)
        {
            lock (_log)
            {
                _log.WriteLine($"newsfacts: {path}: {read.Error!.Message}");
            }

            return;
        }

        _store.Ingest(News.Extract(read.Article!));
    }
}
