using BenchmarkDotNet.Attributes;

namespace NewsFacts.Benchmarks;

/// <summary>Country recognition over the corpus articles, one document context built ahead.</summary>
[MemoryDiagnoser]
public class CountryBenchmarks
{
    private DocumentContext _document = DocumentContext.Of(string.Empty);

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "corpus");
        var text = Directory.Exists(folder)
            ? string.Join("\n", Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText))
            : "The US will lend doses to Mexico and Canada, the White House said, as Beijing ships vaccines to 69 countries.";
        _document = DocumentContext.Of(text);
    }

    [Benchmark]
    public int RecognizeCountries() => CountryRecognizer.Default.Recognize(_document).Count;
}
