using BenchmarkDotNet.Attributes;

namespace NewsFacts.Benchmarks;

/// <summary>Claim building over the corpus articles, with every mention recognized ahead.</summary>
[MemoryDiagnoser]
public class ClaimBenchmarks
{
    private DocumentContext _document = DocumentContext.Of(string.Empty);
    private IReadOnlyList<QuantityMention> _quantities = [];
    private IReadOnlyList<DateMention> _dates = [];
    private IReadOnlyList<CountryMention> _countries = [];
    private IReadOnlyList<QuoteMention> _quotes = [];

    [GlobalSetup]
    public void Setup()
    {
        _document = DocumentContext.Of(Corpus.Text(), new DateOnly(2021, 3, 18));
        _dates = DateRecognizer.Default.Recognize(_document);
        _quantities = QuantityRecognizer.Default.Recognize(_document);
        _countries = CountryRecognizer.Default.Recognize(_document);
        _quotes = QuoteRecognizer.Default.Recognize(_document);
    }

    [Benchmark]
    public int BuildClaims() => ClaimBuilder.Build(_document, _quantities, _dates, _countries, _quotes).Count;
}
