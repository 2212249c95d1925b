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
    [InlineData("Brenmark shareholders", "Tarnwell investors")]
    [InlineData("Norwegian hospitals", "SE")]
    public void Two_parties_are_different(string a, string b) => Assert.Equal(RoleMatch.Different, ActorMatch.Compare(a, b));

    [Theory]
    [InlineData("salvage crews", "workers")]
    [InlineData("combined group", "group")]
    [InlineData("engineers", "Norvik Grid Authority")]
    [InlineData("engineers", "NO")]
    [InlineData("2017 flood", "Tarvik Shipping Lines")]
    public void A_group_named_by_a_common_noun_against_another_role_is_unknown_never_different(string a, string b) => Assert.Equal(RoleMatch.Unknown, ActorMatch.Compare(a, b));

    [Theory]
    [InlineData("salvage crews", "Salvage crews")]
    [InlineData("board", "board")]
    public void One_group_written_alike_is_the_same(string a, string b) => Assert.Equal(RoleMatch.Same, ActorMatch.Compare(a, b));

    [Theory]
    [InlineData("Brenmark shareholders", "Brenmark Mining")]
    [InlineData("Brenmark shareholders", "Brenmark investors")]
    public void A_bodys_holders_against_the_body_or_its_other_holders_are_unknown(string a, string b) => Assert.Equal(RoleMatch.Unknown, ActorMatch.Compare(a, b));

    [Fact]
    public void Institutions_named_by_their_demonym_are_compatible_with_their_country() => Assert.Equal(RoleMatch.Compatible, ActorMatch.Compare("Norwegian hospitals", "NO"));

    [Theory]
    [InlineData("clean-up crews", true)]
    [InlineData("2017 flood", true)]
    [InlineData("Norwegian hospitals", false)]
    [InlineData("Brenmark shareholders", false)]
    [InlineData("NO", false)]
    public void A_common_group_holds_no_name_code_or_country(string role, bool common) => Assert.Equal(common, ActorMatch.IsCommonGroup(role));
}
