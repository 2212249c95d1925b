namespace NewsFacts.Tests.Quotes;

/// <summary>Kinds of attribution the quote speaker must survive, each on a sentence of our own.</summary>
public sealed class QuoteSpeakerKindsTests
{
    private static IReadOnlyList<QuoteMention> Quotes(string text) => QuoteRecognizer.Default.Recognize(text);

    [Fact]
    public void A_participle_after_a_reporting_clause_shares_its_subject()
    {
        var q = Quotes("Schools in Tamale reopened on Monday, regional education director Abena Owusu told reporters, calling the damage \"worse than we feared\".")[0];
        Assert.Equal("Abena Owusu", q.Speaker);
    }

    [Fact]
    public void A_role_and_a_relative_clause_between_name_and_verb_keep_the_name()
    {
        var text = "Tomas Brandl, chairman of the Alpine Dairy Cooperative, which supplies most of the valley, said prices had to rise. \"We cannot sell below cost,\" he said.";
        var quotes = Quotes(text);
        Assert.Equal("Tomas Brandl", quotes[0].Speaker);
    }

    [Fact]
    public void A_plural_possessive_and_a_number_in_the_relative_clause_keep_the_name()
    {
        var text = "Ruth Okafor, president of the Nurses' Guild, which speaks for about 4,500 members, said the deal was weak. \"We were not consulted,\" she said.";
        Assert.Equal("Ruth Okafor", Quotes(text)[0].Speaker);
    }

    [Fact]
    public void A_possessive_country_before_a_long_title_lets_the_name_follow_in_apposition()
    {
        var q = Quotes("\"We will keep talking,\" said Norway's minister of state for foreign trade, Erik Haugland, \"because it works.\"")[0];
        Assert.Equal("Erik Haugland", q.Speaker);
    }

    [Fact]
    public void An_age_and_a_relative_clause_between_name_and_verb_keep_the_name()
    {
        var text = "Lidia Moreau, 64, whose shop was flooded, said she had lost everything. \"The water came in overnight,\" she said.";
        Assert.Equal("Lidia Moreau", Quotes(text)[0].Speaker);
    }

    [Fact]
    public void A_colon_introduces_the_quotation_of_the_sentence_subject()
    {
        var text = "\"The talks are going well,\" said Joost Maes, the mediator. Union chairman Oskar Lind was less hopeful: \"Nothing has changed.\"";
        var quotes = Quotes(text);
        Assert.Equal(("Joost Maes", "Oskar Lind"), (quotes[0].Speaker, quotes[1].Speaker));
    }

    [Fact]
    public void A_pronoun_means_the_person_the_sentence_before_is_about()
    {
        var text = "\"We expected it,\" said Maria Berg, a trader.\n\nFinance Minister Henrik Dahl welcomed the ruling. \"This is a fair outcome,\" he said.";
        var quotes = Quotes(text);
        Assert.Equal("Henrik Dahl", quotes[1].Speaker);
    }

    [Fact]
    public void A_capitalized_common_noun_at_the_head_of_the_sentence_before_is_no_antecedent()
    {
        var text = "Ivan Sokol, a grain trader, said the port was closed.\n\nWarehouses in Odesa stayed shut. \"It is a disaster,\" he said.";
        Assert.Equal("Ivan Sokol", Quotes(text)[0].Speaker);
    }

    [Fact]
    public void A_surname_with_a_lower_case_particle_is_a_name()
    {
        var q = Quotes("\"The border stays open,\" said Jordan's minister of interior, Faisal al-Harthi, on Sunday.")[0];
        Assert.Equal("Faisal al-Harthi", q.Speaker);
    }

    [Fact]
    public void A_title_phrase_after_a_demonym_runs_on_to_the_name()
    {
        var q = Quotes("Egyptian foreign ministry spokesman Omar Saleh called the meeting useful and said Cairo had acted \"in good faith\".")[0];
        Assert.Equal("Omar Saleh", q.Speaker);
    }
}
