using BenchmarkDotNet.Attributes;

namespace NewsFacts.Benchmarks;

/// <summary>Quote and speaker recognition over the corpus articles (uncached), and one attribution lookup per sentence.</summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private DocumentContext _document = DocumentContext.Of(string.Empty);

    [GlobalSetup]
    public void Setup() => _document = DocumentContext.Of(Corpus.Text());

    [Benchmark(Baseline = true)]
    public int RecognizeQuotes() => QuoteRecognizer.Scan(_document).Count;

    [Benchmark]
    public int AttributeEverySentence() => _document.Segmentation.Sentences.Count(s => Attribution.SpeakerOf(_document, s) is not null);
}
