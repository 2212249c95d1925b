namespace NewsFacts.Tests.Quotes;

/// <summary>A pronoun after a quotation can mean a person the writer named as a speaker without quotation marks.</summary>
public sealed class ReportedSpeakerHistoryTests
{
    [Fact]
    public void She_added_after_a_reported_statement_is_the_person_who_made_it()
    {
        const string text = "\"The pumps failed twice,\" engineer Tom Reyes said on Friday.\n\n" +
            "Port director Helen Osei said the terminal would reopen on Monday. \"We will pay every claim,\" she added.";
        var quote = Assert.Single(News.Extract(text).Quotes, q => q.Text.StartsWith("We will pay", StringComparison.Ordinal));
        Assert.Equal("Helen Osei", quote.Speaker);
    }

    [Fact]
    public void A_pronoun_of_another_gender_still_finds_the_quoted_speaker()
    {
        const string text = "\"The pumps failed twice,\" engineer Tom Reyes said on Friday.\n\n" +
            "Port director Helen Osei said the terminal would reopen on Monday. \"We will rebuild the pumps,\" he said.";
        var quote = Assert.Single(News.Extract(text).Quotes, q => q.Text.StartsWith("We will rebuild", StringComparison.Ordinal));
        Assert.Equal("Tom Reyes", quote.Speaker);
    }
}
