using static NewsFacts.Tests.Claims.ClaimText;

namespace NewsFacts.Tests.Claims;

/// <summary>Who acts and who receives in a takeover, a labour dispute and sentences whose subject is not the one acting, over sentences written for these tests.</summary>
public sealed class ClaimCounterpartyTests
{
    private const string Takeover = "Brenmark Mining's agreed takeover of Tarnwell Copper was announced on Monday. ";

    [Fact]
    public void An_offer_no_one_in_its_sentence_makes_is_the_bidders_for_the_target()
    {
        var c = ClaimOf(Takeover + "The 300p-a-share offer is a premium to the price on Friday.", 3);
        Assert.Equal(("Brenmark Mining", "Tarnwell Copper"), (c.Actor, c.Recipient));
    }

    [Fact]
    public void A_rivals_offer_is_made_to_the_target_too()
    {
        var c = ClaimOf(Takeover + "Its rival Qilin Metals walked away in May after offering 250 pence a share.", 2.5);
        Assert.Equal(("Qilin Metals", "Tarnwell Copper"), (c.Actor, c.Recipient));
    }

    [Fact]
    public void The_employers_offer_goes_to_the_union_and_the_unions_demand_to_the_employers()
    {
        const string text = "The dockers' union Portbond is demanding a 6% pay rise. The employers' association KVN offered 3.5% on Friday.";
        var demand = ClaimOf(text, 6);
        var offer = ClaimOf(text, 3.5);
        Assert.Equal(("Portbond", "KVN"), (demand.Actor, demand.Recipient));
        Assert.Equal(("KVN", "Portbond"), (offer.Actor, offer.Recipient));
    }

    [Fact]
    public void A_walkout_and_a_strike_are_the_unions()
    {
        const string text = "The dockers' union Portbond rejected the pay offer of the employers' association KVN. About 5,000 dockers walked out on Monday in a 48-hour strike.";
        Assert.Equal("Portbond", ClaimOf(text, 5000).Actor);
        Assert.Equal("Portbond", ClaimOf(text, 48).Actor);
    }

    [Fact]
    public void A_union_named_before_its_word_opening_a_sentence_is_a_body()
    {
        Assert.Equal("Portbond", ClaimOf("The Portbond union is holding out for 9% this year.", 9).Actor);
    }

    [Fact]
    public void Who_rejects_an_offer_does_not_make_it()
    {
        Assert.Null(ClaimOf("On Monday the dockers' union Portbond rejected the employers' 3.1 per cent offer.", 3.1).Actor);
    }

    [Fact]
    public void Its_offer_after_a_verb_of_rejecting_is_the_earlier_bodys()
    {
        var c = ClaimOf("Qilin Metals walked away in May after Tarnwell Mining rejected its offer of 250 pence a share.", 2.5);
        Assert.Equal("Qilin Metals", c.Actor);
    }

    [Fact]
    public void Who_expects_to_do_it_does_it()
    {
        Assert.Equal("Brenmark Mining", ClaimOf(Takeover + "Brenmark expects to save $200m a year by 2028.", 200_000_000).Actor);
    }

    [Fact]
    public void A_gang_the_article_has_not_named_is_no_earlier_body()
    {
        const string text = "Brenmark Mining opened a mine in May. Hospitals in Norway cancelled operations after a cyberattack, and the crew that hit them wants $8 million.";
        Assert.Null(ClaimOf(text, 8_000_000).Actor);
    }

    [Fact]
    public void A_nation_inside_another_figures_phrase_does_not_act()
    {
        Assert.Equal("hackers", ClaimOf("Hackers who hit 12 Norwegian hospitals are demanding $9 million.", 9_000_000).Actor);
    }

    [Fact]
    public void A_capital_after_in_is_a_place_not_the_country()
    {
        Assert.Null(ClaimOf("The bank said 200 jobs in London and Lima could go.", 200).Actor);
    }
}
