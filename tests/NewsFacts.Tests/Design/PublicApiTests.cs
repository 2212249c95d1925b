using System.Reflection;
using System.Text;

namespace NewsFacts.Tests.Design;

/// <summary>The public surface is deliberate: every class sealed, abstract or static, and the whole surface approved by snapshot.</summary>
public sealed class PublicApiTests
{
    private static readonly Assembly Library = typeof(News).Assembly;

    [Fact]
    public void Every_public_class_is_sealed_abstract_or_static()
    {
        var open = Library.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(open);
    }

    [Fact]
    public void Public_types_have_no_mutable_public_fields()
    {
        var mutable = Library.GetExportedTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Where(f => !f.IsInitOnly && !f.IsLiteral && !t.IsEnum).Select(f => $"{t.Name}.{f.Name}"))
            .ToList();

        Assert.Empty(mutable);
    }

    [Fact]
    public void Public_api_surface_matches_the_approved_snapshot() => Snapshot.Match("PublicApi", Surface());

    internal static string Surface()
    {
        var sb = new StringBuilder();
        foreach (var type in Library.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            sb.Append(Kind(type)).Append(' ').AppendLine(type.FullName);
            if (type.IsEnum)
            {
                foreach (var name in Enum.GetNames(type))
                {
                    sb.Append("    ").AppendLine(name);
                }

                continue;
            }

            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && !IsCompilerRecordMember(m))
                .Select(Describe)
                .Order(StringComparer.Ordinal);
            foreach (var m in members)
            {
                sb.Append("    ").AppendLine(m);
            }
        }

        return sb.ToString();
    }

    private static bool IsCompilerRecordMember(MemberInfo m) =>
        m.Name is "<Clone>$" or "EqualityContract" or "Deconstruct" or "PrintMembers" || (m is MethodInfo mi && mi.Name is "Equals" or "GetHashCode" or "ToString");

    private static string Kind(Type t) => t switch
    {
        { IsEnum: true } => "enum",
        { IsValueType: true } => "struct",
        { IsInterface: true } => "interface",
        { IsAbstract: true, IsSealed: true } => "static class",
        { IsAbstract: true } => "abstract class",
        _ => "sealed class",
    };

    private static string Describe(MemberInfo m) => m switch
    {
        ConstructorInfo c => $"ctor({Parameters(c)})",
        MethodInfo mi => $"{(mi.IsStatic ? "static " : string.Empty)}{Name(mi.ReturnType)} {mi.Name}({Parameters(mi)})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : string.Empty)}{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : string.Empty)}{(p.SetMethod?.IsPublic == true ? (p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(x => x.Name == "IsExternalInit") ? "init; " : "set; ") : string.Empty)}}}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        Type t => $"nested {t.Name}",
        _ => m.ToString() ?? m.Name,
    };

    private static string Parameters(MethodBase m) => string.Join(", ", m.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)}"));

    private static string Name(Type t)
    {
        if (Nullable.GetUnderlyingType(t) is { } u)
        {
            return Name(u) + "?";
        }

        if (!t.IsGenericType)
        {
            return t.Name;
        }

        var name = t.Name[..t.Name.IndexOf('`')];
        return $"{name}<{string.Join(", ", t.GetGenericArguments().Select(Name))}>";
    }
}
