using System.Text;
using System.Text.Json;
using ResourceHub.Graph.Export;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Export;

public sealed class JsonExportTests
{
    [Fact]
    public async Task Export_HasATablePerKind_AndTheLinks_WithChineseUnescaped()
    {
        var scope = ExportScope.Of(DemoExports.Snapshot, DemoExports.Township.Id);
        var bytes = await DemoExports.ExportAsync(scope, ExportFormat.Json);
        var document = JsonDocument.Parse(bytes).RootElement;

        Assert.Equal(JsonExportWriter.FormatName, document.GetProperty("format").GetString());
        Assert.Equal("430112001", document.GetProperty("area").GetProperty("code").GetString());
        foreach (var kind in ExportColumns.Kinds)
            Assert.Equal(scope.Nodes().Count(n => n.Kind == kind), document.GetProperty(ExportColumns.TableOf(kind)).GetArrayLength());
        Assert.Equal(scope.Links().Count(), document.GetProperty("links").GetArrayLength());
        Assert.Contains("\"name\": \"高塘岭街道社工站\"", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_HoldTheirKindsColumnsOnly_ListsAsArrays()
    {
        var scope = ExportScope.Of(DemoExports.Snapshot, DemoExports.Township.Id);
        var document = JsonDocument.Parse(await DemoExports.ExportAsync(scope, ExportFormat.Json)).RootElement;

        foreach (var kind in ExportColumns.Kinds)
        {
            var names = ExportColumns.Of(kind).Select(c => c.Name).ToHashSet();
            foreach (var row in document.GetProperty(ExportColumns.TableOf(kind)).EnumerateArray())
                Assert.All(row.EnumerateObject(), p => Assert.Contains(p.Name, names));
        }
        var volunteer = document.GetProperty("volunteers").EnumerateArray().First(v => v.TryGetProperty("skills", out _));
        Assert.Equal(JsonValueKind.Array, volunteer.GetProperty("skills").ValueKind);
        Assert.DoesNotContain(ExportColumns.AllNodeColumns, c => c.Name.Contains("number", StringComparison.OrdinalIgnoreCase) || c.Name is "phone" or "address");
        Assert.Equal(ExportColumns.AllNodeColumns.Count, ExportColumns.AllNodeColumns.Select(c => c.Name).Distinct().Count());
        // A column with one name has one type in every kind: GraphML declares it once.
        foreach (var group in ExportColumns.Kinds.SelectMany(ExportColumns.Of).GroupBy(c => c.Name))
            Assert.Single(group.Select(c => c.Type).Distinct());
        Assert.Equal(NodeKind.Area, ExportColumns.Kinds[0]);
    }
}
