namespace NewsFacts.Tests.Checking;

/// <summary>Whether two outlets' claim roles name one party (<see cref="ActorMatch"/>).</summary>
public sealed class ActorMatchTests
{
    [Theory]
    [InlineData("Lumeria's civil aviation authority", "Lumeria Civil Aviation Authority")]
    [InlineData("Ghana's civil aviation authority", "Ghana Civil Aviation Authority")]
    [InlineData("Ghanaian Civil Aviation Authority", "the Ghana Civil Aviation Authority")]
    [InlineData("Instituto Sao Remo", "Instituto São Remo")]
    [InlineData("PE", "PE")]
    public void One_party_under_two_spellings_is_the_same(string a, string b) => Assert.Equal(RoleMatch.Same, ActorMatch.Compare(a, b));

    [Theory]
    [InlineData("Tarnwell", "Tarnwell Mining")]
    [InlineData("TWB", "Tasman Water Board")]
    [InlineData("GH", "Ghana Civil Aviation Authority")]
    [InlineData("Peruvian health ministry", "PE")]
    public void A_short_form_initials_or_a_country_and_its_body_are_compatible(string a, string b) => Assert.Equal(RoleMatch.Compatible, ActorMatch.Compare(a, b));

    [Theory]
    [InlineData(null, "KE")]
    [InlineData("Tarnwell Mining", "")]
    public void A_role_missing_on_one_side_is_unknown(string? a, string? b) => Assert.Equal(RoleMatch.Unknown, ActorMatch.Compare(a, b));

    [Theory]
    [InlineData("KE", "TZ")]
    [InlineData("Tarnwell Mining", "Brenmark Mining")]
    [InlineData("KE", "Kilbarra Airways")]
    [InlineData("KE", "Tanzania Ports Authority")]
    [InlineData("combined group", "group")]
    public void Two_parties_are_different(string a, string b) => Assert.Equal(RoleMatch.Different, ActorMatch.Compare(a, b));
}
