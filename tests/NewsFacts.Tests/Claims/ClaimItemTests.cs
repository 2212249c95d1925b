using static NewsFacts.Tests.Claims.ClaimText;

namespace NewsFacts.Tests.Claims;

/// <summary>Items read from sentence structure (<see cref="ItemReader"/>), over sentences written for these tests.</summary>
public sealed class ClaimItemTests
{
    [Fact]
    public void The_phrase_after_of_is_the_item_with_its_adjectives()
    {
        Assert.Equal(["Thai rice"], ClaimOf("Vietnamese traders shipped 120,000 tonnes of Thai rice last month.", 120000).Item);
    }

    [Theory]
    [InlineData("The largest shipment of Thai rice this season, 30,000 tonnes, reached the port on Friday.", "Thai rice")]
    [InlineData("The second consignment of diesel for the region, 4,000 litres, arrived by truck on Monday.", "diesel")]
    public void A_figure_set_off_by_commas_measures_the_of_phrase_before_it(string sentence, string item)
    {
        var value = sentence.Contains("30,000", StringComparison.Ordinal) ? 30000 : 4000;
        Assert.Equal([item], ClaimOf(sentence, value).Item);
    }

    [Fact]
    public void A_figure_after_a_clause_and_a_comma_is_no_apposition()
    {
        Assert.DoesNotContain("Thai rice", ClaimOf("Traders said the shipment of Thai rice was late, 30,000 tonnes, officials added.", 30000).Item);
    }

    [Fact]
    public void A_measure_written_as_one_word_gives_the_noun_it_modifies()
    {
        Assert.Equal(["bridge"], ClaimOf("Engineers inspected the 3,000-metre bridge after the storm.", 3000).Item);
    }

    [Fact]
    public void The_subject_of_an_intransitive_change_is_what_a_rate_is_of()
    {
        Assert.Equal(["core inflation"], ClaimOf("Core inflation rose to 4.1% in October, the statistics office said.", 4.1).Item);
    }

    [Fact]
    public void The_subject_of_a_passive_price_is_the_item()
    {
        Assert.Equal(["Arabica coffee"], ClaimOf("Arabica coffee was sold at $4,200 a tonne in Nairobi.", 4200).Item);
    }

    [Fact]
    public void A_quantity_that_is_the_object_takes_no_item_from_the_agent()
    {
        Assert.Empty(ClaimOf("Farmers planted 40,000 hectares this spring.", 40000).Item);
    }

    [Fact]
    public void A_date_is_no_item()
    {
        Assert.DoesNotContain("week", string.Join(' ', ClaimOf("Exporters sold 90,000 tonnes last week alone.", 90000).Item), StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_of_nationals_has_the_nationality_as_its_item_and_no_nation_of_the_list_as_actor()
    {
        var claims = News.Extract(NewsArticle.FromText("The ferry carried 212 passengers, among them 140 Filipinos, 38 Indonesians and 12 Japanese, the port authority said.")).Claims;
        var filipinos = claims.Single(c => c.Quantity.Value == 140);
        var indonesians = claims.Single(c => c.Quantity.Value == 38);
        Assert.Equal(["Filipinos"], filipinos.Item);
        Assert.Equal(["Indonesians"], indonesians.Item);
        Assert.NotEqual("PH", indonesians.Actor);
    }

    [Fact]
    public void Two_outlets_counting_one_nationality_differently_conflict_and_the_other_nationality_does_not_hide_it()
    {
        var a = News.Extract("The ferry carried 212 passengers, among them 140 Filipinos and 38 Indonesians, the port authority said.", new ArticleMetadata { Id = "a", Outlet = "Harbour Post", Published = new DateOnly(2024, 5, 2) });
        var b = News.Extract("The ferry carried 212 passengers, including 131 Filipinos and 38 Indonesians, port officials said.", new ArticleMetadata { Id = "b", Outlet = "Island Courier", Published = new DateOnly(2024, 5, 2) });
        var conflict = Assert.Single(News.Check([a, b]).Conflicts, c => c.Kind == ConflictKind.Value);
        Assert.Equal([131.0, 140.0], conflict.Claims.Select(c => c.Value).Order());
    }

    [Fact]
    public void A_counted_demonym_is_the_item_not_a_country()
    {
        const string text = "The ferry carried 40 Norwegians and 12 Chileans when it ran aground.";
        Assert.Equal(["Norwegians"], ClaimOf(text, 40).Item);
        Assert.Equal(["Chileans"], ClaimOf(text, 12).Item);
    }

    [Fact]
    public void The_subject_of_a_rate_is_found_past_a_clause_set_off_by_commas()
    {
        Assert.Equal(["food inflation"], ClaimOf("In May, food inflation, which includes bread, climbed to 7.3%.", 7.3).Item);
    }

    [Fact]
    public void A_bare_percentage_after_a_verb_of_change_is_its_subject_level()
    {
        Assert.Equal(["retail sales"], ClaimOf("Retail sales grew 3.2% in the second quarter, the agency said.", 3.2).Item);
    }

    [Fact]
    public void A_verb_of_reaching_takes_a_bare_measure_and_goods_are_not_their_output()
    {
        Assert.Equal(["cement"], ClaimOf("Cement production reached 4.5 million tonnes last year.", 4500000).Item);
        Assert.Equal(["electricity consumption"], ClaimOf("Electricity consumption hit a record 58 gigawatts on Monday.", 58).Item);
    }

    [Fact]
    public void The_object_led_to_the_rate_by_a_preposition_is_the_item()
    {
        Assert.Equal(["deposit rate"], ClaimOf("The central bank raised its deposit rate by 25 basis points to 3.5% on Thursday.", 3.5).Item);
    }

    [Fact]
    public void A_forecast_for_something_is_of_that_thing()
    {
        Assert.Equal(["export growth"], ClaimOf("The ministry cut its forecast for export growth to 2.1% on Monday.", 2.1).Item);
    }

    [Fact]
    public void A_rate_of_an_economy_drops_its_country_and_a_time_is_no_item()
    {
        Assert.Equal(["inflation"], ClaimOf("Turkish inflation eased to 38% in June.", 38).Item);
        Assert.Equal(["unemployment"], ClaimOf("Unemployment should finish the quarter at 6.2%, the agency said.", 6.2).Item);
    }

    [Fact]
    public void An_elided_noun_carries_the_item_of_the_figure_before_it()
    {
        Assert.Equal(["zinc"], ClaimOf("The mine produced 410,000 tonnes of zinc last year, up from 385,000 tonnes in 2023.", 385000).Item);
    }

    [Fact]
    public void A_head_noun_takes_the_wider_item_named_before()
    {
        Assert.Equal(["mortgage rate"], ClaimOf("The lender lifted its mortgage rate to 6.1% in March. The rate had stood at 5.8% since January.", 5.8).Item);
    }

    [Fact]
    public void A_carried_item_needs_a_figure_of_the_same_kind()
    {
        Assert.Empty(ClaimOf("The mine produced 410,000 tonnes of zinc last year and employed 2,300 workers.", 2300).Item);
    }

    [Fact]
    public void Money_paid_for_something_has_that_thing_for_item()
    {
        Assert.Equal(["flood repairs"], ClaimOf("The council has set aside 80 million rand for flood repairs.", 80000000).Item);
    }

    [Fact]
    public void A_bare_head_noun_stays_itself_without_the()
    {
        Assert.Equal(["inflation"], ClaimOf("Core inflation rose to 4.1% in October. Turkish inflation eased to 38% in June.", 38).Item);
    }

    [Fact]
    public void A_verb_of_change_read_as_a_noun_is_no_part_of_the_item()
    {
        Assert.Equal(["snow"], ClaimOf("The weather office said 30 centimetres of snow fell overnight in the hills.", 30).Item);
    }

    [Fact]
    public void Named_groups_in_a_list_do_not_lend_their_item()
    {
        Assert.DoesNotContain("Norwegians", ClaimOf("The ferry carried 40 Norwegians and 12 other people when it ran aground.", 12).Item);
    }

    [Fact]
    public void The_phrase_after_of_is_found_past_a_parenthesis()
    {
        Assert.Equal(["crude oil"], ClaimOf("The barge was carrying 900,000 litres (about 5,600 barrels) of crude oil when it capsized.", 900000).Item);
    }

    [Fact]
    public void A_service_for_people_counted_is_the_item()
    {
        Assert.Equal(["dialysis"], ClaimOf("Hospitals suspended dialysis for 300 kidney patients on Friday.", 300).Item);
    }

    [Fact]
    public void A_percentage_of_something_is_that_thing()
    {
        Assert.Equal(["unemployment"], ClaimOf("The agency expects growth of 1.2% and unemployment of 6.4% next year.", 6.4).Item);
    }

    [Fact]
    public void Auxiliaries_and_a_misread_noun_do_not_break_the_subject()
    {
        const string text = "The country's barley harvest will fall to about 1.6 million tonnes this year. By the close the lira had firmed to 31 per dollar.";
        Assert.Equal(["barley"], ClaimOf(text, 1600000).Item);
    }

    [Theory]
    [InlineData("The maize harvest will fall to 3.1 million tonnes.")] // "harvest" read as a verb before its auxiliary
    [InlineData("Kenya\u2019s maize crop will shrink to around 3.1 million tonnes this year.")] // a typographic apostrophe
    public void A_flow_noun_before_an_auxiliary_gives_way_to_its_goods(string text) =>
        Assert.Equal(["maize"], ClaimOf(text, 3100000).Item);
}
