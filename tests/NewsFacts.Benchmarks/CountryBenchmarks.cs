using BenchmarkDotNet.Attributes;

namespace NewsFacts.Benchmarks;

/// <summary>Country recognition over the corpus articles, one document context built ahead.</summary>
[MemoryDiagnoser]
public class CountryBenchmarks
{
    private DocumentContext _document = DocumentContext.Of(string.Empty);

    [GlobalSetup]
    public void Setup() => _document = DocumentContext.Of(Corpus.Text());

    [Benchmark]
    public int RecognizeCountries() => CountryRecognizer.Default.Recognize(_document).Count;
}
