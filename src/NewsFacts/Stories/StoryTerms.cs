using System.Text.RegularExpressions;

namespace NewsFacts.Stories;

/// <summary>
/// The terms of an article for telling stories apart: its title's and text's words of three letters or more outside
/// a stop list, lower-cased (a possessive "'s" dropped), each counted; a word written with a capital inside a
/// sentence is also counted as a name, a term of its own (names tell one event from another of the same kind).
/// </summary>
internal static partial class StoryTerms
{
    private const string NamePrefix = "\u00A7";
    private static readonly Lazy<HashSet<string>> StopWords = new(() =>
    {
        var words = Lexicon.Words("check-stopwords.tsv");
        words.UnionWith(Lexicon.Words("story-stopwords.tsv"));
        return words;
    });

    /// <summary>Whether a term is a name term.</summary>
    public static bool IsName(string term) => term.StartsWith(NamePrefix, StringComparison.Ordinal);

    /// <summary>
    /// The figures a text states, each once: a number of two digits or more with the word it counts ("23 pirates" is
    /// "23 pirate", "$160 million" is "160 million"), or a decimal number alone ("4.6", however the magnitude is
    /// worded around it). Years (1900 to 2099) and numbers with no word after them are left out: a year or a bare
    /// number is shared by many events.
    /// </summary>
    public static string[] Figures(string text)
    {
        var figures = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in FigureRegex().Matches(text))
        {
            var number = m.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal);
            if (number.Contains('.', StringComparison.Ordinal))
            {
                figures.Add(number);
                continue;
            }

            var word = m.Groups["word"].Value.ToLowerInvariant();
            if (number.Length < 2 || word.Length == 0 || (number.Length == 4 && number[..2] is "19" or "20"))
            {
                continue;
            }

            figures.Add($"{number} {(word.Length > 3 && word.EndsWith('s') ? word[..^1] : word)}");
        }

        return [.. figures.Order(StringComparer.Ordinal)];
    }

    /// <summary>Counts the terms of a title and a text.</summary>
    public static Dictionary<string, int> Count(string? title, string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (title is not null)
        {
            Add(title, counts);
        }

        Add(text, counts);
        return counts;
    }

    private static void Add(string text, Dictionary<string, int> counts)
    {
        var stop = StopWords.Value;
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetter(c))
            {
                if (c is '.' or '!' or '?' or '\n')
                {
                    sentenceStart = true;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '\u2019' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            var word = text[start..i].Replace('\u2019', '\'').ToLowerInvariant();
            if (word.EndsWith("'s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            var capital = char.IsUpper(c) && !sentenceStart;
            sentenceStart = false;
            if (word.Length < 3 || stop.Contains(word))
            {
                continue;
            }

            counts[word] = counts.GetValueOrDefault(word) + 1;
            if (capital)
            {
                counts[NamePrefix + word] = counts.GetValueOrDefault(NamePrefix + word) + 1;
            }
        }
    }

    [GeneratedRegex(@"(?<![\w.,])(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w]|[.,]\d)(?:[ \t-]+(?<word>\p{L}+))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FigureRegex();
}
