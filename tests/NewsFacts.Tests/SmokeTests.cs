namespace NewsFacts.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Default_pipeline_extracts_from_plain_text()
    {
        var facts = News.Extract("The ministry said on Monday it had sent 2.5 million doses.");
        Assert.Equal("The ministry said on Monday it had sent 2.5 million doses.", facts.Text);
        Assert.Single(facts.Segmentation.Sentences);
    }
}
