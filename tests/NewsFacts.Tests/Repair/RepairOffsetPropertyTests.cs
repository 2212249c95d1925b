using System.Text;

namespace NewsFacts.Tests.Repair;

/// <summary>Seeded random inputs: repair must keep every offset honest.</summary>
public sealed class RepairOffsetPropertyTests
{
    private static readonly string[] Pieces =
    [
        "word", " ", "  ", "\n", "\n \n", " \n", "\n ", ".", ",", "Ã©", "Ã", "Ã ", "â€œ", "â€", "Â", "\u00A0", "\u200B", "&amp;", "&#8217;", "&bogus;",
        "é", "ü", "ß", "“", "”", "’", "\u0085", "\u001A", "\r\n", "ﬁ", "１", "Р", "Ð¾", "√©", "½", "😀", "\uD83D", "x", "The", "Canada", "in",
    ];

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 40).Select(i => new object[] { i });

    private static string RandomText(int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder();
        var n = random.Next(0, 60);
        for (var i = 0; i < n; i++)
        {
            sb.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return sb.ToString();
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_repaired_character_maps_into_the_original(int seed)
    {
        var text = RandomText(seed);
        var repaired = TextRepair.Repair(text);
        Assert.Equal(text, repaired.Original);
        var last = 0;
        for (var i = 0; i < repaired.Text.Length; i++)
        {
            var span = repaired.ToOriginal(new TextSpan(i, i + 1));
            Assert.InRange(span.Start, 0, text.Length);
            Assert.InRange(span.End, span.Start, text.Length);
            Assert.True(span.Start >= last - 8, $"offsets must go forward (char {i}, seed {seed})");
            last = Math.Max(last, span.Start);
        }

        for (var start = 0; start <= repaired.Text.Length; start += 3)
        {
            for (var end = start; end <= Math.Min(repaired.Text.Length, start + 7); end++)
            {
                var span = repaired.ToOriginal(new TextSpan(start, end));
                Assert.InRange(span.Start, 0, text.Length);
                Assert.InRange(span.End, span.Start, text.Length);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Untouched_text_maps_to_itself(int seed)
    {
        var random = new Random(seed);
        var words = new[] { "The", "minister", "said", "on", "Monday", "that", "42", "doses", "arrived." };
        var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 30)).Select(_ => words[random.Next(words.Length)]));
        var repaired = TextRepair.Repair(text);
        Assert.Equal(text, repaired.Text);
        for (var i = 0; i < text.Length; i++)
        {
            Assert.Equal(new TextSpan(i, i + 1), repaired.ToOriginal(new TextSpan(i, i + 1)));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Ascii_letters_and_digits_of_the_original_are_never_changed(int seed)
    {
        var text = RandomText(seed);
        var repaired = TextRepair.Repair(text);
        for (var i = 0; i < repaired.Text.Length; i++)
        {
            var c = repaired.Text[i];
            var span = repaired.ToOriginal(new TextSpan(i, i + 1));
            if (span.Length == 1 && char.IsAsciiLetterOrDigit(text[span.Start]))
            {
                Assert.Equal(text[span.Start], c);
            }
        }
    }
}
