using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Graph.Tests.Export;
using ResourceHub.Hub.Tests.Endpoints.Hsds;

namespace ResourceHub.Hub.Tests.Endpoints;

public sealed class ExportEndpointTests(HsdsHubFixture hub) : IClassFixture<HsdsHubFixture>
{
    [Theory]
    [InlineData("json", "application/json", "resourcehub-430112.json")]
    [InlineData("csv", "application/zip", "resourcehub-430112-csv.zip")]
    [InlineData("graphml", "application/graphml+xml", "resourcehub-430112.graphml")]
    [InlineData("geojson", "application/geo+json", "resourcehub-430112.geojson")]
    [InlineData("hsds", "application/json", "resourcehub-430112-hsds.json")]
    [InlineData("neo4j", "application/zip", "resourcehub-430112-neo4j.zip")]
    [InlineData("cypher", "application/x-cypher-query", "resourcehub-430112.cypher")]
    public async Task Export_OfTheDistrict_ComesUnderItsMediaType_AsAFileNamedForIt(string format, string mediaType, string fileName)
    {
        var (status, type, body, response) = await hub.GetAsync($"/export/{format}?area=430112");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(mediaType, type);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.True(body.Length > 10_000);
        var text = Encoding.UTF8.GetString(body);
        if (format is not ("csv" or "neo4j")) Assert.Contains("高塘岭街道社工站", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hsds_AtExportHsds_IsValidHsds_ForTheAreaAsked()
    {
        var (status, _, body, _) = await hub.GetAsync("/export/hsds?area=430112001");
        var document = JsonDocument.Parse(body).RootElement;

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("高塘岭街道", document.GetProperty("area").GetProperty("name").GetString());
        foreach (var organization in document.GetProperty("organizations").EnumerateArray()) HsdsSchemas.AssertValid(HsdsSchemas.Organization, organization, "organization");
        foreach (var service in document.GetProperty("services").EnumerateArray()) HsdsSchemas.AssertValid(HsdsSchemas.Service, service, "service");
        foreach (var location in document.GetProperty("locations").EnumerateArray()) HsdsSchemas.AssertValid(HsdsSchemas.Location, location, "location");
        foreach (var at in document.GetProperty("service_at_locations").EnumerateArray()) HsdsSchemas.AssertValid(HsdsSchemas.ServiceAtLocation, at, "service_at_location");
        foreach (var term in document.GetProperty("taxonomy_terms").EnumerateArray()) HsdsSchemas.AssertValid(HsdsSchemas.TaxonomyTerm, term, "taxonomy_term");
        var whole = JsonDocument.Parse((await hub.GetAsync("/export/hsds")).Body).RootElement;
        Assert.True(whole.GetProperty("services").GetArrayLength() > document.GetProperty("services").GetArrayLength());
    }

    [Fact]
    public async Task OneCsvTable_ComesAsTextCsv_WithABom()
    {
        var (status, type, body, response) = await hub.GetAsync("/export/csv?area=430112&table=organizations");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/csv", type);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("resourcehub-430112-organizations.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal([0xEF, 0xBB, 0xBF], body[..3]);
        Assert.StartsWith("id,kind,kind_zh,name", Encoding.UTF8.GetString(body[3..]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphML_ParsedBack_HasNodesAndEdges()
    {
        var (_, _, body, _) = await hub.GetAsync("/export/graphml?area=430112001");
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var graph = XDocument.Load(new MemoryStream(body)).Root!.Element(g + "graph")!;

        Assert.NotEmpty(graph.Elements(g + "node"));
        Assert.NotEmpty(graph.Elements(g + "edge"));
    }

    [Fact]
    public async Task Export_IsTheSameForEveryCaller_AnAdminGetsNoMoreThanThePublic()
    {
        var anonymous = await hub.GetAsync("/export/json?area=430112001");
        var admin = await hub.GetAsync("/export/json?area=430112001", hub.Hub.DevToken("--role", "admin"));

        Assert.Equal(HttpStatusCode.OK, admin.Status);
        Assert.Equal(anonymous.Body, admin.Body);
    }

    [Fact]
    public async Task PersonalData_InANeo4jExport_OnlyForAnAdminWithAReason_AndAudited()
    {
        var snapshot = hub.Hub.Services.GetRequiredService<ResourceHub.Graph.Index.NetworkIndex>().Current;
        var elder = snapshot.Nodes().OfType<ResourceHub.Graph.Model.Elder>().First(e => snapshot.AreaByCode("430112001") is { } a
            && ResourceHub.Graph.Query.NodeFacets.HomeArea(snapshot, e.Id) is { } home && home.Code.StartsWith("430112001", StringComparison.Ordinal));
        const string Path = "/export/cypher?area=430112001&personal=true";
        var admin = hub.Hub.DevToken("--role", "admin");

        Assert.Equal(HttpStatusCode.Unauthorized, (await hub.GetAsync(Path + "&reason=区民政局核查")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await hub.GetAsync(Path + "&reason=区民政局核查", hub.Hub.DevToken("--role", "official", "--area", "430112"))).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await hub.GetAsync(Path, admin)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await hub.GetAsync("/export/json?area=430112001&personal=true&reason=区民政局核查", admin)).Status);
        var publicly = Encoding.UTF8.GetString((await hub.GetAsync("/export/cypher?area=430112001")).Body);
        Assert.DoesNotContain(elder.Name, publicly, StringComparison.Ordinal);

        var (status, _, body, _) = await hub.GetAsync(Path + "&reason=区民政局核查", admin);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(elder.Name, Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        var audit = hub.Hub.Services.GetRequiredService<ResourceHub.Graph.Persistence.AuditLog>();
        var entries = await audit.ReadAsync(0, ResourceHub.Graph.Persistence.AuditLog.MaxPage, elder.Id);
        var entry = Assert.Single(entries, e => e.Action == ResourceHub.Graph.Access.AuditEntry.Export && e.Operation == "export cypher: 区民政局核查");
        Assert.Contains("phone", entry.Fields);
    }

    [Theory]
    [InlineData("/export/json?area=abc", 400, "6, 9 or 12 digits")]
    [InlineData("/export/json?area=4301", 400, "6, 9 or 12 digits")]
    [InlineData("/export/json?area=430112&area=430113", 400, "one area")]
    [InlineData("/export/json?area=999999", 404, "999999")]
    [InlineData("/export/pdf?area=430112", 404, "json, csv, graphml, geojson, hsds")]
    [InlineData("/export/csv?area=430112&table=elders", 400, "organizations")]
    [InlineData("/export/json?area=430112&table=organizations", 400, "CSV")]
    public async Task BadRequests_AreRefusedWithAClearProblem(string path, int status, string says)
    {
        var (got, detail) = await hub.ProblemAsync(path);

        Assert.Equal(status, got);
        Assert.Contains(says, detail, StringComparison.Ordinal);
    }
}
