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
                .Build() is var north ? north with { Source = north.Source with { Url = "https://north.example/fire-trucks" } } : null!,
            new ArticleBuilder("south", "Chile will send 200 fire trucks to Argentina, the Interior Ministry said. The storm killed 1,500 people.", "South Courier", "2024-05-02")
                .Claim("200 fire trucks", 200, "truck", "send", "CL", "AR", speaker: "Interior Ministry", modality: Modality.Planned)
                .Claim("1,500 people", 1500, "death", "kill", "CL")
                .Build(),
            new ArticleBuilder("solo", "Chile also sent 30 water tankers to Bolivia.", "Andes Daily", "2024-05-03")
                .Claim("30 water tankers", 30, "tanker", "send", "CL", "BO")
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
    public void The_report_loads_without_console_errors_and_shows_one_card_per_pair_of_differing_sentences()
    {
        var (report, articles) = Story();
        Assert.Contains(report.Conflicts, c => c.Kind == ConflictKind.Value);
        using var driver = Start();
        driver.Navigate().GoToUrl(Save(HtmlReport.Render(report, articles)));

        var body = driver.FindElement(By.TagName("body"));
        Assert.Empty(Problems(driver));
        var cards = driver.FindElements(By.CssSelector("article.card"));
        Assert.Equal(cards.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), body.GetAttribute("data-ready"));

        // The trucks' sentences differ in speaker and verb: one card listing both; the death tolls another.
        Assert.Equal(2, cards.Count);
        var trucks = cards.Single(c => c.Text.Contains("fire trucks", StringComparison.Ordinal));
        Assert.Equal("attribution modality", trucks.GetAttribute("data-kinds"));
        Assert.Equal(["attribution", "modality"], trucks.FindElements(By.CssSelector("li.difference")).Select(d => d.GetAttribute("data-kind")));
        Assert.Contains("Ana Rojas (North Herald) vs Interior Ministry (South Courier)", trucks.FindElement(By.CssSelector("li.difference[data-kind=attribution]")).Text, StringComparison.Ordinal);
        Assert.Contains("planned · lend (North Herald) vs planned · send (South Courier)", trucks.FindElement(By.CssSelector("li.difference[data-kind=modality]")).Text, StringComparison.Ordinal);
        var sides = trucks.FindElements(By.CssSelector("blockquote.side"));
        Assert.Equal(["north", "south"], sides.Select(s => s.GetAttribute("data-source")));
        // Only what differs in meaning is marked: the speaker and the verb, never the shared words.
        Assert.Equal(["Ana Rojas", "lend"], sides[0].FindElements(By.CssSelector("mark.key")).Select(m => m.Text).Order(StringComparer.Ordinal));
        Assert.Equal(["Interior Ministry", "send"], sides[1].FindElements(By.CssSelector("mark.key")).Select(m => m.Text).Order(StringComparer.Ordinal));
        Assert.Contains("North Herald", sides[0].FindElement(By.TagName("footer")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("north", sides[0].FindElement(By.TagName("footer")).Text, StringComparison.Ordinal);

        var deaths = cards.Single(c => c.GetAttribute("data-kinds") == "value");
        Assert.Equal(["1,200 people", "1,500 people"], deaths.FindElements(By.CssSelector("mark.key")).Select(m => m.Text));
        Assert.Contains("1,200 deaths (North Herald) vs 1,500 deaths (South Courier)", deaths.Text, StringComparison.Ordinal);

        // Each source is linked where it has a web address.
        Assert.NotEmpty(driver.FindElements(By.CssSelector("#sources a[href='https://north.example/fire-trucks']")));
        Assert.NotEmpty(trucks.FindElements(By.CssSelector("footer a[href='https://north.example/fire-trucks']")));

        // The kind filter hides the other kinds; the source filter hides cards and rows without that source.
        driver.FindElement(By.CssSelector(".filters button[data-kind=value]")).Click();
        Assert.False(trucks.Displayed);
        Assert.True(deaths.Displayed);
        driver.FindElement(By.CssSelector(".filters button[data-kind=all]")).Click();
        Assert.True(trucks.Displayed);
        driver.FindElement(By.CssSelector("#source-filter option[value=solo]")).Click();
        Assert.False(trucks.Displayed);
        Assert.All(driver.FindElements(By.CssSelector("tr.fact")), r => Assert.Equal(r.GetAttribute("data-sources")!.Split(' ').Contains("solo"), r.Displayed));
        Assert.Contains(driver.FindElements(By.CssSelector("tr.fact")), r => r.Displayed);

        // Text from the articles is shown as text, never run.
        Assert.Empty(Problems(driver));
        Assert.Contains("<script>alert(1)</script>", driver.FindElement(By.CssSelector("#conflicts")).GetAttribute("textContent"), StringComparison.Ordinal);
    }

    [Fact]
    public void Pills_stay_on_one_line_and_the_page_prints_without_its_filters()
    {
        var (report, articles) = Story();
        using var driver = Start();
        driver.Manage().Window.Size = new System.Drawing.Size(700, 900);
        driver.Navigate().GoToUrl(Save(HtmlReport.Render(report, articles)));

        var wrapped = driver.ExecuteScript("return Array.from(document.querySelectorAll('.pill')).filter(function (p) { return p.getClientRects().length !== 1; }).length;");
        Assert.Equal(0L, wrapped);
        Assert.True((long)driver.ExecuteScript("return document.querySelectorAll('.pill').length;")! > 4);

        Assert.True(driver.FindElement(By.CssSelector(".filters")).Displayed);
        driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = "print" });
        Assert.False(driver.FindElement(By.CssSelector(".filters")).Displayed);
        Assert.Equal("rgba(0, 0, 0, 0)", driver.FindElement(By.TagName("header")).GetCssValue("background-color"));
        Assert.Empty(Problems(driver));
    }

    [Fact]
    public void The_seed_story_shows_the_lend_and_send_sentences_as_one_card_and_is_pictured()
    {
        var articles = Directory.GetFiles(Repo.Corpus, "*.txt").Order(StringComparer.Ordinal).Select(p => News.Extract(NewsArticle.FromFile(p).Article!)).ToList();
        var report = News.Check(articles);
        using var driver = Start();
        driver.Manage().Window.Size = new System.Drawing.Size(1000, 780);
        driver.Navigate().GoToUrl(Save(HtmlReport.Render(report, articles)));
        Assert.Empty(Problems(driver));

        // Every attribution and modality conflict between the two outlets' sentences about the loan is on one card.
        var loan = driver.FindElements(By.CssSelector("article.card")).Where(c => c.FindElements(By.CssSelector("mark.key")).Any(m => m.Text == "lend")).ToList();
        var card = Assert.Single(loan);
        Assert.Equal("attribution modality", card.GetAttribute("data-kinds"));
        Assert.Equal(2, card.FindElements(By.CssSelector("blockquote.side")).Count);
        Assert.Contains(card.FindElements(By.CssSelector("mark.key")), m => m.Text == "send");
        var expected = report.Conflicts.Count(c => c.Claims.Any(x => x.Text.Contains("lend", StringComparison.Ordinal)));
        Assert.True(expected >= 2, "the seed story's loan differs in more than one way");
        var outlets = card.FindElements(By.CssSelector("blockquote.side footer .source")).Select(s => s.Text).ToList();
        Assert.StartsWith("CNN ", outlets[0], StringComparison.Ordinal); // two sources are CNN's: the id tells them apart
        Assert.Equal("Tech Times", outlets[1]);
        // Single-source claims are listed once, after the corroborated facts.
        Assert.Equal(report.SingleSource.Count, driver.FindElements(By.CssSelector("#single tr.fact")).Count);
        Assert.Equal(report.Facts.Count - report.SingleSource.Count, driver.FindElements(By.CssSelector("#facts tr.fact")).Count);
        Assert.DoesNotContain(" dose ", driver.FindElement(By.Id("facts")).Text, StringComparison.Ordinal);

        // The picture of the report (README): NEWSFACTS_REPORT_SCREENSHOT names where to keep it.
        driver.ExecuteScript("document.getElementById('conflicts').scrollIntoView();");
        var shot = Environment.GetEnvironmentVariable("NEWSFACTS_REPORT_SCREENSHOT") is { Length: > 0 } keep ? keep : Path.Combine(_folder, "report.png");
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(shot);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(shot)[..4]);
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
