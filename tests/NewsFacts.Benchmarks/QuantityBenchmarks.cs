using BenchmarkDotNet.Attributes;

namespace NewsFacts.Benchmarks;

/// <summary>The quantity stage alone, on a number-dense paragraph repeated to article length.</summary>
[MemoryDiagnoser]
public class QuantityBenchmarks
{
    private const string Paragraph =
        "The ministry said it had shipped 2.5 million doses to 14 provinces and about 300,000 more to clinics, at a cost of $4bn. " +
        "Between 3 and 4 million people, or nearly 12% of adults, are still waiting; up to 48 hours may pass before a 20-km trip. " +
        "Twenty-two hospitals reported more than one hundred and five cases in 2021, and tens of millions of masks were stockpiled.\n";

    private string article = string.Empty;

    [Params(1, 40)]
    public int Paragraphs { get; set; }

    [GlobalSetup]
    public void Setup() => article = string.Concat(Enumerable.Repeat(Paragraph, Paragraphs));

    [Benchmark]
    public int Recognize() => QuantityRecognizer.Default.Recognize(article).Count;
}
