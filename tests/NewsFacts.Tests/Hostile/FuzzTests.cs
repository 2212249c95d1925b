using System.Globalization;

namespace NewsFacts.Tests.Hostile;

/// <summary>
/// The short fuzz run of the test suite. For a long run set NEWSFACTS_FUZZ_INPUTS (and NEWSFACTS_FUZZ_SEED for another
/// sequence): <c>NEWSFACTS_FUZZ_INPUTS=1000000 dotnet test -c Release --filter FullyQualifiedName~FuzzTests</c>.
/// </summary>
public sealed class FuzzTests
{
    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;

    [Fact]
    public void Mutated_articles_and_pages_give_valid_json_true_spans_and_resolvable_check_references()
    {
        var inputs = Setting("NEWSFACTS_FUZZ_INPUTS", 10_000);
        var seed = Setting("NEWSFACTS_FUZZ_SEED", 20261201);
        var fuzz = new Fuzz(seed);
        var group = new List<ArticleFacts>();
        int read = 0, refused = 0, checks = 0;
        for (var i = 0; i < inputs; i++)
        {
            var (bytes, format) = fuzz.Next();
            ArticleFacts? facts;
            try
            {
                facts = Fuzz.ExtractAndCheck(bytes, format, "f" + i.ToString(CultureInfo.InvariantCulture));
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                throw new InvalidOperationException($"input {i} (seed {seed}) threw; its bytes (base64): {Convert.ToBase64String(bytes)}", e);
            }

            if (facts is null)
            {
                refused++;
                continue;
            }

            read++;
            group.Add(facts);
            if (group.Count == 3)
            {
                Fuzz.CheckReport(group);
                checks++;
                group.Clear();
            }
        }

        Console.WriteLine($"fuzz: seed {seed}, {inputs:N0} inputs, {read:N0} read, {refused:N0} refused with an error, {checks:N0} checks of three");
        Assert.True(read > inputs / 2, $"only {read} of {inputs} inputs were read: the mutations are too harsh to reach the recognizers");
        Assert.True(refused > 0, "no input was refused: the byte flips never reach the reader's checks");
    }

    [Fact]
    public void Extracting_on_several_threads_gives_exactly_the_serial_result()
    {
        var fuzz = new Fuzz(7);
        var articles = Enumerable.Range(0, 200).Select(_ => fuzz.Next())
            .Select((x, i) => ArticleReader.ReadBytes(x.Bytes, x.Format, new ArticleMetadata { Id = "t" + i.ToString(CultureInfo.InvariantCulture) }))
            .Where(r => r.Succeeded).Select(r => r.Article!).ToList();

        var serial = articles.Select(a => NewsJson.Serialize(News.Extract(a))).ToList();
        var parallel = new string[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = NewsJson.Serialize(News.Extract(articles[i])));

        Assert.True(articles.Count > 100);
        Assert.Equal(serial, parallel);
    }
}
