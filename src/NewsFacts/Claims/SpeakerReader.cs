using NewsFacts.Recognition;

namespace NewsFacts.Claims;

/// <summary>
/// Decides who asserts a claim (its speaker): the speaker of the quotation that holds the figure, else the subject of the
/// reported speech around it ("the ministry said that ...", "according to ..."), named as the quotes component names it or
/// followed back (a description to its body, a pronoun to the last quoted speaker, a surname to the full name a quote
/// gave), and given the one canonical name the article's named bodies use. One reader serves one document and remembers
/// what it has read.
/// </summary>
internal sealed class SpeakerReader
{
    /// <summary>The longest document for which the quotes component names the speakers of reported speech (for each sentence it walks all of the document's quotations).</summary>
    private const int AttributionMaxChars = 200_000;

    private readonly ClaimDocument _doc;

    private readonly Dictionary<int, Attributed?> _attributions = [];

    private readonly Dictionary<string, string> _fullNames = new(StringComparer.Ordinal);

    private (TextSpan Subject, string Phrase, string Lower, string Named)? _lastSubject;

    /// <summary>A reader for the speakers of <paramref name="document"/>'s claims.</summary>
    public SpeakerReader(ClaimDocument document)
    {
        _doc = document;
        foreach (var speaker in document.Quotes.Select(x => x.Speaker))
        {
            if (speaker is not null && speaker.Contains(' ', StringComparison.Ordinal))
            {
                _fullNames.TryAdd(speaker[(speaker.LastIndexOf(' ') + 1)..], speaker);
            }
        }
    }

    /// <summary>The speaker of the claim read in <paramref name="context"/>, canonical.</summary>
    public string? Read(ClaimContext context)
    {
        var (quote, speech, at) = (context.Quote, context.Speech, context.Quantity.Span.Start);
        var speaker = _doc.Bodies.Canonical(quote is not null ? quote.Speaker : speech is null ? null : AttributedName(context.Sentence, speech) ?? SpeakerPhrases.Of(_doc.Document, speech.Subject) ?? SpeakerName(speech.Subject, at), at);

        // A bare description no name was found for ("the bank said"): the body the article described in lower case before.
        if (speaker is not null && speech is not null && NamedBodies.IsDescription(speaker) && DescribedBodies.Before(_doc.Text, speaker, speech.Subject.Start) is { } described)
        {
            return _doc.Bodies.Canonical(described, speech.Subject.Start);
        }

        return speaker;
    }

    /// <summary>
    /// The quotes component's canonical name for the person this claim is attributed to ("Psaki said that" is "Jen Psaki",
    /// "she said" the last named speaker of that gender), when it reads the same subject. Asked once per sentence, and only
    /// for documents up to <see cref="AttributionMaxChars"/>: beyond, the builder's own naming is used.
    /// </summary>
    private string? AttributedName(TextSpan sentence, ReportedSpeaker speech)
    {
        if (_doc.Text.Length > AttributionMaxChars)
        {
            return null;
        }

        if (!_attributions.TryGetValue(sentence.Start, out var attributed))
        {
            attributed = Attribution.SpeakerOf(_doc.Document, sentence);
            _attributions[sentence.Start] = attributed;
        }

        // A name the text never writes (a changed case) or a description to follow back is left to the builder's own naming.
        // Only a person's full name is taken: a description ("the Chinese Foreign Ministry") is kept whole as the text writes it.
        if (attributed is null || !attributed.IsPerson || !attributed.Speaker.Contains(' ', StringComparison.Ordinal) || !attributed.SpeakerSpan.Overlaps(speech.Subject) || !_doc.Text.Contains(attributed.Speaker, StringComparison.Ordinal)
            || _doc.Lexicon.Nominals.ContainsKey("the " + StripArticle(attributed.Speaker).ToLowerInvariant()))
        {
            return null;
        }

        return StripArticle(attributed.Speaker);
    }

    /// <summary>
    /// A readable speaker from the attributed subject: a description is followed back ("the company" is AstraZeneca), a pronoun
    /// to the last quoted speaker, a titled name loses its title ("Mexican President A B" is "A B"), and a surname takes the
    /// full name a quote gave it.
    /// </summary>
    public string? SpeakerName(TextSpan subject, int at)
    {
        // The claims of one sentence ask for the same subject one after another: its words are read once.
        if (_lastSubject is not { } named || named.Subject != subject)
        {
            var (words, subjectPhrase) = SubjectWords(subject);
            var subjectLower = subjectPhrase.ToLowerInvariant();
            named = (subject, subjectPhrase, subjectLower, TitledName(words, subjectPhrase));
            _lastSubject = named;
        }

        var (phrase, lower) = (named.Phrase, named.Lower);
        if (_doc.Lexicon.Nominals.TryGetValue("the " + lower, out var kind))
        {
            return _doc.Antecedent(subject.Start, kind) is { } a
                ? NameOf(a) : phrase;
        }

        if (lower is "it")
        {
            return _doc.Bodies.LastBody(subject.Start) ?? _doc.LastSpokenQuoteBefore(at)?.Speaker;
        }

        if (lower is "he" or "she" or "they")
        {
            return _doc.LastSpokenQuoteBefore(at)?.Speaker;
        }

        return named.Named;
    }

    /// <summary>The subject's words without a leading article, and those words as one phrase.</summary>
    private (List<string> Words, string Phrase) SubjectWords(TextSpan subject)
    {
        var words = subject.Of(_doc.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && words[0].ToLowerInvariant() is "the" or "a" or "an")
        {
            words.RemoveAt(0);
        }

        return (words, string.Join(' ', words));
    }

    /// <summary>A subject that is a name: without the title before it, and as the full name a quote gave its surname.</summary>
    private string TitledName(List<string> words, string phrase)
    {
        // A title before a capitalized name: keep the name.
        var nameStart = words.Count;
        while (nameStart > 0 && words[nameStart - 1].Length > 0 && char.IsUpper(words[nameStart - 1][0]) && !IsTitleWord(words[nameStart - 1]))
        {
            nameStart--;
        }

        if (nameStart > 0 && nameStart < words.Count && words.Count - nameStart >= 2 && IsTitleWord(words[nameStart - 1]))
        {
            phrase = string.Join(' ', words.Skip(nameStart));
        }

        var surname = phrase.Split(' ')[^1];
        return _fullNames.TryGetValue(surname, out var full) && full.Length > phrase.Length ? full : phrase;
    }

    private static bool IsTitleWord(string word) => word.ToLowerInvariant().TrimEnd('.') is "president" or "minister" or "secretary" or "spokesperson"
        or "spokesman" or "spokeswoman" or "chancellor" or "premier" or "governor" or "gov" or "senator" or "sen" or "rep" or "representative"
        or "director" or "chief" or "ceo" or "chairman" or "chair" or "ambassador" or "king" or "queen" or "prince" or "mayor" or "general"
        or "gen" or "dr" or "mr" or "mrs" or "ms" or "prof" or "official" or "envoy" or "leader" or "head" or "commissioner" or "judge";

    private static string NameOf(string canonical) => canonical;

    /// <summary>"the finance ministry" is named "finance ministry".</summary>
    private static string StripArticle(string name)
    {
        foreach (var article in (string[])["the ", "The ", "a ", "A ", "an ", "An "])
        {
            if (name.StartsWith(article, StringComparison.Ordinal) && name.Length > article.Length)
            {
                return name[article.Length..];
            }
        }

        return name;
    }
}
