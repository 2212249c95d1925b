using BenchmarkDotNet.Attributes;

namespace NewsFacts.Benchmarks;

/// <summary>
/// Grouping a pile into stories: variants of the corpus stories made by <see cref="StoryGenerator"/>. The two sizes
/// are ten times apart, so a time ratio near ten means grouping grows linearly with the pile (the issue allows 15).
/// </summary>
[MemoryDiagnoser]
public class StoryBenchmarks
{
    private IReadOnlyList<ArticleFacts> _articles = [];

    [Params(1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => _articles = StoryGenerator.FromCorpus(seed: 11).Generate(Articles);

    [Benchmark]
    public IReadOnlyList<Story> Stories() => News.Stories(_articles);
}
