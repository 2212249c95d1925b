using NewsFacts.Tests.Checking;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace NewsFacts.Tests.Reports;

/// <summary>
/// The HTML report in a real headless browser: Debian's chromium driven by chromedriver through Selenium.
/// A missing browser is installed on first use (<see cref="TestMachine.EnsureChromium"/>); where it cannot be, these
/// tests fail with a message saying what to install; they never skip silently.
/// </summary>
public sealed class HtmlReportBrowserTests : IDisposable
{
    private const string Chromium = TestMachine.Chromium;
    private const string ChromeDriver = TestMachine.ChromeDriver;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsfacts-html-" + Guid.NewGuid().ToString("N"));

    public HtmlReportBrowserTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The browser may still hold its profile for a moment; a leftover temp folder does no harm.
        }
    }

    private static (CrossCheckReport Report, IReadOnlyList<ArticleFacts> Articles) Story()
    {
        var articles = new[]
        {
            new ArticleBuilder("north", "Chile will lend 200 fire trucks to Argentina, spokeswoman Ana Rojas said. The storm killed 1,200 people <script>alert(1)</script>.", "North Herald", "2024-05-02")
                .Claim("200 fire trucks", 200, "truck", "lend", "CL", "AR", speaker: "Ana Rojas", modality: Modality.Planned)
                .Claim("1,200 people", 1200, "death", "kill", "CL")
                .Build(),
            new ArticleBuilder("south", "Chile will send 200 fire trucks to Argentina, the Interior Ministry said. The storm killed 1,500 people.", "South Courier", "2024-05-02")
                .Claim("200 fire trucks", 200, "truck", "send", "CL", "AR", speaker: "Interior Ministry", modality: Modality.Planned)
                .Claim("1,500 people", 1500, "death", "kill", "CL")
                .Build(),
        };
        return (News.Check(articles), articles);
    }

    private ChromeDriver Start()
    {
        TestMachine.EnsureChromium();

        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + Path.Combine(_folder, "profile"));
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    private string Save(string html)
    {
        var path = Path.Combine(_folder, "report.html");
        File.WriteAllText(path, html);
        return new Uri(path).AbsoluteUri;
    }

    private static List<LogEntry> Problems(IWebDriver driver) =>
        [.. driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Warning)];

    [Fact]
    public void The_report_loads_without_console_errors_and_shows_each_conflict_with_both_sentences_highlighted()
    {
        var (report, articles) = Story();
        Assert.Contains(report.Conflicts, c => c.Kind == ConflictKind.Value);
        using var driver = Start();
        driver.Navigate().GoToUrl(Save(HtmlReport.Render(report, articles)));

        var body = driver.FindElement(By.TagName("body"));
        Assert.Equal(report.Conflicts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), body.GetAttribute("data-ready"));
        Assert.Empty(Problems(driver));

        var shown = driver.FindElements(By.CssSelector("article.conflict"));
        Assert.Equal(report.Conflicts.Count, shown.Count);
        for (var i = 0; i < shown.Count; i++)
        {
            var conflict = report.Conflicts[i];
            Assert.Equal(NewsJson.Camel(conflict.Kind.ToString()), shown[i].GetAttribute("data-kind"));
            Assert.Contains(conflict.Summary, shown[i].FindElement(By.CssSelector(".summary")).Text, StringComparison.Ordinal);
            var sides = shown[i].FindElements(By.CssSelector("blockquote.side"));
            Assert.Equal(conflict.Claims.Count, sides.Count);
            for (var s = 0; s < sides.Count; s++)
            {
                Assert.Equal(conflict.Claims[s].Source, sides[s].GetAttribute("data-source"));
                var expected = conflict.Claims[s].Highlight!.Value.Of(conflict.Claims[s].Text);
                Assert.Equal(expected, sides[s].FindElement(By.CssSelector("mark.key")).Text);
            }
        }

        var value = driver.FindElement(By.CssSelector("article.conflict[data-kind=value]"));
        Assert.Equal(["1,200 people", "1,500 people"], value.FindElements(By.CssSelector("mark.key")).Select(m => m.Text));

        // The kind filter hides the other kinds.
        driver.FindElement(By.CssSelector(".filters button[data-kind=value]")).Click();
        Assert.All(driver.FindElements(By.CssSelector("article.conflict")), c => Assert.Equal(c.GetAttribute("data-kind") == "value", c.Displayed));

        // Text from the articles is shown as text, never run.
        Assert.Empty(Problems(driver));
        Assert.Contains("<script>alert(1)</script>", driver.FindElement(By.CssSelector("#facts")).GetAttribute("textContent"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_console_error_on_the_page_is_caught_by_the_browser_log()
    {
        // The check above can fail: an error raised by a page script shows in the log it reads.
        using var driver = Start();
        driver.Navigate().GoToUrl(Save("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body><script>console.error('broken on purpose');</script></body></html>"));
        Assert.Contains(Problems(driver), e => e.Message.Contains("broken on purpose", StringComparison.Ordinal));
    }
}
