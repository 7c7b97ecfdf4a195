using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Graph.Export.Hsds;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Taxonomy;
using ResourceHub.Graph.Tests.Export;

namespace ResourceHub.Hub.Tests.Endpoints.Hsds;

public sealed class HsdsApiTests(HsdsHubFixture hub) : IClassFixture<HsdsHubFixture>
{
    private NetworkSnapshot Snapshot => hub.Hub.Services.GetRequiredService<NetworkIndex>().Current;

    private static string Id(JsonElement item) => item.GetProperty("id").GetString()!;

    private static string Term(string code) => HsdsIds.Term(ServiceTaxonomy.Find(code)!).ToString();

    [Fact]
    public async Task Root_SaysTheVersionProfileAndOpenApi()
    {
        foreach (var path in new[] { "/hsds/", "/hsds" })
        {
            var root = await hub.JsonAsync(path);
            HsdsSchemas.AssertValid(HsdsSchemas.ApiInfo, root, path);
            Assert.Equal("3.0", root.GetProperty("version").GetString());
            Assert.StartsWith("https://", root.GetProperty("openapi_url").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("https://", root.GetProperty("profile").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Services_ArePagedWithHsdsPage_EveryPageValid_AndThePagesTogetherAreAllOnce()
    {
        var first = await hub.PageAsync("/hsds/services?per_page=100", HsdsSchemas.ServiceList);
        var total = first.GetProperty("total_items").GetInt32();
        var pages = first.GetProperty("total_pages").GetInt32();
        var seen = new List<string>();
        for (var page = 1; page <= pages; page++)
        {
            var p = page == 1 ? first : await hub.PageAsync($"/hsds/services?per_page=100&page={page}", HsdsSchemas.ServiceList);
            Assert.Equal(page, p.GetProperty("page_number").GetInt32());
            Assert.Equal(page == 1, p.GetProperty("first_page").GetBoolean());
            Assert.Equal(page == pages, p.GetProperty("last_page").GetBoolean());
            seen.AddRange(p.GetProperty("contents").EnumerateArray().Select(Id));
        }

        Assert.Equal(HsdsDirectory.Of(Snapshot, null).Services.Count, total);
        Assert.Equal((total + 99) / 100, pages);
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
        var beyond = await hub.PageAsync($"/hsds/services?per_page=100&page={pages + 1}", HsdsSchemas.ServiceList);
        Assert.True(beyond.GetProperty("empty").GetBoolean());
        Assert.Equal(50, (await hub.PageAsync("/hsds/services", HsdsSchemas.ServiceList)).GetProperty("size").GetInt32());
    }

    [Fact]
    public async Task Search_InChinese_FindsTheStationsServices_AndEveryWordMustMatch()
    {
        static string Text(JsonElement s) => s.GetProperty("name").GetString() + " " + s.GetProperty("description").GetString();
        var found = (await hub.PageAsync("/hsds/services?per_page=100&search=" + Uri.EscapeDataString("社工站"), HsdsSchemas.ServiceList)).GetProperty("contents").EnumerateArray().ToList();
        var narrowed = (await hub.PageAsync("/hsds/services?per_page=100&search=" + Uri.EscapeDataString("高塘岭 个案"), HsdsSchemas.ServiceList)).GetProperty("contents").EnumerateArray().ToList();

        Assert.NotEmpty(found);
        Assert.All(found, s => Assert.Contains("社工站", Text(s), StringComparison.Ordinal));
        Assert.Contains("个案服务（高塘岭街道社工站）", found.Select(s => s.GetProperty("name").GetString()));
        Assert.Contains("个案服务（高塘岭街道社工站）", narrowed.Select(s => s.GetProperty("name").GetString()));
        Assert.All(narrowed, s => Assert.True(Text(s).Contains("高塘岭", StringComparison.Ordinal) && Text(s).Contains("个案", StringComparison.Ordinal), Text(s)));
        Assert.True(narrowed.Count < found.Count);
        Assert.Equal(0, (await hub.PageAsync("/hsds/services?search=" + Uri.EscapeDataString("没有这种服务"), HsdsSchemas.ServiceList)).GetProperty("total_items").GetInt32());
    }

    [Fact]
    public async Task TaxonomyTerm_FindsTheServicesUnderIt_AndOrganization_ItsServices()
    {
        var performance = await hub.PageAsync($"/hsds/services?per_page=100&full=true&taxonomy_term_id={Term("culture.performance")}", HsdsSchemas.Service);
        var codes = performance.GetProperty("contents").EnumerateArray()
            .Select(s => s.GetProperty("attributes")[0].GetProperty("taxonomy_term").GetProperty("code").GetString()!).ToList();
        var station = Snapshot.Nodes<Organization>().First(o => o.Name == "高塘岭街道社工站");
        var ofStation = await hub.PageAsync($"/hsds/services?organization_id={HsdsIds.Organization(station.Id)}", HsdsSchemas.ServiceList);
        var both = await hub.PageAsync($"/hsds/services?organization_id={HsdsIds.Organization(station.Id)}&taxonomy_term_id={Term("social-work.case")}", HsdsSchemas.ServiceList);

        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.True(ServiceTaxonomy.IsWithin(c, "culture.performance"), c));
        Assert.Contains("culture.performance.home-delivery", codes);
        Assert.Equal(station.Services.Distinct().Count(), ofStation.GetProperty("total_items").GetInt32());
        Assert.Equal(HsdsIds.Service(station.Id, "social-work.case").ToString(), Id(Assert.Single(both.GetProperty("contents").EnumerateArray())));
    }

    [Fact]
    public async Task ModifiedAfter_KeepsWhatChangedOnOrAfterIt()
    {
        var updated = Snapshot.Nodes<Organization>().Max(o => o.UpdatedAt);
        var all = (await hub.PageAsync("/hsds/services", HsdsSchemas.ServiceList)).GetProperty("total_items").GetInt32();
        string At(DateTimeOffset t) => Uri.EscapeDataString(t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));

        Assert.Equal(all, (await hub.PageAsync("/hsds/services?modified_after=2020-01-01", HsdsSchemas.ServiceList)).GetProperty("total_items").GetInt32());
        Assert.True((await hub.PageAsync($"/hsds/services?modified_after={At(updated)}", HsdsSchemas.ServiceList)).GetProperty("total_items").GetInt32() > 0);
        Assert.Equal(0, (await hub.PageAsync($"/hsds/services?modified_after={At(updated.AddMilliseconds(1))}", HsdsSchemas.ServiceList)).GetProperty("total_items").GetInt32());
    }

    [Fact]
    public async Task Minimal_IsIdNameStatusAndLastModified_AllInOnePage()
    {
        var page = await hub.PageAsync("/hsds/services?minimal=true", HsdsSchemas.ServiceList);

        Assert.Equal(page.GetProperty("total_items").GetInt32(), page.GetProperty("size").GetInt32());
        Assert.All(page.GetProperty("contents").EnumerateArray(), s =>
            Assert.Equal(["id", "name", "status", "last_modified"], s.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task ServiceById_IsFullyNested_AndValid()
    {
        var first = (await hub.PageAsync("/hsds/services?search=" + Uri.EscapeDataString("高塘岭街道社工站"), HsdsSchemas.ServiceList)).GetProperty("contents")[0];
        var service = await hub.JsonAsync($"/hsds/services/{Id(first)}");

        HsdsSchemas.AssertValid(HsdsSchemas.Service, service, "service");
        Assert.Equal("高塘岭街道社工站", service.GetProperty("organization").GetProperty("name").GetString());
        Assert.NotEmpty(service.GetProperty("service_at_locations").EnumerateArray());
        Assert.Equal("zh", service.GetProperty("languages")[0].GetProperty("code").GetString());
        Assert.Equal("zh", service.GetProperty("attributes")[0].GetProperty("taxonomy_term").GetProperty("language").GetString());
    }

    [Fact]
    public async Task Organizations_ListFullAndById_AreValid()
    {
        var list = await hub.PageAsync("/hsds/organizations?search=" + Uri.EscapeDataString("社工站"), HsdsSchemas.OrganizationList);
        var full = await hub.PageAsync("/hsds/organizations?per_page=5&full=true&full_service=true", HsdsSchemas.Organization);
        var station = list.GetProperty("contents").EnumerateArray().First(o => o.GetProperty("name").GetString() == "高塘岭街道社工站");
        var one = await hub.JsonAsync($"/hsds/organizations/{Id(station)}");

        Assert.All(list.GetProperty("contents").EnumerateArray(), o =>
            Assert.Contains("社工站", o.GetProperty("name").GetString() + o.GetProperty("description").GetString(), StringComparison.Ordinal));
        Assert.Equal(5, full.GetProperty("size").GetInt32());
        HsdsSchemas.AssertValid(HsdsSchemas.Organization, one, "organization");
        Assert.NotEmpty(one.GetProperty("services").EnumerateArray());
        Assert.NotEmpty(one.GetProperty("locations").EnumerateArray());
    }

    [Fact]
    public async Task Taxonomies_AndTerms_AreValid_AndFilterByTaxonomyParentAndTop()
    {
        var taxonomies = await hub.PageAsync("/hsds/taxonomies", HsdsSchemas.Taxonomy);
        var terms = await hub.PageAsync("/hsds/taxonomy_terms?per_page=100", HsdsSchemas.TaxonomyTerm);
        var services = taxonomies.GetProperty("contents").EnumerateArray().Single(t => t.GetProperty("name").GetString()!.Contains("服务类别", StringComparison.Ordinal));
        var top = await hub.PageAsync($"/hsds/taxonomy_terms?per_page=100&top_only=true&taxonomy_id={Id(services)}", HsdsSchemas.TaxonomyTerm);
        var children = await hub.PageAsync($"/hsds/taxonomy_terms?parent_id={Term("culture")}", HsdsSchemas.TaxonomyTerm);
        var one = await hub.JsonAsync($"/hsds/taxonomy_terms/{Term("companionship.visit")}");

        Assert.Equal(2, taxonomies.GetProperty("total_items").GetInt32());
        HsdsSchemas.AssertValid(HsdsSchemas.Taxonomy, await hub.JsonAsync($"/hsds/taxonomies/{Id(services)}"), "taxonomy");
        Assert.Equal(ServiceTaxonomy.Services.Count + ServiceTaxonomy.Situations.Count, terms.GetProperty("total_items").GetInt32());
        Assert.Equal(ServiceTaxonomy.Services.Count(t => t.ParentCode is null), top.GetProperty("total_items").GetInt32());
        Assert.All(children.GetProperty("contents").EnumerateArray(), t => Assert.StartsWith("culture.", t.GetProperty("code").GetString(), StringComparison.Ordinal));
        Assert.Equal("探访", one.GetProperty("name").GetString());
        HsdsSchemas.AssertValid(HsdsSchemas.TaxonomyTerm, one, "taxonomy term");
    }

    [Fact]
    public async Task ServiceAtLocations_ByProximity_AreWithinItNearestFirst()
    {
        var station = Snapshot.Nodes<Organization>().First(o => o.Name == "高塘岭街道社工站" && o.Point is not null);
        var at = station.Point!.Value;
        var path = string.Create(CultureInfo.InvariantCulture, $"/hsds/service_at_locations?per_page=100&proximity=2000&lat={at.Lat}&lon={at.Lon}");
        var page = await hub.PageAsync(path, HsdsSchemas.ServiceAtLocationList);
        var distances = page.GetProperty("contents").EnumerateArray().Select(s =>
            new GeoPoint(s.GetProperty("location").GetProperty("latitude").GetDouble(), s.GetProperty("location").GetProperty("longitude").GetDouble()).DistanceKm(at)).ToList();
        var full = await hub.PageAsync("/hsds/service_at_locations?per_page=3&full=true&area=430112001", HsdsSchemas.ServiceAtLocation);
        var one = await hub.JsonAsync($"/hsds/service_at_locations/{Id(full.GetProperty("contents")[0])}");

        Assert.NotEmpty(distances);
        Assert.All(distances, d => Assert.True(d <= 2.0 + 1e-9, $"{d} km"));
        Assert.Equal(distances.Order(), distances);
        Assert.True(page.GetProperty("total_items").GetInt32() < (await hub.PageAsync("/hsds/service_at_locations", HsdsSchemas.ServiceAtLocationList)).GetProperty("total_items").GetInt32());
        HsdsSchemas.AssertValid(HsdsSchemas.ServiceAtLocation, one, "service at location");
        Assert.Equal(Id(full.GetProperty("contents")[0]), Id(one));
    }

    [Fact]
    public async Task Area_NarrowsEveryList_ToItsSupportNetwork()
    {
        var all = (await hub.PageAsync("/hsds/organizations", HsdsSchemas.OrganizationList)).GetProperty("total_items").GetInt32();
        var township = (await hub.PageAsync("/hsds/organizations?area=430112001", HsdsSchemas.OrganizationList)).GetProperty("total_items").GetInt32();

        Assert.True(township > 0 && township < all, $"{township} of {all}");
        Assert.Equal(HsdsDirectory.Of(Snapshot, Snapshot.AreaByCode("430112001")!.Id).Organizations.Count, township);
    }

    [Fact]
    public async Task Ndjson_StreamsEveryResult_OneObjectALine()
    {
        var (status, type, body, _) = await hub.GetAsync("/hsds/taxonomy_terms?format=ndjson");
        var lines = Encoding.UTF8.GetString(body).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/x-ndjson", type);
        Assert.Equal(ServiceTaxonomy.Services.Count + ServiceTaxonomy.Situations.Count, lines.Length);
        Assert.All(lines, l => HsdsSchemas.AssertValid(HsdsSchemas.TaxonomyTerm, JsonDocument.Parse(l).RootElement, "ndjson line"));
    }

    [Theory]
    [InlineData("/hsds/services/3f0a6f9e-1c2b-5d3e-8f4a-5b6c7d8e9f00", 404, "No service")]
    [InlineData("/hsds/services/not-a-uuid", 404, "UUID")]
    [InlineData("/hsds/organizations/3f0a6f9e-1c2b-5d3e-8f4a-5b6c7d8e9f00", 404, "No organization")]
    [InlineData("/hsds/taxonomy_terms/3f0a6f9e-1c2b-5d3e-8f4a-5b6c7d8e9f00", 404, "No taxonomy term")]
    [InlineData("/hsds/service_at_locations/3f0a6f9e-1c2b-5d3e-8f4a-5b6c7d8e9f00", 404, "No service at location")]
    [InlineData("/hsds/services?per_page=101", 400, "1 to 100")]
    [InlineData("/hsds/services?per_page=0", 400, "1 to 100")]
    [InlineData("/hsds/services?page=0", 400, "from 1")]
    [InlineData("/hsds/services?page=abc", 400, "from 1")]
    [InlineData("/hsds/services?taxonomy_term_id=culture", 400, "UUID")]
    [InlineData("/hsds/services?organization_id=140", 400, "UUID")]
    [InlineData("/hsds/services?modified_after=yesterday", 400, "ISO 8601")]
    [InlineData("/hsds/services?full=maybe", 400, "true or false")]
    [InlineData("/hsds/services?minimal=true&full=true", 400, "one of them")]
    [InlineData("/hsds/services?format=xml", 400, "ndjson")]
    [InlineData("/hsds/services?area=43", 400, "6, 9 or 12 digits")]
    [InlineData("/hsds/services?area=999999999", 404, "999999999")]
    [InlineData("/hsds/service_at_locations?postcode=410200", 400, "postal codes")]
    [InlineData("/hsds/service_at_locations?proximity=1000", 400, "lat")]
    [InlineData("/hsds/service_at_locations?proximity=-5&lat=28&lon=112", 400, "metres")]
    [InlineData("/hsds/service_at_locations?proximity=1000&lat=95&lon=112", 400, "-90 to 90")]
    [InlineData("/hsds/service_at_locations?lat=28&lon=112", 400, "proximity")]
    public async Task BadRequests_AndUnknownIds_AreRefusedWithAClearProblem(string path, int status, string says)
    {
        var (got, detail) = await hub.ProblemAsync(path);

        Assert.Equal(status, got);
        Assert.Contains(says, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ids_AreTheSameInTheApiAndTheExport()
    {
        var export = JsonDocument.Parse((await hub.GetAsync("/export/hsds?area=430112001")).Body).RootElement;
        var api = await hub.PageAsync("/hsds/services?minimal=true&area=430112001", HsdsSchemas.ServiceList);

        Assert.Equal(export.GetProperty("services").EnumerateArray().Select(Id).Order(), api.GetProperty("contents").EnumerateArray().Select(Id).Order());
    }
}
