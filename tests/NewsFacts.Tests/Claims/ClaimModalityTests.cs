namespace NewsFacts.Tests.Claims;

/// <summary>How firmly a claim is put, read from its own clause and from what it restates.</summary>
public sealed class ClaimModalityTests
{
    private static Claim ClaimOf(string text, string quantity) =>
        Assert.Single(News.Extract(text, new ArticleMetadata { Published = new DateOnly(2024, 5, 2) }).Claims, c => c.Quantity.Text == quantity);

    [Fact]
    public void A_plan_with_a_condition_after_it_in_its_clause_is_conditional()
    {
        Assert.Equal(Modality.Conditional, ClaimOf("The walkout would be extended by 72 hours unless the airline raised its offer, the pilots' union said.", "72 hours").Modality);
        Assert.Equal(Modality.Planned, ClaimOf("The walkout will be extended by 72 hours, and talks could resume if the airline calls.", "72 hours").Modality);
    }

    [Fact]
    public void A_conversion_in_brackets_restates_the_amount_before_it()
    {
        var claim = ClaimOf("The ferry operator will pay each family 80,000 rupees (about $960) in compensation, its chairman said.", "about $960");
        Assert.Equal(Modality.Planned, claim.Modality);
        Assert.Equal(ClaimOf("The ferry operator will pay each family 80,000 rupees (about $960) in compensation, its chairman said.", "80,000 rupees").Predicate, claim.Predicate);
    }

    [Theory]
    [InlineData("Egypt is negotiating to buy 300,000 tonnes of wheat from Romania.", "300,000 tonnes")]
    [InlineData("The two lenders are in talks to share a loan of $2 billion.", "$2 billion")]
    public void A_deal_still_in_talks_is_possible(string text, string quantity) =>
        Assert.Equal(Modality.Possible, ClaimOf(text, quantity).Modality);

    [Fact]
    public void According_to_a_body_keeps_the_statement_firm() =>
        Assert.Equal(Modality.Asserted, ClaimOf("Rainfall in March totalled 52 millimetres, according to the national weather service.", "52 millimetres").Modality);

    [Fact]
    public void According_to_the_media_is_hearsay() =>
        Assert.Equal(Modality.Reported, ClaimOf("The convoy carried 300 tonnes of flour, according to local media.", "300 tonnes").Modality);

    [Fact]
    public void What_the_media_said_is_hearsay() =>
        Assert.Equal(Modality.Reported, ClaimOf("State television said 45 people were rescued from the flooded mine.", "45 people").Modality);

    [Theory]
    [InlineData("Analysts expect the bank to lift its key rate to 7.25% next month.", "7.25%")]
    [InlineData("The ministry projected exports of 1.8 million tonnes for the season.", "1.8 million tonnes")]
    [InlineData("The new terminal is due to open with 40 gates in June.", "40 gates")]
    public void Expectations_and_forecasts_are_planned(string text, string quantity) =>
        Assert.Equal(Modality.Planned, ClaimOf(text, quantity).Modality);
}

/// <summary>Which quantities are checkable claims.</summary>
public sealed class CheckableClaimTests
{
    [Theory]
    [InlineData("Hundreds of protesters gathered outside the parliament on Monday.")]
    [InlineData("Thousands of travellers were stranded at the airport.")]
    [InlineData("Dozens of shops were looted overnight.")]
    public void A_vague_count_below_a_million_is_no_claim(string text) =>
        Assert.Empty(News.Extract(text).Claims);

    [Fact]
    public void Tens_of_millions_is_a_claim_of_at_least_ten_million() =>
        Assert.Contains(News.Extract("The country has stockpiled tens of millions of vaccine doses.").Claims, c => c.Quantity.Value == 10_000_000);
}

/// <summary>A press secretary is a spokesperson, not the press.</summary>
public sealed class PressSecretaryTests
{
    [Fact]
    public void A_press_secretary_saying_a_plan_keeps_it_planned() =>
        Assert.Equal(Modality.Planned, Assert.Single(News.Extract("Press secretary Ana Lima said on Monday that Brazil plans to send 400 nurses to Angola.").Claims).Modality);
}
