namespace NewsFacts.Tests.Text;

/// <summary>The verb lemmatiser (<see cref="VerbLemmatizer"/>): suffix rules, consonant doubling, a restored e, and the irregular table.</summary>
public sealed class VerbLemmatizerTests
{
    [Theory]
    [InlineData("contracted", "contract")]
    [InlineData("exported", "export")]
    [InlineData("stopped", "stop")]
    [InlineData("planning", "plan")]
    [InlineData("controlled", "control")]
    [InlineData("totalled", "total")]
    [InlineData("called", "call")]
    [InlineData("passed", "pass")]
    [InlineData("added", "add")]
    [InlineData("installed", "install")]
    public void A_doubled_consonant_is_undone_only_where_the_base_has_one(string form, string lemma) => Assert.Equal(lemma, VerbLemmatizer.Lemma(form));

    [Theory]
    [InlineData("fined", "fine")]
    [InlineData("voted", "vote")]
    [InlineData("produced", "produce")]
    [InlineData("arriving", "arrive")]
    [InlineData("issued", "issue")]
    [InlineData("negotiated", "negotiate")]
    [InlineData("divided", "divide")]
    [InlineData("declared", "declare")]
    [InlineData("opposed", "oppose")]
    [InlineData("tumbled", "tumble")]
    [InlineData("averaged", "average")]
    [InlineData("changing", "change")]
    [InlineData("agreed", "agree")]
    public void A_silent_e_is_restored(string form, string lemma) => Assert.Equal(lemma, VerbLemmatizer.Lemma(form));

    [Theory]
    [InlineData("visited", "visit")]
    [InlineData("opened", "open")]
    [InlineData("rained", "rain")]
    [InlineData("cooked", "cook")]
    [InlineData("needed", "need")]
    [InlineData("belonged", "belong")]
    public void A_base_without_e_keeps_none(string form, string lemma) => Assert.Equal(lemma, VerbLemmatizer.Lemma(form));

    [Theory]
    [InlineData("carried", "carry")]
    [InlineData("carries", "carry")]
    [InlineData("dying", "die")]
    [InlineData("lied", "lie")]
    [InlineData("pushes", "push")]
    [InlineData("fixes", "fix")]
    [InlineData("uses", "use")]
    [InlineData("fines", "fine")]
    [InlineData("needs", "need")]
    public void Plain_suffixes_come_off(string form, string lemma) => Assert.Equal(lemma, VerbLemmatizer.Lemma(form));

    [Theory]
    [InlineData("took", "take")]
    [InlineData("sought", "seek")]
    [InlineData("withdrawn", "withdraw")]
    [InlineData("was", "be")]
    [InlineData("has", "have")]
    [InlineData("Paid", "pay")]
    [InlineData("bring", "bring")]
    [InlineData("would", "would")]
    public void Irregular_verbs_come_from_the_table(string form, string lemma) => Assert.Equal(lemma, VerbLemmatizer.Lemma(form));
}
