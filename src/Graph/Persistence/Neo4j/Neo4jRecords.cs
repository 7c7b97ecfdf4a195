using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Persistence.Neo4j;

/// <summary>
/// How nodes and links are held in Neo4j: a node is labelled <c>Node</c> and its kind (<c>:Node:Volunteer</c>), with
/// <c>id</c>, <c>version</c>, <c>name</c>, <c>createdAt</c> and <c>updatedAt</c> (Unix milliseconds) and each of its
/// kind's properties as a typed property under its JSON name: text, integers, floats, booleans, lists of them, and
/// enums, dates and amounts (decimals, kept exact) as text. Where it is, is a point (<c>point</c>) on 4.x and 5.x and two floats (<c>latitude</c>,
/// <c>longitude</c>) on 3.x, which cannot store a point. A property made of records (a referral's history) is kept as its
/// JSON text. A link is a relationship typed by its kind in capitals (<c>MEMBER_OF</c>) with <c>id</c>, <c>version</c>,
/// <c>since</c> and <c>until</c> (dates as text), <c>weight</c> and <c>note</c>.
/// </summary>
public static class Neo4jRecords
{
    /// <summary>The label every node has, beside its kind's.</summary>
    public const string NodeLabel = "Node";

    private static readonly string[] Reserved = ["id", "version", "name", "createdAt", "updatedAt", "latitude", "longitude", "point"];

    private static readonly ConcurrentDictionary<Type, Field[]> Fields = new();

    private static readonly Dictionary<LinkType, string> TypeNames = Enum.GetValues<LinkType>().ToDictionary(t => t, t => UpperSnake(t.ToString()));

    private static readonly Dictionary<string, LinkType> TypesByName = TypeNames.ToDictionary(kv => kv.Value, kv => kv.Key);

    private enum Shape
    {
        Scalar,
        Float,
        Decimal,
        List,
        FloatList,
        Json,
        Point,
    }

    private sealed record Field(string Name, Shape Shape, Type Type);

    /// <summary>The label of a node kind (its name, <c>SocialWorker</c>).</summary>
    public static string Label(NodeKind kind) => kind.ToString();

    /// <summary>The relationship type of a link type (<c>MEMBER_OF</c>).</summary>
    public static string TypeName(LinkType type) => TypeNames[type];

    /// <summary>The link type of a relationship type, or null when it is none of the hub's.</summary>
    public static LinkType? LinkTypeOf(string name) => TypesByName.TryGetValue(name, out var t) ? t : null;

    /// <summary>The node kind of a label, or null when it is none of the hub's.</summary>
    public static NodeKind? KindOf(string label) => Enum.TryParse<NodeKind>(label, out var k) && Enum.IsDefined(k) && k.ToString() == label ? k : null;

    /// <summary>
    /// A node's properties as Neo4j holds them; where it is goes in <c>latitude</c> and <c>longitude</c> (3.x), or is left
    /// to the statement to set as a point (<paramref name="points"/>: 4.x and 5.x).
    /// </summary>
    public static Dictionary<string, object?> NodeProperties(Node node, bool points)
    {
        ArgumentNullException.ThrowIfNull(node);
        var type = node.GetType();
        var json = JsonSerializer.SerializeToElement(node, type, NetworkJson.Options);
        var props = new Dictionary<string, object?>
        {
            ["id"] = node.Id,
            ["version"] = node.Version,
            ["name"] = node.Name,
            ["createdAt"] = node.CreatedAt.ToUnixTimeMilliseconds(),
            ["updatedAt"] = node.UpdatedAt.ToUnixTimeMilliseconds(),
        };
        foreach (var f in FieldsOf(type))
        {
            if (!json.TryGetProperty(f.Name, out var v) || v.ValueKind == JsonValueKind.Null) continue;
            switch (f.Shape)
            {
                case Shape.Point:
                    if (!points)
                    {
                        props["latitude"] = v.GetProperty("lat").GetDouble();
                        props["longitude"] = v.GetProperty("lon").GetDouble();
                    }
                    break;
                case Shape.Json:
                    props[f.Name] = v.GetRawText();
                    break;
                case Shape.List or Shape.FloatList:
                    // Neo4j cannot tell the type of an empty list; a missing list reads back as the kind's empty default.
                    if (v.GetArrayLength() > 0) props[f.Name] = v.EnumerateArray().Select(e => Value(e, f.Shape == Shape.FloatList)).ToList();
                    break;
                default:
                    props[f.Name] = f.Shape == Shape.Decimal ? v.GetRawText() : Value(v, f.Shape == Shape.Float);
                    break;
            }
        }
        return props;
    }

    /// <summary>
    /// The properties a node of <paramref name="kind"/> may have, in order, each with its type in neo4j-import's header
    /// terms (<c>int</c>, <c>long</c>, <c>float</c>, <c>boolean</c>, <c>string</c>, <c>string[]</c> …): what a bulk-import
    /// file's header names, as 3.x holds them (where a node is in <c>latitude</c> and <c>longitude</c>).
    /// </summary>
    public static IReadOnlyList<(string Name, string Type)> Columns(NodeKind kind)
    {
        var columns = new List<(string, string)> { ("name", "string"), ("version", "int"), ("createdAt", "long"), ("updatedAt", "long") };
        foreach (var f in FieldsOf(NetworkJson.TypeOf(kind)))
        {
            switch (f.Shape)
            {
                case Shape.Point:
                    columns.Add(("latitude", "float"));
                    columns.Add(("longitude", "float"));
                    break;
                case Shape.Float: columns.Add((f.Name, "float")); break;
                case Shape.FloatList: columns.Add((f.Name, "float[]")); break;
                case Shape.List: columns.Add((f.Name, ScalarType(ElementOf(f.Type)) + "[]")); break;
                case Shape.Scalar: columns.Add((f.Name, ScalarType(f.Type))); break;
                default: columns.Add((f.Name, "string")); break;
            }
        }
        return columns;
    }

    private static string ScalarType(Type t) =>
        t == typeof(int) || t == typeof(short) || t == typeof(byte) ? "int"
        : t == typeof(long) ? "long"
        : t == typeof(bool) ? "boolean"
        : "string";

    private static Type ElementOf(Type list)
    {
        var element = NetworkJson.Options.GetTypeInfo(list).ElementType ?? typeof(string);
        return Nullable.GetUnderlyingType(element) ?? element;
    }

    /// <summary>Where a node is, for a statement that sets it as a point; null when not known.</summary>
    public static (double Lat, double Lon)? Where(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Point is { } p ? (p.Lat, p.Lon) : null;
    }

    /// <summary>
    /// A node of <paramref name="kind"/> from its properties (a map as Neo4j's JSON gives it), placed at
    /// <paramref name="lat"/>, <paramref name="lon"/> when a point gave them.
    /// </summary>
    public static Node ReadNode(NodeKind kind, JsonElement props, double? lat = null, double? lon = null)
    {
        var type = NetworkJson.TypeOf(kind);
        var data = new JsonObject();
        foreach (var f in FieldsOf(type))
        {
            if (f.Shape == Shape.Point)
            {
                if (lat is null && props.TryGetProperty("latitude", out var la) && props.TryGetProperty("longitude", out var lo))
                    (lat, lon) = (la.GetDouble(), lo.GetDouble());
                if (lat is { } y && lon is { } x) data[f.Name] = new JsonObject { ["lat"] = y, ["lon"] = x };
                continue;
            }
            if (!props.TryGetProperty(f.Name, out var value) || value.ValueKind == JsonValueKind.Null) continue;
            data[f.Name] = f.Shape switch
            {
                Shape.Json => JsonNode.Parse(value.GetString()!),
                // Neo4j has no decimal: an amount is held as its exact text (2.0 stays 2.0, as a float would not keep it).
                Shape.Decimal => JsonNode.Parse(value.GetString()!),
                _ => JsonNode.Parse(value.GetRawText()),
            };
        }
        var node = (Node?)data.Deserialize(type, NetworkJson.Options) ?? throw new JsonException($"a {kind} node has no properties");
        // A node of a public export has no version or time of last change where it has personal fields: read as version 1, unchanged since made.
        var created = props.TryGetProperty("createdAt", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt64() : 0;
        return node with
        {
            Id = props.GetProperty("id").GetInt64(),
            Version = props.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 1,
            Name = props.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "",
            CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(created),
            UpdatedAt = DateTimeOffset.FromUnixTimeMilliseconds(props.TryGetProperty("updatedAt", out var u) && u.ValueKind == JsonValueKind.Number ? u.GetInt64() : created),
        };
    }

    /// <summary>A link's properties as Neo4j holds them (its type and ends are the relationship's own).</summary>
    public static Dictionary<string, object?> LinkProperties(Link link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var props = new Dictionary<string, object?> { ["id"] = link.Id, ["version"] = link.Version };
        if (link.Since is { } since) props["since"] = since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (link.Until is { } until) props["until"] = until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (link.Weight is { } weight) props["weight"] = weight;
        if (link.Note is { } note) props["note"] = note;
        return props;
    }

    /// <summary>A link from its relationship's type, ends and properties.</summary>
    public static Link ReadLink(LinkType type, long fromId, long toId, JsonElement props)
    {
        static string? Text(JsonElement p, string name) => p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return new Link
        {
            Id = props.GetProperty("id").GetInt64(),
            Type = type,
            FromId = fromId,
            ToId = toId,
            Version = props.GetProperty("version").GetInt32(),
            Since = Text(props, "since") is { } s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Until = Text(props, "until") is { } u ? DateOnly.ParseExact(u, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Weight = props.TryGetProperty("weight", out var w) && w.ValueKind == JsonValueKind.Number ? w.GetDouble() : null,
            Note = Text(props, "note"),
        };
    }

    // A JSON value as a parameter: text, a boolean, an integer, or a float when the property is one.
    private static object? Value(JsonElement v, bool asFloat) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when asFloat => v.GetDouble(),
        JsonValueKind.Number => v.TryGetInt64(out var l) ? (object)l : v.GetDouble(),
        _ => throw new NotSupportedException($"a {v.ValueKind} where Neo4j holds a plain value"),
    };

    // Each JSON property of a kind, and how Neo4j holds it, told by its declared type.
    private static Field[] FieldsOf(Type type) => Fields.GetOrAdd(type, t =>
    {
        // The stored JSON's options get their resolver on first use; the metadata is read before any node may have been written.
        if (!NetworkJson.Options.IsReadOnly) NetworkJson.Options.MakeReadOnly(populateMissingResolver: true);
        var info = NetworkJson.Options.GetTypeInfo(t);
        var fields = new List<Field>();
        foreach (var p in info.Properties)
        {
            // Identity, version, name and times are the node's own properties, not its kind's (they are never in its JSON).
            if (p.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), true).Cast<JsonIgnoreAttribute>().Any(a => a.Condition == JsonIgnoreCondition.Always) == true)
                continue;
            var shape = ShapeOf(p.PropertyType);
            if (shape != Shape.Point && Reserved.Contains(p.Name, StringComparer.Ordinal))
                throw new InvalidOperationException($"{t.Name}.{p.Name} has the name of a property the Neo4j store keeps for itself");
            fields.Add(new Field(p.Name, shape, Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType));
        }
        return [.. fields];
    });

    private static Shape ShapeOf(Type type)
    {
        var bare = Nullable.GetUnderlyingType(type) ?? type;
        if (bare == typeof(GeoPoint)) return Shape.Point;
        if (bare == typeof(decimal)) return Shape.Decimal;
        if (IsFloat(bare)) return Shape.Float;
        var info = NetworkJson.Options.GetTypeInfo(bare);
        if (info.Kind == JsonTypeInfoKind.None) return Shape.Scalar;
        if (info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } element)
        {
            var e = Nullable.GetUnderlyingType(element) ?? element;
            if (IsFloat(e)) return Shape.FloatList;
            if (NetworkJson.Options.GetTypeInfo(e).Kind == JsonTypeInfoKind.None) return Shape.List;
        }
        return Shape.Json;
    }

    private static bool IsFloat(Type t) => t == typeof(double) || t == typeof(float) || t == typeof(decimal);

    private static string UpperSnake(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
