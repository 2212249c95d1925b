namespace NewsFacts.Stories;

/// <summary>
/// Groups articles into stories as they arrive: each article is assigned when it is added, to the most similar story
/// found or to a new one. An article is a TF-IDF vector of its heaviest terms (<see cref="StoryTerms"/>); a story is
/// the sum of its articles' vectors. Candidate stories come from an inverted index over the articles' heaviest
/// terms, and at most <see cref="StoryOptions.MaxCandidates"/> of them are compared, so the work per article stays
/// bounded and a pile is grouped in near-linear time, never by comparing every pair. Document frequencies are those
/// of every article counted so far (<see cref="Count"/> them all first when the pile is known in advance).
/// Not thread-safe: one stream per writer.
/// </summary>
public sealed class StoryStream
{
    /// <summary>A term found in this many stories is too common to propose candidates; it is no longer looked up.</summary>
    private const int MaxPostings = 256;

    private readonly StoryOptions _options;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly HashSet<string> _counted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _index = new(StringComparer.Ordinal);
    private readonly List<Centroid> _stories = [];
    private readonly Dictionary<string, int> _storyOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _arrival = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _figures = new(StringComparer.Ordinal);
    private int _documents;

    /// <summary>Creates an empty stream.</summary>
    /// <exception cref="ArgumentException">An option is out of range (a similarity outside 0 to 1, a merge similarity outside 0 to 1, a count or weight not above 0, a negative background).</exception>
    public StoryStream(StoryOptions? options = null)
    {
        _options = options ?? StoryOptions.Default;
        if (_options.Similarity is <= 0 or > 1 || _options.MergeSimilarity is < 0 or > 1 || _options.NameWeight <= 0 || _options.Terms < 1 || _options.ProbeTerms < 1 || _options.MaxCandidates < 1 || _options.BackgroundDocuments < 0)
        {
            throw new ArgumentException($"Story options out of range: {_options}.", nameof(options));
        }
    }

    /// <summary>The id of the story an article was added to, or null.</summary>
    internal string? StoryOf(string id) => _storyOf.TryGetValue(id, out var s) ? _stories[s].Id : null;

    /// <summary>The stories so far, in order of their first article.</summary>
    public IReadOnlyList<Story> Stories => [.. _stories.Select(s => s.ToStory())];

    /// <summary>Counts an article's terms into the document frequencies without assigning it (each article once, by id).</summary>
    public void Count(ArticleFacts article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (_counted.Add(article.Id))
        {
            CountTerms(StoryTerms.Count(article.Source.Title, article.Text));
        }
    }

    /// <summary>Assigns an article to a story (a new one when none is similar enough) and returns that story.</summary>
    /// <exception cref="ArgumentException">An article with the same id was added before.</exception>
    public Story Add(ArticleFacts article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Add(article.Id, article.Source.Title, article.Text, null);
    }

    /// <summary>
    /// Adds an article by its id, title and text: to the story <paramref name="story"/> when given (an assignment made
    /// before, replayed in its order so that the stream is as it was; a new id opens the next story), else to the most
    /// similar story or a new one.
    /// </summary>
    internal Story Add(string id, string? title, string text, string? story)
    {
        if (_storyOf.ContainsKey(id))
        {
            throw new ArgumentException($"An article with the id '{id}' was added before.", nameof(id));
        }

        var counts = StoryTerms.Count(title, text);
        if (_counted.Add(id))
        {
            CountTerms(counts);
        }

        var vector = Vector(counts);
        var probe = vector.Take(_options.ProbeTerms).Select(t => t.Term).ToList();
        var shared = new Dictionary<int, int>();
        foreach (var term in probe)
        {
            if (_index.TryGetValue(term, out var stories) && stories.Count < MaxPostings)
            {
                foreach (var s in stories)
                {
                    shared[s] = shared.GetValueOrDefault(s) + 1;
                }
            }
        }

        var best = story is null ? -1 : _stories.FindIndex(c => c.Id == story);
        if (story is null)
        {
            var bestSimilarity = _options.Similarity;
            foreach (var (s, _) in shared.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(_options.MaxCandidates))
            {
                var similarity = _stories[s].Cosine(vector);
                if (similarity >= bestSimilarity)
                {
                    best = s;
                    bestSimilarity = similarity;
                }
            }
        }

        if (best < 0)
        {
            best = _stories.Count;
            _stories.Add(new Centroid(story ?? $"s{best + 1}", title ?? FirstLine(text)));
        }

        _stories[best].Add(id, vector);
        _storyOf[id] = best;
        if (_options.MergeSimilarity > 0)
        {
            _figures[id] = StoryTerms.Figures(text);
        }

        _arrival[id] = _arrival.Count;
        foreach (var term in probe)
        {
            if (!_index.TryGetValue(term, out var stories))
            {
                _index[term] = stories = [];
            }

            if (stories.Count < MaxPostings && !stories.Contains(best))
            {
                stories.Add(best);
            }
        }

        return _stories[best].ToStory();
    }

    /// <summary>
    /// The stories with those whose summed vectors have a cosine of at least <paramref name="similarity"/> merged, the
    /// closest pair first, until no pair is that close (the stream itself is left as it is). Assigning articles one by
    /// one in arrival order can split one story when its first articles share few terms with each other; two halves
    /// of one story still share the story's heavy terms, which stories of other events do not. Two stories that each
    /// state one figure in at least half of their articles (<see cref="StoryTerms.Figures"/>: "23 pirates", "4.6")
    /// merge at half that cosine: reports of one event repeat its figures, while another event of the same kind has
    /// its own. Candidate pairs share one of their heaviest terms; ids are given again in order of each story's first
    /// article.
    /// </summary>
    internal IReadOnlyList<Story> MergedStories(double similarity)
    {
        var groups = _stories.Select(c => c.Copy(source => _arrival[source])).ToList();
        while (true)
        {
            var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var tops = new List<string[]>(groups.Count);
            for (var g = 0; g < groups.Count; g++)
            {
                var top = groups[g].TopTerms(_options.ProbeTerms * 2);
                tops.Add(top);
                foreach (var term in top)
                {
                    if (!index.TryGetValue(term, out var list))
                    {
                        index[term] = list = [];
                    }

                    list.Add(g);
                }
            }

            var figures = groups.Select(g => g.CommonFigures(_figures)).ToList();
            var pairs = new List<(double Similarity, int A, int B)>();
            for (var a = 0; a < groups.Count; a++)
            {
                var seen = new HashSet<int>();
                foreach (var term in tops[a])
                {
                    foreach (var b in index[term])
                    {
                        if (b > a && index[term].Count < MaxPostings && seen.Add(b) && groups[a].Cosine(groups[b]) is var sim
                            && (sim >= similarity || (sim >= similarity / 2 && figures[a].Overlaps(figures[b]))))
                        {
                            pairs.Add((sim, a, b));
                        }
                    }
                }
            }

            if (pairs.Count == 0)
            {
                break;
            }

            var merged = new HashSet<int>();
            var gone = new HashSet<int>();
            foreach (var (_, a, b) in pairs.OrderByDescending(p => p.Similarity).ThenBy(p => p.A).ThenBy(p => p.B))
            {
                if (merged.Contains(a) || merged.Contains(b))
                {
                    continue;
                }

                groups[a].Absorb(groups[b]);
                merged.Add(a);
                merged.Add(b);
                gone.Add(b);
            }

            groups = [.. groups.Where((_, g) => !gone.Contains(g)).OrderBy(g => g.FirstArrival)];
        }

        return [.. groups.Select((g, k) => g.ToStory($"s{k + 1}"))];
    }

    private void CountTerms(Dictionary<string, int> counts)
    {
        _documents++;
        foreach (var term in counts.Keys)
        {
            _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
        }
    }

    /// <summary>The heaviest terms by TF-IDF (log-scaled counts; names weighted up), L2-normalised, heaviest first.</summary>
    private List<(string Term, double Weight)> Vector(Dictionary<string, int> counts)
    {
        var weights = new List<(string Term, double Weight)>(counts.Count);
        foreach (var (term, count) in counts)
        {
            var idf = Math.Log((_documents + _options.BackgroundDocuments + 1.0) / (_documentFrequency.GetValueOrDefault(term) + 1.0));
            if (idf <= 0)
            {
                continue;
            }

            var w = (1 + Math.Log(count)) * idf * (StoryTerms.IsName(term) ? _options.NameWeight : 1);
            weights.Add((term, w));
        }

        var top = weights.OrderByDescending(t => t.Weight).ThenBy(t => t.Term, StringComparer.Ordinal).Take(_options.Terms).ToList();
        var norm = Math.Sqrt(top.Sum(t => t.Weight * t.Weight));
        return norm == 0 ? [] : [.. top.Select(t => (t.Term, t.Weight / norm))];
    }

    private static string? FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length == 0 ? null : line.Length > 120 ? line[..120] : line;
    }

    /// <summary>A story's summed vector (its norm kept up to date) and its articles.</summary>
    private sealed class Centroid(string id, string? title)
    {
        public string Id => id;

        private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);
        private readonly List<string> _sources = [];
        private double _normSquared;

        public void Add(string source, List<(string Term, double Weight)> vector)
        {
            _sources.Add(source);
            foreach (var (term, w) in vector)
            {
                _normSquared += AddWeight(_weights, term, w);
            }
        }

        public double Cosine(List<(string Term, double Weight)> vector)
        {
            if (_normSquared <= 0)
            {
                return 0;
            }

            var dot = 0.0;
            foreach (var (term, w) in vector)
            {
                dot += w * _weights.GetValueOrDefault(term);
            }

            return dot / Math.Sqrt(_normSquared);
        }

        public Story ToStory() => new(id, title, [.. _sources]);

        public Merging Copy(Func<string, int> arrival) => new(title, [.. _sources.Select(source => (arrival(source), source))], new Dictionary<string, double>(_weights, StringComparer.Ordinal), _normSquared);
    }

    /// <summary>A story being merged: its title, its sources with their arrival, its summed vector.</summary>
    private sealed class Merging(string? title, List<(int Arrival, string Source)> sources, Dictionary<string, double> weights, double normSquared)
    {
        private string? _title = title;
        private double _normSquared = normSquared;

        public int FirstArrival => sources[0].Arrival;

        /// <summary>The figures stated in at least half of the story's articles.</summary>
        public HashSet<string> CommonFigures(Dictionary<string, string[]> figures)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (_, source) in sources)
            {
                foreach (var figure in figures.GetValueOrDefault(source) ?? [])
                {
                    counts[figure] = counts.GetValueOrDefault(figure) + 1;
                }
            }

            return [.. counts.Where(p => 2 * p.Value >= sources.Count).Select(p => p.Key)];
        }

        public string[] TopTerms(int count) => [.. weights.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count).Select(p => p.Key)];

        public double Cosine(Merging other)
        {
            if (_normSquared <= 0 || other._normSquared <= 0)
            {
                return 0;
            }

            var (small, large) = weights.Count <= other.Weights.Count ? (weights, other.Weights) : (other.Weights, weights);
            var dot = 0.0;
            foreach (var (term, w) in small)
            {
                dot += w * large.GetValueOrDefault(term);
            }

            return dot / Math.Sqrt(_normSquared * other._normSquared);
        }

        public void Absorb(Merging other)
        {
            if (other.FirstArrival < FirstArrival)
            {
                _title = other.Title;
            }

            foreach (var (term, w) in other.Weights)
            {
                _normSquared += AddWeight(weights, term, w);
            }

            sources.AddRange(other.Sources);
            sources.Sort((x, y) => x.Arrival.CompareTo(y.Arrival));
        }

        private Dictionary<string, double> Weights => weights;

        private List<(int Arrival, string Source)> Sources => sources;

        private string? Title => _title;

        public Story ToStory(string id) => new(id, _title, [.. sources.Select(s => s.Source)]);
    }

    /// <summary>Adds a term's weight to a summed vector and returns how much its squared norm grows.</summary>
    private static double AddWeight(Dictionary<string, double> weights, string term, double weight)
    {
        var old = weights.GetValueOrDefault(term);
        var now = old + weight;
        weights[term] = now;
        return (now * now) - (old * old);
    }
}
