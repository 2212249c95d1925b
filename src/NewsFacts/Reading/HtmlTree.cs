using System.Buffers;
using System.Text;

namespace NewsFacts.Reading;

/// <summary>What a node of an <see cref="HtmlTree"/> is.</summary>
internal enum HtmlNodeKind : byte
{
    /// <summary>The root, node 0.</summary>
    Document,

    /// <summary>An element.</summary>
    Element,

    /// <summary>A run of text (raw: entities are not decoded).</summary>
    Text,

    /// <summary>A comment, a doctype or a processing instruction.</summary>
    Comment,
}

/// <summary>
/// A parsed HTML page as the reader sees it: nodes are numbers (0 is the document), kept in arrays of structs; text
/// and attribute values are ranges of the page; element and attribute names are lower-cased and shared within a page.
/// Built by <see cref="HtmlTreeParser"/> (or, for tests, from another parser's tree with <see cref="Builder"/>).
/// The arrays are rented from the shared pool and go back to it on <see cref="Dispose"/>: a tree must not be read after.
/// </summary>
internal sealed class HtmlTree : IDisposable
{
    /// <summary>The document node.</summary>
    public const int Root = 0;

    /// <summary>No node (a missing parent, child or sibling).</summary>
    public const int None = -1;

    private Node[] _nodes;
    private AttributeRange[] _attributes;
    private int _nodeCount;
    private int _attributeCount;

    private HtmlTree(string source, int nodeCapacity, int attributeCapacity)
    {
        Source = source;
        _nodes = ArrayPool<Node>.Shared.Rent(Math.Max(4, nodeCapacity));
        _attributes = ArrayPool<AttributeRange>.Shared.Rent(Math.Max(4, attributeCapacity));
        _nodes[0] = new Node { Kind = HtmlNodeKind.Document, Name = "#document", Parent = None, FirstChild = None, LastChild = None, Next = None, Previous = None };
        _nodeCount = 1;
    }

    /// <summary>The page the tree was parsed from.</summary>
    public string Source { get; }

    /// <summary>The number of nodes, the document included.</summary>
    public int Count => _nodeCount;

    public HtmlNodeKind Kind(int node) => _nodes[node].Kind;

    /// <summary>The lower-cased element name, or <c>#text</c>, <c>#comment</c>, <c>#document</c>.</summary>
    public string Name(int node) => _nodes[node].Name;

    public int Parent(int node) => _nodes[node].Parent;

    public int FirstChild(int node) => _nodes[node].FirstChild;

    public int LastChild(int node) => _nodes[node].LastChild;

    public int NextSibling(int node) => _nodes[node].Next;

    public int PreviousSibling(int node) => _nodes[node].Previous;

    public bool HasChildren(int node) => _nodes[node].FirstChild != None;

    public bool IsElement(int node) => _nodes[node].Kind == HtmlNodeKind.Element;

    public bool IsText(int node) => _nodes[node].Kind == HtmlNodeKind.Text;

    /// <summary>A text node's raw text, as a range of the page.</summary>
    public ReadOnlySpan<char> Text(int node)
    {
        ref readonly var n = ref _nodes[node];
        return n.Length <= 0 ? [] : Source.AsSpan(n.Start, n.Length);
    }

    public bool HasAttributes(int node) => _nodes[node].AttributeCount > 0;

    /// <summary>Whether the element has an attribute of that name (any case).</summary>
    public bool HasAttribute(int node, string name) => FindAttribute(node, name) >= 0;

    /// <summary>The raw value of the element's attribute of that name (the last one when it is repeated), or <paramref name="fallback"/>.</summary>
    public string? Attribute(int node, string name, string? fallback)
    {
        var a = FindAttribute(node, name);
        return a < 0 ? fallback : AttributeValue(a).ToString();
    }

    /// <summary>The attribute's raw value as a range of the page (empty when absent).</summary>
    public ReadOnlySpan<char> AttributeSpan(int node, string name)
    {
        var a = FindAttribute(node, name);
        return a < 0 ? [] : AttributeValue(a);
    }

    /// <summary>The attributes of a node as (name, raw value) pairs, in page order.</summary>
    public IEnumerable<(string Name, string Value)> Attributes(int node)
    {
        var first = _nodes[node].FirstAttribute;
        for (var a = first; a < first + _nodes[node].AttributeCount; a++)
        {
            yield return (_attributes[a].Name, AttributeValue(a).ToString());
        }
    }

    /// <summary>
    /// The text of a subtree, raw, the way the page's own text reads: text nodes joined, comments left out, and the
    /// bodies of scripts and styles left out unless the node asked is itself a script, style or head.
    /// </summary>
    public string InnerText(int node)
    {
        var showScripts = _nodes[node].Name is "head" or "script" or "style";
        if (_nodes[node].Kind == HtmlNodeKind.Text)
        {
            return TextOf(node);
        }

        var sb = new StringBuilder();
        var n = EnterableChild(node, showScripts);
        while (n != None && n != node)
        {
            ref readonly var x = ref _nodes[n];
            if (x.Kind == HtmlNodeKind.Text)
            {
                sb.Append(TextOf(n));
            }

            var child = x.Kind == HtmlNodeKind.Element ? EnterableChild(n, showScripts) : None;
            if (child != None)
            {
                n = child;
                continue;
            }

            while (n != node && _nodes[n].Next == None)
            {
                n = _nodes[n].Parent;
            }

            n = n == node ? None : _nodes[n].Next;
        }

        return sb.ToString();
    }

    private int EnterableChild(int node, bool showScripts) => _nodes[node].HidesText && !showScripts ? None : _nodes[node].FirstChild;

    private string TextOf(int node)
    {
        var text = Text(node).ToString();
        return _nodes[node].LowerCase ? text.ToLowerInvariant() : text;
    }

    private int FindAttribute(int node, string name)
    {
        ref readonly var n = ref _nodes[node];
        for (var a = n.FirstAttribute + n.AttributeCount - 1; a >= n.FirstAttribute; a--)
        {
            if (string.Equals(_attributes[a].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return a;
            }
        }

        return -1;
    }

    private ReadOnlySpan<char> AttributeValue(int a)
    {
        ref readonly var x = ref _attributes[a];
        return x.ValueLength <= 0 ? [] : Source.AsSpan(x.ValueStart, x.ValueLength);
    }

    // ---------------------------------------------------------------- building (for the parser and for tests)

    internal bool IsClosed(int node) => _nodes[node].Closed;

    internal void Close(int node) => _nodes[node].Closed = true;

    internal int PreviousWithSameName(int node) => _nodes[node].PreviousSameName;

    internal int Depth(int node) => _nodes[node].Depth;

    internal void HideText(int node) => _nodes[node].HidesText = true;

    internal int AttributeCount => _attributeCount;

    internal void TruncateAttributes(int count) => _attributeCount = count;

    internal void AddAttribute(string name, int valueStart, int valueLength)
    {
        if (_attributeCount == _attributes.Length)
        {
            _attributes = Grow(_attributes, _attributeCount);
        }

        _attributes[_attributeCount++] = new AttributeRange { Name = name, ValueStart = valueStart, ValueLength = valueLength };
    }

    internal void SetAttributeValue(int attribute, int valueStart, int valueLength)
    {
        _attributes[attribute].ValueStart = valueStart;
        _attributes[attribute].ValueLength = valueLength;
    }

    /// <summary>Appends a node as the last child of <paramref name="parent"/>, with the attributes from <paramref name="firstAttribute"/> on.</summary>
    internal int Append(int parent, HtmlNodeKind kind, string name, int start, int length, int firstAttribute = 0, int previousSameName = None)
    {
        if (_nodeCount == _nodes.Length)
        {
            _nodes = Grow(_nodes, _nodeCount);
        }

        var id = _nodeCount++;
        ref var p = ref _nodes[parent];
        _nodes[id] = new Node
        {
            Kind = kind,
            Name = name,
            Parent = parent,
            FirstChild = None,
            LastChild = None,
            Next = None,
            Previous = p.LastChild,
            Start = start,
            Length = length,
            FirstAttribute = kind == HtmlNodeKind.Element ? firstAttribute : 0,
            AttributeCount = kind == HtmlNodeKind.Element ? _attributeCount - firstAttribute : 0,
            PreviousSameName = previousSameName,
            Depth = p.Depth + 1,
            Closed = kind != HtmlNodeKind.Element,
        };
        if (p.LastChild == None)
        {
            p.FirstChild = id;
        }
        else
        {
            _nodes[p.LastChild].Next = id;
        }

        p.LastChild = id;
        return id;
    }

    internal void MarkLowerCase(int node) => _nodes[node].LowerCase = true;

    /// <summary>Gives the arrays back to the pool; the tree is empty after (reading a node throws).</summary>
    public void Dispose()
    {
        if (_nodes.Length > 0)
        {
            ArrayPool<Node>.Shared.Return(_nodes, clearArray: true);
            ArrayPool<AttributeRange>.Shared.Return(_attributes, clearArray: true);
        }

        _nodes = [];
        _attributes = [];
        _nodeCount = 0;
        _attributeCount = 0;
    }

    private static T[] Grow<T>(T[] array, int count)
    {
        var bigger = ArrayPool<T>.Shared.Rent(array.Length * 2);
        Array.Copy(array, bigger, count);
        ArrayPool<T>.Shared.Return(array, clearArray: true);
        return bigger;
    }

    internal static HtmlTree Create(string source, int nodeCapacity, int attributeCapacity) => new(source, nodeCapacity, attributeCapacity);

    /// <summary>Builds a tree node by node, in document order, from another parser's tree (the tests' oracle).</summary>
    internal sealed class Builder(string source)
    {
        public HtmlTree Tree { get; } = new(source, 64, 16);

        public int Add(int parent, HtmlNodeKind kind, string name, int start, int length, IEnumerable<(string Name, int ValueStart, int ValueLength)> attributes, bool hidesText, bool lowerCase)
        {
            var first = Tree.AttributeCount;
            foreach (var (n, s, l) in attributes)
            {
                Tree.AddAttribute(n, s, l);
            }

            var id = Tree.Append(parent, kind, name, start, length, first);
            if (hidesText)
            {
                Tree.HideText(id);
            }

            if (lowerCase)
            {
                Tree.MarkLowerCase(id);
            }

            return id;
        }
    }

    private struct Node
    {
        public string Name;
        public int Parent;
        public int FirstChild;
        public int LastChild;
        public int Next;
        public int Previous;
        public int Start;
        public int Length;
        public int FirstAttribute;
        public int AttributeCount;
        public int PreviousSameName;
        public int Depth;
        public HtmlNodeKind Kind;
        public bool Closed;
        public bool HidesText;
        public bool LowerCase;
    }

    private struct AttributeRange
    {
        public string Name;
        public int ValueStart;
        public int ValueLength;
    }
}
