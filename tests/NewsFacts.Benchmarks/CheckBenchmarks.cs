using BenchmarkDotNet.Attributes;

namespace NewsFacts.Benchmarks;

/// <summary>
/// Cross-checking many articles: variants of the corpus stories made by <see cref="StoryGenerator"/> (copies,
/// versions, rewrites with paraphrased figures). The two sizes are ten times apart, so a time ratio near ten means
/// the check grows linearly with the number of articles.
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private IReadOnlyList<ArticleFacts> _articles = [];

    [Params(1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => _articles = StoryGenerator.FromCorpus(seed: 7).Generate(Articles);

    [Benchmark]
    public CrossCheckReport Check() => News.Check(_articles);
}
