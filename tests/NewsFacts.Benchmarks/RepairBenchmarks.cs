using System.Text;
using BenchmarkDotNet.Attributes;

namespace NewsFacts.Benchmarks;

/// <summary>The repair stage: a clean article, the seed article with its mojibake and broken lines, and heavily damaged text.</summary>
[MemoryDiagnoser]
public class RepairBenchmarks
{
    private string _clean = string.Empty;
    private string _seed = string.Empty;
    private string _damaged = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _seed = Corpus.Articles().First(a => a.Metadata.Id!.StartsWith("000", StringComparison.Ordinal)).Body;
        _clean = TextRepair.Repair(_seed).Text;
        var damaged = new StringBuilder();
        var latin1 = Encoding.Latin1;
        foreach (var line in _clean.Split('\n'))
        {
            // UTF-8 bytes read back as Latin-1, every other paragraph: mixed damage as found in the wild.
            damaged.Append(damaged.Length % 2 == 0 ? latin1.GetString(Encoding.UTF8.GetBytes(line.Replace("e", "é", StringComparison.Ordinal))) : line).Append('\n');
        }

        _damaged = damaged.ToString();
    }

    [Benchmark(Baseline = true)]
    public RepairedText CleanArticle() => TextRepair.Repair(_clean);

    [Benchmark]
    public RepairedText SeedArticle() => TextRepair.Repair(_seed);

    [Benchmark]
    public RepairedText DamagedArticle() => TextRepair.Repair(_damaged);
}
