using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Persistence;

/// <summary>How nodes and link properties are written as JSON in the database: camelCase, enums as names, Chinese unescaped.</summary>
public static class NetworkJson
{
    /// <summary>The serializer options used for stored JSON.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        RespectNullableAnnotations = false,
    };

    private static readonly Dictionary<NodeKind, Type> Types = new()
    {
        [NodeKind.Area] = typeof(Area),
        [NodeKind.Organization] = typeof(Organization),
        [NodeKind.SocialWorker] = typeof(SocialWorker),
        [NodeKind.Volunteer] = typeof(Volunteer),
        [NodeKind.Resource] = typeof(Resource),
        [NodeKind.Elder] = typeof(Elder),
        [NodeKind.Need] = typeof(Need),
        [NodeKind.Activity] = typeof(Activity),
        [NodeKind.Project] = typeof(Project),
        [NodeKind.Referral] = typeof(Referral),
        [NodeKind.ServiceRecord] = typeof(ServiceRecord),
        [NodeKind.Consent] = typeof(Consent),
        [NodeKind.TimeBankEntry] = typeof(TimeBankEntry),
        [NodeKind.Booking] = typeof(Booking),
        [NodeKind.Webhook] = typeof(Webhook),
    };

    /// <summary>The CLR type of a node kind.</summary>
    public static Type TypeOf(NodeKind kind) => Types[kind];

    /// <summary>A node's kind-specific properties as JSON (id, version, name and timestamps are columns).</summary>
    public static string SerializeNode(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return JsonSerializer.Serialize(node, node.GetType(), Options);
    }

    /// <summary>A node from its columns and JSON.</summary>
    public static Node DeserializeNode(long id, NodeKind kind, int version, string name, string data, long createdAt, long updatedAt)
    {
        var node = (Node?)JsonSerializer.Deserialize(data, TypeOf(kind), Options) ?? throw new JsonException($"node {id} has no data");
        return node with
        {
            Id = id,
            Version = version,
            Name = name,
            CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(createdAt),
            UpdatedAt = DateTimeOffset.FromUnixTimeMilliseconds(updatedAt),
        };
    }

    /// <summary>A link's properties as JSON, or null when it has none.</summary>
    public static string? SerializeLinkData(Link link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.Since is null && link.Until is null && link.Weight is null && link.Note is null
            ? null
            : JsonSerializer.Serialize(new LinkData(link.Since, link.Until, link.Weight, link.Note), Options);
    }

    /// <summary>A link from its columns and JSON.</summary>
    public static Link DeserializeLink(long id, LinkType type, long fromId, long toId, int version, string? data)
    {
        var d = data is null ? null : JsonSerializer.Deserialize<LinkData>(data, Options);
        return new Link { Id = id, Type = type, FromId = fromId, ToId = toId, Version = version, Since = d?.Since, Until = d?.Until, Weight = d?.Weight, Note = d?.Note };
    }

    private sealed record LinkData(DateOnly? Since, DateOnly? Until, double? Weight, string? Note);
}
