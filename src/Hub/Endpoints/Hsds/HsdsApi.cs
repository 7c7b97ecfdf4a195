using System.Text.Json;
using ResourceHub.Graph.Export.Hsds;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Hub.Endpoints.Hsds;

/// <summary>
/// The HSDS 3.0 API beside GraphQL, as Open Referral's openapi.json defines it, over the public directory
/// (<see cref="HsdsDirectory"/>): <c>/hsds/</c>, services, organizations, taxonomies, taxonomy terms and services at
/// locations, each list paged with HSDS's Page schema and each object by id. Besides the spec's parameters, every list
/// takes <c>area</c> (a statistical code: that area's support network), and a proximity search takes its centre as
/// <c>lat</c> and <c>lon</c>, for the directory has no postal codes. Everyone reads the same: nothing here depends on
/// who asks.
/// </summary>
internal sealed class HsdsApi(NetworkIndex index)
{
    public const string Prefix = "/hsds";

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", RootAsync);
        group.MapGet("/services", ServicesAsync);
        group.MapGet("/services/{id}", ServiceAsync);
        group.MapGet("/organizations", OrganizationsAsync);
        group.MapGet("/organizations/{id}", OrganizationAsync);
        group.MapGet("/taxonomies", TaxonomiesAsync);
        group.MapGet("/taxonomies/{id}", TaxonomyAsync);
        group.MapGet("/taxonomy_terms", TaxonomyTermsAsync);
        group.MapGet("/taxonomy_terms/{id}", TaxonomyTermAsync);
        group.MapGet("/service_at_locations", ServiceAtLocationsAsync);
        group.MapGet("/service_at_locations/{id}", ServiceAtLocationAsync);
    }

    private static Task RootAsync(HttpContext http) => HsdsPage.WriteOneAsync(http, w =>
    {
        w.WriteStartObject();
        w.WriteString("version", HsdsJsonWriter.Version);
        w.WriteString("profile", HsdsJsonWriter.Profile);
        w.WriteString("openapi_url", HsdsJsonWriter.OpenApiUrl);
        w.WriteEndObject();
    });

    private Task ServicesAsync(HttpContext http) => ListAsync(http, (p, d) =>
    {
        var detail = p.Minimal ? HsdsDetail.Minimal : p.Full ? HsdsDetail.Full : HsdsDetail.List;
        var items = d.FindServices(p.ServiceQuery).ToList();
        return HsdsPage.WriteAsync(http, p, items, (w, s) => HsdsJsonWriter.WriteService(w, d, s, detail));
    });

    private Task ServiceAsync(HttpContext http, string id) => ByIdAsync(http, id, "service", (d, g) => d.FindService(g),
        (w, d, s, _) => HsdsJsonWriter.WriteService(w, d, s, HsdsDetail.Full));

    private Task OrganizationsAsync(HttpContext http) => ListAsync(http, (p, d) =>
    {
        var items = d.FindOrganizations(p.Search).ToList();
        return HsdsPage.WriteAsync(http, p, items, (w, o) =>
            HsdsJsonWriter.WriteOrganization(w, d, o, p.Full || p.FullService ? HsdsDetail.Full : HsdsDetail.List, fullServices: p.FullService));
    });

    private Task OrganizationAsync(HttpContext http, string id) => ByIdAsync(http, id, "organization", (d, g) => d.FindOrganization(g),
        (w, d, o, p) => HsdsJsonWriter.WriteOrganization(w, d, o, HsdsDetail.Full, fullServices: p.FullService));

    private Task TaxonomiesAsync(HttpContext http) => ListAsync(http, (p, _) =>
    {
        var words = HsdsText.Words(p.Search);
        var items = HsdsTaxonomy.Facets.Where(f => HsdsText.Matches(words, HsdsTaxonomy.NameOf(f), HsdsTaxonomy.DescriptionOf(f))).ToList();
        return HsdsPage.WriteAsync(http, p, items, HsdsJsonWriter.WriteTaxonomy);
    });

    private Task TaxonomyAsync(HttpContext http, string id) => ByIdAsync(http, id, "taxonomy", (_, g) => HsdsTaxonomy.FindTaxonomy(g) is { } f ? new Facet(f) : null,
        (w, _, f, _) => HsdsJsonWriter.WriteTaxonomy(w, f.Value));

    private Task TaxonomyTermsAsync(HttpContext http) => ListAsync(http, (p, _) =>
    {
        var words = HsdsText.Words(p.Search);
        var facet = p.TaxonomyId is { } taxonomy ? HsdsTaxonomy.FindTaxonomy(taxonomy) : null;
        var parent = p.ParentId is { } parentId ? HsdsTaxonomy.FindTerm(parentId) : null;
        var items = HsdsTaxonomy.Terms.Where(t =>
            (p.TaxonomyId is null || t.Facet == facet) &&
            (p.ParentId is null || (parent is not null && t.ParentCode == parent.Code)) &&
            (!p.TopOnly || t.ParentCode is null) &&
            HsdsText.Matches(words, t.Code, t.Zh, t.En)).ToList();
        return HsdsPage.WriteAsync(http, p, items, (w, t) => HsdsJsonWriter.WriteTaxonomyTerm(w, t));
    });

    private Task TaxonomyTermAsync(HttpContext http, string id) => ByIdAsync(http, id, "taxonomy term", (_, g) => HsdsTaxonomy.FindTerm(g),
        (w, _, t, _) => HsdsJsonWriter.WriteTaxonomyTerm(w, t));

    private Task ServiceAtLocationsAsync(HttpContext http) => ListAsync(http, (p, d) =>
    {
        var items = d.FindServiceAtLocations(p.ServiceQuery, p.Near, p.WithinKm).Select(x => x.At).ToList();
        return HsdsPage.WriteAsync(http, p, items, (w, at) => HsdsJsonWriter.WriteServiceAtLocation(w, d, at, p.Full ? HsdsDetail.Full : HsdsDetail.List));
    });

    // The spec's schema for this answer is compiled/service.json, but its description, its path and the API reference
    // all say a fully nested service_at_location: that is what it answers (compiled/service_at_location.json).
    private Task ServiceAtLocationAsync(HttpContext http, string id) => ByIdAsync(http, id, "service at location", (d, g) => d.FindServiceAtLocation(g),
        (w, d, at, _) => HsdsJsonWriter.WriteServiceAtLocation(w, d, at, HsdsDetail.Full));

    private async Task ListAsync(HttpContext http, Func<HsdsParameters, HsdsDirectory, Task> answer)
    {
        if (!await ReadyAsync(http)) return;
        var snapshot = index.Current;
        var parameters = new HsdsParameters(http.Request.Query);
        var (area, problem) = AreaParameter.Read(http.Request, snapshot);
        if (problem is null && parameters.Problems.Count > 0) problem = (StatusCodes.Status400BadRequest, string.Join(" ", parameters.Problems));
        if (problem is { } p)
        {
            await ProblemResponse.WriteAsync(http, p.Status, p.Detail);
            return;
        }
        await answer(parameters, HsdsDirectory.Of(snapshot, area?.Id));
    }

    private async Task ByIdAsync<T>(HttpContext http, string id, string what, Func<HsdsDirectory, Guid, T?> find, Action<Utf8JsonWriter, HsdsDirectory, T, HsdsParameters> write) where T : class
    {
        if (!await ReadyAsync(http)) return;
        var directory = HsdsDirectory.Of(index.Current, null);
        if (!Guid.TryParseExact(id, "D", out var guid) || find(directory, guid) is not { } found)
        {
            await ProblemResponse.WriteAsync(http, StatusCodes.Status404NotFound, $"No {what} has the id '{AreaParameter.Shorten(id)}' in this directory (ids are UUIDs).");
            return;
        }
        var parameters = new HsdsParameters(http.Request.Query);
        if (parameters.Problems.Count > 0)
        {
            await ProblemResponse.WriteAsync(http, StatusCodes.Status400BadRequest, string.Join(" ", parameters.Problems));
            return;
        }
        await HsdsPage.WriteOneAsync(http, w => write(w, directory, found, parameters));
    }

    private async Task<bool> ReadyAsync(HttpContext http)
    {
        if (index.IsLoaded) return true;
        await ProblemResponse.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, "The hub is still loading its network; try again in a moment.");
        return false;
    }

    // A facet is a value; the lookups above want a class.
    private sealed record Facet(TaxonomyFacet Value);
}
