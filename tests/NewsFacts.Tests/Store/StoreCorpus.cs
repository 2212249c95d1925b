using System.Globalization;
using System.Text;

namespace NewsFacts.Tests.Store;

/// <summary>
/// Writes a pile of invented articles for the store tests, deterministically from a seed: eight stories (each with its
/// own places, people and figures, told in varied sentences and orders, the figures differing between outlets), with
/// exact copies under other names (stored once) and corrected texts under an earlier article's URL (new versions).
/// </summary>
internal static class StoreCorpus
{
    private static readonly string[][] Stories =
    [
        [
            "Engineers closed the Varnholt suspension bridge over the river Osse after inspectors found cracked cables, the Dellmark transport agency said.",
            "The agency said {0} vehicles crossed the Varnholt bridge every day and drivers were sent through Kessling.",
            "Agency director Petra Lund said repairs to the Varnholt cables would take at least {1} weeks.",
            "Traffic queued for hours in Kessling as drivers from Dellmark looked for a way across the Osse.",
        ],
        [
            "The Marrow Valley Philharmonic cancelled its winter tour of Quessant after its conductor Teodor Vasko fell ill.",
            "The Philharmonic said it had sold {0} tickets for the Quessant concerts and would refund every buyer.",
            "Vasko, who has led the Philharmonic for {1} years, is expected to return in the spring.",
            "Concert halls in Quessant said the Marrow Valley players would be welcome back next season.",
        ],
        [
            "Rescuers at the Brannoch copper mine in Kelvale reached a shaft where miners were trapped by a rockfall.",
            "Mine manager Ruth Amsel said {0} miners were underground when the Brannoch tunnel collapsed.",
            "Drilling crews from Kelvale worked through the night and pumped air down a borehole {1} metres deep.",
            "Families of the Brannoch miners gathered at the Kelvale chapel waiting for news.",
        ],
        [
            "Flights at Tollmere airport were grounded as the Skylane union's baggage handlers walked out over pay.",
            "The airport said {0} flights were cancelled and thousands of travellers were stranded in Tollmere.",
            "Union leader Ivo Brandt said the Skylane handlers wanted a rise of {1} percent.",
            "Airlines at Tollmere offered rebooking while Brandt and the airport resumed talks.",
        ],
        [
            "A wildfire in the Corrin Hills forced villagers in Dunmoor to flee as the flames jumped a firebreak.",
            "Fire chief Aldo Fenn said {0} hectares of the Corrin forest had burned since the fire began.",
            "Water bombers from Halvik made {1} runs over the Corrin Hills on the worst day.",
            "Residents of Dunmoor were told they could return once Fenn's crews held the line.",
        ],
        [
            "Mara Quist won the Pellham mayoral election after a recount in the Eastgate ward.",
            "Election officials said Quist received {0} votes, ahead of her rival Colm Hardy.",
            "Turnout in Pellham was {1} percent, the highest the city has seen.",
            "Hardy conceded in Eastgate and said he would work with Quist on the Pellham budget.",
        ],
        [
            "A ferry sank in a storm on Lake Orvane and rescuers pulled survivors from the cold water near Fennick.",
            "Captain Sten Holt said {0} passengers were aboard the Orvane ferry when it began to list.",
            "Divers searched the wreck at a depth of {1} metres off the Fennick pier.",
            "The Orvane ferry company suspended its crossings while Holt spoke to investigators.",
        ],
        [
            "Calder Trust agreed to buy Wendmoor Bank, creating the largest lender in the Ashby region.",
            "Calder chief executive Lise Arno said the deal valued Wendmoor at {0} million dollars.",
            "Wendmoor said {1} of its branches in Ashby would close after the takeover.",
            "Shares in Calder Trust rose as analysts in Ashby welcomed the Wendmoor deal.",
        ],
    ];

    private static readonly string[][] Figures =
    [
        ["42,000", "35,000"], ["18,000", "21,000"], ["33", "36"], ["240", "310"],
        ["12,500", "9,800"], ["48,210", "46,900"], ["118", "126"], ["860", "910"],
    ];

    private static readonly string[][] Others = [["six", "eight"], ["22", "25"], ["320", "340"], ["7", "9"], ["140", "160"], ["61", "58"], ["40", "45"], ["14", "18"]];

    private sealed record Original(int Story, int Figure, int Other, int[] Order, string Url, string Body, bool Corrected);

    private static string Body(int story, int figure, int other, int[] order) =>
        string.Join("\n\n", order.Select(i => string.Format(CultureInfo.InvariantCulture, Stories[story][i], Figures[story][figure], Others[story][other])));

    /// <summary>One written article: its path, and its text after the front matter.</summary>
    public sealed record Written(string Path, string Body);

    /// <summary>Writes <paramref name="count"/> articles into <paramref name="folder"/> (a001.txt, a002.txt, ...).</summary>
    public static IReadOnlyList<Written> Write(string folder, int count, int seed = 15)
    {
        Directory.CreateDirectory(folder);
        var rng = new Random(seed);
        var written = new List<Written>(count);
        var urls = new List<string>();
        var originals = new List<Original>();
        for (var n = 0; n < count; n++)
        {
            var name = $"a{(n + 1).ToString("D4", CultureInfo.InvariantCulture)}";
            string body;
            string url;
            var published = $"2026-03-{(1 + (n % 20)).ToString("D2", CultureInfo.InvariantCulture)}";
            if (n >= 20 && n % 10 == 3)
            {
                // An exact copy under another name: one text, stored once (only of originals that are never corrected,
                // so that which of the two is stored first changes its name only).
                var o = originals.Where((_, i) => i % 2 == 0).ElementAt(rng.Next((originals.Count + 1) / 2));
                body = o.Body;
                url = $"https://example.org/copy/{name}";
            }
            else if (n >= 20 && n % 10 == 7)
            {
                // A correction under an earlier article's URL (its figure changed): a new version of it, in its story.
                // Each original at most once, and only those never copied; published after every original.
                var candidates = originals.Where((x, i) => i % 2 == 1 && !x.Corrected).ToList();
                var o = candidates[rng.Next(candidates.Count)];
                originals[originals.IndexOf(o)] = o with { Corrected = true };
                body = Body(o.Story, 1 - o.Figure, o.Other, o.Order) + "\n\nThis article has been corrected.";
                url = o.Url;
                published = "2026-03-28";
            }
            else
            {
                var story = rng.Next(Stories.Length);
                var (figure, other) = (rng.Next(2), rng.Next(2));
                var order = Enumerable.Range(0, 4).OrderBy(_ => rng.Next()).Take(3).ToArray();
                url = $"https://example.org/news/{name}";
                body = Body(story, figure, other, order) + $"\n\nReporting by desk {rng.Next(1000).ToString(CultureInfo.InvariantCulture)}.";
                originals.Add(new Original(story, figure, other, order, url, body, false));
            }

            urls.Add(url);
            var text = new StringBuilder()
                .Append("---\npublished: ").Append(published)
                .Append("\noutlet: Outlet ").Append((n % 7).ToString(CultureInfo.InvariantCulture))
                .Append("\nurl: ").Append(url).Append("\n---\n").Append(body).Append('\n').ToString();
            var path = Path.Combine(folder, name + ".txt");
            File.WriteAllText(path, text, new UTF8Encoding(false));
            written.Add(new Written(path, body));
        }

        return written;
    }
}
