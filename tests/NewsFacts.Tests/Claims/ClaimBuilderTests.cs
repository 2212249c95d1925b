namespace NewsFacts.Tests.Claims;

/// <summary>Claims built from hand-made mentions over sentences written for these tests.</summary>
public sealed partial class ClaimBuilderTests
{
    [Fact]
    public void A_transfer_names_actor_recipient_predicate_item_and_plan()
    {
        var c = Single(new Article("Japan will send 3 million doses of Novavax to Vietnam in the spring.").Quantity("3 million doses", 3e6, "dose"));
        Assert.Equal(("JP", "VN", "send", Modality.Planned), (c.Actor, c.Recipient, c.Predicate, c.Modality));
        Assert.Equal(["Novavax"], c.Item);
        Assert.Null(c.Speaker);
    }

    [Fact]
    public void A_past_donation_is_asserted()
    {
        var c = Single(new Article("Germany has donated 500 ventilators to Peru.").Quantity("500 ventilators", 500, "ventilator"));
        Assert.Equal(("DE", "PE", "donate", Modality.Asserted), (c.Actor, c.Recipient, c.Predicate, c.Modality));
    }

    [Fact]
    public void A_receiver_is_the_recipient_and_from_names_the_actor()
    {
        var c = Single(new Article("Kenya received 1.2 million doses from Britain on Friday.").Quantity("1.2 million doses", 1.2e6, "dose"));
        Assert.Equal(("GB", "KE", "receive"), (c.Actor, c.Recipient, c.Predicate));
    }

    [Fact]
    public void A_buyer_is_the_actor_and_the_seller_the_recipient()
    {
        var c = Single(new Article("Egypt bought 240,000 tonnes of wheat from Romania last week.").Quantity("240,000 tonnes", 240000, "tonne"));
        Assert.Equal(("EG", "RO", "buy"), (c.Actor, c.Recipient, c.Predicate));
    }

    [Fact]
    public void An_importer_is_the_actor()
    {
        var c = Single(new Article("Peru will need to import 1.5 million tonnes of rice this year.").Quantity("1.5 million tonnes", 1.5e6, "tonne"));
        Assert.Equal(("PE", null, "import"), (c.Actor, c.Recipient, c.Predicate));
    }

    [Fact]
    public void A_possessive_maker_after_the_quantity_is_the_actor_of_a_receipt()
    {
        var c = Single(new Article("Chile will receive 4 million doses of India's Covaxin shot.").Quantity("4 million doses", 4e6, "dose"));
        Assert.Equal(("IN", "CL"), (c.Actor, c.Recipient));
        Assert.Equal(["Covaxin"], c.Item);
    }

    [Fact]
    public void A_denial_is_negated()
    {
        var c = Single(new Article("The Netherlands did not send 200 tanks to Poland.").Quantity("200 tanks", 200, "tank"));
        Assert.Equal((Modality.Negated, "NL", "PL"), (c.Modality, c.Actor, c.Recipient));
    }

    [Theory]
    [InlineData("The hospital did not say why 300 nurses were sent home on Monday.", false)] // the negation is of the saying
    [InlineData("The board would not confirm whether 40 lorries had reached the border.", false)]
    [InlineData("The hospital said 300 nurses were not sent home on Monday.", true)]
    [InlineData("The board did not confirm that 40 lorries had reached the border.", true)] // no question: the figure is denied
    public void A_negation_before_an_embedded_question_does_not_deny_its_figure(string sentence, bool negated)
    {
        var figure = sentence.Contains("nurses", StringComparison.Ordinal) ? ("300 nurses", 300d, "nurse") : ("40 lorries", 40d, "lorry");
        var c = Single(new Article(sentence).Quantity(figure.Item1, figure.Item2, figure.Item3));
        Assert.Equal(negated, c.Modality == Modality.Negated);
    }

    [Fact]
    public void Could_makes_a_claim_possible_and_the_saying_body_its_speaker()
    {
        var c = Single(new Article("The Spanish Defence Ministry said Spain could lend 40 trucks to Portugal.").Quantity("40 trucks", 40, "truck"));
        Assert.Equal((Modality.Possible, "ES", "PT", "lend"), (c.Modality, c.Actor, c.Recipient, c.Predicate));
        Assert.Equal("Spanish Defence Ministry", c.Speaker);
    }

    [Fact]
    public void An_if_clause_makes_a_claim_conditional()
    {
        var c = Single(new Article("If the talks succeed, Chile will buy 10 aircraft from Sweden.").Quantity("10 aircraft", 10, "aircraft"));
        Assert.Equal((Modality.Conditional, "CL", "SE", "buy"), (c.Modality, c.Actor, c.Recipient, c.Predicate)); // the buyer acts
    }

    [Fact]
    public void A_figure_inside_a_definite_phrase_is_given_not_conditional()
    {
        var given = Single(new Article("If so, the deal dwarfs the rejected 40-year, $90 million bid from the rival club.").Quantity("$90 million", 90e6, "USD"));
        Assert.NotEqual(Modality.Conditional, given.Modality);

        var open = Single(new Article("If so, the club will pay $90 million for the striker.").Quantity("$90 million", 90e6, "USD"));
        Assert.Equal(Modality.Conditional, open.Modality);

        var twoPhrases = Single(new Article("If the vote passes, the bank will lend the city $90 million.").Quantity("$90 million", 90e6, "USD"));
        Assert.Equal(Modality.Conditional, twoPhrases.Modality); // "the city" is a phrase of its own
    }

    [Fact]
    public void According_to_makes_a_claim_reported_with_its_source_as_speaker()
    {
        var c = Single(new Article("Brazil will receive 5 million doses next month, according to local media.").Quantity("5 million doses", 5e6, "dose"));
        Assert.Equal((Modality.Reported, "local media", "BR"), (c.Modality, c.Speaker, c.Recipient));
    }

    [Fact]
    public void Media_reported_that_is_hearsay()
    {
        var c = Single(new Article("Argentine newspapers reported that the country will receive 9 million doses.").Quantity("9 million doses", 9e6, "dose"));
        Assert.Equal((Modality.Reported, "Argentine newspapers", "AR"), (c.Modality, c.Speaker, c.Recipient));
    }

    [Fact]
    public void Vague_and_anaphoric_counts_are_no_claims()
    {
        var a = new Article("Both countries agreed. The two countries signed one accord for the first time.")
            .Quantity("Both countries", 2, "country").Quantity("The two countries", 2, "country").Quantity("one accord", 1, "accord").Quantity("first", 1, "time");
        Assert.Empty(a.Claims());
    }

    [Fact]
    public void A_count_after_the_points_back_and_is_no_claim()
    {
        Assert.Empty(new Article("Talks with the three neighbours went on.").Quantity("three neighbours", 3, "neighbour").Claims());
    }

    [Fact]
    public void A_quotation_over_several_sentences_keeps_its_recipient()
    {
        var text = "“We are lending 300 engineers to Malawi. The rest stay home,” the Irish envoy said.";
        var start = text.IndexOf("We are", StringComparison.Ordinal);
        var end = text.IndexOf(",”", StringComparison.Ordinal);
        var a = new Article(text).Quantity("300 engineers", 300, "engineer").Quote(text[start..end], "Irish envoy", null);
        var c = Single(a);
        Assert.Equal(("IE", "MW", "lend"), (c.Actor, c.Recipient, c.Predicate));
    }

    [Fact]
    public void A_count_of_deaths_is_about_dying()
    {
        var c = Single(new Article("Peru has recorded more than 2,000 deaths since June.").Quantity("more than 2,000 deaths", 2000, "death", bound: QuantityBound.AtLeast));
        Assert.Equal(("die", "PE"), (c.Predicate, c.Actor));
    }

    [Fact]
    public void A_quoted_we_speaks_for_the_country_in_the_speakers_title()
    {
        var text = "\u201CWe will ship 800,000 tests to Ghana,\u201D said Norwegian Health Minister Kari Nordmann.";
        var a = new Article(text).Quantity("800,000 tests", 800_000, "test")
            .Quote("We will ship 800,000 tests to Ghana,", "Kari Nordmann", "Norwegian Health Minister");
        var c = Single(a);
        Assert.Equal(("NO", "GH", "Kari Nordmann", Modality.Planned), (c.Actor, c.Recipient, c.Speaker, c.Modality));
    }

    [Fact]
    public void Things_stockpiled_in_a_country_are_held_by_it()
    {
        var c = Single(new Article("Tens of thousands of masks are stockpiled in Italy.").Quantity("Tens of thousands", 10_000, "mask", bound: QuantityBound.AtLeast, unitWord: "masks"));
        Assert.Equal(("IT", "stockpile", Modality.Asserted), (c.Actor, c.Predicate, c.Modality));
    }

    [Fact]
    public void It_after_a_reporting_country_is_that_country()
    {
        var c = Single(new Article("Egypt said on Sunday that it would export 2 million tonnes of wheat.").Quantity("2 million tonnes", 2e6, "tonne"));
        Assert.Equal(("EG", "Egypt", "export", Modality.Planned), (c.Actor, c.Speaker, c.Predicate, c.Modality));
    }

    [Fact]
    public void The_company_is_the_maker_named_before()
    {
        var a = new Article("Pfizer shares rose on Monday. The company believes it will produce 90 million pills this year.").Quantity("90 million pills", 9e7, "pill");
        var c = Single(a);
        Assert.Equal(("Pfizer", "Pfizer", "produce", Modality.Planned), (c.Actor, c.Speaker, c.Predicate, c.Modality));
    }

    [Fact]
    public void Those_takes_the_product_of_the_previous_sentence()
    {
        var a = new Article("Serbia bought 1 million Sinopharm doses in January. It has given 100,000 of those to Bosnia.")
            .Quantity("1 million Sinopharm doses", 1e6, "dose", unitWord: "doses").Quantity("100,000", 100_000, "dose");
        var claims = a.Claims();
        Assert.Equal(2, claims.Count);
        Assert.Equal(["Sinopharm"], claims[1].Item);
        Assert.Equal(("RS", "BA", "give"), (claims[1].Actor, claims[1].Recipient, claims[1].Predicate));
    }

    [Fact]
    public void A_further_pledge_keeps_the_recipient_of_the_first_gift()
    {
        var a = new Article("Canada gave $5 million to UNICEF and pledged a further $3 million.")
            .Quantity("$5 million", 5e6, "USD").Quantity("$3 million", 3e6, "USD");
        var claims = a.Claims();
        Assert.Equal(("CA", "UNICEF", "give", Modality.Asserted), (claims[0].Actor, claims[0].Recipient, claims[0].Predicate, claims[0].Modality));
        Assert.Equal(("CA", "UNICEF", "pledge", Modality.Planned), (claims[1].Actor, claims[1].Recipient, claims[1].Predicate, claims[1].Modality));
    }

    [Fact]
    public void A_closing_attribution_names_the_speaker()
    {
        var c = Single(new Article("About 300 homes were destroyed in Fiji, the Red Cross said.").Quantity("About 300 homes", 300, "home", bound: QuantityBound.Approx));
        Assert.Equal(("Red Cross", "destroy"), (c.Speaker, c.Predicate));
    }

    [Fact]
    public void An_inverted_closing_attribution_names_the_speaker_before_the_apposition()
    {
        var c = Single(new Article("About 4,000 farmers are out of work in the valley, said Lina Okafor, the mayor of Brightwater.").Quantity("About 4,000 farmers", 4000, "farmer", bound: QuantityBound.Approx));
        Assert.Equal("Lina Okafor", c.Speaker);
    }

    [Fact]
    public void A_name_after_its_description_and_before_said_is_the_speaker()
    {
        var c = Single(new Article("The bureau's chief engineer, Tomas Ferreira, said the crews had repaired 40% of the pipes.").Quantity("40%", 40, "percent"));
        Assert.Equal("Tomas Ferreira", c.Speaker);
    }

    [Fact]
    public void A_name_before_its_description_and_a_verb_of_forecast_is_the_speaker()
    {
        var c = Single(new Article("Anna Berg, chief economist at Nordlys Capital, expects the rate to reach 5.5% by the end of the year.").Quantity("5.5%", 5.5, "percent"));
        Assert.Equal("Anna Berg", c.Speaker);
    }

    [Fact]
    public void A_plural_noun_closing_the_sentence_is_the_speaker()
    {
        var c = Single(new Article("Wheat was offered at about $250 a tonne last week, traders said.").Quantity("about $250", 250, "USD", bound: QuantityBound.Approx));
        Assert.Equal("traders", c.Speaker);
    }

    [Fact]
    public void A_clause_after_the_comma_is_no_inverted_speaker()
    {
        var c = Single(new Article("Exports rose 12% in March, said to be the fastest pace in a decade.").Quantity("12%", 12, "percent"));
        Assert.Null(c.Speaker);
    }

    [Fact]
    public void The_nearest_date_in_the_sentence_dates_the_claim()
    {
        var a = new Article("On Tuesday, Peru received 2 million doses, a week after Chile.").Quantity("2 million doses", 2e6, "dose").Date("Tuesday", "2021-03-16");
        Assert.Equal("2021-03-16", Single(a).Date?.Value);
    }

    [Fact]
    public void A_date_in_another_clause_does_not_date_the_figure()
    {
        var other = new Article("The agency has sent four engineers, and three inspectors arrived on Friday, officials said.")
            .Quantity("four engineers", 4, "engineer").Quantity("three inspectors", 3, "inspector").Date("Friday", "2021-03-19");
        var claims = other.Claims();
        Assert.Null(claims.Single(c => c.Quantity.Value == 4).Date);
        Assert.Equal("2021-03-19", claims.Single(c => c.Quantity.Value == 3).Date?.Value);

        var against = new Article("The region counted 12,000 cases this year, against 90,000 in the whole of 2019.")
            .Quantity("12,000 cases", 12000, "case").Quantity("90,000", 90000, "case").Date("this year", "2021").Date("2019", "2019");
        claims = against.Claims();
        Assert.Equal("2021", claims.Single(c => c.Quantity.Value == 12000).Date?.Value);
        Assert.Equal("2019", claims.Single(c => c.Quantity.Value == 90000).Date?.Value);

        var list = new Article("The station recorded 48C in the north, and 45C in the capital on Tuesday.")
            .Quantity("48C", 48, "celsius").Quantity("45C", 45, "celsius").Date("Tuesday", "2021-03-16");
        Assert.All(list.Claims(), c => Assert.Equal("2021-03-16", c.Date?.Value)); // a list that shares its verb shares its date
    }

    [Theory]
    [InlineData("Volunteers delivered food on Tuesday to families of a flood that destroyed 300 homes.", null)] // the flood's toll, not Tuesday's
    [InlineData("Officials said on Tuesday that 300 homes were destroyed by the flood.", "2021-03-16")] // "that" opens what was said
    [InlineData("On Tuesday the flood destroyed 300 homes.", "2021-03-16")]
    [InlineData("The council announced Tuesday that it has rebuilt 300 homes.", "2021-03-16")] // "that" after the date: what was said
    [InlineData("The council said on Tuesday that it has rebuilt 300 homes.", "2021-03-16")]
    public void A_date_before_a_relative_clause_does_not_date_its_figure(string sentence, string? date)
    {
        var a = new Article(sentence).Quantity("300 homes", 300, "home").Date("Tuesday", "2021-03-16");
        Assert.Equal(date, Single(a).Date?.Value);
    }

    [Fact]
    public void A_titled_name_before_said_loses_its_title_and_her_is_her_country()
    {
        var c = Single(new Article("Ghanaian President Ama Mensah said her government had bought 600 buses.").Quantity("600 buses", 600, "bus"));
        Assert.Equal(("Ama Mensah", "GH", "buy"), (c.Speaker, c.Actor, c.Predicate)); // the buyer acts
    }

    [Fact]
    public void Ids_are_unique_and_claims_keep_text_order()
    {
        var a = new Article("Peru sent 10 trucks to Chile and 20 trucks to Bolivia.").Quantity("10 trucks", 10, "truck").Quantity("20 trucks", 20, "truck");
        var claims = a.Claims();
        Assert.Equal(["c1", "c2"], claims.Select(c => c.Id));
        Assert.Equal(["CL", "BO"], claims.Select(c => c.Recipient));
        Assert.All(claims, c => Assert.Equal("PE", c.Actor));
    }

    [Fact]
    public void Odd_input_builds_no_claim_and_does_not_crash()
    {
        Assert.Empty(new Article(string.Empty).Claims());
        var a = new Article("5").Quantity("5", 5, null);
        Assert.Single(a.Claims());
        var weird = new Article("\u201C\u201D 7 \u2014 ; \"").Quantity("7", 7, null);
        Assert.Single(weird.Claims());
    }

    [Fact]
    public void A_capitalized_name_inside_the_counted_phrase_is_the_item()
    {
        var a = new Article("Norway will sell 12 Skua helicopters and 300 crates of Nordlys to Chile.")
            .Quantity("12 Skua helicopters", 12, "helicopter", unitWord: "helicopters").Quantity("300 crates", 300, "crate");
        var claims = a.Claims();
        Assert.Equal(["Skua"], claims[0].Item);
        Assert.Equal(["Nordlys"], claims[1].Item);
    }

    [Fact]
    public void Months_and_countries_inside_the_counted_phrase_are_no_items()
    {
        var c = Single(new Article("Sales reached 40 March orders and 9 Danish ferries.").Quantity("9 Danish ferries", 9, "ferry", unitWord: "ferries"));
        Assert.Empty(c.Item);
    }

    [Fact]
    public void A_change_written_up_or_down_is_a_rise_or_a_fall()
    {
        var a = new Article("Revenue reached $3 billion, up 8% on the year, while costs were down 2%.")
            .Quantity("$3 billion", 3e9, "USD").Quantity("8%", 8, "percent", change: true).Quantity("2%", 2, "percent", change: true);
        var claims = a.Claims();
        Assert.Equal(["reach", "rise", "fall"], claims.Select(c => c.Predicate));
    }

    [Fact]
    public void A_predicate_noun_after_the_quantity_names_the_claim_and_keeps_its_subject()
    {
        var c = Single(new Article("The IMF approved a $700 million loan to Zambia.").Quantity("$700 million", 7e8, "USD"));
        Assert.Equal(("lend", "International Monetary Fund", "ZM"), (c.Predicate, c.Actor, c.Recipient));
    }

    [Fact]
    public void Who_says_it_is_not_who_does_it()
    {
        var c = Single(new Article("The UN says more than 3 million people have left Sudan.").Quantity("more than 3 million people", 3e6, "person", bound: QuantityBound.AtLeast));
        Assert.Equal(("UN", "leave"), (c.Speaker, c.Predicate));
        Assert.Null(c.Actor);
    }

    [Fact]
    public void The_company_is_only_ever_a_company()
    {
        var a = new Article("The World Bank met Airbus. Later the company said it had sold 900 turbines.").Quantity("900 turbines", 900, "turbine");
        Assert.Equal("Airbus", Single(a).Actor);
        var b = new Article("The World Bank met officials. Later the company said it had sold 900 turbines.").Quantity("900 turbines", 900, "turbine");
        Assert.Null(Single(b).Actor);
    }

    [Fact]
    public void A_definite_count_in_figures_is_still_a_claim()
    {
        var c = Single(new Article("Peru never got the 5 million doses it ordered from Russia.").Quantity("5 million doses", 5e6, "dose"));
        Assert.Equal((Modality.Negated, "PE", "RU"), (c.Modality, c.Actor, c.Recipient)); // who ordered it acts; who was asked receives the order
    }

    [Fact]
    public void She_said_that_names_the_last_quoted_woman()
    {
        var text = "“We are ready,” said Finance Minister Lena Holm. She said that Sweden would lend 400 million euros to Latvia.";
        var a = new Article(text).Quantity("400 million euros", 4e8, "EUR").Quote("We are ready,", "Lena Holm", "Finance Minister");
        var c = Single(a);
        Assert.Equal(("Lena Holm", "SE", "LV", Modality.Planned), (c.Speaker, c.Actor, c.Recipient, c.Modality));
    }

    [Fact]
    public void A_body_that_speaks_keeps_its_whole_name()
    {
        var c = Single(new Article("The Danish Health Ministry announced on Friday that it had given 80 ventilators to Tunisia.").Quantity("80 ventilators", 80, "ventilator"));
        Assert.Equal(("Danish Health Ministry", "DK", "TN"), (c.Speaker, c.Actor, c.Recipient));
    }

    private static Claim Single(Article article) => Assert.Single(article.Claims());

    /// <summary>An article under test: its text and hand-made mentions (countries come from the real recognizer).</summary>
    private sealed class Article(string text)
    {
        private readonly List<QuantityMention> _quantities = [];
        private readonly List<DateMention> _dates = [];
        private readonly List<QuoteMention> _quotes = [];

        public Article Quantity(string surface, double value, string? unit, QuantityBound bound = QuantityBound.Exact, string? unitWord = null, bool change = false)
        {
            var start = text.IndexOf(surface, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{surface}' is not in the text");
            var span = new TextSpan(start, start + surface.Length);
            TextSpan? unitSpan = null;
            var noun = unitWord ?? (surface.Contains(' ', StringComparison.Ordinal) ? surface[(surface.LastIndexOf(' ') + 1)..] : null);
            if (noun is not null && !char.IsDigit(noun[0]) && noun is not ("million" or "billion" or "thousand"))
            {
                var at = text.IndexOf(noun, start, StringComparison.Ordinal);
                unitSpan = new TextSpan(at, at + noun.Length);
            }

            _quantities.Add(new QuantityMention(span, surface, value, null, unit, bound) { UnitSpan = unitSpan, IsChange = change });
            return this;
        }

        public Article Date(string surface, string value)
        {
            var start = text.IndexOf(surface, StringComparison.Ordinal);
            _dates.Add(new DateMention(new TextSpan(start, start + surface.Length), surface, value, null));
            return this;
        }

        public Article Quote(string inside, string speaker, string? role)
        {
            var start = text.IndexOf(inside, StringComparison.Ordinal);
            var speakerAt = text.IndexOf(speaker, StringComparison.Ordinal);
            _quotes.Add(new QuoteMention(new TextSpan(start, start + inside.Length), inside, speaker, role, false) { SpeakerSpan = new TextSpan(speakerAt, speakerAt + speaker.Length) });
            return this;
        }

        public IReadOnlyList<Claim> Claims()
        {
            var document = DocumentContext.Of(text);
            var countries = CountryRecognizer.Default.Recognize(document);
            return ClaimBuilder.Build(document, [.. _quantities.OrderBy(q => q.Span.Start)], _dates, countries, _quotes);
        }
    }
}
