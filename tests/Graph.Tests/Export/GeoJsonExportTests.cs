using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using ResourceHub.Graph.Export;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Export;

public sealed class GeoJsonExportTests
{
    private static readonly JsonSerializerOptions Read = new() { Converters = { new GeoJsonConverterFactory() } };

    [Fact]
    public async Task Export_ReadBackByNetTopologySuite_HasAPointForEveryPlacedNode_AndALineForEveryLinkBetweenPlaces()
    {
        var scope = DemoExports.DistrictScope;
        var collection = JsonSerializer.Deserialize<FeatureCollection>(await DemoExports.ExportAsync(scope, ExportFormat.GeoJson), Read)!;
        var placed = scope.Nodes().Where(n => scope.Position(n) is not null).ToList();
        GeoPoint? At(long id) => scope.Snapshot.Node(id) is { } n ? scope.Position(n) : null;
        var lines = scope.Links().Count(l => At(l.FromId) is { } a && At(l.ToId) is { } b && a != b);

        var points = collection.Where(f => f.Geometry is Point).ToList();
        Assert.Equal(placed.Count, points.Count);
        Assert.Equal(lines, collection.Count(f => f.Geometry is LineString));
        Assert.Equal(points.Count + lines, collection.Count);
        Assert.All(collection, f => Assert.Equal(f.Geometry is Point ? "node" : "link", f.Attributes["feature"]));
    }

    [Fact]
    public async Task Points_AreLongitudeFirst_AtTheNodesOwnPointOrItsAreas()
    {
        var scope = DemoExports.DistrictScope;
        var collection = JsonSerializer.Deserialize<FeatureCollection>(await DemoExports.ExportAsync(scope, ExportFormat.GeoJson), Read)!;
        var byId = collection.Where(f => f.Geometry is Point).ToDictionary(f => Convert.ToInt64(f.Attributes["id"], System.Globalization.CultureInfo.InvariantCulture));
        var district = DemoExports.District;
        var placedByArea = scope.Nodes().First(v => v.Point is null && scope.Position(v) is not null);

        var feature = byId[district.Id];
        Assert.Equal(district.Point!.Value.Lon, ((Point)feature.Geometry).X);
        Assert.Equal(district.Point!.Value.Lat, ((Point)feature.Geometry).Y);
        Assert.Equal("望城区", feature.Attributes["name"]);
        Assert.Equal("own", feature.Attributes["point_source"]);
        Assert.Equal("area", byId[placedByArea.Id].Attributes["point_source"]);
        Assert.Equal(scope.Position(placedByArea)!.Value.Lon, ((Point)byId[placedByArea.Id].Geometry).X);
    }
}
