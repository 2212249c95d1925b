namespace NewsFacts.Recognition;

/// <summary>
/// Turns a reporting clause's subject into a speaker: a title plus name ("Mexican Foreign Minister Marcelo Ebrard" →
/// "Marcelo Ebrard", role "Mexican Foreign Minister"), a surname into the first full mention ("Psaki" → "Jen Psaki"),
/// a pronoun into the last named speaker of its gender, and anything else into a description as written
/// ("Canadian Embassy spokesperson", "the campaign").
/// </summary>
internal static class Speakers
{
    public static Attributed? Resolve(DocumentContext document, ReportingClause clause, SpeakerHistory history, Attributed? local = null)
    {
        var text = document.Text;
        var words = clause.Subject;
        // a title may open the appositive name: "the hospital's chief surgeon, Professor Ian Wallace,"
        var titled = 0;
        while (titled < clause.Appositive.Count - 1 && titled < 2 && Words.IsCapitalized(text, clause.Appositive[titled]) && SpeakerLexicon.Titles.ContainsKey(clause.Appositive[titled].Of(text)))
        {
            titled++;
        }

        if (!NameIndex.IsNameWord(text, words[^1]) && clause.Appositive.Count - titled is > 0 and <= 4 && NameIndex.IsNameWord(text, clause.Appositive[titled]) && NameIndex.IsNameWord(text, clause.Appositive[^1])
            && clause.Appositive.Skip(titled).All(w => NameIndex.IsNameWord(text, w) || NameIndex.IsParticle(text, w)))
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

            if (nameStart < nameEnd && NameIndex.IsParticle(text, w))
            {
                // "Carlos de la Cruz", and a surname that opens with its particles: "de la Cruz said", "bin Salman told"
                var p = nameStart - 1;
                while (p > 0 && NameIndex.IsParticle(text, words[p - 1]))
                {
                    p--;
                }

                if (p == 0 || NameIndex.IsNameWord(text, words[p - 1]))
                {
                    nameStart = p;
                    continue;
                }
            }

            break;
        }

        if (nameStart < nameEnd && IsPossessive(words[nameEnd - 1].Of(text)))
        {
            nameStart = nameEnd; // "Trump's campaign" is not Trump
        }

        if (nameStart < nameEnd && PrepositionBefore(text, words, nameStart) is var prep and > 0)
        {
            // "analysts at Barclays", "a spokeswoman for Qantas", "the family of Tom Watts", "the Ministry of Defence": no
            // person stands before the preposition, and the name after it only says whose or where, so the description as
            // written is the speaker ("Sen. Ana Ruiz of Ohio", a person before it, is left to the name reading below)
            var personEnd = prep;
            var personStart = personEnd;
            while (personStart > 0 && NameIndex.IsNameWord(text, words[personStart - 1]))
            {
                personStart--;
            }

            var run = personEnd - personStart;
            var honorific = personStart > 0 && (SpeakerLexicon.IsHonorific(words[personStart - 1].Of(text)) || SpeakerLexicon.IsTitle(words[personStart - 1].Of(text)));
            var person = run > 0 && (run >= 2 || honorific || index.Canonical(words[personStart].Of(text)) != words[personStart].Of(text));
            var opensAsTitle = SpeakerLexicon.IsTitle(words[0].Of(text)) && char.IsUpper(text[words[0].Start]);
            if (!person && !opensAsTitle && Description(text, words, keepThe: true) is { } whose)
            {
                return new Attributed(whose, null, hearsay, span, clause.Lemma) { IsPerson = false, Gender = IsPluralHead(text, words) ? 'P' : '-' };
            }
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

        if (IsAgeReference(text, words))
        {
            // "the 24-year-old told Sky Sports": news refers by age to the person it has just named
            if (index.LastPersonBefore(span.Start) is { } aged)
            {
                return new Attributed(aged.Full, null, hearsay, span, clause.Lemma) { IsPerson = true, Gender = index.GenderOf(aged.Full, aged.Gender) };
            }

            if (history.Find('-') is { } last)
            {
                return last with { SpeakerSpan = span, Hearsay = hearsay, Verb = clause.Lemma };
            }
        }

        var description = Description(text, words, keepThe: true);
        if (description is null)
        {
            return null;
        }

        return new Attributed(description, null, hearsay, span, clause.Lemma) { IsPerson = false, Gender = IsPluralHead(text, words) ? 'P' : '-' };
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "of", "at", "for", "from", "with", "in", "to" };

    /// <summary>The index of a preposition just before the name at <paramref name="nameStart"/> ("of the Dayton ...", "at Barclays"), else -1.</summary>
    private static int PrepositionBefore(string text, IReadOnlyList<Word> words, int nameStart)
    {
        var k = nameStart - 1;
        if (k > 0 && words[k].Of(text) is "the" or "a" or "an")
        {
            k--;
        }

        return k > 0 && words[k].Kind == WordKind.Word && Prepositions.Contains(words[k].Of(text)) ? k : -1;
    }

    /// <summary>Whether a description names several: its head noun (the last word before a preposition) is a plural ("lawyers for the family").</summary>
    private static bool IsPluralHead(string text, IReadOnlyList<Word> words)
    {
        var head = words.Count - 1;
        for (var k = 1; k < words.Count; k++)
        {
            if (words[k].Kind == WordKind.Word && Prepositions.Contains(words[k].Of(text)))
            {
                head = k - 1;
                break;
            }
        }

        var last = words[head].Of(text);
        return last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal) && !last.EndsWith("'s", StringComparison.Ordinal) && !last.EndsWith("\u2019s", StringComparison.Ordinal);
    }

    /// <summary>"the 24-year-old", "the 71-year-old grandmother": a person referred to by age.</summary>
    internal static bool IsAgeReference(string text, IReadOnlyList<Word> words) =>
        words.Count is >= 2 and <= 3 && words[0].Of(text).Equals("the", StringComparison.OrdinalIgnoreCase) && IsAge(words[1].Of(text))
        && (words.Count == 2 || char.IsLower(text[words[2].Start]));

    private static bool IsAge(string word)
    {
        var dash = word.IndexOf('-');
        return dash is >= 1 and <= 3 && !word.AsSpan(0, dash).ContainsAnyExceptInRange('0', '9') && word.AsSpan(dash).Equals("-year-old", StringComparison.OrdinalIgnoreCase);
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
