using System.Globalization;
using System.Text;
using System.Xml;

namespace ResourceHub.Graph.Export;

/// <summary>
/// Writes a scope as GraphML (graphml.graphdrawing.org), which Gephi and Cytoscape open: a directed graph whose nodes
/// are <c>n{id}</c> and edges <c>e{id}</c>, with a typed key (string, long, double, boolean) for every column of
/// <see cref="ExportColumns"/> (named as <see cref="AttributeName"/> says), each key described in Chinese and English. Nodes carry <c>label</c> (the name) and
/// edges <c>label</c> (the link type in Chinese) and <c>weight</c>, the attributes those tools look for.
/// </summary>
public static class GraphMLExportWriter
{
    /// <summary>The GraphML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Writes the scope to the stream.</summary>
    public static async Task WriteAsync(ExportScope scope, Stream stream, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(stream);
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false };
        await using var xml = XmlWriter.Create(stream, settings);
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("graphml", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteAttributeString("schemaLocation", Xsi, Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");

        WriteKey(xml, "label", "node", "label", "string", "名称 — the node's name, for the drawing");
        foreach (var column in ExportColumns.AllNodeColumns) WriteKey(xml, NodeKey(column.Name), "node", AttributeName(column.Name), TypeOf(column.Type), $"{column.Zh} — {column.Description}");
        WriteKey(xml, "e_label", "edge", "label", "string", "关系 — the link type in Chinese, for the drawing");
        // Gephi and Cytoscape take the edge attribute named weight (a double) as the edge's weight.
        foreach (var column in ExportColumns.Links) WriteKey(xml, EdgeKey(column.Name), "edge", AttributeName(column.Name), TypeOf(column.Type), $"{column.Zh} — {column.Description}");

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", scope.Area is { } area ? $"{area.Name} ({area.Code})" : "ResourceHub");
        xml.WriteAttributeString("edgedefault", "directed");
        var count = 0;
        foreach (var node in scope.Nodes())
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", NodeId(node.Id));
            WriteData(xml, "label", node.Name);
            foreach (var column in ExportColumns.Of(node.Kind)) WriteData(xml, NodeKey(column.Name), ExportValues.Text(column.Read(node, scope)));
            await xml.WriteEndElementAsync();
            if (++count % 1024 == 0) await xml.FlushAsync();
        }
        foreach (var link in scope.Links())
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", "e" + link.Id.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", NodeId(link.FromId));
            xml.WriteAttributeString("target", NodeId(link.ToId));
            WriteData(xml, "e_label", ExportLabels.Zh(link.Type));
            foreach (var column in ExportColumns.Links) WriteData(xml, EdgeKey(column.Name), ExportValues.Text(column.Read(link, scope)));
            await xml.WriteEndElementAsync();
            if (++count % 1024 == 0) await xml.FlushAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    /// <summary>The GraphML id of a node: <c>n140</c>.</summary>
    public static string NodeId(long id) => "n" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The key id of a node column: <c>n_area_code</c>.</summary>
    public static string NodeKey(string column) => "n_" + column;

    /// <summary>The key id of a link column: <c>e_type</c>.</summary>
    public static string EdgeKey(string column) => "e_" + column;

    /// <summary>
    /// The attribute name of a column in GraphML: the column's name, but <c>hub_id</c> for <c>id</c> and <c>link_type</c>
    /// for <c>type</c>, which Gephi keeps for its own columns (a node's or edge's Id, an edge's directedness).
    /// </summary>
    public static string AttributeName(string column) => column switch
    {
        "id" => "hub_id",
        "type" => "link_type",
        _ => column,
    };

    private static void WriteKey(XmlWriter xml, string id, string domain, string name, string type, string description)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteElementString("desc", Namespace, description);
        xml.WriteEndElement();
    }

    private static void WriteData(XmlWriter xml, string key, string? value)
    {
        if (value is null) return;
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static string TypeOf(ExportValueType type) => type switch
    {
        ExportValueType.Integer => "long",
        ExportValueType.Number => "double",
        ExportValueType.Boolean => "boolean",
        _ => "string",
    };
}
