namespace NewsFacts.Tests.Checking;

/// <summary>A check depends on the set of its articles, never on the order they are given in.</summary>
public sealed class CheckOrderTests
{
    private static ArticleFacts Facts(string id, string text) => News.Extract(text, new ArticleMetadata { Id = id, Published = new DateOnly(2024, 5, 2) });

    private static IEnumerable<IReadOnlyList<T>> Permutations<T>(IReadOnlyList<T> items)
    {
        if (items.Count <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var rest = items.Where((_, k) => k != i).ToList();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }

    [Fact]
    public void Every_order_of_the_corpus_story_gives_the_same_check_json()
    {
        var articles = Directory.GetFiles(Repo.Corpus, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => News.Extract(ArticleReader.ReadFile(path).Article!)).ToList();

        var expected = NewsJson.Serialize(News.Check(articles), indented: true);
        foreach (var order in Permutations(articles).Skip(1))
        {
            Assert.Equal(expected, NewsJson.Serialize(News.Check(order), indented: true));
        }
    }

    [Fact]
    public void Fact_keys_do_not_depend_on_which_article_comes_first()
    {
        // Several claims of one shape ("quantity · be") in each article, numbered within their key.
        var a = Facts("harbour", "The harbour is 40 metres deep. The old pier is 300 metres long. About 1,200 boats are moored there.");
        var b = Facts("gazette", "The pier is 300 metres long, the gazette wrote. The harbour is 42 metres deep. Some 1,200 boats are moored there.");
        var c = Facts("radio", "About 1,100 boats are moored in the harbour. It is 40 metres deep.");

        var expected = NewsJson.Serialize(News.Check([a, b, c]), indented: true);
        foreach (var order in Permutations<ArticleFacts>([a, b, c]).Skip(1))
        {
            Assert.Equal(expected, NewsJson.Serialize(News.Check(order), indented: true));
        }
    }
}
