using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace NewsFacts.Store;

/// <summary>
/// A store of extracted articles, their claims and stories, in an SQLite file (any path) or in PostgreSQL
/// (<c>postgres://user:password@host:port/database</c>). Ingesting is idempotent: an article is known by the SHA-256
/// of its normalized text, so the same text twice is stored once; a changed text under a stored article's URL (else
/// its id) is that article's next version and stays in its story. Every extraction keeps the library version that
/// made it. Each article is written in one transaction, and writers are serialized (SQLite's write lock, a PostgreSQL
/// advisory lock), so that a process killed mid-batch loses nothing that was committed and a re-run resumes, and
/// several processes assign stories as one stream would: each writer first replays, in order, the assignments the
/// others made. Extraction runs outside the lock. Not thread-safe: one instance per thread or process.
/// </summary>
public sealed class ClaimStore : IDisposable
{
    private readonly StoreDialect _dialect;
    private readonly DbConnection _connection;
    private StoryStream _stream = new();
    private long _replayed;

    private ClaimStore(string location, StoreDialect dialect)
    {
        Location = location;
        _dialect = dialect;
        _connection = dialect.Open();
        SchemaVersion = StoreSchema.Migrate(_connection, dialect);
    }

    /// <summary>Where the store is: a file path or a PostgreSQL URL.</summary>
    public string Location { get; }

    /// <summary>The schema version, after the migrations this library knows were applied.</summary>
    public int SchemaVersion { get; }

    /// <summary>The library version written with each extraction.</summary>
    public static string LibraryVersion { get; } =
        typeof(ClaimStore).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ClaimStore).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>Opens (and creates or migrates) the store at a file path or a <c>postgres://</c> URL.</summary>
    /// <exception cref="ArgumentException">The location is empty or not a readable URL.</exception>
    /// <exception cref="DbException">The database cannot be opened.</exception>
    public static ClaimStore Open(string location) => new(location, StoreDialect.For(location));

    /// <summary>Whether a location names a PostgreSQL store.</summary>
    public static bool IsPostgres(string location) => StoreDialect.For(location).Name == "postgres";

    /// <summary>Stores an article (see the class remarks); returns what was done.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled (nothing of this article is stored).</exception>
    public IngestResult Ingest(ArticleFacts facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        cancellationToken.ThrowIfCancellationRequested();
        var hash = Hash(facts.Text);
        var json = NewsJson.Serialize(facts);
        var key = facts.Source.Url ?? facts.Id;
        try
        {
            using var tx = _dialect.BeginWrite(_connection);
            using (var known = StoreDialect.Command(_connection, tx, "SELECT id, version, story_id FROM articles WHERE content_hash = @h", ("@h", hash)))
            using (var reader = known.ExecuteReader())
            {
                if (reader.Read())
                {
                    var (id, version, story) = (reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2));
                    reader.Close();
                    var extracted = Convert.ToInt64(StoreDialect.Scalar(_connection, tx, "SELECT COUNT(*) FROM extractions WHERE article_id = @a AND library_version = @v", ("@a", id), ("@v", LibraryVersion)), CultureInfo.InvariantCulture) > 0;
                    if (!extracted)
                    {
                        Extraction(tx, id, facts, json);
                    }

                    tx.Commit();
                    return new IngestResult(facts.Id, extracted ? IngestOutcome.Duplicate : IngestOutcome.NewExtraction, id, version, story);
                }
            }

            Replay(tx);
            string? previousStory = null;
            var previousVersion = 0;
            using (var earlier = StoreDialect.Command(_connection, tx, "SELECT version, story_id FROM articles WHERE doc_key = @k ORDER BY version DESC", ("@k", key)))
            using (var reader = earlier.ExecuteReader())
            {
                if (reader.Read())
                {
                    (previousVersion, previousStory) = (reader.GetInt32(0), reader.GetString(1));
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            var seq = _replayed + 1;
            var storyId = _stream.Add(hash, facts.Source.Title, facts.Text, previousStory).Id;
            _replayed = seq;
            var now = Now();
            StoreDialect.Execute(_connection, tx, "INSERT INTO stories (id, title, created) VALUES (@i, @t, @c) ON CONFLICT (id) DO NOTHING", ("@i", storyId), ("@t", facts.Source.Title ?? FirstLine(facts.Text)), ("@c", now));
            var s = facts.Source;
            var articleId = Convert.ToInt64(StoreDialect.Scalar(_connection, tx,
                """
                INSERT INTO articles (seq, content_hash, doc_key, version, source_id, path, title, outlet, published, url, text, story_id, ingested)
                VALUES (@seq, @h, @k, @v, @sid, @p, @t, @o, @pub, @u, @x, @st, @now) RETURNING id
                """,
                ("@seq", seq), ("@h", hash), ("@k", key), ("@v", previousVersion + 1), ("@sid", facts.Id), ("@p", s.Path), ("@t", s.Title), ("@o", s.Outlet),
                ("@pub", s.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("@u", s.Url), ("@x", facts.Text), ("@st", storyId), ("@now", now)), CultureInfo.InvariantCulture);
            Extraction(tx, articleId, facts, json);
            tx.Commit();
            return new IngestResult(facts.Id, previousVersion > 0 ? IngestOutcome.NewVersion : IngestOutcome.Stored, articleId, previousVersion + 1, storyId);
        }
        catch
        {
            // The stream may hold an assignment that was not committed: start it again, replayed from the store.
            _stream = new StoryStream();
            _replayed = 0;
            throw;
        }
    }

    /// <summary>The stories, in order of creation, each with the ids of its articles (latest versions) in the order they were stored.</summary>
    public IReadOnlyList<Story> Stories() => [.. InStoryOrder(Latest(null)).Select(g => new Story(g.Key, StoryTitle(g.Key), [.. g.Select(a => a.SourceId)]))];

    /// <summary>How much the store holds.</summary>
    public StoreCounts Counts()
    {
        long Count(string table) => Convert.ToInt64(StoreDialect.Scalar(_connection, null, $"SELECT COUNT(*) FROM {table}"), CultureInfo.InvariantCulture);
        return new StoreCounts(Count("articles"), Count("extractions"), Count("claims"), Count("stories"), SchemaVersion);
    }

    /// <summary>
    /// Checks each story from what is stored (the latest version of each article: published last, else stored last;
    /// its newest extraction) and says,
    /// per story, which conflicts opened and closed since the story was last reported; the report is remembered.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled (nothing is remembered).</exception>
    public ConflictsReport Report(ConflictQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= ConflictQuery.All;
        var since = query.Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var articles = Latest(query.Story);
        var stories = new List<StoryConflicts>();
        var remembered = new List<(string Story, int Articles, long LastSeq, IReadOnlyList<Conflict> Conflicts)>();
        foreach (var group in InStoryOrder(articles))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (since is not null && !group.Any(a => string.CompareOrdinal(a.Ingested, since) >= 0))
            {
                continue;
            }

            var list = group.ToList();
            var facts = list.Select(a => NewsJson.DeserializeArticle(a.FactsJson)).Select((f, i) => f with { Source = f.Source with { Id = list[i].SourceId } }).ToList();
            var report = News.Check(facts, cancellationToken: cancellationToken);
            var (lastReport, lastConflicts) = LastReported(group.Key);
            var current = report.Conflicts.ToDictionary(Signature, StringComparer.Ordinal);
            var opened = report.Conflicts.Where(c => !lastConflicts.ContainsKey(Signature(c))).ToList();
            var closed = lastConflicts.Where(p => !current.ContainsKey(p.Key)).Select(p => p.Value).ToList();
            var fresh = lastReport is not { } seen ? list.Count : list.Count(a => a.Seq > seen);
            stories.Add(new StoryConflicts(new Story(group.Key, StoryTitle(group.Key), [.. list.Select(a => a.SourceId)]), report, fresh, opened, closed));
            remembered.Add((group.Key, list.Count, list.Max(a => a.Seq), report.Conflicts));
        }

        var created = Now();
        using var tx = _dialect.BeginWrite(_connection);
        var id = Convert.ToInt64(StoreDialect.Scalar(_connection, tx, "INSERT INTO reports (created) VALUES (@c) RETURNING id", ("@c", created)), CultureInfo.InvariantCulture);
        foreach (var (story, count, lastSeq, conflicts) in remembered)
        {
            StoreDialect.Execute(_connection, tx, "INSERT INTO report_stories (report_id, story_id, articles, last_seq) VALUES (@r, @s, @n, @q)", ("@r", id), ("@s", story), ("@n", count), ("@q", lastSeq));
            foreach (var c in conflicts.DistinctBy(Signature))
            {
                StoreDialect.Execute(_connection, tx, "INSERT INTO report_conflicts (report_id, story_id, signature, kind, conflict_key, summary) VALUES (@r, @s, @g, @k, @y, @m)",
                    ("@r", id), ("@s", story), ("@g", Signature(c)), ("@k", NewsJson.Camel(c.Kind.ToString())), ("@y", c.Key), ("@m", c.Summary));
            }
        }

        tx.Commit();
        return new ConflictsReport(id, created, stories);
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    /// <summary>Now, UTC, ISO 8601 to the millisecond (sorts as text).</summary>
    internal static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    internal static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A conflict's identity across reports: its kind, slot and the claims on each side.</summary>
    private static string Signature(Conflict c) =>
        $"{c.Kind}|{c.Key}|{string.Join(",", c.Claims.Select(x => $"{x.Side}:{x.Source}/{x.ClaimId}").Order(StringComparer.Ordinal))}";

    private static string? FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length == 0 ? null : line.Length > 120 ? line[..120] : line;
    }

    /// <summary>Adds the assignments other writers committed since this instance last looked, in their order.</summary>
    private void Replay(DbTransaction tx)
    {
        using var command = StoreDialect.Command(_connection, tx, "SELECT seq, content_hash, title, text, story_id FROM articles WHERE seq > @s ORDER BY seq", ("@s", _replayed));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            _stream.Add(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3), reader.GetString(4));
            _replayed = reader.GetInt64(0);
        }
    }

    private void Extraction(DbTransaction tx, long articleId, ArticleFacts facts, string json)
    {
        var extraction = Convert.ToInt64(StoreDialect.Scalar(_connection, tx,
            "INSERT INTO extractions (article_id, library_version, extracted, facts_json) VALUES (@a, @v, @e, @j) RETURNING id",
            ("@a", articleId), ("@v", LibraryVersion), ("@e", Now()), ("@j", json)), CultureInfo.InvariantCulture);
        foreach (var c in facts.Claims)
        {
            StoreDialect.Execute(_connection, tx,
                """
                INSERT INTO claims (extraction_id, claim_id, predicate, value, value_max, unit, bound, actor, recipient, speaker, modality, date_value, sentence)
                VALUES (@e, @c, @p, @v, @vm, @u, @b, @a, @r, @s, @m, @d, @t)
                """,
                ("@e", extraction), ("@c", c.Id), ("@p", c.Predicate), ("@v", c.Quantity.Value), ("@vm", c.Quantity.ValueMax), ("@u", c.Quantity.Unit),
                ("@b", NewsJson.Camel(c.Quantity.Bound.ToString())), ("@a", c.Actor), ("@r", c.Recipient), ("@s", c.Speaker), ("@m", NewsJson.Camel(c.Modality.ToString())),
                ("@d", c.Date?.Value), ("@t", facts.Text[c.Sentence.Start..c.Sentence.End]));
        }
    }

    /// <summary>Articles grouped by story, the stories in order of creation ("s2" before "s10").</summary>
    private static IEnumerable<IGrouping<string, StoredArticle>> InStoryOrder(List<StoredArticle> articles) =>
        articles.GroupBy(a => a.Story).OrderBy(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal);

    private sealed record StoredArticle(string Story, string SourceId, long Seq, string Ingested, string FactsJson);

    /// <summary>
    /// The latest version of each article (the one published last; of those, the one stored last) with its newest
    /// extraction, in the order stored; ids made distinct within a story.
    /// </summary>
    private List<StoredArticle> Latest(string? story)
    {
        var rows = new List<StoredArticle>();
        using var command = StoreDialect.Command(_connection, null,
            """
            SELECT a.story_id, a.source_id, a.seq, a.ingested, e.facts_json FROM articles a
            JOIN extractions e ON e.id = (SELECT MAX(e2.id) FROM extractions e2 WHERE e2.article_id = a.id)
            WHERE a.id = (SELECT a2.id FROM articles a2 WHERE a2.doc_key = a.doc_key ORDER BY COALESCE(a2.published, '') DESC, a2.seq DESC LIMIT 1)
            """ + (story is null ? string.Empty : " AND a.story_id = @s") + " ORDER BY a.seq",
            ("@s", story));
        using var reader = command.ExecuteReader();
        var seen = new HashSet<(string, string)>();
        while (reader.Read())
        {
            var (storyId, id) = (reader.GetString(0), reader.GetString(1));
            var unique = id;
            for (var n = 2; !seen.Add((storyId, unique)); n++)
            {
                unique = $"{id}-{n.ToString(CultureInfo.InvariantCulture)}";
            }

            rows.Add(new StoredArticle(storyId, unique, reader.GetInt64(2), reader.GetString(3), reader.GetString(4)));
        }

        return rows;
    }

    private string? StoryTitle(string story) => StoreDialect.Scalar(_connection, null, "SELECT title FROM stories WHERE id = @s", ("@s", story)) as string;

    /// <summary>The last report's newest article of the story (its <c>seq</c>) and its conflicts; null when never reported.</summary>
    private (long? LastSeq, Dictionary<string, ConflictNote> Conflicts) LastReported(string story)
    {
        var last = StoreDialect.Scalar(_connection, null, "SELECT MAX(report_id) FROM report_stories WHERE story_id = @s", ("@s", story));
        if (last is null)
        {
            return (null, new Dictionary<string, ConflictNote>(StringComparer.Ordinal));
        }

        var report = Convert.ToInt64(last, CultureInfo.InvariantCulture);
        var lastSeq = Convert.ToInt64(StoreDialect.Scalar(_connection, null, "SELECT last_seq FROM report_stories WHERE report_id = @r AND story_id = @s", ("@r", report), ("@s", story)), CultureInfo.InvariantCulture);
        var conflicts = new Dictionary<string, ConflictNote>(StringComparer.Ordinal);
        using var command = StoreDialect.Command(_connection, null, "SELECT signature, kind, conflict_key, summary FROM report_conflicts WHERE report_id = @r AND story_id = @s ORDER BY signature", ("@r", report), ("@s", story));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            conflicts[reader.GetString(0)] = new ConflictNote(Enum.Parse<ConflictKind>(reader.GetString(1), ignoreCase: true), reader.GetString(2), reader.GetString(3));
        }

        return (lastSeq, conflicts);
    }
}
