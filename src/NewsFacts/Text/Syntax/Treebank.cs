namespace NewsFacts.Text;

/// <summary>A sentence of a treebank: words, universal tags, heads (1-based, 0 the root) and relations.</summary>
/// <param name="Words">The words as written.</param>
/// <param name="Tags">Universal parts of speech.</param>
/// <param name="Heads">The head of each word: its position from 1, or 0 for the root.</param>
/// <param name="Relations">The relation of each word to its head.</param>
internal sealed record TreebankSentence(string[] Words, string[] Tags, int[] Heads, string[] Relations)
{
    /// <summary>Whether no two arcs cross (the arc-eager parser can only build such trees).</summary>
    public bool IsProjective()
    {
        for (var a = 0; a < Heads.Length; a++)
        {
            var (l1, r1) = (Math.Min(a + 1, Heads[a]), Math.Max(a + 1, Heads[a]));
            for (var b = 0; b < Heads.Length; b++)
            {
                var (l2, r2) = (Math.Min(b + 1, Heads[b]), Math.Max(b + 1, Heads[b]));
                if (l1 < l2 && l2 < r1 && r1 < r2)
                {
                    return false;
                }
            }
        }

        return true;
    }
}

/// <summary>Reads CoNLL-U (Universal Dependencies): one word a line, ten tab-separated columns, sentences apart by a blank line.</summary>
internal static class Treebank
{
    /// <summary>
    /// The sentences of a CoNLL-U text. Comment lines, multiword-token lines ("3-4") and empty nodes ("5.1") are skipped.
    /// </summary>
    /// <exception cref="InvalidDataException">A word line has fewer than ten columns or a head that is not a number.</exception>
    public static List<TreebankSentence> Read(TextReader reader)
    {
        var sentences = new List<TreebankSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var heads = new List<int>();
        var relations = new List<string>();
        var number = 0;
        while (true)
        {
            var line = reader.ReadLine();
            number++;
            if (line is null || line.Length == 0)
            {
                if (words.Count > 0)
                {
                    sentences.Add(new TreebankSentence([.. words], [.. tags], [.. heads], [.. relations]));
                    words.Clear();
                    tags.Clear();
                    heads.Clear();
                    relations.Clear();
                }

                if (line is null)
                {
                    return sentences;
                }

                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 10)
            {
                throw new InvalidDataException($"Line {number}: a word line has {cells.Length} columns, not 10.");
            }

            if (cells[0].Contains('-', StringComparison.Ordinal) || cells[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            if (!int.TryParse(cells[6], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var head))
            {
                throw new InvalidDataException($"Line {number}: the head '{cells[6]}' is not a number.");
            }

            words.Add(cells[1]);
            tags.Add(cells[3]);
            heads.Add(head);
            relations.Add(cells[7]);
        }
    }
}
