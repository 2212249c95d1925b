// Keeps in a compiler-written XML documentation file only the members a user of the assembly can see (public and
// protected members of public types), so the docs that ship say nothing of internals. Run after compiling:
//   dotnet run --file build/filter-public-docs.cs -- ASSEMBLY.dll DOCS.xml
// The members are read from the assembly's metadata; a doc entry is kept when its type (and member, by name) is visible.
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: filter-public-docs ASSEMBLY.dll DOCS.xml");
    return 2;
}

using var pe = new PEReader(File.OpenRead(args[0]));
var metadata = pe.GetMetadataReader();
var visible = new HashSet<string>(StringComparer.Ordinal);
foreach (var handle in metadata.TypeDefinitions)
{
    var type = metadata.GetTypeDefinition(handle);
    if (!IsVisible(type))
    {
        continue;
    }

    var name = FullName(type);
    visible.Add("T:" + name);
    foreach (var m in type.GetMethods().Select(metadata.GetMethodDefinition).Where(m => Shown(m.Attributes)))
    {
        visible.Add($"M:{name}.{metadata.GetString(m.Name).Replace('.', '#')}");
    }

    foreach (var p in type.GetProperties().Select(metadata.GetPropertyDefinition))
    {
        var accessors = p.GetAccessors();
        if (new[] { accessors.Getter, accessors.Setter }.Where(a => !a.IsNil).Any(a => Shown(metadata.GetMethodDefinition(a).Attributes)))
        {
            visible.Add($"P:{name}.{metadata.GetString(p.Name)}");
        }
    }

    foreach (var f in type.GetFields().Select(metadata.GetFieldDefinition))
    {
        var access = f.Attributes & FieldAttributes.FieldAccessMask;
        if (access is FieldAttributes.Public or FieldAttributes.Family or FieldAttributes.FamORAssem)
        {
            visible.Add($"F:{name}.{metadata.GetString(f.Name)}");
        }
    }

    foreach (var e in type.GetEvents().Select(metadata.GetEventDefinition))
    {
        var adder = e.GetAccessors().Adder;
        if (!adder.IsNil && Shown(metadata.GetMethodDefinition(adder).Attributes))
        {
            visible.Add($"E:{name}.{metadata.GetString(e.Name)}");
        }
    }
}

var docs = XDocument.Load(args[1], LoadOptions.PreserveWhitespace);
var members = docs.Root?.Element("members")?.Elements("member").ToList() ?? [];
var hidden = members.Where(m => !visible.Contains(Key((string?)m.Attribute("name") ?? string.Empty))).ToList();
foreach (var member in hidden)
{
    if (member.PreviousNode is XText whitespace)
    {
        whitespace.Remove();
    }

    member.Remove();
}

if (hidden.Count > 0)
{
    docs.Save(args[1]);
}

Console.WriteLine($"filter-public-docs: kept {members.Count - hidden.Count} of {members.Count} documented members");
return 0;

bool IsVisible(TypeDefinition type)
{
    var access = type.Attributes & TypeAttributes.VisibilityMask;
    return access switch
    {
        TypeAttributes.Public => true,
        TypeAttributes.NestedPublic or TypeAttributes.NestedFamily or TypeAttributes.NestedFamORAssem => IsVisible(metadata.GetTypeDefinition(type.GetDeclaringType())),
        _ => false,
    };
}

string FullName(TypeDefinition type)
{
    var name = metadata.GetString(type.Name);
    if (type.IsNested)
    {
        return FullName(metadata.GetTypeDefinition(type.GetDeclaringType())) + "." + name;
    }

    var ns = metadata.GetString(type.Namespace);
    return ns.Length == 0 ? name : ns + "." + name;
}

static bool Shown(MethodAttributes attributes) =>
    (attributes & MethodAttributes.MemberAccessMask) is MethodAttributes.Public or MethodAttributes.Family or MethodAttributes.FamORAssem;

// "M:NS.Type.Method``1(System.Int32)" -> "M:NS.Type.Method": overloads are told apart by visibility of the name only.
static string Key(string id) => Regex.Replace(id.Split('(')[0], "``[0-9]+$", string.Empty);
