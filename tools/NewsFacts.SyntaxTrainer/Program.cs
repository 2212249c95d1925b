using System.Diagnostics;
using System.Globalization;

namespace NewsFacts.Training;

/// <summary>
/// Retrains the syntax model that ships in the library: reads the UD English EWT CoNLL-U files of a folder, keeps every
/// tenth sentence out, trains the tagger and the parser on the rest, prints the held-out scores and writes the model.
/// <c>dotnet run --project tools/NewsFacts.SyntaxTrainer -c Release -- TREEBANK_FOLDER src/NewsFacts/Data/syntax-en-ewt.bin</c>;
/// <c>-- --lemmas FILE.conllu</c> scores the verb lemmatiser on a treebank file.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["--parse", var sentence])
        {
            // Prints the shipped model's reading of one sentence, a word a line: position, word, tag, head, relation.
            var parse = SyntaxModel.Default.Parse([.. ClaimTokenizer.Tokenize(sentence).Select(t => t.Text)]);
            for (var k = 0; parse is not null && k < parse.Words.Count; k++)
            {
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}\t{1}\t{2}\t{3}\t{4}", k + 1, parse.Words[k], parse.Tags[k], parse.Heads[k] + 1, parse.Relations[k]));
            }

            return parse is null ? 1 : 0;
        }

        if (args is ["--lemmas", var conllu] && File.Exists(conllu))
        {
            // Scores the verb lemmatiser on a CoNLL-U file: the VERB and AUX words whose lemma it gives as the treebank does.
            var (right, all) = (0, 0);
            foreach (var line in File.ReadLines(conllu))
            {
                var cells = line.Split('\t');
                if (cells.Length < 4 || line.StartsWith('#') || cells[0].Contains('-', StringComparison.Ordinal) || cells[0].Contains('.', StringComparison.Ordinal) || cells[3] is not ("VERB" or "AUX"))
                {
                    continue;
                }

                all++;
                right += VerbLemmatizer.Lemma(cells[1]) == cells[2].ToLowerInvariant() ? 1 : 0;
            }

            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "verb lemmas {0} of {1} ({2:P1})", right, all, all == 0 ? 0 : (double)right / all));
            return 0;
        }

        if (args.Length != 2 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: NewsFacts.SyntaxTrainer TREEBANK_FOLDER MODEL_FILE (the folder holds *.conllu files) | --parse SENTENCE | --lemmas FILE.conllu");
            return 2;
        }

        var sentences = new List<TreebankSentence>();
        foreach (var file in Directory.GetFiles(args[0], "*.conllu").Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(file);
            sentences.AddRange(Treebank.Read(reader));
        }

        var training = sentences.Where((_, k) => !SyntaxTrainer.IsHeldOut(k)).ToList();
        var heldOut = sentences.Where((_, k) => SyntaxTrainer.IsHeldOut(k)).ToList();
        var clock = Stopwatch.StartNew();
        var model = SyntaxTrainer.Train(training, SyntaxTrainingOptions.Default);
        var score = SyntaxTrainer.Score(model, heldOut);
        using (var output = File.Create(args[1]))
        {
            model.Write(output);
        }

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(inv, "trained on {0} sentences ({1} words) in {2:F0} s; held out {3} sentences ({4} words)",
            training.Count, training.Sum(s => s.Words.Length), clock.Elapsed.TotalSeconds, heldOut.Count, score.Words));
        Console.WriteLine(string.Format(inv, "tag accuracy {0:F3}  UAS {1:F3}  LAS {2:F3}", score.TagAccuracy, score.Uas, score.Las));
        Console.WriteLine(string.Format(inv, "model {0} bytes: tagger {1} features, parser {2} features", new FileInfo(args[1]).Length, model.Tagger.Model.FeatureCount, model.Parser.Model.FeatureCount));
        return 0;
    }
}
