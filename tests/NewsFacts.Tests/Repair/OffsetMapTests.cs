using System.Text;

namespace NewsFacts.Tests.Repair;

public sealed class OffsetMapTests
{
    [Fact]
    public void Runs_give_back_every_character_as_it_was_added_and_removed()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var random = new Random(seed);
            var builder = new OffsetMapBuilder();
            var expected = new List<(int Start, int End)>();
            var at = 0;
            for (var step = 0; step < 300; step++)
            {
                switch (random.Next(6))
                {
                    case 0 or 1 or 2: // kept text, or one character put for one
                        builder.Add(at, at + 1);
                        expected.Add((at, at + 1));
                        at++;
                        break;
                    case 3: // a replacement of several characters by several
                        var (length, written) = (random.Next(0, 4), random.Next(1, 4));
                        for (var k = 0; k < written; k++)
                        {
                            builder.Add(at, at + length);
                            expected.Add((at, at + length));
                        }

                        at += length;
                        break;
                    case 4: // a dropped stretch
                        at += random.Next(1, 5);
                        break;
                    default:
                        var count = Math.Min(expected.Count, random.Next(0, 4));
                        builder.RemoveLast(count);
                        expected.RemoveRange(expected.Count - count, count);
                        break;
                }
            }

            Assert.Equal(expected.Count, builder.Length);
            var map = builder.Build();
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i], (map.StartOf(i), map.EndOf(i)));
            }
        }
    }

    [Fact]
    public void Joining_thousands_of_broken_lines_keeps_a_map_of_a_few_runs()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 5_000; i++)
        {
            text.Append("the council would ").Append(i % 900 + 10).Append('\n');
        }

        var repaired = TextRepair.Repair(text.ToString());
        Assert.NotEqual(repaired.Original, repaired.Text); // the lines were joined
        Assert.InRange(repaired.MapRuns, 1, 10); // one break put as one space leaves the map as it was: two numbers per character were kept before
        for (var i = 0; i < repaired.Text.Length; i += 97)
        {
            var (written, read) = (repaired.Text[i], repaired.Original[repaired.ToOriginal(new TextSpan(i, i + 1)).Start]);
            Assert.True(written == read || (written == ' ' && read == '\n'), $"character {i}: '{written}' maps to '{read}'");
        }
    }
}
