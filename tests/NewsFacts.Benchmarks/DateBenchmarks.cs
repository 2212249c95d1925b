using BenchmarkDotNet.Attributes;

namespace NewsFacts.Benchmarks;

/// <summary>The date stage alone, on a date-dense paragraph repeated to article length.</summary>
[MemoryDiagnoser]
public class DateBenchmarks
{
    private const string Paragraph =
        "On Tuesday, 12 March 2019, the ministry said 2,500 people had left since 2015 and would return by the end of April. " +
        "Talks could resume as soon as Friday; last week officials met at 10 a.m. on Monday, and again three days ago. " +
        "The 2014-2018 survey, published in mid-2020 and updated on 2021-03-18, covers the first quarter of 2020 and Christmas Eve.\n";

    private string article = string.Empty;

    [Params(1, 40)]
    public int Paragraphs { get; set; }

    [GlobalSetup]
    public void Setup() => article = string.Concat(Enumerable.Repeat(Paragraph, Paragraphs));

    [Benchmark]
    public int Recognize() => DateRecognizer.Default.Recognize(article, new DateOnly(2021, 3, 18)).Count;
}
