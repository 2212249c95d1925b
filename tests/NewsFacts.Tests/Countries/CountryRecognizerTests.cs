namespace NewsFacts.Tests.Countries;

public sealed class CountryRecognizerTests
{
    private static string Codes(string text) => string.Join(" ", CountryRecognizer.Default.Recognize(text).Select(m => m.Code));

    private static IReadOnlyList<CountryMention> Find(string text) => CountryRecognizer.Default.Recognize(text);

    [Fact]
    public void Country_names_and_short_names_are_found_with_their_codes()
    {
        Assert.Equal("PE BO US GB GB", Codes("Peru and Bolivia signed the pact, while the U.S. and the UK abstained; Britain later joined."));
    }

    [Fact]
    public void Every_iso_country_has_at_least_one_form()
    {
        var codes = Lexicon.Rows("country-names.tsv").Where(r => r.Length >= 3).Select(r => r[0]).ToHashSet();
        Assert.True(codes.Count >= 249, $"only {codes.Count} codes");
    }

    [Fact]
    public void Demonyms_in_singular_and_plural_denote_their_country()
    {
        var found = Find("Canadians and Mexicans queued, and a Brazilian nurse helped two Filipinos.");
        Assert.Equal(["CA", "MX", "BR", "PH"], found.Select(m => m.Code));
        Assert.All(found, m => Assert.Equal(CountryMentionKind.Demonym, m.Kind));
    }

    [Fact]
    public void Demonyms_inside_titles_count()
    {
        Assert.Equal("IT FR", Codes("The Italian Health Minister met the French ambassador."));
    }

    [Fact]
    public void Capitals_and_seats_of_government_are_metonyms()
    {
        var found = Find("Beijing rejected the note, the Kremlin stayed silent and Downing Street said White House officials had called.");
        Assert.Equal(["CN", "RU", "GB", "US"], found.Select(m => m.Code));
        Assert.All(found, m => Assert.Equal(CountryMentionKind.Metonym, m.Kind));
    }

    [Fact]
    public void Possessives_count_and_the_span_stops_before_the_apostrophe()
    {
        var text = "Kenya's exports rose while Japan’s fell.";
        var found = Find(text);
        Assert.Equal(["Kenya", "Japan"], found.Select(m => m.Span.Of(text)));
    }

    [Fact]
    public void The_longest_form_wins()
    {
        Assert.Equal("PG KP ZA", Codes("Papua New Guinea, North Korea and South Africa voted."));
    }

    [Fact]
    public void Phrases_that_hold_a_country_name_but_denote_none_are_skipped()
    {
        Assert.Equal(string.Empty, Codes("New Mexico and New Jersey sent aid to Latin America and Native American tribes."));
    }

    [Fact]
    public void Lowercase_homonyms_are_not_countries()
    {
        Assert.Equal(string.Empty, Codes("We ate turkey on fine china, and us too."));
    }

    [Fact]
    public void A_given_name_before_a_country_name_makes_a_person()
    {
        Assert.Equal("JO", Codes("Basketball fans still talk about Michael Jordan, who never played in Jordan."));
    }

    [Fact]
    public void A_surname_after_a_country_name_makes_a_person()
    {
        Assert.Equal("TD", Codes("Chad Pennington visited Chad last year."));
    }

    [Fact]
    public void A_given_name_followed_by_a_verb_of_saying_and_he_is_a_person()
    {
        Assert.Equal(string.Empty, Codes("Jordan said he would retire at the end of the season."));
        Assert.Equal("JO", Codes("Jordan said it would reopen the border crossing."));
    }

    [Fact]
    public void A_name_read_as_a_person_once_stays_a_person_in_the_article()
    {
        Assert.Equal("JO", Codes("Coach Chad Riley arrived. Later Chad scored twice. Then the team flew to Jordan."));
        Assert.Equal(string.Empty, Codes("Jordan Peters scored. Jordan then left the field."));
    }

    [Fact]
    public void What_only_a_country_has_or_does_keeps_it_a_country_after_a_namesake()
    {
        Assert.Equal("IN IL", Codes("Singer India Bell toured. India's exports fell, and Israel Katz spoke before Israel said it would respond."));
    }

    [Fact]
    public void Institutions_after_a_country_name_keep_it_a_country()
    {
        Assert.Equal("IL", Codes("The Israel Defense Forces said the drill was over."));
    }

    [Fact]
    public void A_city_before_Georgia_makes_it_the_US_state()
    {
        Assert.Equal(string.Empty, Codes("The plant in Savannah, Georgia, will hire 200 people."));
        Assert.Equal("GE", Codes("Talks in Tbilisi, Georgia, resumed."));
    }

    [Fact]
    public void State_offices_and_voters_after_Georgia_make_it_the_US_state()
    {
        Assert.Equal(string.Empty, Codes("Georgia's governor signed the bill as Georgia voters waited."));
    }

    [Fact]
    public void A_list_of_countries_keeps_Georgia_a_country()
    {
        Assert.Equal("AM GE AZ", Codes("Armenia, Georgia and Azerbaijan met."));
    }

    [Fact]
    public void An_article_about_the_state_reads_a_bare_Georgia_as_the_state()
    {
        Assert.Equal(string.Empty, Codes("Lines were long in Atlanta on Tuesday. Georgia counted ballots late into the night."));
        Assert.Equal("GE RU", Codes("Georgia and Russia fought a war in 2008."));
    }

    [Fact]
    public void A_capital_followed_by_a_US_state_is_a_US_town()
    {
        Assert.Equal(string.Empty, Codes("The fair in Moscow, Idaho, and the one in Athens, Ga., drew crowds."));
    }

    [Fact]
    public void The_White_House_counts_even_as_part_of_a_title()
    {
        Assert.Equal("US US", Codes("A White House spokesperson said the White House would respond."));
    }

    [Fact]
    public void US_before_a_dollar_sign_is_a_currency_not_a_mention()
    {
        Assert.Equal("US", Codes("The US paid US$40 million."));
    }

    [Fact]
    public void Odd_input_does_not_crash()
    {
        Assert.Empty(Find(string.Empty));
        Assert.Empty(Find("\u0000\uD800 ,, ' "));
        Assert.Equal("FR", Codes("France"));
        Assert.Equal("GE", Codes("Georgia,"));
        Assert.Equal("US", Codes(new string('x', 100_000) + " US"));
    }
}
