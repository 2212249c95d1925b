namespace NewsFacts.Tests;

public sealed class LexiconTests
{
    [Fact]
    public void Data_files_are_embedded_and_skip_comments_and_blank_lines()
    {
        var rows = Lexicon.Rows("lexicon-selftest.tsv");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["beta", "2"], rows[1]);
    }

    [Fact]
    public void A_missing_data_file_is_a_clear_build_error()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Lexicon.Rows("no-such-file.tsv"));
        Assert.Contains("no-such-file.tsv", e.Message, StringComparison.Ordinal);
    }
}
