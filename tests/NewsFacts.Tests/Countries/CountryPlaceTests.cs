namespace NewsFacts.Tests.Countries;

/// <summary>A capital counts as its country only when it stands for the government; a short name follows a longer one.</summary>
public sealed class CountryPlaceTests
{
    private static string Codes(string text) => string.Join(" ", CountryRecognizer.Default.Recognize(text).Select(m => m.Code));

    [Theory]
    [InlineData("The talks in Doha ended without a deal.")]
    [InlineData("Two flights to Nairobi were cancelled.")]
    [InlineData("London-listed miners rallied on Monday.")]
    [InlineData("The Beijing-based lender reported a loss.")]
    public void A_capital_used_as_a_place_is_no_country(string text) => Assert.Equal(string.Empty, Codes(text));

    [Theory]
    [InlineData("Ankara said the border would stay closed.", "TR")]
    [InlineData("Talks with Moscow stalled, and Moscow's envoy left.", "RU RU")]
    [InlineData("Reporters gathered at the White House.", "US")]
    public void A_capital_or_seat_acting_is_its_country(string text, string codes) => Assert.Equal(codes, Codes(text));

    [Fact]
    public void A_short_name_after_a_longer_one_is_the_same_country() =>
        Assert.Equal("CD CD", Codes("Mining in the Democratic Republic of Congo grew, and Congo's output doubled."));

    [Fact]
    public void A_short_name_alone_keeps_its_usual_reading() =>
        Assert.Equal("CG", Codes("Congo's output doubled."));
}

/// <summary>A country name that is also a surname opens a national body's name as the country.</summary>
public sealed class CountryBodyTests
{
    private static string Codes(string text) => string.Join(" ", CountryRecognizer.Default.Recognize(text).Select(m => m.Code));

    [Theory]
    [InlineData("The Ghana Civil Aviation Authority grounded the fleet.", "GH")]
    [InlineData("The Chad Medical Association backed the strike.", "TD")]
    public void A_country_opening_a_body_name_is_the_country(string text, string codes) => Assert.Equal(codes, Codes(text));

    [Fact]
    public void A_country_name_before_a_surname_is_still_a_person() => Assert.Equal(string.Empty, Codes("Chad Johnson caught the ball."));

    [Fact]
    public void A_national_body_does_not_turn_the_country_into_a_person_elsewhere() =>
        Assert.Equal("KE KE", Codes("The Kenya Meteorological Department issued a warning. Kenya's roads were flooded."));
}
