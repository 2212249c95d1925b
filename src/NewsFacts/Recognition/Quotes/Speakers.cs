namespace NewsFacts.Recognition;

/// <summary>
/// Turns a reporting clause's subject into a speaker: a title plus name ("Mexican Foreign Minister Marcelo Ebrard" →
/// "Marcelo Ebrard", role "Mexican Foreign Minister"), a surname into the first full mention ("Psaki" → "Jen Psaki"),
/// a pronoun into the last named speaker of its gender, and anything else into a description as written
/// ("Canadian Embassy spokesperson", "the campaign").
/// </summary>
internal static class Speakers
{
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "de", "van", "von", "bin", "al", "da", "del", "la", "le", "di", "du", "der", "den", "ibn" };

    public static Attributed? Resolve(DocumentContext document, ReportingClause clause, SpeakerHistory history, Attributed? local = null)
    {
        var text = document.Text;
        var words = clause.Subject;
        if (!NameIndex.IsNameWord(text, words[^1]) && clause.Appositive.Count is > 0 and <= 4 && NameIndex.IsNameWord(text, clause.Appositive[0]) && NameIndex.IsNameWord(text, clause.Appositive[^1])
            && clause.Appositive.All(w => NameIndex.IsNameWord(text, w) || NameParticles.Contains(w.Of(text))))
        {
            // "a top strategist, John Weaver,": the name is in the appositive, the description is the role
            var role = Description(text, words, keepThe: false);
            var named = Resolve(document, clause with { Subject = clause.Appositive, Appositive = [] }, history);
            return named is null ? null : named with { Role = role };
        }

        var hearsay = clause.Kind == "hearsay";
        var span = new TextSpan(words[0].Start, words[^1].End);
        if (words.Count == 1 && SpeakerLexicon.Pronouns.TryGetValue(words[0].Of(text), out var pronounGender))
        {
            var found = local is not null && local.IsPerson && (local.Gender == pronounGender || local.Gender == '-') && pronounGender != 'P' ? local : history.Find(pronounGender);
            return found is null ? null : found with { SpeakerSpan = span, Hearsay = hearsay, Verb = clause.Lemma };
        }

        var index = NameIndex.Of(document);

        // the name: the capitalized words at the end of the subject that are not titles ("... Minister Marcelo Ebrard");
        // a relative clause ("an aide who served in Cairo") is no place for the name
        var end = words.Count;
        for (var k = 1; k < words.Count; k++)
        {
            if (words[k].Of(text) is "who" or "that" or "whose" or "which")
            {
                end = k;
                break;
            }
        }

        var nameEnd = end;
        var nameStart = end;
        while (nameStart > 0)
        {
            var w = words[nameStart - 1];
            if (NameIndex.IsNameWord(text, w) && !(nameStart < nameEnd && IsPossessive(w.Of(text))))
            {
                nameStart--;
                continue;
            }

            if (nameStart < nameEnd && nameStart - 1 > 0 && NameParticles.Contains(w.Of(text)) && NameIndex.IsNameWord(text, words[nameStart - 2]))
            {
                nameStart--;
                continue;
            }

            break;
        }

        if (nameStart < nameEnd && IsPossessive(words[nameEnd - 1].Of(text)))
        {
            nameStart = nameEnd; // "Trump's campaign" is not Trump
        }

        if (nameStart < nameEnd)
        {
            var name = string.Join(' ', words.Skip(nameStart).Take(nameEnd - nameStart).Select(w => w.Of(text)));
            var gender = '-';
            var roleEnd = nameStart;
            if (roleEnd > 0 && SpeakerLexicon.Honorifics.TryGetValue(words[roleEnd - 1].Of(text), out var hg))
            {
                gender = hg;
                roleEnd--;
            }

            var roleStart = 0;
            while (roleStart < roleEnd && (Clauses.IsDeterminer(text, words[roleStart]) || words[roleStart].Of(text).Equals("the", StringComparison.OrdinalIgnoreCase)))
            {
                roleStart++;
            }

            string? role = roleStart < roleEnd ? Slice(text, words[roleStart], words[roleEnd - 1]) : null;
            if (role is null && clause.Appositive.Count > 0)
            {
                role = Description(text, clause.Appositive, keepThe: false);
            }

            // "the Times" names a body by its short name: keep it as written
            var theName = roleEnd == 1 && words[0].Of(text).Equals("the", StringComparison.OrdinalIgnoreCase);
            var canonical = theName ? Slice(text, words[0], words[nameEnd - 1]) : index.Canonical(name);
            return new Attributed(canonical, role, hearsay, span, clause.Lemma) { IsPerson = true, Gender = index.GenderOf(canonical, gender) };
        }

        var description = Description(text, words, keepThe: true);
        if (description is null)
        {
            return null;
        }

        var last = words[^1].Of(text);
        var plural = last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal);
        return new Attributed(description, null, hearsay, span, clause.Lemma) { IsPerson = false, Gender = plural ? 'P' : '-' };
    }

    private static bool IsPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal);

    private static string Slice(string text, Word first, Word last) => text[first.Start..last.End].Trim().TrimEnd(',');

    /// <summary>The words as written, without a leading a/an/some (and without "the" unless <paramref name="keepThe"/>).</summary>
    private static string? Description(string text, IReadOnlyList<Word> words, bool keepThe)
    {
        var s = 0;
        // "one of those advisers" keeps its "one": the phrase names a part of a group
        while (s < words.Count && ((Clauses.IsDeterminer(text, words[s]) && !(s + 1 < words.Count && words[s + 1].Of(text) == "of"))
                                   || (!keepThe && words[s].Of(text).Equals("the", StringComparison.OrdinalIgnoreCase))))
        {
            s++;
        }

        if (s >= words.Count)
        {
            return null;
        }

        var description = Slice(text, words[s], words[^1]);
        return description.StartsWith("The ", StringComparison.Ordinal) && !NameIndex.IsNameWord(text, words[s + 1 < words.Count ? s + 1 : s]) ? "the" + description[3..] : description;
    }
}
