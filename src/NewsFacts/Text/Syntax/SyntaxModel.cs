using System.IO.Compression;

namespace NewsFacts.Text;

/// <summary>
/// The trained tagger and parser, as they ship in the library (<c>Data/syntax-en-ewt.bin</c>, trained on UD English
/// EWT, CC BY-SA 4.0; retrained by <c>tools/NewsFacts.SyntaxTrainer</c>). <see cref="Parse"/> reads one sentence.
/// Loaded once, on first use; thread-safe.
/// </summary>
internal sealed class SyntaxModel
{
    /// <summary>The embedded resource that holds the shipped model.</summary>
    internal const string ResourceName = "NewsFacts.Data.syntax-en-ewt.bin";

    /// <summary>The longest sentence parsed, in words: a longer one (a list, lines run together) is not parsed, so that a sentence costs a bounded amount.</summary>
    internal const int MaxWords = 50;

    private const string Magic = "NewsFacts.Syntax/1";

    private static readonly Lazy<SyntaxModel> Shipped = new(LoadShipped);

    public SyntaxModel(PartOfSpeechTagger tagger, DependencyParser parser)
    {
        Tagger = tagger;
        Parser = parser;
    }

    /// <summary>The model that ships in the library.</summary>
    public static SyntaxModel Default => Shipped.Value;

    public PartOfSpeechTagger Tagger { get; }

    public DependencyParser Parser { get; }

    /// <summary>Tags and parses one sentence, given as words; null when it has no words or more than <see cref="MaxWords"/>.</summary>
    public ParsedSentence? Parse(IReadOnlyList<string> words)
    {
        if (words.Count == 0 || words.Count > MaxWords)
        {
            return null;
        }

        var normalized = PartOfSpeechTagger.NormalizeAll(words);
        var tags = Tagger.Tag(words, normalized);
        var (heads, relations) = Parser.ParseNormalized(normalized, tags);
        return new ParsedSentence(words, tags, heads, relations);
    }

    /// <summary>Writes the model, compressed: tags, the tag dictionary and the tagger's weights, then relations and the parser's weights.</summary>
    public void Write(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zip);
        writer.Write(Magic);
        WriteList(writer, Tagger.TagNames);
        writer.Write(Tagger.Dictionary.Count);
        foreach (var (word, tag) in Tagger.Dictionary.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write((byte)tag);
        }

        Tagger.Model.Write(writer);
        WriteList(writer, Parser.Labels);
        Parser.Model.Write(writer);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream does not hold a model of this version.</exception>
    public static SyntaxModel Read(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(zip);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException("Not a NewsFacts syntax model (or one of another version).");
        }

        var tags = ReadList(reader);
        var count = reader.ReadInt32();
        var dictionary = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var k = 0; k < count; k++)
        {
            var word = reader.ReadString();
            dictionary[word] = reader.ReadByte();
        }

        var tagger = new PartOfSpeechTagger(PerceptronModel.Read(reader), tags, dictionary);
        var labels = ReadList(reader);
        return new SyntaxModel(tagger, new DependencyParser(PerceptronModel.Read(reader), labels));
    }

    private static SyntaxModel LoadShipped()
    {
        using var stream = typeof(SyntaxModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The syntax model is not embedded (looked for resource '{ResourceName}').");
        return Read(stream);
    }

    private static void WriteList(BinaryWriter writer, IReadOnlyList<string> list)
    {
        writer.Write(list.Count);
        foreach (var s in list)
        {
            writer.Write(s);
        }
    }

    private static string[] ReadList(BinaryReader reader)
    {
        var list = new string[reader.ReadInt32()];
        for (var k = 0; k < list.Length; k++)
        {
            list[k] = reader.ReadString();
        }

        return list;
    }
}

/// <summary>
/// A tagged and parsed sentence: for each word its universal part of speech, its head (an index, -1 for the root) and
/// its relation to the head, in the Universal Dependencies scheme.
/// </summary>
/// <param name="Words">The words as written.</param>
/// <param name="Tags">Universal parts of speech.</param>
/// <param name="Heads">The head of each word, or -1.</param>
/// <param name="Relations">The relation of each word to its head (<c>nsubj</c>, <c>obj</c>, <c>nmod</c>...).</param>
internal sealed record ParsedSentence(IReadOnlyList<string> Words, IReadOnlyList<string> Tags, IReadOnlyList<int> Heads, IReadOnlyList<string> Relations)
{
    /// <summary>The words that hang from <paramref name="head"/>, left to right.</summary>
    public IEnumerable<int> Dependents(int head)
    {
        for (var k = 0; k < Heads.Count; k++)
        {
            if (Heads[k] == head)
            {
                yield return k;
            }
        }
    }

    /// <summary>The first dependent of <paramref name="head"/> whose relation (before any subtype) is <paramref name="relation"/>, or -1.</summary>
    public int Dependent(int head, string relation)
    {
        foreach (var k in Dependents(head))
        {
            if (Is(k, relation))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether word <paramref name="k"/> has relation <paramref name="relation"/> ("nsubj" also matches "nsubj:pass"; "nsubj:pass" only itself).</summary>
    public bool Is(int k, string relation)
    {
        var r = Relations[k];
        return r == relation || (r.Length > relation.Length && r[relation.Length] == ':' && r.StartsWith(relation, StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="ancestor"/> is <paramref name="k"/> or one of its heads.</summary>
    public bool IsUnder(int k, int ancestor)
    {
        for (var n = 0; k >= 0 && n <= Heads.Count; n++, k = Heads[k])
        {
            if (k == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
