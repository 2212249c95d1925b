namespace NewsFacts.Claims;

/// <summary>What a predicate does with the counted things, for choosing actor and recipient.</summary>
internal enum PredicateClass
{
    /// <summary>The subject hands it to a recipient ("send", "lend", "export").</summary>
    Give,

    /// <summary>The subject receives it from a giver, who is the one acting ("receive", "obtain").</summary>
    Get,

    /// <summary>The subject acts to obtain it, from a counterparty who is the recipient of the act ("buy", "import", "order", "request").</summary>
    Acquire,

    /// <summary>The subject has it ("have", "stockpile").</summary>
    Hold,

    /// <summary>A promise to give ("pledge", "promise"); also makes the claim planned.</summary>
    Commit,

    /// <summary>Anything else ("die", "halt", "reach").</summary>
    Event,
}

/// <summary>A predicate lemma and its class.</summary>
internal sealed record Predicate(string Lemma, PredicateClass Class);

/// <summary>The kind of a named thing a claim can be about or come from.</summary>
internal enum EntityKind
{
    Country,
    Company,
    Product,
    Programme,
    Organization,

    /// <summary>A body the article names that no lexicon knows (<see cref="NamedBodies.Bodies"/>): a company, ministry, agency, bank or union.</summary>
    Body,

    /// <summary>A person a relative clause or an apposition names ("Juan Soto, a farmer who"), read where the subject is found, never listed among the entities.</summary>
    Person,
}

/// <summary>
/// The claim lexicons: predicates (<c>claim-predicates.tsv</c>), cue words (<c>claim-cues.tsv</c>) and named entities
/// (<c>claim-entities.tsv</c>), loaded once.
/// </summary>
internal sealed class ClaimLexicon
{
    private ClaimLexicon()
    {
        foreach (var row in Lexicon.Rows("claim-predicates.tsv"))
        {
            if (row.Length < 3)
            {
                continue;
            }

            var cls = row[1] switch
            {
                "give" => PredicateClass.Give,
                "get" => PredicateClass.Get,
                "acquire" => PredicateClass.Acquire,
                "hold" => PredicateClass.Hold,
                "commit" => PredicateClass.Commit,
                _ => PredicateClass.Event,
            };
            var predicate = new Predicate(row[0], cls);
            foreach (var form in row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Verbs.TryAdd(form, predicate);
            }

            if (row.Length > 3)
            {
                foreach (var form in row[3].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    Nouns.TryAdd(form, predicate);
                }
            }
        }

        foreach (var row in Lexicon.Rows("claim-cues.tsv"))
        {
            if (row.Length < 2)
            {
                continue;
            }

            var words = row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!Cues.TryGetValue(row[0], out var list))
            {
                Cues[row[0]] = list = [];
            }

            list.Add(words);
            if (row[0] == "nominal" && row.Length > 2)
            {
                Nominals[row[1]] = row[2] switch
                {
                    "company" => EntityKind.Company,
                    "org" => EntityKind.Organization,
                    _ => EntityKind.Country,
                };
            }
        }

        foreach (var row in Lexicon.Rows("claim-entities.tsv"))
        {
            if (row.Length < 2)
            {
                continue;
            }

            var kind = row[1] switch
            {
                "company" => EntityKind.Company,
                "product" => EntityKind.Product,
                "programme" => EntityKind.Programme,
                _ => EntityKind.Organization,
            };
            Entities.Add((row[0], row[0], kind));
            if (row.Length > 2)
            {
                foreach (var form in row[2].Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    Entities.Add((form, row[0], kind));
                }
            }
        }

        Entities.Sort((a, b) => b.Form.Length.CompareTo(a.Form.Length));
        foreach (var (role, list) in Cues)
        {
            _words[role] = list.Where(w => w.Length == 1).Select(w => w[0]).ToHashSet(StringComparer.Ordinal);
        }
    }

    private readonly Dictionary<string, HashSet<string>> _words = new(StringComparer.Ordinal);

    /// <summary>The lexicon, loaded once.</summary>
    public static ClaimLexicon Instance => Lexicon.Cached("claim", () => new ClaimLexicon(), Shared);

    private static readonly Lazy<ClaimLexicon> Shared = new(() => new ClaimLexicon());

    /// <summary>Verb forms ("sent") to their predicate ("send").</summary>
    public Dictionary<string, Predicate> Verbs { get; } = new(StringComparer.Ordinal);

    /// <summary>Noun forms ("deaths", "donation") to the predicate they carry ("die", "donate").</summary>
    public Dictionary<string, Predicate> Nouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Cue phrases by role, each a sequence of lower-case words.</summary>
    public Dictionary<string, List<string[]>> Cues { get; } = new(StringComparer.Ordinal);

    /// <summary>Definite descriptions ("the company") and the kind of entity they stand for.</summary>
    public Dictionary<string, EntityKind> Nominals { get; } = new(StringComparer.Ordinal);

    /// <summary>Written entity forms, longest first, with their canonical name and kind.</summary>
    public List<(string Form, string Canonical, EntityKind Kind)> Entities { get; } = [];

    /// <summary>The ISO codes of the countries (<c>country-names.tsv</c>).</summary>
    public HashSet<string> Codes => CountryLexicon.Instance.Codes;

    /// <summary>Capitals and seats of government written as one word ("Dublin", "Tokyo") to their country's code.</summary>
    public Dictionary<string, string> Capitals { get; } = Lexicon.Rows("country-names.tsv")
        .Where(r => r.Length >= 3 && r[1] == "metonym" && !r[2].Contains(' ', StringComparison.Ordinal))
        .GroupBy(r => r[2], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First()[0], StringComparer.Ordinal);

    /// <summary>The single-word cues of a role, as a set.</summary>
    public HashSet<string> Words(string role) => _words.TryGetValue(role, out var set) ? set : [];

    /// <summary>The cue phrases of a role.</summary>
    public List<string[]> Phrases(string role) => Cues.TryGetValue(role, out var list) ? list : NoPhrases; // a List, so that a loop over it allocates no enumerator

    private static readonly List<string[]> NoPhrases = [];
}
