using BenchmarkDotNet.Attributes;

namespace NewsFacts.Benchmarks;

/// <summary>
/// Throughput of one pipeline shared by 1, 2 and 4 threads over the AEB dev pages (read and extract each page): times
/// are per page over all threads, so a ratio under 1 is the gain of more threads (at best 1/2 and 1/4 on enough idle
/// cores). The library is thread-safe: every thread uses <see cref="News.Extract(NewsArticle, CancellationToken)"/>.
/// </summary>
[MemoryDiagnoser]
public class ThreadBenchmarks
{
    private string[] _pages = [];

    [GlobalSetup]
    public void Setup() => _pages = AebPages.Load();

    [Benchmark(Baseline = true, OperationsPerInvoke = AebPages.Count)]
    public int OneThread() => Run(1);

    [Benchmark(OperationsPerInvoke = AebPages.Count)]
    public int TwoThreads() => Run(2);

    [Benchmark(OperationsPerInvoke = AebPages.Count)]
    public int FourThreads() => Run(4);

    /// <summary>Each of <paramref name="threads"/> threads takes the next page until none is left.</summary>
    private int Run(int threads)
    {
        var next = -1;
        var claims = 0;
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            var mine = 0;
            for (var i = Interlocked.Increment(ref next); i < _pages.Length; i = Interlocked.Increment(ref next))
            {
                if (ArticleReader.ReadString(_pages[i], ArticleFormat.Html).Article is { } article)
                {
                    mine += News.Extract(article).Claims.Count;
                }
            }

            Interlocked.Add(ref claims, mine);
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        return claims;
    }
}
