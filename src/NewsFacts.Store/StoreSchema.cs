using System.Data.Common;
using System.Globalization;

namespace NewsFacts.Store;

/// <summary>
/// The store's schema as numbered migrations, applied in order, each once, in its own write transaction; the table
/// <c>schema_migrations</c> records which have been applied. A migration is never edited once released: a change is
/// a new migration. The schema is documented in docs/store.md.
/// </summary>
internal static class StoreSchema
{
    /// <summary>The migrations: version, name, statements (<c>{id}</c> stands for the dialect's auto-numbered key).</summary>
    public static readonly IReadOnlyList<(int Version, string Name, string[] Statements)> Migrations =
    [
        (1, "articles, extractions, claims, stories, reports",
        [
            "CREATE TABLE stories (id TEXT PRIMARY KEY, title TEXT, created TEXT NOT NULL)",
            """
            CREATE TABLE articles (
                id {id},
                seq BIGINT NOT NULL UNIQUE,
                content_hash TEXT NOT NULL UNIQUE,
                doc_key TEXT NOT NULL,
                version INTEGER NOT NULL,
                source_id TEXT NOT NULL,
                path TEXT, title TEXT, outlet TEXT, published TEXT, url TEXT,
                text TEXT NOT NULL,
                story_id TEXT NOT NULL REFERENCES stories(id),
                ingested TEXT NOT NULL,
                UNIQUE (doc_key, version))
            """,
            "CREATE INDEX articles_story ON articles (story_id)",
            """
            CREATE TABLE extractions (
                id {id},
                article_id BIGINT NOT NULL REFERENCES articles(id),
                library_version TEXT NOT NULL,
                extracted TEXT NOT NULL,
                facts_json TEXT NOT NULL,
                UNIQUE (article_id, library_version))
            """,
            """
            CREATE TABLE claims (
                extraction_id BIGINT NOT NULL REFERENCES extractions(id),
                claim_id TEXT NOT NULL,
                predicate TEXT NOT NULL, value DOUBLE PRECISION NOT NULL, value_max DOUBLE PRECISION, unit TEXT, bound TEXT NOT NULL,
                actor TEXT, recipient TEXT, speaker TEXT, modality TEXT NOT NULL, date_value TEXT, sentence TEXT NOT NULL,
                PRIMARY KEY (extraction_id, claim_id))
            """,
            "CREATE TABLE reports (id {id}, created TEXT NOT NULL)",
            "CREATE TABLE report_stories (report_id BIGINT NOT NULL REFERENCES reports(id), story_id TEXT NOT NULL REFERENCES stories(id), articles INTEGER NOT NULL, last_seq BIGINT NOT NULL, PRIMARY KEY (report_id, story_id))",
            "CREATE TABLE report_conflicts (report_id BIGINT NOT NULL REFERENCES reports(id), story_id TEXT NOT NULL, signature TEXT NOT NULL, kind TEXT NOT NULL, conflict_key TEXT NOT NULL, summary TEXT NOT NULL, PRIMARY KEY (report_id, story_id, signature))",
        ]),
    ];

    /// <summary>The newest schema version this library knows.</summary>
    public static int Latest => Migrations[^1].Version;

    /// <summary>Applies the migrations not yet applied; returns the schema version.</summary>
    /// <exception cref="InvalidOperationException">The store was made by a newer library (a schema version this one does not know).</exception>
    public static int Migrate(DbConnection connection, StoreDialect dialect)
    {
        using (var tx = dialect.BeginWrite(connection))
        {
            StoreDialect.Execute(connection, tx, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)");
            tx.Commit();
        }

        foreach (var (version, name, statements) in Migrations)
        {
            using var tx = dialect.BeginWrite(connection);
            if (StoreDialect.Scalar(connection, tx, "SELECT COUNT(*) FROM schema_migrations WHERE version = @v", ("@v", version)) is { } n && Convert.ToInt64(n, CultureInfo.InvariantCulture) > 0)
            {
                continue;
            }

            foreach (var statement in statements)
            {
                StoreDialect.Execute(connection, tx, statement.Replace("{id}", dialect.Identity, StringComparison.Ordinal));
            }

            StoreDialect.Execute(connection, tx, "INSERT INTO schema_migrations (version, name, applied) VALUES (@v, @n, @a)", ("@v", version), ("@n", name), ("@a", ClaimStore.Now()));
            tx.Commit();
        }

        var current = Convert.ToInt32(StoreDialect.Scalar(connection, null, "SELECT MAX(version) FROM schema_migrations"), CultureInfo.InvariantCulture);
        if (current > Latest)
        {
            throw new InvalidOperationException($"The store has schema version {current}; this library knows versions up to {Latest}. Use a newer NewsFacts.");
        }

        return current;
    }
}
