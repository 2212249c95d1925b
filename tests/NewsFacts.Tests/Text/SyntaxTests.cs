namespace NewsFacts.Tests.Text;

/// <summary>The part-of-speech tagger and the dependency parser: the shipped model on new sentences, the CoNLL-U reader, and training.</summary>
public sealed class SyntaxTests
{
    // Three small trees in CoNLL-U, written for these tests; the second has a multiword token line to skip.
    private const string Tiny = """
        # text = The port sent ships.
        1	The	the	DET	DT	_	2	det	_	_
        2	port	port	NOUN	NN	_	3	nsubj	_	_
        3	sent	send	VERB	VBD	_	0	root	_	_
        4	ships	ship	NOUN	NNS	_	3	obj	_	_
        5	.	.	PUNCT	.	_	3	punct	_	_

        # text = It didn't rain.
        1	It	it	PRON	PRP	_	3	nsubj	_	_
        2-3	didn't	_	_	_	_	_	_	_	_
        2	did	do	AUX	VBD	_	3	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	rain	rain	VERB	VB	_	0	root	_	_
        5	.	.	PUNCT	.	_	4	punct	_	_

        # text = Farmers sold wheat to mills.
        1	Farmers	farmer	NOUN	NNS	_	2	nsubj	_	_
        2	sold	sell	VERB	VBD	_	0	root	_	_
        3	wheat	wheat	NOUN	NN	_	2	obj	_	_
        4	to	to	ADP	IN	_	5	case	_	_
        5	mills	mill	NOUN	NNS	_	2	obl	_	_
        6	.	.	PUNCT	.	_	2	punct	_	_

        """;

    private static ParsedSentence Parse(string sentence) =>
        SyntaxModel.Default.Parse([.. ClaimTokenizer.Tokenize(sentence).Select(t => t.Text)])!;

    private static int At(ParsedSentence parse, string word) => parse.Words.ToList().IndexOf(word);

    [Fact]
    public void Treebank_reader_keeps_words_and_skips_comments_and_multiword_lines()
    {
        var sentences = Treebank.Read(new StringReader(Tiny));
        Assert.Equal(3, sentences.Count);
        Assert.Equal(["It", "did", "n't", "rain", "."], sentences[1].Words);
        Assert.Equal([3, 3, 4, 0, 4], sentences[1].Heads);
        Assert.Equal("obl", sentences[2].Relations[4]);
    }

    [Fact]
    public void Treebank_reader_reports_a_broken_line_with_its_number()
    {
        var error = Assert.Throws<InvalidDataException>(() => Treebank.Read(new StringReader("1\tThe\tthe\tDET\n")));
        Assert.Contains("Line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Oracle_transitions_rebuild_a_projective_tree()
    {
        var sentence = Treebank.Read(new StringReader(Tiny))[2];
        var labels = sentence.Relations.Distinct(StringComparer.Ordinal).Select((r, k) => (r, k)).ToDictionary(x => x.r, x => x.k, StringComparer.Ordinal);
        var state = new ParseState(sentence.Words.Length);
        while (!state.Done)
        {
            var action = SyntaxTrainer.Oracle(state, sentence, labels);
            Assert.True(state.IsValid(action));
            state.Apply(action);
        }

        Assert.Equal(sentence.Heads, state.Heads.Skip(1));
    }

    [Fact]
    public void Training_is_deterministic_and_the_written_model_reads_back_the_same()
    {
        var sentences = Treebank.Read(new StringReader(Tiny));
        var options = SyntaxTrainingOptions.Default with { TaggerIterations = 3, ParserIterations = 3, Folds = 1, TaggerPrune = 0, ParserPrune = 0 };
        byte[] Bytes(SyntaxModel m)
        {
            using var stream = new MemoryStream();
            m.Write(stream);
            return stream.ToArray();
        }

        var model = SyntaxTrainer.Train(sentences, options);
        var bytes = Bytes(model);
        Assert.Equal(bytes, Bytes(SyntaxTrainer.Train(sentences, options)));

        var read = SyntaxModel.Read(new MemoryStream(bytes));
        string[] words = ["Farmers", "sold", "wheat", "to", "mills", "."];
        Assert.Equal(model.Parse(words), read.Parse(words), new ParseComparer());
        Assert.Equal(1.0, SyntaxTrainer.Score(read, sentences).TagAccuracy, 3);
    }

    [Fact]
    public void A_model_of_another_format_is_refused()
    {
        var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(zip))
        {
            writer.Write("something else");
        }

        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => SyntaxModel.Read(stream));
    }

    [Fact]
    public void Shipped_model_tags_a_news_sentence()
    {
        var parse = Parse("The ministry sent 500 tonnes of rice to the islands on Monday.");
        Assert.Equal("NOUN", parse.Tags[At(parse, "ministry")]);
        Assert.Equal("VERB", parse.Tags[At(parse, "sent")]);
        Assert.Equal("NUM", parse.Tags[At(parse, "500")]);
        Assert.Equal("ADP", parse.Tags[At(parse, "to")]);
    }

    [Fact]
    public void Shipped_model_finds_subject_object_and_the_counted_noun()
    {
        var parse = Parse("The ministry sent 500 tonnes of rice to the islands on Monday.");
        var sent = At(parse, "sent");
        Assert.Equal(sent, parse.Heads[At(parse, "ministry")]);
        Assert.True(parse.Is(At(parse, "ministry"), "nsubj"));
        Assert.Equal(sent, parse.Heads[At(parse, "tonnes")]);
        Assert.Equal(At(parse, "tonnes"), parse.Heads[At(parse, "500")]);
        Assert.Equal(At(parse, "tonnes"), parse.Heads[At(parse, "rice")]);
        Assert.Equal(sent, parse.Heads[At(parse, "islands")]);
    }

    [Fact]
    public void Sentences_beyond_the_word_limit_are_not_parsed()
    {
        Assert.Null(SyntaxModel.Default.Parse([.. Enumerable.Repeat("word", SyntaxModel.MaxWords + 1)]));
        Assert.Null(SyntaxModel.Default.Parse([]));
    }

    private sealed class ParseComparer : IEqualityComparer<ParsedSentence?>
    {
        public bool Equals(ParsedSentence? x, ParsedSentence? y) => x is not null && y is not null
            && x.Tags.SequenceEqual(y.Tags) && x.Heads.SequenceEqual(y.Heads) && x.Relations.SequenceEqual(y.Relations);

        public int GetHashCode(ParsedSentence? obj) => 0;
    }
}
