namespace NewsFacts.Checking;

/// <summary>What the cross-checker knows about predicates, units and speakers, read from the <c>check-*.tsv</c> data files.</summary>
internal static class CheckLexicon
{
    /// <summary>A predicate's class (the kind of fact), the terms it states (loan, gift, sale) and whether its figure only grows.</summary>
    internal sealed record PredicateInfo(string Class, string? Terms, bool Cumulative, bool Listed);

    private static readonly Lazy<Dictionary<string, PredicateInfo>> Predicates = new(() =>
        Lexicon.Rows("check-predicates.tsv").Where(r => r.Length >= 2).ToDictionary(
            r => r[0],
            r => new PredicateInfo(r[1], r.Length > 2 && r[2] is not ("-" or "") ? r[2] : null, r.Length > 3 && r[3] == "yes", Listed: true),
            StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<Dictionary<string, string>> Units = new(() =>
        Lexicon.Rows("check-units.tsv").Where(r => r.Length >= 2).ToDictionary(r => r[0], r => r[1], StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<HashSet<string>> IncrementWords = new(() => Lexicon.Words("check-increments.tsv"));

    private static readonly Lazy<Dictionary<string, HashSet<string>>> EventMeasures = new(() =>
        Lexicon.Rows("check-event-measures.tsv").ToDictionary(r => r[0], r => r.Length > 1 ? Lexicon.Words(r[1]) : [], StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<string[]> OfficialBodies = new(() => [.. Lexicon.Rows("check-official-bodies.tsv").Select(r => r[0].ToLowerInvariant())]);

    private static readonly Lazy<HashSet<string>> StopWords = new(() => Lexicon.Words("check-stopwords.tsv"));

    private static readonly Lazy<ILookup<string, string>> Places = new(() =>
        Lexicon.Rows("check-places.tsv").Where(r => r.Length >= 2).ToLookup(r => r[0], r => r[1].ToLowerInvariant(), StringComparer.Ordinal));

    private static readonly Lazy<HashSet<string>> DistanceUnits = new(() => new(Places.Value["unit"], StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<HashSet<string>> Directions = new(() => new(Places.Value["direction"], StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<HashSet<string>> PlaceLinks = new(() => new(Places.Value["link"], StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether a unit family measures the event a sentence tells of and so tells one event from another (a quake's magnitude).</summary>
    public static bool IsEventMeasure(string unitFamily) => EventMeasures.Value.ContainsKey(unitFamily);

    /// <summary>Whether a word names an event that <see cref="IsEventMeasure"/> measures ("quake", "tremor").</summary>
    public static bool IsMeasuredEventNoun(string word) => EventMeasures.Value.Values.Any(nouns => nouns.Contains(word));

    /// <summary>Whether a unit family measures distance, so that its figures may place something from a named place.</summary>
    public static bool IsDistance(string unitFamily) => DistanceUnits.Value.Contains(unitFamily);

    /// <summary>Whether a word gives the direction between a distance and its place ("north", "off", "south-west").</summary>
    public static bool IsDirection(string word) => Directions.Value.Contains(word);

    /// <summary>Whether a word links a distance to its place ("of", "from").</summary>
    public static bool IsPlaceLink(string word) => PlaceLinks.Value.Contains(word);

    /// <summary>The predicate's class and terms; an unlisted lemma is its own class.</summary>
    public static PredicateInfo Predicate(string? lemma)
    {
        var key = (lemma ?? string.Empty).Trim().ToLowerInvariant();
        return Predicates.Value.TryGetValue(key, out var info) ? info : new PredicateInfo(key, null, false, Listed: false);
    }

    /// <summary>The family of a unit: synonyms ("shot", "jab") fold into one ("dose"); currencies and other units stay as they are.</summary>
    public static string UnitFamily(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return string.Empty;
        }

        var u = unit.Trim();
        if (u.Length == 3 && u.All(char.IsAsciiLetterUpper))
        {
            return u;
        }

        u = u.ToLowerInvariant();
        return Units.Value.TryGetValue(u, out var family) ? family : u;
    }

    public static bool IsIncrementWord(string word) => IncrementWords.Value.Contains(word);

    private static readonly Lazy<string[][]> TotalPhrases = new(() =>
        [.. Lexicon.Rows("check-total-phrases.tsv").Select(r => r[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length > 0)]);

    /// <summary>
    /// Whether the sentence marks its figures as a sum over several occasions (Data/check-total-phrases.tsv: "so far",
    /// "a combined", "in all"), matched as whole words whatever the case.
    /// </summary>
    public static bool MarksTotal(string sentence)
    {
        var words = SentenceDiff.Tokens(sentence);
        foreach (var phrase in TotalPhrases.Value)
        {
            for (var k = 0; k + phrase.Length <= words.Count; k++)
            {
                var all = true;
                for (var j = 0; j < phrase.Length && all; j++)
                {
                    all = sentence.AsSpan(words[k + j].Start, words[k + j].End - words[k + j].Start).Equals(phrase[j], StringComparison.OrdinalIgnoreCase);
                }

                if (all)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly Lazy<HashSet<string>> PersonNouns = new(() => Lexicon.Words("check-person-nouns.tsv"));

    /// <summary>
    /// The family two equal figures are compared in to corroborate each other as one fact: "person" for a noun that counts
    /// people by their part in the event (Data/check-person-nouns.tsv: "workers", "robbers", "gunmen"), else the unit's own family.
    /// </summary>
    public static string FactFamily(string unitFamily) => PersonNouns.Value.Contains(unitFamily) ? "person" : unitFamily;

    private static readonly Lazy<HashSet<string>> TakingVerbs = new(() => Lexicon.Words("check-taking-verbs.tsv"));

    /// <summary>Whether a predicate lemma takes from someone ("steal", "seize"): "from" after its figure names who lost it all.</summary>
    public static bool IsTaking(string? lemma) => lemma is not null && TakingVerbs.Value.Contains(lemma.Trim().ToLowerInvariant());

    public static bool IsStopWord(string word) => StopWords.Value.Contains(word);

    private static readonly Lazy<Dictionary<string, string>> Synonyms = new(() =>
        Lexicon.Rows("check-synonyms.tsv").Where(r => r.Length >= 2).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal));

    /// <summary>The one word of <c>check-synonyms.tsv</c> for a stemmed context word ("shoreline": coastline), else the word.</summary>
    public static string Synonym(string stem) => Synonyms.Value.GetValueOrDefault(stem, stem);

    /// <summary>Whether the speaker names an official body ("Foreign Ministry", "White House", "embassy spokesperson").</summary>
    private static readonly Lazy<(string[] Parents, string[] Parts)[]> ParentBodies = new(() =>
        [.. Lexicon.Rows("check-parent-bodies.tsv").Where(r => r.Length >= 2).Select(r => (r[0].ToLowerInvariant().Split('|'), r[1].ToLowerInvariant().Split('|')))]);

    /// <summary>
    /// Whether the body <paramref name="part"/> is under <paramref name="parent"/> ("Indian Navy" under the "Defence
    /// Ministry", "power ministry" under the "Indian government"), as <c>Data/check-parent-bodies.tsv</c> lists them;
    /// both names lower case.
    /// </summary>
    public static bool IsPartOf(string part, string parent)
    {
        var (p, q) = (" " + part + " ", " " + parent + " ");
        return ParentBodies.Value.Any(row => row.Parents.Any(w => q.Contains(" " + w + " ", StringComparison.Ordinal)) && row.Parts.Any(w => p.Contains(" " + w + " ", StringComparison.Ordinal))
            && !row.Parts.Any(w => q.Contains(" " + w + " ", StringComparison.Ordinal)));
    }

    public static bool IsOfficialBody(string speaker)
    {
        var s = " " + speaker.ToLowerInvariant() + " ";
        return OfficialBodies.Value.Any(w => s.Contains(" " + w + " ", StringComparison.Ordinal));
    }
}
