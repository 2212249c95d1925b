using BenchmarkDotNet.Attributes;

namespace NewsFacts.Benchmarks;

/// <summary>Paragraph and sentence segmentation over the corpus articles.</summary>
[MemoryDiagnoser]
public class SegmentBenchmarks
{
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = Corpus.Text();

    [Benchmark]
    public int Segment() => Segmenter.Segment(_text).Sentences.Count;
}
