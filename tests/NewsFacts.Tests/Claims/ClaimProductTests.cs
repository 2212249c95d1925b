using static NewsFacts.Tests.Claims.ClaimText;

namespace NewsFacts.Tests.Claims;

/// <summary>Products named by their maker (<see cref="ProductBrands"/>) and prices of each thing counted, over sentences written for these tests.</summary>
public sealed class ClaimProductTests
{
    private const string MalariaStory =
        "A malaria vaccine developed by the Korvenholm Institute cut infections by 62% in a trial of 9,000 children, researchers said on Monday. "
        + "Efficacy was 55% among infants under one. The vaccine must be kept below 25 degrees Celsius. "
        + "Kenya has ordered 4 million doses and is paying $3 per dose. Korvenholm plans to make 20 million doses next year.";

    [Fact]
    public void A_product_made_by_a_maker_is_named_by_the_word_of_its_name_the_article_writes_alone()
    {
        Assert.Equal(["Korvenholm"], ClaimOf(MalariaStory, 62).Item);
        Assert.Equal(["Korvenholm"], ClaimOf(MalariaStory, 9000).Item);
        Assert.Equal(["Korvenholm"], ClaimOf(MalariaStory, 20_000_000).Item);
    }

    [Fact]
    public void The_one_product_of_an_article_is_the_item_of_its_doses_and_of_their_price()
    {
        Assert.Equal(["Korvenholm"], ClaimOf(MalariaStory, 4_000_000).Item);
        Assert.Equal(["Korvenholm"], ClaimOf(MalariaStory, 3).Item);
    }

    [Fact]
    public void A_property_of_the_product_or_the_product_pointed_back_to_takes_its_brand()
    {
        Assert.Equal(["Korvenholm"], ClaimOf(MalariaStory, 55).Item);
        Assert.Equal(["Korvenholm"], ClaimOf(MalariaStory, 25).Item);
    }

    [Fact]
    public void A_maker_never_written_apart_keeps_its_whole_name()
    {
        var text = "A cholera vaccine made by Tessaly Biologics protected 81% of those given it. Chad has ordered 2 million doses.";
        Assert.Equal(["Tessaly Biologics"], ClaimOf(text, 81).Item);
        Assert.Equal(["Tessaly Biologics"], ClaimOf(text, 2_000_000).Item);
    }

    [Fact]
    public void Doses_of_an_article_naming_two_products_take_neither()
    {
        var text = "A vaccine made by Alderwick Labs and a vaccine developed by Brisk Biotech are both in trials. Ghana has ordered 2 million doses.";
        Assert.Empty(ClaimOf(text, 2_000_000).Item);
    }

    [Fact]
    public void A_country_that_develops_a_vaccine_is_no_brand()
    {
        var text = "A vaccine developed by India was approved on Friday. Nepal has ordered 3 million doses.";
        Assert.Empty(ClaimOf(text, 3_000_000).Item);
    }

    [Fact]
    public void Another_vaccine_written_with_a_is_not_the_article_product()
    {
        var text = "A vaccine made by Tessaly Biologics was approved on Friday. A rival vaccine has been given to 40,000 children since 2023.";
        Assert.Empty(ClaimOf(text, 40000).Item);
    }

    [Fact]
    public void A_price_of_each_takes_the_item_of_the_things_counted_before_it()
    {
        var claim = ClaimOf("The air force bought 12 Varnok helicopters at €7.5 million ($8.2 million) each, the ministry said.", 7_500_000);
        Assert.Equal(["Varnok"], claim.Item);
    }
}
