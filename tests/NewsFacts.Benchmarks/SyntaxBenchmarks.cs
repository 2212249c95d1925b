using BenchmarkDotNet.Attributes;

namespace NewsFacts.Benchmarks;

/// <summary>Part-of-speech tagging and dependency parsing of every sentence of the corpus articles (the model loaded ahead).</summary>
[MemoryDiagnoser]
public class SyntaxBenchmarks
{
    private List<string[]> _sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        var text = Corpus.Text();
        _sentences = [.. Segmenter.Segment(text).Sentences.Select(s => ClaimTokenizer.Tokenize(s.Of(text)).Select(t => t.Text).ToArray())];
        _ = SyntaxModel.Default;
    }

    [Benchmark]
    public int TagAndParse()
    {
        var words = 0;
        foreach (var sentence in _sentences)
        {
            words += SyntaxModel.Default.Parse(sentence)?.Words.Count ?? 0;
        }

        return words;
    }
}
