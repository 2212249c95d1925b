namespace NewsFacts.Reading;

/// <summary>
/// An HTML tokenizer and tree builder that builds the tree HtmlAgilityPack 1.13 builds (with the reader's options: no id
/// index, no syntax check, no nested-tag fixing), into an <see cref="HtmlTree"/> of structs instead of objects.
/// </summary>
/// <remarks>
/// The reader's body scores were tuned on HtmlAgilityPack's trees, so this parser follows its rules rather than the
/// HTML5 tree builder's: one state machine over the characters (text, tag, attribute name and value, quoted value,
/// comment, server-side code, raw text); a start tag of <c>p</c> closes an open <c>p</c> parent at a block start
/// tag, <c>li</c> an <c>li</c>, <c>dt</c>/<c>dd</c> a <c>dt</c>/<c>dd</c>, <c>option</c> an <c>option</c>,
/// <c>a</c> an <c>a</c>; table parts and headings close their like; void elements (<c>br</c>, <c>img</c>,
/// <c>meta</c>, ...) never hold children; <c>script</c>, <c>style</c>, <c>textarea</c>, <c>title</c> hold raw
/// text up to their end tag; an end tag closes the last open element of its name and everything still open inside it;
/// an end tag with no open element is dropped (a stray <c>&lt;/form&gt;</c> stays as text, a stray <c>&lt;/br&gt;</c>
/// is a line break). The oracle test in the test project checks the trees node for node against HtmlAgilityPack's.
/// Time is linear in the page; nesting past the depth limit stops the parse (<see cref="TooDeep"/>).
/// </remarks>
internal sealed class HtmlTreeParser
{
    private enum State
    {
        Text,
        WhichTag,
        Tag,
        BetweenAttributes,
        EmptyTag,
        AttributeName,
        AttributeBeforeEquals,
        AttributeAfterEquals,
        AttributeValue,
        Comment,
        QuotedAttributeValue,
        ServerSideCode,
        PcData,
    }

    private readonly string _text;
    private readonly HtmlTree _tree;
    private readonly int _maxDepth;
    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;
    private readonly List<string> _nameList = [];
    private readonly List<int> _lastNodes = []; // by name id: the last open element of that name, or None
    private readonly Stack<(int Node, int Child)> _closing = new();

    private int _index;
    private char _c;
    private State _state;
    private State _oldState;
    private bool _fullComment;
    private int _lastQuote;
    private int _lastParent;

    // The node being read: not in the tree until it ends (a text run, a comment, a start or end tag).
    private HtmlNodeKind _kind;
    private int _id;
    private int _start;
    private int _length;
    private int _nameStart;
    private int _nameLength;
    private bool _startTag;
    private int _firstAttribute;
    private string? _name;

    // The attribute being read.
    private int _attrNameStart;
    private int _attrNameLength;
    private int _attrValueStart;
    private int _attrValueLength;
    private int _attrIndex = -1;

    private HtmlTreeParser(string text, int maxDepth)
    {
        _text = text;
        _maxDepth = maxDepth;
        var tags = text.AsSpan().Count('<');
        _tree = HtmlTree.Create(text, (tags / 2) + 16, (tags / 4) + 8);
        _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether the page nested deeper than the limit (the tree then holds the page up to that point).</summary>
    public bool TooDeep { get; private set; }

    /// <summary>Parses a page. Never throws; nesting deeper than <paramref name="maxDepth"/> stops it with <see cref="TooDeep"/>.</summary>
    public static (HtmlTree Tree, bool TooDeep) Parse(string html, int maxDepth)
    {
        var parser = new HtmlTreeParser(html, maxDepth);
        parser.Run();
        return (parser._tree, parser.TooDeep);
    }

    private static bool IsWhiteSpace(int c) => c is 10 or 13 or 32 or 9;

    private void Run()
    {
        _state = State.Text;
        _oldState = _state;
        _lastParent = HtmlTree.Root;
        _index = 0;
        PushNodeStart(HtmlNodeKind.Text, 0);
        var text = _text;
        while (_index < text.Length && !TooDeep)
        {
            _c = text[_index];
            _index++;
            switch (_state)
            {
                case State.Text:
                    if (_c != '<')
                    {
                        // Skip to the next '<' at once: nothing else happens in text.
                        var next = text.AsSpan(_index).IndexOf('<');
                        _index = next < 0 ? text.Length : _index + next;
                        continue;
                    }

                    NewCheck();
                    break;

                case State.WhichTag:
                    if (NewCheck())
                    {
                        continue;
                    }

                    if (_c == '/')
                    {
                        PushNodeNameStart(false, _index);
                    }
                    else
                    {
                        PushNodeNameStart(true, _index - 1);
                        _index--;
                    }

                    _state = State.Tag;
                    break;

                case State.Tag:
                    if (NewCheck())
                    {
                        continue;
                    }

                    if (IsWhiteSpace(_c) || _c == '/')
                    {
                        CloseParentImplicitExplicitNode();
                        PushNodeNameEnd(_index - 1);
                        _state = _c == '/' ? State.EmptyTag : State.BetweenAttributes;
                        continue;
                    }

                    if (_c == '>')
                    {
                        CloseParentImplicitExplicitNode();
                        PushNodeNameEnd(_index - 1);
                        PushNodeEnd(_index, false);
                        if (_state != State.Tag)
                        {
                            continue;
                        }

                        _state = State.Text;
                        PushNodeStart(HtmlNodeKind.Text, _index);
                    }

                    break;

                case State.BetweenAttributes:
                    if (NewCheck() || IsWhiteSpace(_c))
                    {
                        continue;
                    }

                    if (_c is '/' or '?')
                    {
                        _state = State.EmptyTag;
                        continue;
                    }

                    if (_c == '>')
                    {
                        EndTagAt(State.BetweenAttributes, false);
                        continue;
                    }

                    PushAttributeNameStart(_index - 1);
                    _state = State.AttributeName;
                    break;

                case State.EmptyTag:
                    if (NewCheck())
                    {
                        continue;
                    }

                    if (_c == '>')
                    {
                        EndTagAt(State.EmptyTag, true);
                        continue;
                    }

                    if (!IsWhiteSpace(_c))
                    {
                        _index--;
                    }

                    _state = State.BetweenAttributes;
                    break;

                case State.AttributeName:
                    if (NewCheck())
                    {
                        continue;
                    }

                    if (_c == '/' || IsWhiteSpace(_c))
                    {
                        PushAttributeNameEnd(_index - 1);
                        _state = State.AttributeBeforeEquals;
                        continue;
                    }

                    if (_c == '=')
                    {
                        PushAttributeNameEnd(_index - 1);
                        _state = State.AttributeAfterEquals;
                        continue;
                    }

                    if (_c == '>')
                    {
                        PushAttributeNameEnd(_index - 1);
                        EndTagAt(State.AttributeName, false);
                        continue;
                    }

                    break;

                case State.AttributeBeforeEquals:
                    if (NewCheck() || IsWhiteSpace(_c))
                    {
                        continue;
                    }

                    if (_c == '>')
                    {
                        EndTagAt(State.AttributeBeforeEquals, false);
                        continue;
                    }

                    if (_c == '=')
                    {
                        _state = State.AttributeAfterEquals;
                        continue;
                    }

                    _state = State.BetweenAttributes;
                    _index--;
                    break;

                case State.AttributeAfterEquals:
                    if (NewCheck() || IsWhiteSpace(_c))
                    {
                        continue;
                    }

                    if (_c is '\'' or '"')
                    {
                        _state = State.QuotedAttributeValue;
                        PushAttributeValueStart(_index);
                        _lastQuote = _c;
                        continue;
                    }

                    if (_c == '>')
                    {
                        EndTagAt(State.AttributeAfterEquals, false);
                        continue;
                    }

                    PushAttributeValueStart(_index - 1);
                    _state = State.AttributeValue;
                    break;

                case State.AttributeValue:
                    if (NewCheck())
                    {
                        continue;
                    }

                    if (IsWhiteSpace(_c))
                    {
                        PushAttributeValueEnd(_index - 1);
                        _state = State.BetweenAttributes;
                        continue;
                    }

                    if (_c == '>')
                    {
                        PushAttributeValueEnd(_index - 1);
                        EndTagAt(State.AttributeValue, false);
                        continue;
                    }

                    break;

                case State.QuotedAttributeValue:
                    if (_c == _lastQuote)
                    {
                        PushAttributeValueEnd(_index - 1);
                        _state = State.BetweenAttributes;
                        continue;
                    }

                    if (_c == '<' && _index < text.Length && text[_index] == '%')
                    {
                        _oldState = _state;
                        _state = State.ServerSideCode;
                    }

                    break;

                case State.Comment:
                    if (_c == '>')
                    {
                        if (_fullComment && !CommentEndsAt(_index))
                        {
                            continue;
                        }

                        PushNodeEnd(_index, false);
                        _state = State.Text;
                        PushNodeStart(HtmlNodeKind.Text, _index);
                    }

                    break;

                case State.ServerSideCode:
                    ServerSideCode();
                    break;

                case State.PcData:
                    RawText();
                    break;
            }
        }

        if (TooDeep)
        {
            return;
        }

        // Finish the current node: a tag cut off by the end of the page takes the rest of the page as its name.
        if (_nameStart > 0)
        {
            PushNodeNameEnd(_index);
        }

        PushNodeEnd(_index, false);
    }

    private bool CommentEndsAt(int index)
    {
        var t = _text;
        return (index >= 3 && t[index - 2] == '-' && t[index - 3] == '-') || (index >= 4 && t[index - 2] == '!' && t[index - 3] == '-' && t[index - 4] == '-');
    }

    /// <summary>A '&gt;' that ends a tag read in <paramref name="state"/>; then text starts, unless the tag opened raw text.</summary>
    private void EndTagAt(State state, bool close)
    {
        PushNodeEnd(_index, close);
        if (_state != state)
        {
            return;
        }

        _state = State.Text;
        PushNodeStart(HtmlNodeKind.Text, _index);
    }

    private void ServerSideCode()
    {
        if (_c == '%')
        {
            if (_index < _text.Length && _text[_index] == '>')
            {
                switch (_oldState)
                {
                    case State.AttributeAfterEquals:
                        _state = State.AttributeValue;
                        break;
                    case State.BetweenAttributes:
                        PushAttributeNameEnd(_index + 1);
                        _state = State.BetweenAttributes;
                        break;
                    default:
                        _state = _oldState;
                        break;
                }

                _index++;
            }
        }
        else if (_oldState == State.QuotedAttributeValue && _c == _lastQuote)
        {
            _state = _oldState;
            _index--;
        }
    }

    /// <summary>Inside script, style, textarea or title: looks for the end tag of the same name.</summary>
    private void RawText()
    {
        var text = _text;
        var name = _name!;
        if (_nameLength + 3 > text.Length - (_index - 1))
        {
            return;
        }

        if (text[_index - 1] != '<' || text[_index] != '/')
        {
            // Jump to the next "</" candidate.
            var next = text.AsSpan(_index).IndexOf("</", StringComparison.Ordinal);
            _index = next < 0 ? text.Length : _index + next;
            return;
        }

        // string.Compare(text, _index + 1, name, 0, _nameLength, OrdinalIgnoreCase) == 0, as HtmlAgilityPack asks it.
        var a = text.AsSpan(_index + 1, Math.Min(_nameLength, text.Length - (_index + 1)));
        var b = name.AsSpan(0, Math.Min(_nameLength, name.Length));
        if (!a.Equals(b, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var at = _index - 1 + 2 + name.Length;
        if (at >= text.Length)
        {
            return;
        }

        int c = text[at];
        if (c != '>' && !IsWhiteSpace(c))
        {
            return;
        }

        var start = _start + _length;
        if (!AppendChecked(_id, HtmlNodeKind.Text, "#text", start, _index - 1 - start, 0, HtmlTree.None, out _))
        {
            return;
        }

        if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
        {
            _tree.HideText(_id);
        }

        PushNodeStart(HtmlNodeKind.Element, _index - 1);
        PushNodeNameStart(false, _index - 1 + 2);
        _state = State.Tag;
        _index++;
    }

    private bool NewCheck()
    {
        var text = _text;
        if (_c != '<' || _index >= text.Length)
        {
            return false;
        }

        var next = text[_index];
        if (!(char.IsLetter(next) || next is '/' or '?' or '!' or '%'))
        {
            return false;
        }

        if (next == '%')
        {
            switch (_state)
            {
                case State.AttributeAfterEquals:
                    PushAttributeValueStart(_index - 1);
                    break;
                case State.BetweenAttributes:
                    PushAttributeNameStart(_index - 1);
                    break;
                case State.WhichTag:
                    PushNodeNameStart(true, _index - 1);
                    _state = State.Tag;
                    break;
            }

            _oldState = _state;
            _state = State.ServerSideCode;
            return true;
        }

        PushNodeEnd(_index - 1, true);
        if (TooDeep)
        {
            _index = text.Length;
            return true;
        }

        _state = State.WhichTag;
        if (_index - 1 <= text.Length - 2 && next is '!' or '?')
        {
            PushNodeStart(HtmlNodeKind.Comment, _index - 1);
            PushNodeNameStart(true, _index);
            PushNodeNameEnd(_index + 1);
            _state = State.Comment;
            if (_index < text.Length - 2)
            {
                _fullComment = text[_index + 1] == '-' && text[_index + 2] == '-';
            }

            return true;
        }

        PushNodeStart(HtmlNodeKind.Element, _index - 1);
        return true;
    }

    // ---------------------------------------------------------------- nodes

    private void PushNodeStart(HtmlNodeKind kind, int index)
    {
        if (_kind == HtmlNodeKind.Element && _id == HtmlTree.None)
        {
            // The tag before was an end tag that did not become a node: its attributes go.
            _tree.TruncateAttributes(_firstAttribute);
        }

        _kind = kind;
        _id = HtmlTree.None;
        _start = index;
        _length = 0;
        _nameStart = 0;
        _nameLength = 0;
        _startTag = false;
        _name = kind switch { HtmlNodeKind.Text => "#text", HtmlNodeKind.Comment => "#comment", _ => null };
        _firstAttribute = _tree.AttributeCount;
    }

    private void PushNodeNameStart(bool startTag, int index)
    {
        _startTag = startTag;
        _nameStart = index;
    }

    private void PushNodeNameEnd(int index) => _nameLength = index - _nameStart;

    /// <summary>The current node's name, fixed the first time it is asked (HtmlAgilityPack caches it too).</summary>
    private string CurrentName() => _name ??= Intern(SafeSlice(_nameStart, _nameLength), out _);

    private ReadOnlySpan<char> SafeSlice(int start, int length)
    {
        if (start < 0 || length <= 0 || start >= _text.Length)
        {
            return [];
        }

        return _text.AsSpan(start, Math.Min(length, _text.Length - start));
    }

    private void PushNodeEnd(int index, bool close)
    {
        _length = index - _start;
        if (_kind is HtmlNodeKind.Text or HtmlNodeKind.Comment)
        {
            if (_length > 0)
            {
                AppendChecked(_lastParent, _kind, _name!, _start, _length, 0, HtmlTree.None, out _);
            }
        }
        else if (_startTag && _lastParent != _id)
        {
            var name = CurrentName();
            var nameId = NameId(name);
            var previous = _lastNodes[nameId];
            if (!AppendChecked(_lastParent, HtmlNodeKind.Element, name, _start, _length, _firstAttribute, previous, out var id))
            {
                return;
            }

            _id = id;
            _lastNodes[nameId] = id;
            _lastParent = id;
            if (IsRawTextElement(SafeSlice(_nameStart, _nameLength)))
            {
                _state = State.PcData;
                return;
            }

            if (IsClosedElement(name) || IsEmptyElement(name))
            {
                close = true;
            }
        }

        if (close || !_startTag)
        {
            CloseCurrentNode();
        }
    }

    private bool AppendChecked(int parent, HtmlNodeKind kind, string name, int start, int length, int firstAttribute, int previousSameName, out int id)
    {
        if (_tree.Depth(parent) + 1 > _maxDepth)
        {
            TooDeep = true;
            id = HtmlTree.None;
            return false;
        }

        id = _tree.Append(parent, kind, name, start, length, firstAttribute, previousSameName);
        return true;
    }

    private bool CurrentClosed => _id != HtmlTree.None ? _tree.IsClosed(_id) : _kind != HtmlNodeKind.Element;

    private void CloseCurrentNode()
    {
        if (CurrentClosed)
        {
            return;
        }

        var name = CurrentName();
        var nameId = NameId(name);
        var previous = _lastNodes[nameId];
        var error = false;
        if (previous == HtmlTree.None)
        {
            if (IsClosedElement(name))
            {
                // </br> is read as <br>.
                if (!AppendChecked(_lastParent, HtmlNodeKind.Element, name, _start, _length, _firstAttribute, HtmlTree.None, out var id))
                {
                    return;
                }

                _id = id;
                _tree.Close(id);
            }
            else if (CanOverlap(name))
            {
                // A stray </form> stays in the page as (lower-cased) text.
                if (!AppendChecked(_lastParent, HtmlNodeKind.Text, "#text", _start, _length, 0, HtmlTree.None, out var id))
                {
                    return;
                }

                _tree.MarkLowerCase(id);
            }
            else if (!IsEmptyElement(name))
            {
                error = true; // an end tag with nothing to close
            }
        }
        else
        {
            _lastNodes[nameId] = _tree.PreviousWithSameName(previous);
            CloseNode(previous);
        }

        if (!error && (!IsClosedElement(name) || _startTag))
        {
            UpdateLastParentNode();
        }
    }

    /// <summary>Closes a node and, first, every node still open inside it (children in order, depth first).</summary>
    private void CloseNode(int node)
    {
        // An explicit stack of (node, next child to look at): deep pages cannot overflow the call stack.
        var stack = _closing;
        stack.Push((node, _tree.FirstChild(node)));
        while (stack.Count > 0)
        {
            var (n, child) = stack.Pop();
            while (child != HtmlTree.None && _tree.IsClosed(child))
            {
                child = _tree.NextSibling(child);
            }

            if (child != HtmlTree.None)
            {
                stack.Push((n, _tree.NextSibling(child)));
                stack.Push((child, _tree.FirstChild(child)));
                continue;
            }

            Finish(n);
        }
    }

    private void Finish(int node)
    {
        if (_tree.IsClosed(node))
        {
            return;
        }

        _tree.Close(node);
        var name = _tree.Name(node);
        var nameId = NameId(name);
        if (_lastNodes[nameId] != node)
        {
            return;
        }

        _lastNodes[nameId] = HtmlTree.None;
        UpdateLastParentNode();
        var previous = _tree.PreviousWithSameName(node);
        if (name.Length > 0 && previous != HtmlTree.None)
        {
            _lastNodes[nameId] = previous;
        }
    }

    private void UpdateLastParentNode()
    {
        var p = _lastParent;
        while (p != HtmlTree.None && _tree.IsClosed(p))
        {
            p = _tree.Parent(p);
        }

        _lastParent = p == HtmlTree.None ? HtmlTree.Root : p;
    }

    private void CloseParentImplicitExplicitNode()
    {
        var more = true;
        while (more && !_tree.IsClosed(_lastParent))
        {
            more = false;
            if (IsParentImplicitEnd())
            {
                CloseNode(_lastParent);
                more = true;
            }

            if (IsParentExplicitEnd())
            {
                CloseNode(_lastParent);
                more = true;
            }
        }
    }

    /// <summary>The start tag being read, lower-cased, compared with the open parent: does it end the parent implicitly?</summary>
    private bool IsParentImplicitEnd()
    {
        if (!_startTag)
        {
            return false;
        }

        var tag = TagBeingRead();
        return _tree.Name(_lastParent) switch
        {
            "a" => tag == "a",
            "dd" or "dt" => tag is "dt" or "dd",
            "li" => tag == "li",
            "p" => tag is "address" or "article" or "aside" or "blockquote" or "dir" or "div" or "dl" or "fieldset" or "footer" or "form" or "h1" or "h2" or "h3"
                or "h4" or "h5" or "h6" or "header" or "hr" or "li" or "menu" or "nav" or "ol" or "p" or "pre" or "section" or "table" or "ul",
            "option" => tag == "option",
            _ => false,
        };
    }

    private bool IsParentExplicitEnd()
    {
        if (!_startTag)
        {
            return false;
        }

        var tag = TagBeingRead();
        return _tree.Name(_lastParent) switch
        {
            "title" => tag == "title",
            "p" => tag == "div",
            "table" => tag == "table",
            "tr" => tag is "tr" or "thead" or "tbody" or "tfoot",
            "thead" or "tbody" => tag is "tbody" or "tfoot",
            "caption" => tag is "tr" or "thead" or "tbody" or "tfoot" or "colgroup",
            "colgroup" => tag is "tr" or "thead" or "tbody" or "tfoot",
            "td" or "th" => tag is "td" or "th" or "tr" or "tbody" or "tfoot",
            "h1" => tag is "h2" or "h3" or "h4" or "h5",
            "h2" => tag is "h1" or "h3" or "h4" or "h5",
            "h3" => tag is "h1" or "h2" or "h4" or "h5",
            "h4" => tag is "h1" or "h2" or "h3" or "h5",
            "h5" => tag is "h1" or "h2" or "h3" or "h4",
            _ => false,
        };
    }

    /// <summary>The name of the tag being read, from its start to the character before the current one, lower-cased and interned.</summary>
    private string TagBeingRead() => Intern(SafeSlice(_nameStart, _index - _nameStart - 1), out _);

    // ---------------------------------------------------------------- names

    private string Intern(ReadOnlySpan<char> raw, out int id)
    {
        Span<char> buffer = raw.Length <= 128 ? stackalloc char[raw.Length] : new char[raw.Length];
        var written = raw.ToLowerInvariant(buffer);
        var lower = buffer[..Math.Max(0, written)];
        if (_nameLookup.TryGetValue(lower, out id))
        {
            return _nameList[id];
        }

        var name = Known(lower) ?? lower.ToString();
        id = _nameList.Count;
        _names.Add(name, id);
        _nameList.Add(name);
        _lastNodes.Add(HtmlTree.None);
        return name;
    }

    private int NameId(string name) => _names[name];

    private static readonly string[] KnownNames =
    [
        "a", "abbr", "article", "aside", "b", "blockquote", "body", "br", "button", "div", "em", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "head", "header", "hr", "html", "i", "iframe", "img", "input", "li", "link", "main", "meta", "nav", "noscript", "ol", "option", "p", "path",
        "picture", "script", "section", "select", "source", "span", "strong", "style", "svg", "table", "tbody", "td", "th", "time", "title", "tr", "ul",
        "class", "id", "href", "src", "rel", "type", "content", "name", "property", "itemprop", "datetime", "role", "aria-hidden", "hidden", "alt", "width",
        "height", "data-src", "srcset", "sizes", "target", "title", "loading", "d", "viewbox", "fill", "xmlns", "charset", "lang", "dir", "value",
    ];

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownLookup = BuildKnown();

    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BuildKnown()
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in KnownNames)
        {
            known.TryAdd(n, n);
        }

        return known.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A shared string for a common name, so most pages allocate no name at all.</summary>
    private static string? Known(ReadOnlySpan<char> lower) => KnownLookup.TryGetValue(lower, out var s) ? s : null;

    private static bool IsRawTextElement(ReadOnlySpan<char> raw) =>
        raw.Equals("script", StringComparison.OrdinalIgnoreCase) || raw.Equals("style", StringComparison.OrdinalIgnoreCase)
        || raw.Equals("noxhtml", StringComparison.OrdinalIgnoreCase) || raw.Equals("textarea", StringComparison.OrdinalIgnoreCase)
        || raw.Equals("title", StringComparison.OrdinalIgnoreCase);

    private static bool IsClosedElement(string name) => name.Equals("br", StringComparison.OrdinalIgnoreCase);

    private static bool CanOverlap(string name) => name.Equals("form", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> EmptyElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "base", "link", "meta", "isindex", "hr", "col", "img", "param", "embed", "frame", "wbr", "bgsound", "spacer", "keygen", "area", "input", "basefont",
        "source", "br",
    };

    private static bool IsEmptyElement(string name) => name.Length == 0 || name[0] is '!' or '?' || EmptyElements.Contains(name);

    // ---------------------------------------------------------------- attributes

    private void PushAttributeNameStart(int index)
    {
        _attrNameStart = index;
        _attrNameLength = 0;
        _attrValueStart = 0;
        _attrValueLength = 0;
        _attrIndex = -1;
    }

    private void PushAttributeNameEnd(int index)
    {
        _attrNameLength = index - _attrNameStart;
        var name = Intern(SafeSlice(_attrNameStart, _attrNameLength), out _);
        if (name is "\"" or "'")
        {
            return;
        }

        _attrIndex = _tree.AttributeCount;
        _tree.AddAttribute(name, _attrValueStart, _attrValueLength);
    }

    private void PushAttributeValueStart(int index)
    {
        _attrValueStart = index;
        UpdateAttribute();
    }

    private void PushAttributeValueEnd(int index)
    {
        _attrValueLength = index - _attrValueStart;
        UpdateAttribute();
    }

    private void UpdateAttribute()
    {
        if (_attrIndex >= 0 && _attrIndex < _tree.AttributeCount)
        {
            _tree.SetAttributeValue(_attrIndex, _attrValueStart, _attrValueLength);
        }
    }
}
