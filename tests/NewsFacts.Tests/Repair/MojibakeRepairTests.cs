namespace NewsFacts.Tests.Repair;

public sealed class MojibakeRepairTests
{
    private static string Fix(string text) => TextRepair.Repair(text).Text;

    [Theory]
    [InlineData("The mayor, JosÃ© GarcÃ­a, spoke.", "The mayor, José García, spoke.")]
    [InlineData("Talks in MÃ¼nchen and ZÃ¼rich went on.", "Talks in München and Zürich went on.")]
    [InlineData("She said â€œnoâ€\u009d to the plan.", "She said \u201Cno\u201D to the plan.")]
    [InlineData("The cafÃƒÂ© reopened.", "The café reopened.")]
    [InlineData("Prices rose by 5â‚¬ a week.", "Prices rose by 5€ a week.")]
    public void Utf8_read_as_windows_1252_is_decoded(string damaged, string repaired) =>
        Assert.Equal(repaired, Fix(damaged));

    [Fact]
    public void Utf8_read_as_windows_1251_is_decoded() =>
        Assert.Equal("Москва", Fix("РњРѕСЃРєРІР°"));

    [Fact]
    public void A_lost_no_break_space_after_a_grave_a_is_restored_as_a_word() =>
        Assert.Equal("Elle est allée à la gare", Fix("Elle est allÃ©e Ã la gare"));

    [Theory]
    [InlineData("The rate was 5×£20 per head.")]
    [InlineData("A brand called NESTLÉ® was cited.")]
    [InlineData("QUEM É¿")]
    [InlineData("Dråber and Ære are Danish words.")]
    [InlineData("He wrote “×” on the board.")]
    [InlineData("São Paulo and Curaçao, naïve café owners")]
    [InlineData("Ελληνικά και русский текст")]
    [InlineData("Mixed – text with DrÃ¥ber alone")]
    public void Text_that_only_looks_like_mojibake_is_left_alone(string text) =>
        Assert.Equal(text, Fix(text));

    [Fact]
    public void Portuguese_contractions_with_a_grave_keep_no_space() =>
        Assert.Equal("Chegou àquela hora, às três.", Fix("Chegou Ã quela hora, Ã s trÃªs."));

    [Fact]
    public void A_symbol_from_a_three_byte_sequence_glued_to_a_word_is_decoded() =>
        Assert.Equal("la la la♫ ok", Fix("la la laâ™« ok"));

    [Fact]
    public void Spaced_out_capitals_are_not_mojibake() =>
        Assert.Equal("F I N Ã O", Fix("F I N Ã O"));

    [Fact]
    public void C1_controls_are_read_as_windows_1252_punctuation() =>
        Assert.Equal("wait\u2026 what", Fix("wait\u0085 what"));

    [Fact]
    public void Html_entities_are_decoded_before_mojibake() =>
        Assert.Equal("Tom & Jerry took 5μs", Fix("Tom &amp; Jerry took 5Î&frac14;s"));

    [Fact]
    public void Every_repaired_span_maps_back_to_its_original_text()
    {
        var repaired = TextRepair.Repair("Then AndrÃ©s spoke.");
        var at = repaired.Text.IndexOf("Andrés", StringComparison.Ordinal);
        var original = repaired.ToOriginal(new TextSpan(at, at + "Andrés".Length));
        Assert.Equal("AndrÃ©s", original.Of(repaired.Original));
    }
}
