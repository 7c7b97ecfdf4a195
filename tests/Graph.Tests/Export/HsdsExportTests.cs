using System.Text;
using System.Text.Json;
using ResourceHub.Graph.Export;
using ResourceHub.Graph.Export.Hsds;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Tests.Export;

public sealed class HsdsExportTests
{
    private static readonly Lazy<Task<byte[]>> District = new(() => DemoExports.ExportAsync(DemoExports.DistrictScope, ExportFormat.Hsds));

    private static async Task<JsonElement> DocumentAsync() => JsonDocument.Parse(await District.Value).RootElement;

    [Fact]
    public async Task Export_OfTheDistrict_EveryObjectIsValidAgainstItsHsdsSchema()
    {
        var document = await DocumentAsync();
        var schemas = new (string Array, Json.Schema.JsonSchema Schema)[]
        {
            ("organizations", HsdsSchemas.Organization),
            ("services", HsdsSchemas.Service),
            ("locations", HsdsSchemas.Location),
            ("service_at_locations", HsdsSchemas.ServiceAtLocation),
            ("taxonomies", HsdsSchemas.Taxonomy),
            ("taxonomy_terms", HsdsSchemas.TaxonomyTerm),
        };

        foreach (var (array, schema) in schemas)
        {
            var items = document.GetProperty(array).EnumerateArray().ToList();
            Assert.NotEmpty(items);
            foreach (var item in items) HsdsSchemas.AssertValid(schema, item, $"{array} {item.GetProperty("id")}");
        }
        Assert.Equal("3.0", document.GetProperty("version").GetString());
    }

    [Fact]
    public void Schemas_RefuseWhatHsdsRefuses_SoTheValidationAboveMeansSomething()
    {
        var noName = JsonDocument.Parse("""{"id":"0b9c1f4e-2c1d-4e55-8a3b-3e4f5a6b7c8d","description":"x"}""").RootElement;
        var badId = JsonDocument.Parse("""{"id":"organization:140","name":"x","description":"x"}""").RootElement;
        var badStatus = JsonDocument.Parse("""{"id":"0b9c1f4e-2c1d-4e55-8a3b-3e4f5a6b7c8d","name":"x","status":"open"}""").RootElement;
        var good = JsonDocument.Parse("""{"id":"0b9c1f4e-2c1d-4e55-8a3b-3e4f5a6b7c8d","name":"x","description":"x"}""").RootElement;

        Assert.False(HsdsSchemas.IsValid(HsdsSchemas.Organization, noName));
        Assert.False(HsdsSchemas.IsValid(HsdsSchemas.Organization, badId));
        Assert.False(HsdsSchemas.IsValid(HsdsSchemas.Service, badStatus));
        Assert.True(HsdsSchemas.IsValid(HsdsSchemas.Organization, good));
    }

    [Fact]
    public async Task Export_RefersOnlyToObjectsItHolds()
    {
        var document = await DocumentAsync();
        HashSet<string> Ids(string array) => [.. document.GetProperty(array).EnumerateArray().Select(o => o.GetProperty("id").GetString()!)];
        var organizations = Ids("organizations");
        var services = Ids("services");
        var locations = Ids("locations");
        var terms = Ids("taxonomy_terms");
        var taxonomies = Ids("taxonomies");

        foreach (var o in document.GetProperty("organizations").EnumerateArray())
        {
            if (o.TryGetProperty("parent_organization_id", out var parent)) Assert.Contains(parent.GetString()!, organizations);
        }
        foreach (var s in document.GetProperty("services").EnumerateArray())
        {
            Assert.Contains(s.GetProperty("organization_id").GetString()!, organizations);
            foreach (var a in s.GetProperty("attributes").EnumerateArray()) Assert.Contains(a.GetProperty("taxonomy_term_id").GetString()!, terms);
        }
        foreach (var l in document.GetProperty("locations").EnumerateArray())
        {
            if (l.TryGetProperty("organization_id", out var owner)) Assert.Contains(owner.GetString()!, organizations);
        }
        foreach (var at in document.GetProperty("service_at_locations").EnumerateArray())
        {
            Assert.Contains(at.GetProperty("service_id").GetString()!, services);
            Assert.Contains(at.GetProperty("location_id").GetString()!, locations);
        }
        foreach (var t in document.GetProperty("taxonomy_terms").EnumerateArray())
        {
            Assert.Contains(t.GetProperty("taxonomy_id").GetString()!, taxonomies);
            if (t.TryGetProperty("parent_id", out var parent)) Assert.Contains(parent.GetString()!, terms);
        }
        Assert.All(new[] { organizations, services, locations, terms }, set => Assert.NotEmpty(set));
    }

    [Fact]
    public async Task Export_HasAServicePerCodeEachOrganizationOffers_AndAHomeLocationPerOrganization()
    {
        var document = await DocumentAsync();
        var organizations = DemoExports.DistrictScope.Nodes<Organization>().ToList();
        var expected = organizations.Sum(o => o.Services.Distinct().Count(c => ServiceTaxonomy.IsKnown(c, TaxonomyFacet.Service)));
        var venues = DemoExports.DistrictScope.Nodes<Resource>().Count(r => r.ResourceKind == ResourceKind.Venue);

        Assert.Equal(organizations.Count, document.GetProperty("organizations").GetArrayLength());
        Assert.Equal(expected, document.GetProperty("services").GetArrayLength());
        Assert.Equal(organizations.Count + venues, document.GetProperty("locations").GetArrayLength());
        Assert.Equal(ServiceTaxonomy.Services.Count + ServiceTaxonomy.Situations.Count, document.GetProperty("taxonomy_terms").GetArrayLength());
        var station = organizations.First(o => o.Name == "高塘岭街道社工站");
        var stationServices = document.GetProperty("services").EnumerateArray()
            .Where(s => s.GetProperty("organization_id").GetString() == HsdsIds.Organization(station.Id).ToString()).ToList();
        Assert.Equal(station.Services.Distinct().Count(), stationServices.Count);
        Assert.All(stationServices, s => Assert.EndsWith("（高塘岭街道社工站）", s.GetProperty("name").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_WritesChineseAsItIs_AndTermsInChineseWithTheirEnglish()
    {
        var bytes = await District.Value;
        var text = Encoding.UTF8.GetString(bytes);
        var document = await DocumentAsync();
        var term = document.GetProperty("taxonomy_terms").EnumerateArray().Single(t => t.GetProperty("code").GetString() == "culture.performance.home-delivery");

        Assert.Contains("高塘岭街道社工站", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        Assert.Equal("送节目上门", term.GetProperty("name").GetString());
        Assert.Equal("Performance delivered at home", term.GetProperty("description").GetString());
        Assert.Equal("zh", term.GetProperty("language").GetString());
        Assert.Equal(HsdsIds.Term(ServiceTaxonomy.Find("culture.performance")!).ToString(), term.GetProperty("parent_id").GetString());
    }

    [Fact]
    public async Task Export_Again_GivesTheSameBytes_AndATownshipsExportTheSameIds()
    {
        var again = await DemoExports.ExportAsync(ExportScope.Of(DemoExports.Snapshot, DemoExports.District.Id), ExportFormat.Hsds);
        var township = JsonDocument.Parse(await DemoExports.ExportAsync(ExportScope.Of(DemoExports.Snapshot, DemoExports.Township.Id), ExportFormat.Hsds)).RootElement;
        var districtIds = (await DocumentAsync()).GetProperty("services").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToHashSet();

        Assert.Equal(await District.Value, again);
        var townshipIds = township.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.NotEmpty(townshipIds);
        Assert.All(townshipIds, id => Assert.Contains(id, districtIds));
    }

    [Fact]
    public void Ids_AreVersion5Uuids_OfTheirNamesInTheHubsNamespace()
    {
        // RFC 9562's own example of a version-5 UUID: "www.example.com" in the DNS namespace.
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), NameBasedUuid.Create(dns, "www.example.com"));
        Assert.Equal(NameBasedUuid.Create(HsdsIds.Namespace, "organization:140"), HsdsIds.Organization(140));
        Assert.NotEqual(HsdsIds.Organization(140), HsdsIds.Organization(141));
        Assert.Equal('5', HsdsIds.Service(140, "social-work.case").ToString()[14]);
    }

    [Fact]
    public async Task AnOrganizationWithoutADescription_IsDescribedByItsKindAndArea_AsHsdsRequiresOne()
    {
        var s = DemoExports.Snapshot;
        var station = s.Nodes<Organization>().First(o => o.Name == "高塘岭街道社工站");
        var bare = ResourceHub.Graph.Changes.InMemoryNetwork.Apply(s, new ResourceHub.Graph.Changes.ChangeSet().Update(station with { Description = null }), DemoExports.Now);
        var document = JsonDocument.Parse(await DemoExports.ExportAsync(ExportScope.Of(bare, DemoExports.Township.Id), ExportFormat.Hsds)).RootElement;
        var organization = document.GetProperty("organizations").EnumerateArray().Single(o => o.GetProperty("id").GetString() == HsdsIds.Organization(station.Id).ToString());

        HsdsSchemas.AssertValid(HsdsSchemas.Organization, organization, "organization");
        Assert.Equal("社工站（高塘岭街道）", organization.GetProperty("description").GetString());
    }
}
