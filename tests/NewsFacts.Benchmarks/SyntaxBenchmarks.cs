using BenchmarkDotNet.Attributes;

namespace NewsFacts.Benchmarks;

/// <summary>
/// Part-of-speech tagging and dependency parsing of every sentence of the corpus articles (the model loaded ahead):
/// both stages as <see cref="SyntaxModel.Parse"/> runs them, the tagger alone, the parser alone on tags given ahead,
/// and the model lookups alone (the features of every parser step computed ahead), which is where the time goes.
/// </summary>
[MemoryDiagnoser]
public class SyntaxBenchmarks
{
    private List<string[]> _sentences = [];
    private List<string[]> _normalized = [];
    private List<string[]> _tags = [];
    private List<ulong[]> _steps = [];
    private float[] _scores = [];

    [GlobalSetup]
    public void Setup()
    {
        var text = Corpus.Text();
        _sentences = [.. Segmenter.Segment(text).Sentences.Select(s => ClaimTokenizer.Tokenize(s.Of(text)).Select(t => t.Text).ToArray()).Where(s => s.Length is > 0 and <= SyntaxModel.MaxWords)];
        var model = SyntaxModel.Default;
        _normalized = [.. _sentences.Select(PartOfSpeechTagger.NormalizeAll)];
        _tags = [.. _sentences.Select(s => model.Tagger.Tag(s))];
        _scores = new float[model.Parser.Model.ClassCount];
        for (var k = 0; k < _sentences.Count; k++)
        {
            var state = new ParseState(_sentences[k].Length);
            var features = new List<ulong>();
            while (!state.Done)
            {
                features.Clear();
                DependencyParser.Features(state, _normalized[k], _tags[k], model.Parser.Labels, features);
                _steps.Add([.. features]);
                model.Parser.Model.Score(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), _scores);
                state.Apply(DependencyParser.Best(state, _scores));
            }
        }
    }

    [Benchmark(Baseline = true)]
    public int TagAndParse()
    {
        var words = 0;
        foreach (var sentence in _sentences)
        {
            words += SyntaxModel.Default.Parse(sentence)?.Words.Count ?? 0;
        }

        return words;
    }

    [Benchmark]
    public int TagOnly()
    {
        var tags = 0;
        foreach (var sentence in _sentences)
        {
            tags += SyntaxModel.Default.Tagger.Tag(sentence).Length;
        }

        return tags;
    }

    [Benchmark]
    public int ParseOnly()
    {
        var heads = 0;
        for (var k = 0; k < _sentences.Count; k++)
        {
            heads += SyntaxModel.Default.Parser.ParseNormalized(_normalized[k], _tags[k]).Heads.Length;
        }

        return heads;
    }

    [Benchmark]
    public float ParserLookups()
    {
        var sum = 0f;
        foreach (var step in _steps)
        {
            SyntaxModel.Default.Parser.Model.Score(step, _scores);
            sum += _scores[0];
        }

        return sum;
    }
}
