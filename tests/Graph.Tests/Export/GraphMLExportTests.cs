using System.Xml.Linq;
using ResourceHub.Graph.Export;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Export;

public sealed class GraphMLExportTests
{
    private static readonly XNamespace G = GraphMLExportWriter.Namespace;

    private static async Task<XDocument> ExportAsync(ExportScope scope)
    {
        using var stream = new MemoryStream(await DemoExports.ExportAsync(scope, ExportFormat.GraphML));
        return XDocument.Load(stream);
    }

    [Fact]
    public async Task Export_ParsedBack_HasTheScopesNodesAndLinks()
    {
        var scope = DemoExports.DistrictScope;
        var document = await ExportAsync(scope);
        var graph = document.Root!.Element(G + "graph")!;
        var nodes = graph.Elements(G + "node").ToList();
        var edges = graph.Elements(G + "edge").ToList();

        Assert.Equal(scope.NodeCount, nodes.Count);
        Assert.Equal(scope.Links().Count(), edges.Count);
        Assert.Equal("directed", graph.Attribute("edgedefault")!.Value);
        var ids = nodes.Select(n => n.Attribute("id")!.Value).ToHashSet();
        Assert.Equal(scope.Ids.Select(GraphMLExportWriter.NodeId).Order(), ids.Order());
        Assert.All(edges, e => Assert.True(ids.Contains(e.Attribute("source")!.Value) && ids.Contains(e.Attribute("target")!.Value)));
    }

    [Fact]
    public async Task Keys_AreTypedAndDeclared_AndEveryValueReadsAsItsType()
    {
        var document = await ExportAsync(DemoExports.DistrictScope);
        var keys = document.Root!.Elements(G + "key").ToDictionary(k => k.Attribute("id")!.Value);

        Assert.All(keys.Values, k => Assert.Contains(k.Attribute("attr.type")!.Value, new[] { "string", "long", "double", "boolean" }));
        Assert.Equal("double", keys[GraphMLExportWriter.NodeKey("lat")].Attribute("attr.type")!.Value);
        Assert.Equal("long", keys[GraphMLExportWriter.NodeKey("capacity")].Attribute("attr.type")!.Value);
        Assert.Equal("weight", keys[GraphMLExportWriter.EdgeKey("weight")].Attribute("attr.name")!.Value);
        Assert.Equal("hub_id", keys[GraphMLExportWriter.NodeKey("id")].Attribute("attr.name")!.Value);
        foreach (var data in document.Descendants(G + "data"))
        {
            var key = keys[data.Attribute("key")!.Value];
            Assert.Equal(data.Parent!.Name.LocalName, key.Attribute("for")!.Value);
            var value = data.Value;
            var reads = key.Attribute("attr.type")!.Value switch
            {
                "long" => long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _),
                "double" => double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _),
                "boolean" => value is "true" or "false",
                _ => true,
            };
            Assert.True(reads, $"{key.Attribute("id")!.Value} holds '{value}'");
        }
    }

    [Fact]
    public async Task Nodes_CarryTheirChineseNames_AndEdgesTheirTypesInChinese()
    {
        var scope = DemoExports.DistrictScope;
        var document = await ExportAsync(scope);
        var station = scope.Nodes<Organization>().First(o => o.Name == "高塘岭街道社工站");
        var node = document.Descendants(G + "node").Single(n => n.Attribute("id")!.Value == GraphMLExportWriter.NodeId(station.Id));
        string? Data(XElement e, string key) => e.Elements(G + "data").SingleOrDefault(d => d.Attribute("key")!.Value == key)?.Value;

        Assert.Equal("高塘岭街道社工站", Data(node, "label"));
        Assert.Equal("社工站", Data(node, GraphMLExportWriter.NodeKey("organization_kind_zh")));
        var partnership = document.Descendants(G + "edge").First(e => Data(e, GraphMLExportWriter.EdgeKey("type")) == "PARTNERS_WITH");
        Assert.Equal("合作", Data(partnership, "e_label"));
    }
}
