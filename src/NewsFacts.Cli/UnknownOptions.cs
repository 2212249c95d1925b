using System.CommandLine;

namespace NewsFacts.Cli;

/// <summary>
/// Finds options the command does not know. A command whose argument takes one or more values would otherwise take
/// an unknown option (<c>-x</c>) for a file name; before <c>--</c>, a value that opens with a dash is an option, and
/// an unknown one is a usage error, with the closest known option when one is close enough to be meant.
/// </summary>
internal static class UnknownOptions
{
    /// <summary>One message per unknown option that an argument of the parsed command took as its value.</summary>
    public static IReadOnlyList<string> Find(ParseResult result, IReadOnlyList<string> args)
    {
        var separator = IndexOf(args, "--");
        var beforeSeparator = args.Take(separator).ToHashSet(StringComparer.Ordinal);
        var command = result.CommandResult.Command;
        var messages = new List<string>();
        foreach (var argument in command.Arguments)
        {
            foreach (var token in result.GetResult(argument)?.Tokens ?? [])
            {
                if (token.Value.Length > 1 && token.Value[0] == '-' && beforeSeparator.Contains(token.Value))
                {
                    messages.Add(Message(token.Value, command, result.RootCommandResult.Command));
                }
            }
        }

        return messages;
    }

    private static int IndexOf(IReadOnlyList<string> args, string value)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == value)
            {
                return i;
            }
        }

        return args.Count;
    }

    private static string Message(string token, Command command, Command root)
    {
        var name = token.Split('=', ':')[0];
        var message = $"{command.Name}: unknown option '{name}'";
        var known = Names(command, root).ToList();
        var close = Suggestions(name, known);
        if (close.Count > 0)
        {
            return $"{message}; did you mean {string.Join(" or ", close.Select(c => $"'{c}'"))}?";
        }

        var elsewhere = root.Subcommands.Where(c => c != command && Names(c, root).Contains(name, StringComparer.Ordinal)).Select(c => c.Name).ToList();
        return elsewhere.Count > 0 ? $"{message} ('{name}' is an option of {string.Join(", ", elsewhere.Select(c => $"'{c}'"))})" : message;
    }

    /// <summary>The names and aliases of the command's options and of the options it inherits.</summary>
    private static IEnumerable<string> Names(Command command, Command root) =>
        command.Options.Concat(command == root ? [] : root.Options.Where(o => o.Recursive))
            .SelectMany(o => o.Aliases.Prepend(o.Name))
            .Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The known names the token most likely stands for: those it begins (<c>--out</c> for <c>--outlet</c>), else
    /// those within a small edit distance (<c>--fromat</c> for <c>--format</c>). A short token suggests nothing.
    /// </summary>
    internal static IReadOnlyList<string> Suggestions(string token, IReadOnlyList<string> known)
    {
        var word = token.TrimStart('-');
        if (word.Length < 2)
        {
            return [];
        }

        var prefixed = known.Where(k => k.StartsWith("--", StringComparison.Ordinal) && k.StartsWith("--" + word, StringComparison.OrdinalIgnoreCase)).ToList();
        if (prefixed.Count > 0)
        {
            return prefixed;
        }

        var limit = word.Length <= 4 ? 1 : 2;
        var scored = known.Where(k => k.StartsWith("--", StringComparison.Ordinal))
            .Select(k => (Name: k, Distance: Distance(word, k[2..])))
            .Where(s => s.Distance <= limit)
            .ToList();
        return scored.Count == 0 ? [] : [.. scored.Where(s => s.Distance == scored.Min(t => t.Distance)).Select(s => s.Name)];
    }

    /// <summary>Optimal string alignment distance (an adjacent swap counts as one edit), ignoring case.</summary>
    private static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
