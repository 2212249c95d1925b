namespace NewsFacts.Tests.Checking;

public sealed class CrossCheckerTests
{
    private static CrossCheckReport Check(params ArticleBuilder[] articles) => News.Check(articles.Select(a => a.Build()));

    private static ArticleBuilder Article(string id, string text, string? outlet = null, string? published = "2024-05-02") => new(id, text, outlet, published);

    [Fact]
    public void The_same_value_from_two_independent_sources_is_a_fact_with_two_origins()
    {
        var report = Check(
            Article("n", "Norway will send 40,000 doses of Novavax to Sweden, the ministry said.", "Nordic Post")
                .Claim("40,000 doses", 40000, "dose", "send", "NO", "SE", ["Novavax"], modality: Modality.Planned),
            Article("s", "Sweden is to receive 40,000 Novavax doses from Norway next week.", "Baltic Wire")
                .Claim("40,000 Novavax doses", 40000, "dose", "receive", "NO", "SE", ["Novavax"], modality: Modality.Planned));

        var fact = Assert.Single(report.Facts);
        Assert.Equal("doses · Novavax · NO → SE", fact.Key);
        Assert.Equal(40000, fact.Value);
        Assert.Equal(2, fact.IndependentSources);
        Assert.Equal(["n", "s"], fact.Claims.Select(c => c.Source));
        Assert.Empty(report.Conflicts);
        Assert.Empty(report.SingleSource);
    }

    [Fact]
    public void Copies_fold_into_one_origin_and_leave_a_single_source_fact()
    {
        const string text = "The county counted 1,200 flood victims on Sunday after the river burst its banks near the old mill. Rescue teams worked through the night and the mayor asked residents on higher ground to open their homes to neighbours.";
        var report = Check(
            Article("v1", text, "River Times").Claim("1,200 flood victims", 1200, "person", "count"),
            Article("v2", text + " Schools will stay closed on Monday.", "River Times").Claim("1,200 flood victims", 1200, "person", "count"));

        Assert.Single(report.Copies);
        var fact = Assert.Single(report.Facts);
        Assert.Equal(1, fact.IndependentSources);
        Assert.Equal(2, fact.Claims.Count);
        Assert.Single(report.SingleSource);
    }

    private static ArticleBuilder[] Quake() =>
    [
            Article("a", "At least officials said 1,200 people died in the earthquake.", "Daily Ledger")
                .Claim("1,200 people", 1200, "person", "die", "TR"),
            Article("b", "The earthquake killed 1,500 people, the agency said.", "Evening Star")
                .Claim("1,500 people", 1500, "person", "kill", "TR"),
    ];

    [Fact]
    public void Different_values_for_one_slot_from_two_origins_are_a_value_conflict_naming_both()
    {
        var report = Check(Quake());

        var conflict = Assert.Single(report.Conflicts);
        Assert.Equal(ConflictKind.Value, conflict.Kind);
        // Each outlet is named once in the check, so the summary names it without its id.
        Assert.Contains("Daily Ledger says", conflict.Summary, StringComparison.Ordinal);
        Assert.Contains("Evening Star says", conflict.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("(a)", conflict.Summary, StringComparison.Ordinal);
        Assert.Contains("1,200", conflict.Summary, StringComparison.Ordinal);
        Assert.Contains("1,500", conflict.Summary, StringComparison.Ordinal);
        Assert.Equal([1200.0, 1500.0], conflict.Claims.Select(c => c.Value));
        Assert.Equal("1,200 people", conflict.Claims[0].Highlight!.Value.Of(conflict.Claims[0].Text));
    }

    [Fact]
    public void A_summary_names_a_source_by_its_id_as_well_where_two_sources_share_an_outlet()
    {
        var report = Check([.. Quake(), Article("c", "Rescuers reached the last village in the mountains on Sunday.", "Evening Star")]);

        var conflict = Assert.Single(report.Conflicts);
        Assert.Contains("Daily Ledger says", conflict.Summary, StringComparison.Ordinal);
        Assert.Contains("Evening Star (b)", conflict.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_side_of_several_sources_without_an_outlet_takes_a_plural_verb()
    {
        const string text = "The county counted 1,200 flood victims on Sunday after the river burst its banks near the old mill. Rescue teams worked through the night and the mayor asked residents on higher ground to open their homes to neighbours.";
        var report = Check(
            Article("v1", text).Claim("1,200 flood victims", 1200, "person", "count", "IE"),
            Article("v2", text + " Schools will stay closed.").Claim("1,200 flood victims", 1200, "person", "count", "IE"),
            Article("w", "Officials counted 1,900 flood victims in the county on Sunday.").Claim("1,900 flood victims", 1900, "person", "count", "IE"));
        var conflict = Assert.Single(report.Conflicts);
        Assert.StartsWith("For people · IE, v1 and v2 say “1,200 flood victims”, while w says “1,900 flood victims”.", conflict.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Rounded_figures_agree_with_precise_ones()
    {
        var report = Check(
            Article("a", "The state set aside 2.5 million euros for repairs.").Claim("2.5 million euros", 2_500_000, "EUR", "allocate", "DE"),
            Article("b", "The state set aside 2.46 million euros for the repair work.").Claim("2.46 million euros", 2_460_000, "EUR", "allocate", "DE"));
        Assert.Empty(report.Conflicts);
        Assert.Equal(2, report.Facts.Count);
    }

    [Fact]
    public void Free_and_sold_are_different_predicates_and_never_conflict()
    {
        var report = Check(
            Article("a", "Japan is donating generators to 40 countries and selling them to 12 more.")
                .Claim("40 countries", 40, "country", "donate", "JP")
                .Claim("12 more", 12, "country", "sell", "JP"),
            Article("b", "Japan has sold generators to 15 countries this year.")
                .Claim("15 countries", 15, "country", "sell", "JP"));

        Assert.DoesNotContain(report.Conflicts, c => c.Claims.Any(x => x.Value == 40));
        Assert.DoesNotContain(report.Conflicts, c => c.Claims.Any(x => x.Value == 12) && c.Claims.Any(x => x.Value == 40));
    }

    [Fact]
    public void A_part_plus_an_additional_part_agrees_with_the_total_another_source_gives()
    {
        var report = Check(
            Article("a", "Canada has given $3 billion to the fund and has promised an additional $1 billion next year.")
                .Claim("$3 billion", 3e9, "USD", "give", "CA", "Global Fund")
                .Claim("an additional $1 billion", 1e9, "USD", "give", "CA", "Global Fund", modality: Modality.Planned),
            Article("b", "Canada is giving $4 billion to the Global Fund, the minister said.")
                .Claim("$4 billion", 4e9, "USD", "give", "CA", "Global Fund"));

        Assert.DoesNotContain(report.Conflicts, c => c.Kind == ConflictKind.Value);
    }

    [Fact]
    public void A_rolling_figure_an_article_updates_is_not_a_conflict()
    {
        var report = Check(
            Article("a", "The toll rose to 31 on Tuesday. Officials had counted 24 dead on Monday.")
                .Claim("31", 31, "death", "die", "PE")
                .Claim("24 dead", 24, "death", "die", "PE"),
            Article("b", "Thirty-one people have died in the landslides, officials said.")
                .Claim("Thirty-one people", 31, "death", "die", "PE"));

        Assert.Empty(report.Conflicts);
        Assert.Contains(report.Facts, f => f.Value == 31 && f.IndependentSources == 2);
    }

    [Fact]
    public void A_later_higher_toll_from_a_later_article_is_an_update_not_a_conflict()
    {
        var report = Check(
            Article("a", "The storm has killed 40 people.", published: "2024-05-02").Claim("40 people", 40, "death", "kill", "PH"),
            Article("b", "The storm has killed 52 people.", published: "2024-05-04").Claim("52 people", 52, "death", "kill", "PH"));
        Assert.Empty(report.Conflicts);
    }

    [Fact]
    public void An_exact_value_and_the_same_value_as_a_lower_bound_are_a_bound_conflict()
    {
        var report = Check(
            Article("a", "Brazil is shipping vaccines to 35 countries.", "Folha Test").Claim("35 countries", 35, "country", "ship", "BR"),
            Article("b", "Brazil will send vaccines to at least 35 countries.", "Rio Wire").Claim("at least 35 countries", 35, "country", "send", "BR", bound: QuantityBound.AtLeast));

        var conflict = Assert.Single(report.Conflicts, c => c.Kind == ConflictKind.Bound);
        Assert.Contains("exactly", conflict.Summary, StringComparison.Ordinal);
        Assert.Contains("at least", conflict.Summary, StringComparison.Ordinal);
        Assert.Equal("at least 35 countries", conflict.Claims[1].Highlight!.Value.Of(conflict.Claims[1].Text));
    }

    [Fact]
    public void Compatible_lower_bounds_are_no_conflict()
    {
        var report = Check(
            Article("a", "Tens of millions of masks are stored in the warehouse.").Claim("Tens of millions", 1e7, "mask", "store", "IT", bound: QuantityBound.AtLeast),
            Article("b", "Millions of masks sit in the warehouse.").Claim("Millions", 1e6, "mask", "have", "IT", bound: QuantityBound.AtLeast));
        Assert.Empty(report.Conflicts);
    }

    [Fact]
    public void A_person_and_an_institution_giving_one_figure_are_an_attribution_conflict()
    {
        var report = Check(
            Article("a", "Spokeswoman Lena Berg said the army will deploy 300 soldiers to the border.", "North Herald")
                .Claim("300 soldiers", 300, "soldier", "deploy", "NO", speaker: "Lena Berg", modality: Modality.Planned),
            Article("b", "The Defence Ministry said 300 soldiers will be deployed to the border.", "South Courier")
                .Claim("300 soldiers", 300, "soldier", "deploy", "NO", speaker: "Defence Ministry", modality: Modality.Planned));

        var conflict = Assert.Single(report.Conflicts);
        Assert.Equal(ConflictKind.Attribution, conflict.Kind);
        Assert.Contains("Lena Berg", conflict.Summary, StringComparison.Ordinal);
        Assert.Contains("Defence Ministry", conflict.Summary, StringComparison.Ordinal);
        Assert.Equal("Lena Berg", conflict.Claims[0].Highlight!.Value.Of(conflict.Claims[0].Text));
    }

    [Fact]
    public void A_surname_and_the_full_name_are_one_speaker()
    {
        var report = Check(
            Article("a", "Berg said 300 soldiers will go.").Claim("300 soldiers", 300, "soldier", "deploy", "NO", speaker: "Berg"),
            Article("b", "Lena Berg said 300 soldiers would go.").Claim("300 soldiers", 300, "soldier", "deploy", "NO", speaker: "Lena Berg"));
        Assert.Empty(report.Conflicts);
    }

    [Fact]
    public void A_plan_against_a_done_deal_is_a_modality_conflict()
    {
        var report = Check(
            Article("a", "Kenya plans to send 500 nurses to Britain.").Claim("500 nurses", 500, "nurse", "send", "KE", "GB", modality: Modality.Planned),
            Article("b", "Kenya has sent 500 nurses to Britain.").Claim("500 nurses", 500, "nurse", "send", "KE", "GB"));

        var conflict = Assert.Single(report.Conflicts);
        Assert.Equal(ConflictKind.Modality, conflict.Kind);
        Assert.Contains("a plan", conflict.Summary, StringComparison.Ordinal);
        Assert.Contains("a fact", conflict.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kenya is sending 500 nurses to Britain.", false)] // under way or arranged: what the plan says
    [InlineData("Kenya is now sending 500 nurses to Britain.", false)]
    [InlineData("Kenya's sending 500 nurses to Britain.", false)]
    [InlineData("Kenya sent 500 nurses to Britain.", true)] // done: firmer than the plan
    [InlineData("Kenya was sending 500 nurses to Britain.", true)] // past: done, or under way then
    public void An_act_in_the_present_progressive_agrees_with_a_plan_of_it(string told, bool conflict)
    {
        var report = Check(
            Article("a", "Kenya said it would be sending 500 nurses to Britain.").Claim("500 nurses", 500, "nurse", "send", "KE", "GB", modality: Modality.Planned),
            Article("b", told).Claim("500 nurses", 500, "nurse", "send", "KE", "GB"));

        Assert.Equal(conflict, report.Conflicts.Any(c => c.Kind == ConflictKind.Modality));
    }

    [Fact]
    public void A_plan_in_an_earlier_article_that_a_later_one_reports_done_is_progress_not_a_conflict()
    {
        var report = Check(
            Article("a", "Kenya plans to send 500 nurses to Britain.", published: "2024-05-02").Claim("500 nurses", 500, "nurse", "send", "KE", "GB", modality: Modality.Planned),
            Article("b", "Kenya has sent 500 nurses to Britain.", published: "2024-06-20").Claim("500 nurses", 500, "nurse", "send", "KE", "GB"));
        Assert.Empty(report.Conflicts);
    }

    [Fact]
    public void A_plan_and_a_deed_reported_a_day_apart_are_two_accounts_of_one_moment()
    {
        var report = Check(
            Article("a", "The insurer will pay each family 2,000 euros, the company said.", published: "2024-05-02").Claim("2,000 euros", 2000, "EUR", "pay", modality: Modality.Planned),
            Article("b", "The insurer has already paid 2,000 euros to each family.", published: "2024-05-03").Claim("2,000 euros", 2000, "EUR", "pay"));

        Assert.Equal(ConflictKind.Modality, Assert.Single(report.Conflicts).Kind);
    }

    [Fact]
    public void A_speaker_named_outside_the_sentence_is_highlighted_at_the_reporting_clause()
    {
        var report = Check(
            Article("a", "The army will deploy 300 soldiers to the border, she added.").Claim("300 soldiers", 300, "soldier", "deploy", "NO", speaker: "Lena Berg"),
            Article("b", "The Defence Ministry said 300 soldiers will be deployed to the border.").Claim("300 soldiers", 300, "soldier", "deploy", "NO", speaker: "Defence Ministry"));
        var side = Assert.Single(report.Conflicts, c => c.Kind == ConflictKind.Attribution).Claims[0];
        Assert.Contains("added", side.Highlight!.Value.Of(side.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_loan_against_a_shipment_is_a_modality_conflict_on_the_terms()
    {
        var report = Check(
            Article("a", "Chile will lend 200 fire trucks to Argentina.").Claim("200 fire trucks", 200, "truck", "lend", "CL", "AR", modality: Modality.Planned),
            Article("b", "Chile will send 200 fire trucks to Argentina.").Claim("200 fire trucks", 200, "truck", "send", "CL", "AR", modality: Modality.Planned));

        var conflict = Assert.Single(report.Conflicts);
        Assert.Equal(ConflictKind.Modality, conflict.Kind);
        Assert.Contains("a loan", conflict.Summary, StringComparison.Ordinal);
        Assert.Equal("lend", conflict.Claims[0].Highlight!.Value.Of(conflict.Claims[0].Text));
        Assert.Equal("send", conflict.Claims[1].Highlight!.Value.Of(conflict.Claims[1].Text));
    }

    [Fact]
    public void The_same_figure_dated_to_different_days_is_a_date_conflict()
    {
        var report = Check(
            Article("a", "On March 3 the council approved 12 new schools.").Claim("12 new schools", 12, "school", "approve", "IE", date: "2024-03-03", dateText: "March 3"),
            Article("b", "On March 10 the council approved 12 new schools.").Claim("12 new schools", 12, "school", "approve", "IE", date: "2024-03-10", dateText: "March 10"));

        var conflict = Assert.Single(report.Conflicts);
        Assert.Equal(ConflictKind.Date, conflict.Kind);
        Assert.Equal("March 3", conflict.Claims[0].Highlight!.Value.Of(conflict.Claims[0].Text));
    }

    [Fact]
    public void Different_recipients_are_different_slots()
    {
        var report = Check(
            Article("a", "Spain will give 2 million doses to Peru.").Claim("2 million doses", 2e6, "dose", "give", "ES", "PE"),
            Article("b", "Spain will give 3 million doses to Bolivia.").Claim("3 million doses", 3e6, "dose", "give", "ES", "BO"));
        Assert.Empty(report.Conflicts);
        Assert.Equal(["doses · ES → PE", "doses · ES → BO"], report.Facts.Select(f => f.Key));
    }

    [Fact]
    public void Different_products_are_different_slots()
    {
        var report = Check(
            Article("a", "Peru will receive 22 million Sinovac doses from China.").Claim("22 million", 22e6, "dose", "receive", "CN", "PE", ["Sinovac"]),
            Article("b", "Peru will receive 2 million Pfizer doses from China.").Claim("2 million", 2e6, "dose", "receive", "CN", "PE", ["Pfizer"]));
        Assert.Empty(report.Conflicts);
    }

    [Fact]
    public void A_claim_that_fits_two_slots_equally_is_not_guessed_into_either()
    {
        var report = Check(
            Article("a", "Italy will send 100 tents to Greece. Italy will send 80 tents to Albania.")
                .Claim("100 tents", 100, "tent", "send", "IT", "GR")
                .Claim("80 tents", 80, "tent", "send", "IT", "AL"),
            Article("b", "Italy is sending hundreds of tents to its neighbours.")
                .Claim("hundreds of tents", 100, "tent", "send", "IT", bound: QuantityBound.AtLeast));

        var lone = Assert.Single(report.Facts, f => f.Claims.Any(c => c.Source == "b"));
        Assert.Equal("tents · IT", lone.Key);
        Assert.Empty(report.Conflicts);
    }

    [Fact]
    public void A_distinctive_figure_with_a_role_left_open_corroborates_the_one_account_of_that_figure()
    {
        // b leaves the recipient open, and the story sends tents to two places; but only Greece's tents number 450.
        var report = Check(
            Article("a", "Italy will send 450 tents to Greece. Italy will send 80 tents to Albania.")
                .Claim("450 tents", 450, "tent", "send", "IT", "GR")
                .Claim("80 tents", 80, "tent", "send", "IT", "AL"),
            Article("b", "Rome said it was shipping 450 tents to its neighbour this week.")
                .Claim("450 tents", 450, "tent", "ship", "IT"));

        var fact = Assert.Single(report.Facts, f => f.Value == 450);
        Assert.Equal(["a", "b"], fact.Claims.Select(c => c.Source).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_distinctive_figure_told_with_two_recipients_is_not_guessed_into_either()
    {
        var report = Check(
            Article("a", "Italy will send 450 tents to Greece. Italy will send 450 tents to Albania.")
                .Claim("450 tents", 450, "tent", "send", "IT", "GR")
                .Claim("450 tents", 450, "tent", "send", "IT", "AL"),
            Article("b", "Rome said it was shipping 450 tents to its neighbour this week.")
                .Claim("450 tents", 450, "tent", "ship", "IT"));

        Assert.Single(report.Facts, f => f.Claims.All(c => c.Source == "b"));
    }

    [Fact]
    public void An_increment_is_never_compared_with_a_total()
    {
        var report = Check(
            Article("a", "The city hired 50 more teachers this year.").Claim("50 more", 50, "teacher", "hire", "FR"),
            Article("b", "The city now employs 900 teachers.").Claim("900 teachers", 900, "teacher", "hire", "FR"));
        Assert.Empty(report.Conflicts);
        Assert.Equal(2, report.Facts.Select(f => f.Key).Distinct().Count());
    }

    [Fact]
    public void Unlisted_predicates_with_alike_sentences_align_and_unlike_ones_do_not()
    {
        var alike = Check(
            Article("a", "Farmers harvested 300 tonnes of saffron in the northern valley this autumn.").Claim("300 tonnes", 300, "tonne", "harvest", "IR"),
            Article("b", "Farmers reaped 340 tonnes of saffron in the northern valley this autumn.").Claim("340 tonnes", 340, "tonne", "reap", "IR"));
        Assert.Single(alike.Conflicts);

        var unlike = Check(
            Article("a", "Farmers harvested 300 tonnes of saffron in the northern valley this autumn.").Claim("300 tonnes", 300, "tonne", "harvest", "IR"),
            Article("b", "The navy dumped 340 tonnes of old munitions off the southern coast.").Claim("340 tonnes", 340, "tonne", "dump", "IR"));
        Assert.Empty(unlike.Conflicts);
    }

    [Fact]
    public void No_articles_or_no_claims_make_an_empty_report()
    {
        Assert.Empty(News.Check([]).Facts);
        var report = Check(Article("a", string.Empty), Article("b", "Nothing to count here."));
        Assert.Equal(2, report.Sources.Count);
        Assert.Empty(report.Facts);
        Assert.Empty(report.Conflicts);
    }

    [Fact]
    public void Claims_with_spans_outside_the_text_do_not_crash_the_check()
    {
        var bad = new ArticleBuilder("x", "Ten boats.").Build();
        var claim = new Claim("c1", new QuantityMention(new TextSpan(50, 60), "ten", 10, null, "boat", QuantityBound.Exact), [], null, null, "have", null, null, Modality.Asserted, new TextSpan(-5, 400));
        var report = News.Check([bad with { Claims = [claim] }, new ArticleBuilder("y", "Twelve boats.").Claim("Twelve boats", 12, "boat", "have").Build()]);
        Assert.Single(report.Conflicts);
    }

    [Fact]
    public void Outlets_that_word_the_counted_people_differently_tell_one_fact_in_the_word_most_of_them_use()
    {
        var report = Check(
            Article("a", "The ferry operator said 240 crewmen were stranded in the port of Varnel.", "Harbour Daily")
                .Claim("240 crewmen", 240, "crewman", "strand"),
            Article("b", "The ferry operator said 240 crew members were stranded in the port of Varnel.", "Coast Wire")
                .Claim("240 crew members", 240, "crew member", "strand"),
            Article("c", "Some 240 crew members were stranded in the port of Varnel, the ferry operator said.", "Sea Times")
                .Claim("240 crew members", 240, "crew member", "strand"));

        var fact = Assert.Single(report.Facts);
        Assert.Equal("crew member", fact.Unit);
        Assert.Equal(["a", "b", "c"], fact.Claims.Select(c => c.Source));
    }

    [Fact]
    public void People_counted_by_their_part_corroborate_the_same_count_of_people_but_never_contradict_it()
    {
        var report = Check(
            Article("a", "Firefighters lifted six warehouse workers from the roof of the burning Corvane depot.", "Harbour Daily")
                .Claim("six warehouse workers", 6, "worker", "lift"),
            Article("b", "Six people were lifted from the roof of the Corvane depot by firefighters.", "Coast Wire")
                .Claim("Six people", 6, "person", "lift"),
            Article("c", "Seven people were lifted from the roof of the Corvane depot, the fire service said.", "Sea Times")
                .Claim("Seven people", 7, "person", "lift"));

        var fact = Assert.Single(report.Facts, f => f.Value == 6);
        Assert.DoesNotContain(report.Conflicts, c => c.Claims.Any(x => x.Source == "a"));
        Assert.Equal("person", fact.Unit);
        Assert.Equal(["a", "b"], fact.Claims.Select(c => c.Source));
        Assert.Equal("person", CheckLexicon.FactFamily("gunman"));
        Assert.Equal("woman", CheckLexicon.FactFamily("woman"));
    }

    [Fact]
    public void Homers_and_home_runs_are_one_count()
    {
        var report = Check(
            Article("a", "Dalen Ross batted .291 with 37 homers for the Tarrow Owls last season.", "Ballpark Daily")
                .Claim("37 homers", 37, "homer", "bat"),
            Article("b", "Ross hit 37 home runs for the Tarrow Owls last season.", "Diamond Wire")
                .Claim("37 home runs", 37, "home run", "hit"));

        var fact = Assert.Single(report.Facts);
        Assert.Equal("home run", fact.Unit);
        Assert.Equal(["a", "b"], fact.Claims.Select(c => c.Source));
    }

    [Fact]
    public void Villagers_are_counted_as_people()
    {
        var report = Check(
            Article("a", "The landslide near Orvik injured four villagers, the district office said.", "Valley News")
                .Claim("four villagers", 4, "villager", "injure"),
            Article("b", "The landslide near Orvik injured four people, the district office said.", "Mountain Post")
                .Claim("four people", 4, "person", "injure"));

        var fact = Assert.Single(report.Facts);
        Assert.Equal(["a", "b"], fact.Claims.Select(c => c.Source));
    }
}
