namespace NewsFacts.Tests.Checking;

/// <summary>
/// A conflict is raised only when two claims clearly state one fact: the words around them agree, the figures could be
/// two accounts of one number, neither source gives the other's figure, and they are of the same day. When unsure, the
/// check says nothing.
/// </summary>
public sealed class ConflictPrecisionTests
{
    private static CrossCheckReport Check(params ArticleBuilder[] articles) => News.Check(articles.Select(a => a.Build()));

    private static ArticleBuilder Article(string id, string text, string? outlet = null) => new(id, text, outlet ?? id.ToUpperInvariant() + " News", "2024-05-02");

    [Fact]
    public void Two_accounts_of_one_toll_in_other_words_are_a_value_conflict()
    {
        var report = Check(
            Article("a", "The landslide in the hill district killed at least 41 villagers, rescuers said.").Claim("at least 41 villagers", 41, "villager", "kill", bound: QuantityBound.AtLeast),
            Article("b", "Rescuers said 35 villagers were killed by the landslide in the hill district.").Claim("35 villagers", 35, "villager", "kill"));

        var conflict = Assert.Single(report.Conflicts);
        Assert.Equal(ConflictKind.Value, conflict.Kind);
    }

    [Theory]
    [InlineData("shoreline", "coastline", true)]
    [InlineData("lorries", "trucks", true)]
    [InlineData("paramedics", "medics", true)]
    [InlineData("boats", "ships", false)] // a boat is not a ship: the difference can be the fact
    public void Words_for_one_thing_weigh_as_one_word_around_a_claim(string one, string other, bool same) =>
        Assert.Equal(same, Assert.Single(ContextVectors.Words(one)).Hash == Assert.Single(ContextVectors.Words(other)).Hash);

    [Fact]
    public void Thieves_and_robbers_are_one_count()
    {
        var report = Check(
            Article("a", "Five thieves broke into the jeweller's shop on the high street overnight, police said.").Claim("Five thieves", 5, "thief", "break"),
            Article("b", "Police said three robbers broke into the jeweller's shop on the high street overnight.").Claim("three robbers", 3, "robber", "break"));

        Assert.Equal(ConflictKind.Value, Assert.Single(report.Conflicts).Kind);
    }

    [Fact]
    public void Figures_far_apart_count_different_things()
    {
        var report = Check(
            Article("a", "Coast guards detained 14 smugglers aboard the trawler.").Claim("14 smugglers", 14, "smuggler", "detain"),
            Article("b", "Coast guards say some 900 smugglers operate aboard trawlers in the strait.").Claim("some 900 smugglers", 900, "smuggler", "operate", bound: QuantityBound.Approx));

        Assert.Empty(report.Conflicts);
    }

    [Fact]
    public void A_source_that_also_gives_the_other_figure_is_not_contradicted()
    {
        var report = Check(
            Article("a", "The fire destroyed 30 homes in the valley, and 12 homes in the town.")
                .Claim("30 homes", 30, "home", "destroy").Claim("12 homes", 12, "home", "destroy"),
            Article("b", "The fire destroyed 12 homes in the valley.").Claim("12 homes", 12, "home", "destroy"));

        Assert.DoesNotContain(report.Conflicts, c => c.Kind == ConflictKind.Value);
    }

    [Fact]
    public void Figures_of_different_days_are_of_different_moments()
    {
        var report = Check(
            Article("a", "The quake on Sunday injured five people in the port town.").Claim("five people", 5, "person", "injure", date: "2024-04-28", dateText: "Sunday"),
            Article("b", "The quake on Monday injured three people in the port town.").Claim("three people", 3, "person", "injure", date: "2024-04-29", dateText: "Monday"));

        Assert.Empty(report.Conflicts);
    }

    [Theory]
    [InlineData("at least six people", 6, QuantityBound.AtLeast, true)] // two counts that each source knows: they disagree
    [InlineData("at least seven people", 7, QuantityBound.AtLeast, false)]
    [InlineData("10 people", 10, QuantityBound.Exact, false)] // a bound and a figure it allows: no conflict
    public void Two_lower_bounds_of_one_toll_are_two_counts(string other, double value, QuantityBound bound, bool conflict)
    {
        var report = Check(
            Article("a", "The landslide in the hill district killed at least seven people last week, rescuers said.").Claim("at least seven people", 7, "person", "kill", bound: QuantityBound.AtLeast),
            Article("b", $"The landslide in the hill district killed {other} last week, rescuers said.").Claim(other, value, "person", "kill", bound: bound));

        Assert.Equal(conflict, report.Conflicts.Any(c => c.Kind == ConflictKind.Value));
    }

    [Theory]
    [InlineData("5.8", true)] // the same quake: four hurt against two is a conflict
    [InlineData("5.1", false)] // another quake, measured otherwise: each has its own toll
    public void Tolls_of_quakes_of_different_magnitudes_are_of_different_quakes(string otherMagnitude, bool conflict)
    {
        var report = Check(
            Article("a", "A 5.8 magnitude earthquake struck the coast on Sunday. The earthquake injured four people in the coastal town, officials said.")
                .Quantity("5.8 magnitude", 5.8, "magnitude").Claim("four people", 4, "person", "injure"),
            Article("b", $"A {otherMagnitude} magnitude earthquake struck the coast on Sunday. The earthquake injured two people in the coastal town, officials said.")
                .Quantity($"{otherMagnitude} magnitude", double.Parse(otherMagnitude, System.Globalization.CultureInfo.InvariantCulture), "magnitude").Claim("two people", 2, "person", "injure"));

        Assert.Equal(conflict, report.Conflicts.Any(c => c.Kind == ConflictKind.Value));
    }

    [Fact]
    public void A_quake_measured_in_the_sentence_of_its_toll_is_told_from_another()
    {
        var report = Check(
            Article("a", "A magnitude-5.1 aftershock has injured three people on the island, state television said.")
                .Quantity("magnitude-5.1", 5.1, "magnitude").Claim("three people", 3, "person", "injure"),
            Article("b", "A 5.7 magnitude earthquake has injured six people on the island, state television said.")
                .Quantity("5.7 magnitude", 5.7, "magnitude").Claim("six people", 6, "person", "injure"));

        Assert.Empty(report.Conflicts);
    }

    [Fact]
    public void Another_years_figure_in_the_same_slot_does_not_hide_a_conflict_of_this_one()
    {
        // The 2015 spill is of another time: it neither agrees nor disagrees with the other outlet's figure, so it must
        // not excuse the two accounts of this week's cargo that cannot both hold.
        var report = Check(
            Article("a", "The barge sank on Friday carrying 800,000 litres of diesel. A barge spilled 300,000 litres of diesel in the bay in 2015.")
                .Claim("800,000 litres", 800_000, "litre", "carry", date: "2024-04-26", dateText: "Friday")
                .Claim("300,000 litres", 300_000, "litre", "carry", date: "2015", dateText: "2015"),
            Article("b", "The barge was carrying 500,000 litres of diesel when it sank on Friday.")
                .Claim("500,000 litres", 500_000, "litre", "carry", date: "2024-04-26", dateText: "Friday"));

        var conflict = Assert.Single(report.Conflicts, c => c.Kind == ConflictKind.Value);
        Assert.DoesNotContain(conflict.Claims, c => c.Value == 300_000);
    }

    [Theory]
    [InlineData("4.5%", 4.5, true)] // a figure of two significant digits in one fact recurs seldom by chance
    [InlineData("5%", 5, false)] // a small round figure told in other words may be another fact's
    public void Two_speakers_of_a_distinctive_figure_in_other_words_are_an_attribution_conflict(string written, double value, bool conflict)
    {
        var report = Check(
            Article("a", $"Diesel prices at rural pumps have climbed by {written} since January, the Fuel Bureau said on its website.")
                .Claim(written, value, "percent", "climb", item: ["diesel prices"], speaker: "Fuel Bureau"),
            Article("b", $"Analyst Jon Dahl told a morning radio show on Tuesday that diesel had risen {written} over the long and unusually cold winter months in the northern farming districts.")
                .Claim(written, value, "percent", "rise", item: ["diesel prices"], speaker: "Jon Dahl"));

        Assert.Equal(conflict, report.Conflicts.Any(c => c.Kind == ConflictKind.Attribution));
    }

    [Theory]
    [InlineData("2019", true)] // both recall the old record: that agreement says nothing of this week's two figures
    [InlineData(null, false)] // an undated figure could be of this week: the two sources then share one account
    public void An_agreement_on_another_times_figure_does_not_excuse_two_accounts_of_this_one(string? recordDate, bool conflict)
    {
        var report = Check(
            Article("a", "The reservoir rose to 412 metres on Tuesday, above the record of 398 metres.")
                .Claim("412 metres", 412, "metre", "rise", date: "2024-04-30", dateText: "Tuesday")
                .Claim("398 metres", 398, "metre", "rise", date: recordDate, dateText: recordDate),
            Article("b", "The reservoir reached 405 metres on Tuesday, beating the 398 metres it reached before.")
                .Claim("405 metres", 405, "metre", "rise", date: "2024-04-30", dateText: "Tuesday")
                .Claim("398 metres", 398, "metre", "rise", date: recordDate, dateText: recordDate));

        Assert.Equal(conflict, report.Conflicts.Any(c => c.Kind == ConflictKind.Value && c.Claims.Any(x => x.Value == 412) && c.Claims.Any(x => x.Value == 405)));
    }

    [Theory]
    [InlineData("The union has extended the walkout by 72 hours, its leaders said on Wednesday.", false)] // the day of the saying
    [InlineData("The union extended the walkout by 72 hours on Wednesday, its leaders said.", true)] // the day of the deed
    public void The_day_a_statement_was_made_is_not_weighed_against_the_day_of_the_fact(string first, bool conflict)
    {
        var report = Check(
            Article("a", first).Claim("72 hours", 72, "hour", "extend", date: "2024-05-01", dateText: "Wednesday"),
            Article("b", "The union has extended the walkout by 72 hours on Thursday.").Claim("72 hours", 72, "hour", "extend", date: "2024-05-02", dateText: "Thursday"));

        Assert.Equal(conflict, report.Conflicts.Any(c => c.Kind == ConflictKind.Date));
    }

    [Theory]
    [InlineData("about 240", 240, 252, true)] // one unit of the last digit: 230 to 250
    [InlineData("about 250", 250, 252, false)]
    public void An_approximate_figure_allows_one_unit_of_its_last_digit(string written, double approx, double exact, bool conflict)
    {
        var report = Check(
            Article("a", $"Traders quoted the wheat at {written} dollars a tonne in the port.").Claim(written, approx, "USD", "quote", bound: QuantityBound.Approx),
            Article("b", $"Traders quoted the wheat at {exact} dollars a tonne in the port.").Claim(exact.ToString(System.Globalization.CultureInfo.InvariantCulture), exact, "USD", "quote"));

        Assert.Equal(conflict, report.Conflicts.Any(c => c.Kind == ConflictKind.Value));
    }

    [Fact]
    public void A_figure_within_the_others_bound_but_of_another_thing_does_not_give_it()
    {
        // "$231" is a crane's hire: it lies within what "about $240" allows, but the source does not give the wheat's
        // figure, so its "$252" for the wheat still contradicts the other outlet's.
        var report = Check(
            Article("a", "Traders quoted the wheat at about 240 dollars a tonne in the port.")
                .Claim("about 240", 240, "USD", "quote", item: ["wheat"], bound: QuantityBound.Approx),
            Article("b", "Traders quoted the wheat at 252 dollars a tonne in the port. Hiring a crane at the docks costs 231 dollars an hour.")
                .Claim("252", 252, "USD", "quote", item: ["wheat"])
                .Claim("231", 231, "USD", "cost", item: ["crane"]));

        var conflict = Assert.Single(report.Conflicts, c => c.Kind == ConflictKind.Value);
        Assert.Contains(conflict.Claims, c => c.Value == 252);
        Assert.DoesNotContain(conflict.Claims, c => c.Value == 231);
    }

    [Theory]
    [InlineData(QuantityBound.Approx, QuantityBound.AtMost, false)] // "nearly 100" and "as many as 100"
    [InlineData(QuantityBound.Range, QuantityBound.AtLeast, false)] // "71% to 88%" and "at least 71%"
    [InlineData(QuantityBound.Exact, QuantityBound.AtMost, true)]
    [InlineData(QuantityBound.AtLeast, QuantityBound.AtMost, true)]
    public void Only_bounds_that_cannot_both_hold_are_a_bound_conflict(QuantityBound a, QuantityBound b, bool conflict)
    {
        var report = Check(
            Article("a", "Pirates have attacked 100 merchant vessels in the gulf this year.").Claim("100 merchant vessels", 100, "vessel", "attack", bound: a),
            Article("b", "Officials say 100 merchant vessels were attacked by pirates in the gulf this year.").Claim("100 merchant vessels", 100, "vessel", "attack", bound: b));

        Assert.Equal(conflict, report.Conflicts.Any(c => c.Kind == ConflictKind.Bound));
    }

    [Fact]
    public void Over_a_number_of_years_is_a_span_not_a_bound()
    {
        var report = Check(
            Article("a", "The loans will be repaid over three years, the finance ministry said.").Claim("over three years", 3, "year", "repay", bound: QuantityBound.AtLeast),
            Article("b", "The loans will be repaid in three years, the finance ministry said.").Claim("three years", 3, "year", "repay"));

        Assert.DoesNotContain(report.Conflicts, c => c.Kind == ConflictKind.Bound);
    }

    [Fact]
    public void A_vague_plural_is_an_order_of_magnitude_not_a_bound_on_its_round_figure()
    {
        var report = Check(
            Article("a", "Tens of thousands of people marched through Arlow on Sunday, police said.").Claim("Tens of thousands of people", 10000, "person", "march", bound: QuantityBound.AtLeast),
            Article("b", "Police said 10,000 people marched through Arlow on Sunday.").Claim("10,000 people", 10000, "person", "march"));

        Assert.DoesNotContain(report.Conflicts, c => c.Kind == ConflictKind.Bound);
    }

    [Fact]
    public void Speakers_that_are_not_named_raise_no_attribution_conflict()
    {
        var report = Check(
            Article("a", "The storm cut power to 8,000 homes in the province, officials said.").Claim("8,000 homes", 8000, "home", "cut", speaker: "officials"),
            Article("b", "The storm cut power to 8,000 homes in the province, the Provincial Power Board said.").Claim("8,000 homes", 8000, "home", "cut", speaker: "Provincial Power Board"));

        Assert.DoesNotContain(report.Conflicts, c => c.Kind == ConflictKind.Attribution);
    }

    [Fact]
    public void Two_named_speakers_of_one_figure_are_an_attribution_conflict()
    {
        var report = Check(
            Article("a", "The storm cut power to 8,000 homes in the province, the Provincial Power Board said.").Claim("8,000 homes", 8000, "home", "cut", speaker: "Provincial Power Board"),
            Article("b", "The storm cut power to 8,000 homes in the province, Governor Ana Ruiz said.").Claim("8,000 homes", 8000, "home", "cut", speaker: "Ana Ruiz"));

        Assert.Single(report.Conflicts, c => c.Kind == ConflictKind.Attribution);
    }

    [Fact]
    public void Every_source_on_a_side_is_named_in_the_conflict()
    {
        var report = Check(
            Article("a", "The landslide in the hill district killed 41 villagers, rescuers said.").Claim("41 villagers", 41, "villager", "kill"),
            Article("b", "Rescuers said the landslide in the hill district killed 41 villagers.").Claim("41 villagers", 41, "villager", "kill"),
            Article("c", "Rescuers said 35 villagers were killed by the landslide in the hill district.").Claim("35 villagers", 35, "villager", "kill"));

        var conflict = Assert.Single(report.Conflicts, c => c.Kind == ConflictKind.Value);
        Assert.Equal(["a", "b", "c"], conflict.Claims.Select(c => c.Source).Order());
        Assert.Equal(2, conflict.Claims.Select(c => c.Side).Distinct().Count());
    }

    [Fact]
    public void Different_facts_with_the_same_unit_in_unlike_sentences_do_not_meet()
    {
        var report = Check(
            Article("a", "This season's rainfall reached 198 millimetres in the plains.").Claim("198 millimetres", 198, "millimetre", "reach"),
            Article("b", "The thirty-year average for the dry months is 336 millimetres, the weather office said.").Claim("336 millimetres", 336, "millimetre", "be"));

        Assert.Empty(report.Conflicts);
    }

    [Fact]
    public void Figures_tied_to_different_names_are_of_different_things()
    {
        var report = Check(
            Article("a", "The epicentre was about 20 miles from Dunmore, the survey said.").Claim("about 20 miles", 20, "mile", "be", bound: QuantityBound.Approx),
            Article("b", "The epicentre was about 26 miles north of Kellerton, the survey said.").Claim("about 26 miles", 26, "mile", "be", bound: QuantityBound.Approx));

        Assert.Empty(report.Conflicts);
    }

    [Fact]
    public void Distances_from_different_places_are_two_measures()
    {
        // Both sentences name both towns, so only the place each distance is measured from tells them apart.
        var report = Check(
            Article("a", "The quake was centred two miles northeast of Marlow Springs, four miles west of Dunby.").Claim("two miles", 2, "mile", "be"),
            Article("b", "The quake was centred about 3 miles southwest of Dunby, near Marlow Springs.").Claim("about 3 miles", 3, "mile", "be", bound: QuantityBound.Approx));

        Assert.Empty(report.Conflicts);
    }

    [Fact]
    public void Distances_from_one_place_in_one_direction_can_conflict()
    {
        var report = Check(
            Article("a", "The quake was centred 9 miles north of Dunby, the survey said.").Claim("9 miles", 9, "mile", "be"),
            Article("b", "The survey said the quake was centred 14 miles north of Dunby.").Claim("14 miles", 14, "mile", "be"));

        Assert.Equal(ConflictKind.Value, Assert.Single(report.Conflicts).Kind);
    }

    [Theory]
    [InlineData("struck 12 km off the coast of Leyte Island", "12 km", "off|leyte island")]
    [InlineData("landed 40 metres short of the runway", "40 metres", null)]
    [InlineData("about 20 miles north of Marlow, in the hills", "about 20 miles", "north|marlow")]
    [InlineData("five kilometres south-west from the centre of Torvik", "five kilometres", "southwest|torvik")]
    [InlineData("two miles east of The Narrows", "two miles", "east|narrows")]
    [InlineData("The storm was centred over Port Elwin, 40 km west of Haldor.", "40 km", "port elwin@west|haldor")]
    [InlineData("The storm was centred 40 km west of Haldor, near the coast.", "40 km", "west|haldor")]
    public void The_place_of_a_distance_is_read_after_it(string sentence, string distance, string? expected)
    {
        var start = sentence.IndexOf(distance, StringComparison.Ordinal);
        Assert.Equal(expected, Verdicts.PlaceOf(sentence, start, start + distance.Length));
    }

    [Fact]
    public void A_distance_that_places_a_named_town_is_not_the_distance_of_the_event()
    {
        var report = Check(
            Article("a", "The quake was centred in Orvik, about 20 miles north of Dunby, the survey said.").Claim("about 20 miles", 20, "mile", "be", bound: QuantityBound.Approx),
            Article("b", "The survey said the quake struck about 26 miles north of Dunby in the hills.").Claim("about 26 miles", 26, "mile", "be", bound: QuantityBound.Approx));

        Assert.Empty(report.Conflicts);
    }

    [Theory]
    [InlineData(48_000, "container", true)]
    [InlineData(10, "day", true)]
    [InlineData(2, "building", false)] // a small count recurs by chance
    [InlineData(160e6, "USD", false)] // so does a round sum: two clubs' offers
    public void One_count_of_ten_or_more_in_one_slot_needs_only_a_facts_agreement_to_compare_bounds(double value, string unit, bool asFact)
    {
        var options = CheckOptions.Default;
        Assert.Equal(asFact ? options.FactAgreement : options.ConflictAgreement, Verdicts.SameFigureAgreement(value, unit, options));
    }

    [Fact]
    public void One_round_sum_offered_by_two_parties_is_no_bound_conflict()
    {
        var money = Check(
            Article("a", "The Harbour club has made the striker an offer in excess of $90 million, sources said.").Claim("in excess of $90 million", 90e6, "USD", "offer", bound: QuantityBound.AtLeast),
            Article("b", "Last week at the league meetings, the Lakeside club made the striker a four-year, $90 million offer.").Claim("$90 million", 90e6, "USD", "offer"));
        Assert.Empty(money.Conflicts);
    }

    [Fact]
    public void One_distinctive_figure_told_in_other_words_and_repeated_is_one_fact()
    {
        var report = Check(
            Article("a", "A magnitude 5.3 tremor rattled the valley. The quake measured 5.3 and was felt 80 km away, the survey said.")
                .Claim("magnitude 5.3", 5.3, "magnitude", "rattle").Claim("5.3", 5.3, "magnitude", "measure"),
            Article("b", "Seismologists put the strength of Sunday's shock at 5.3 on their scale.").Claim("5.3", 5.3, "magnitude", "put"));

        var fact = Assert.Single(report.Facts, f => f.Value == 5.3);
        Assert.Equal(2, fact.IndependentSources);
        Assert.Equal(3, fact.Claims.Count);
    }

    [Fact]
    public void A_count_of_those_from_a_named_place_is_a_part_of_the_whole()
    {
        var report = Check(
            Article("a", "Officials said two people from Orvik village were hurt when the bridge fell.").Claim("two people", 2, "person", "hurt"),
            Article("b", "Officials said five people were hurt when the bridge fell.").Claim("five people", 5, "person", "hurt"));

        Assert.Empty(report.Conflicts);
        Assert.Equal("Orvik", Verdicts.FromNameAfter("two people from Orvik village were hurt", "two people".Length));
        Assert.Null(Verdicts.FromNameAfter("two people from the village were hurt", "two people".Length));
    }

    [Fact]
    public void A_sum_taken_from_a_named_place_is_the_whole_haul()
    {
        var report = Check(
            Article("a", "Burglars took paintings worth 30 million euros from Varn gallery Osk and Dahl, detectives said.").Claim("30 million euros", 30_000_000, "EUR", "take"),
            Article("b", "Burglars took paintings worth 36 million euros from a gallery in the old town, detectives said.").Claim("36 million euros", 36_000_000, "EUR", "take"));

        Assert.Contains(report.Conflicts, c => c.Kind == ConflictKind.Value);
    }

    [Theory]
    [InlineData("In four raids so far, the coastguard has seized {0} from smugglers, an officer said.", "23 outboard engines", 23, "nine outboard engines", 9, false)]
    [InlineData("Across the four raids, the coastguard has seized a combined {0} from smugglers, an officer said.", "23 outboard engines", 23, "nine outboard engines", 9, false)]
    [InlineData("In the raid, the coastguard seized {0} from smugglers, an officer said.", "23 outboard engines", 23, "nine outboard engines", 9, true)]
    [InlineData("In four raids so far, the coastguard has seized {0} from smugglers, an officer said.", "nine outboard engines", 9, "23 outboard engines", 23, true)] // the sum is the smaller
    public void A_sum_over_occasions_and_a_smaller_figure_are_a_total_and_a_part(string first, string firstFigure, double firstValue, string other, double otherValue, bool conflict)
    {
        var report = Check(
            Article("a", string.Format(System.Globalization.CultureInfo.InvariantCulture, first, firstFigure)).Claim(firstFigure, firstValue, "engine", "seize"),
            Article("b", $"An officer said the coastguard seized {other} from smugglers in the raid.").Claim(other, otherValue, "engine", "seize"));

        Assert.Equal(conflict, report.Conflicts.Any(c => c.Kind == ConflictKind.Value));
    }

    [Theory]
    [InlineData("so far", true)]
    [InlineData("So Far", true)]
    [InlineData("a combined", true)]
    [InlineData("in all", true)]
    [InlineData("install", false)] // whole words only
    [InlineData("far so", false)]
    public void A_sum_over_occasions_is_marked_by_whole_words(string phrase, bool marks) =>
        Assert.Equal(marks, CheckLexicon.MarksTotal($"The league said 40 clubs {phrase} have signed."));

    [Theory]
    [InlineData("a", "a", false)] // two people introduced without saying who
    [InlineData("the", "the", true)] // one driver, two ages
    public void Ages_of_two_indefinite_descriptions_are_not_one_persons(string first, string second, bool conflict)
    {
        var report = Check(
            Article("a", $"Police said {first} 41-year-old driver was arrested after the crash on the ring road.").Claim("41-year", 41, "year", "arrest"),
            Article("b", $"Police said {second} 39-year-old driver was arrested after the crash on the ring road.").Claim("39-year", 39, "year", "arrest"));

        Assert.Equal(conflict, report.Conflicts.Any(c => c.Kind == ConflictKind.Value));
    }

    [Theory]
    [InlineData("a 41-year-old driver", "41-year", true, true)]
    [InlineData("an 11-year-old girl", "11-year", true, true)]
    [InlineData("the 41-year-old driver", "41-year", true, false)]
    [InlineData("jailed for 12 years", "12 years", false, false)]
    [InlineData("Hale was 35 years old", "35 years", true, false)]
    public void An_age_is_read_from_the_words_after_its_figure(string text, string figure, bool age, bool indefinite)
    {
        var at = text.IndexOf(figure, StringComparison.Ordinal);
        Assert.Equal((age, indefinite), (Verdicts.IsAge(text, (at, at + figure.Length)), Verdicts.IndefiniteAge(text, (at, at + figure.Length))));
    }

    [Theory]
    [InlineData("the 23-year-old driver", "23-year", false)] // an age and a term of years
    [InlineData("the driver for 23 years", "23 years", true)]
    public void An_age_and_a_term_of_years_are_not_one_figure(string other, string figure, bool conflict)
    {
        var report = Check(
            Article("a", "The court jailed the driver for 19 years over the crash on the ring road.").Claim("19 years", 19, "year", "jail"),
            Article("b", $"The court jailed {other} over the crash on the ring road.").Claim(figure, 23, "year", "jail"));

        Assert.Equal(conflict, report.Conflicts.Any(c => c.Kind == ConflictKind.Value));
    }

    [Fact]
    public void A_count_of_one_model_is_a_part_of_the_whole()
    {
        var report = Check(
            Article("a", "The navy seized seven AK-47 rifles from the pirates, officials said.").Claim("seven AK-47 rifles", 7, "rifle", "seize"),
            Article("b", "Officials said the navy seized nine rifles from the pirates.").Claim("nine rifles", 9, "rifle", "seize"));

        Assert.Empty(report.Conflicts);
        Assert.Equal("AK-47", Verdicts.ModelIn("seven AK-47 rifles"));
        Assert.Null(Verdicts.ModelIn("nine rifles"));
    }

    [Fact]
    public void Conversions_at_different_exchange_rates_agree()
    {
        var report = Check(
            Article("a", "The cuts aim to save 30 billion euros ($40 billion) by 2027, the finance ministry said.")
                .Claim("30 billion euros", 30e9, "EUR", "save").Claim("$40 billion", 40e9, "USD", "save"),
            Article("b", "The finance ministry said the cuts aim to save $43 billion by 2027.").Claim("$43 billion", 43e9, "USD", "save"));

        Assert.Empty(report.Conflicts);
    }

    [Fact]
    public void An_amount_without_conversion_keeps_its_tolerance()
    {
        var report = Check(
            Article("a", "The finance ministry said the cuts aim to save $40 billion by 2027.").Claim("$40 billion", 40e9, "USD", "save"),
            Article("b", "The cuts aim to save $43 billion by 2027, the finance ministry said.").Claim("$43 billion", 43e9, "USD", "save"));

        Assert.Equal(ConflictKind.Value, Assert.Single(report.Conflicts).Kind);
    }

    [Fact]
    public void A_capitalized_plural_is_a_group_not_a_named_speaker()
    {
        Assert.False(Verdicts.IsNamed("Unions"));
        Assert.False(Verdicts.IsNamed("officials"));
        Assert.True(Verdicts.IsNamed("agriculture ministry")); // a body the article describes, one of its kind
        Assert.False(Verdicts.IsNamed("its ministry"));
        Assert.False(Verdicts.IsNamed("state officials"));
        Assert.True(Verdicts.IsNamed("NDMA"));
        Assert.True(Verdicts.IsNamed("Office of Rivers and Inland Waterways"));
    }

    [Fact]
    public void A_body_described_by_its_country_is_a_named_speaker_but_its_officials_are_not()
    {
        Assert.True(Verdicts.IsNamed("Omani foreign ministry"));
        Assert.True(Verdicts.IsNamed("Danish health agency"));
        Assert.False(Verdicts.IsNamed("Indian officials"));
        Assert.False(Verdicts.IsNamed("India has"));
        Assert.False(Verdicts.IsNamed("city's health department"));
    }

    [Fact]
    public void Media_relaying_one_report_are_no_attribution_conflict()
    {
        var report = Check(
            Article("a", "The club offered the striker a 6-year contract, the Daily Ledger reported.").Claim("6-year", 6, "year", "offer", speaker: "Daily Ledger", modality: Modality.Reported),
            Article("b", "Columnist Ray Dunne reported that the club offered the striker a 6-year contract.").Claim("6-year", 6, "year", "offer", speaker: "Ray Dunne", modality: Modality.Reported));

        Assert.Empty(report.Conflicts);
    }

    [Fact]
    public void Two_countries_ministries_credited_with_one_figure_are_an_attribution_conflict()
    {
        var report = Check(
            Article("a", "The talks went through 9 rounds in Muscat before the deal, the Omani foreign ministry said.").Claim("9 rounds", 9, "round", "go", speaker: "Omani foreign ministry"),
            Article("b", "The talks went through 9 rounds in Muscat before the deal, the Jordanian foreign ministry said.").Claim("9 rounds", 9, "round", "go", speaker: "Jordanian foreign ministry"));

        Assert.Equal(ConflictKind.Attribution, Assert.Single(report.Conflicts).Kind);
    }

    [Fact]
    public void The_span_of_an_act_is_no_modality_conflict_but_the_act_itself_is()
    {
        ArticleBuilder Told(string id, string text, Modality act, Modality span) =>
            Article(id, text).Claim("$6 billion", 6e9, "USD", "loan", modality: act).Claim("over four years", 4, "year", "loan", modality: span);

        var spanOnly = Check(
            Told("a", "The lenders agreed to $6 billion in loans over four years, the finance ministry said.", Modality.Asserted, Modality.Asserted),
            Told("b", "The lenders agreed to $6 billion in loans, which the country will receive over four years.", Modality.Asserted, Modality.Planned));
        Assert.Empty(spanOnly.Conflicts);

        var withPlan = Check(
            Told("a", "The lenders agreed to $6 billion in loans over four years, the finance ministry said.", Modality.Asserted, Modality.Asserted),
            Told("b", "The country will receive $6 billion in loans over four years from the lenders.", Modality.Planned, Modality.Planned));
        var conflict = Assert.Single(withPlan.Conflicts);
        Assert.Equal(ConflictKind.Modality, conflict.Kind);
        Assert.All(conflict.Claims, c => Assert.Equal(6e9, c.Value));
    }

    [Fact]
    public void Firmness_is_compared_only_for_one_act()
    {
        var report = Check(
            Article("a", "Unions say the cuts in the budget are worth $40 billion this year.").Claim("$40 billion", 40e9, "USD", "be"),
            Article("b", "The government plans to save $40 billion this year with the cuts in the budget.").Claim("$40 billion", 40e9, "USD", "save", modality: Modality.Planned));

        Assert.DoesNotContain(report.Conflicts, c => c.Kind == ConflictKind.Modality);
    }

    [Theory]
    [InlineData("contract", true)] // goods contracted are bought: one act, told firm and told open
    [InlineData("store", false)] // goods stored are another act
    public void Goods_contracted_are_goods_bought(string firmPredicate, bool conflict)
    {
        var report = Check(
            Article("a", "Millers have already contracted 200,000 tonnes of maize for delivery in June.").Claim("200,000 tonnes", 200_000, "tonne", firmPredicate, item: ["maize"]),
            Article("b", "The millers are negotiating to buy 200,000 tonnes of maize for delivery in June.").Claim("200,000 tonnes", 200_000, "tonne", "buy", item: ["maize"], modality: Modality.Possible));

        Assert.Equal(conflict, report.Conflicts.Any(c => c.Kind == ConflictKind.Modality));
    }

    [Theory]
    [InlineData("Brackmoor", "Brackmoor Mining", true)]
    [InlineData("Brackmoor Mining", "Brackmoor", true)]
    [InlineData("Brackmoor Mining", "Velmora Copper", false)]
    [InlineData("Central Bank", "Central Bank of Chile", true)]
    [InlineData("of", "Bank of Chile", false)]
    public void A_shortened_name_is_the_same_role(string a, string b, bool same) => Assert.Equal(same, ClaimAligner.Compatible(a, b));

    [Fact]
    public void A_value_conflict_names_the_witnesses_of_each_side_from_other_slots()
    {
        var report = Check(
            Article("a", "The eight-year contract the club offered the striker would cost $184 million, the local paper said.").Claim("$184 million", 184e6, "USD", "cost", "Red Sox"),
            Article("b", "The club would sell the striker an eight-year contract for $184 million, sources said.").Claim("$184 million", 184e6, "USD", "sell", "Red Sox"),
            Article("c", "The eight-year contract the club offered the striker would cost $200 million, a radio host said.").Claim("$200 million", 200e6, "USD", "cost", "Red Sox"));

        // b's claim has a slot of its own (a sale is never a cost) but tells the same fact as a's
        Assert.Contains(report.Facts, f => f.Value == 184e6 && f.Claims.Select(c => c.Source).Order().SequenceEqual(["a", "b"]));
        var conflict = Assert.Single(report.Conflicts, c => c.Kind == ConflictKind.Value);
        Assert.Equal(["a", "b", "c"], conflict.Claims.Select(c => c.Source).Order());
    }
}
