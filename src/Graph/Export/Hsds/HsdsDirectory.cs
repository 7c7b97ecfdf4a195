using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Export.Hsds;

/// <summary>
/// The public directory of a scope in HSDS's terms. Organizations are HSDS organizations. Each service code an
/// organization offers is a service of its own (<see cref="HsdsService"/>): HSDS describes a service as one thing an
/// organization provides, found by its taxonomy terms and with its own eligibility, and a 211 directory lists
/// 送节目上门 and 探访 of one troupe as two entries. Locations are the organizations' homes and the venues (场地)
/// in the scope; a service is at each location of its organization. Everything is read through the scope, as the
/// public sees it. Built once per snapshot and area.
/// </summary>
public sealed class HsdsDirectory
{
    private static readonly ConditionalWeakTable<NetworkSnapshot, ConcurrentDictionary<long, HsdsDirectory>> Built = [];

    private readonly Dictionary<Guid, Organization> _organizations = [];
    private readonly Dictionary<Guid, HsdsService> _services = [];
    private readonly Dictionary<Guid, HsdsLocation> _locations = [];
    private readonly Dictionary<Guid, HsdsServiceAtLocation> _atLocations = [];
    private readonly Dictionary<long, List<HsdsService>> _servicesOf = [];
    private readonly Dictionary<long, List<HsdsLocation>> _locationsOf = [];
    private readonly Dictionary<Guid, List<HsdsServiceAtLocation>> _atLocationsOf = [];

    private HsdsDirectory(ExportScope scope)
    {
        Scope = scope;
        var organizations = scope.Nodes<Organization>().ToList();
        foreach (var organization in organizations)
        {
            _organizations[HsdsIds.Organization(organization.Id)] = organization;
            var home = new HsdsLocation(HsdsIds.OrganizationLocation(organization.Id), organization, organization);
            _locations[home.Id] = home;
            _locationsOf[organization.Id] = [home];
            var services = _servicesOf[organization.Id] = [];
            foreach (var code in organization.Services.Distinct(StringComparer.Ordinal))
            {
                if (ServiceTaxonomy.Find(code) is not { Facet: TaxonomyFacet.Service } term) continue;
                var service = new HsdsService(HsdsIds.Service(organization.Id, code), organization, term);
                services.Add(service);
                _services[service.Id] = service;
            }
        }
        var locations = _locationsOf.Values.Select(l => l[0]).ToList();
        foreach (var venue in scope.Nodes<Resource>())
        {
            if (venue.ResourceKind != ResourceKind.Venue) continue;
            var owners = scope.Snapshot.Edges(venue.Id, Direction.In, LinkType.Owns);
            var owner = owners.Count > 0 && scope.Contains(owners[0].OtherId) ? scope.Snapshot.Node<Organization>(owners[0].OtherId) : null;
            var location = new HsdsLocation(HsdsIds.VenueLocation(venue.Id), venue, owner is null ? null : (Organization?)scope.Policy.View(owner));
            _locations[location.Id] = location;
            locations.Add(location);
            if (owner is not null) _locationsOf[owner.Id].Add(location);
        }
        var atLocations = new List<HsdsServiceAtLocation>();
        foreach (var organization in organizations)
        {
            foreach (var service in _servicesOf[organization.Id])
            {
                var list = _atLocationsOf[service.Id] = [];
                foreach (var location in _locationsOf[organization.Id])
                {
                    var at = new HsdsServiceAtLocation(HsdsIds.ServiceAtLocation(service.Id, location.Id), service, location);
                    list.Add(at);
                    atLocations.Add(at);
                    _atLocations[at.Id] = at;
                }
            }
        }
        Organizations = organizations;
        Services = [.. organizations.SelectMany(o => _servicesOf[o.Id])];
        Locations = locations;
        ServiceAtLocations = atLocations;
    }

    /// <summary>The scope the directory is of.</summary>
    public ExportScope Scope { get; }

    /// <summary>The organizations, in id order.</summary>
    public IReadOnlyList<Organization> Organizations { get; }

    /// <summary>The services: by organization, then in the order the organization lists its codes.</summary>
    public IReadOnlyList<HsdsService> Services { get; }

    /// <summary>The locations: the organizations' homes, then the venues.</summary>
    public IReadOnlyList<HsdsLocation> Locations { get; }

    /// <summary>The services at locations: by service, then location.</summary>
    public IReadOnlyList<HsdsServiceAtLocation> ServiceAtLocations { get; }

    /// <summary>The directory of a scope, built now.</summary>
    public static HsdsDirectory Of(ExportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return new HsdsDirectory(scope);
    }

    /// <summary>The directory of an area (or of the whole network, for null) in a snapshot: built on first use, then kept with the snapshot.</summary>
    public static HsdsDirectory Of(NetworkSnapshot snapshot, long? areaId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Built.GetValue(snapshot, _ => new()).GetOrAdd(areaId ?? 0,
            id => new HsdsDirectory(id == 0 ? ExportScope.Whole(snapshot) : ExportScope.Of(snapshot, id)));
    }

    /// <summary>The organization with an HSDS id, or null.</summary>
    public Organization? FindOrganization(Guid id) => _organizations.GetValueOrDefault(id);

    /// <summary>The service with an HSDS id, or null.</summary>
    public HsdsService? FindService(Guid id) => _services.GetValueOrDefault(id);

    /// <summary>The location with an HSDS id, or null.</summary>
    public HsdsLocation? FindLocation(Guid id) => _locations.GetValueOrDefault(id);

    /// <summary>The service at a location with an HSDS id, or null.</summary>
    public HsdsServiceAtLocation? FindServiceAtLocation(Guid id) => _atLocations.GetValueOrDefault(id);

    /// <summary>The services an organization offers.</summary>
    public IReadOnlyList<HsdsService> ServicesOf(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return _servicesOf.TryGetValue(organization.Id, out var list) ? list : [];
    }

    /// <summary>An organization's locations: its home, then its venues.</summary>
    public IReadOnlyList<HsdsLocation> LocationsOf(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return _locationsOf.TryGetValue(organization.Id, out var list) ? list : [];
    }

    /// <summary>Where a service is offered.</summary>
    public IReadOnlyList<HsdsServiceAtLocation> LocationsOf(HsdsService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return _atLocationsOf.TryGetValue(service.Id, out var list) ? list : [];
    }

    /// <summary>The organization an organization is part of (a unit of it), when that one is in the directory.</summary>
    public Organization? ParentOf(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var parents = Scope.Snapshot.Edges(organization.Id, Direction.Out, LinkType.PartOf);
        return parents.Count > 0 && Scope.Contains(parents[0].OtherId) ? Scope.Policy.View(parents[0].OtherId) as Organization : null;
    }

    /// <summary>The areas an organization serves (its service area), in id order.</summary>
    public IReadOnlyList<Area> ServiceAreasOf(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var areas = new List<Area>();
        foreach (var e in Scope.Snapshot.Edges(organization.Id, Direction.Out, LinkType.Serves))
        {
            if (Scope.Snapshot.Node(e.OtherId) is Area area) areas.Add(area);
        }
        areas.Sort((a, b) => a.Id.CompareTo(b.Id));
        return areas;
    }

    /// <summary>The situation terms an organization serves; empty when it serves everyone.</summary>
    public static IReadOnlyList<TaxonomyTerm> SituationsOf(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return [.. organization.Situations.Distinct(StringComparer.Ordinal).Select(ServiceTaxonomy.Find).OfType<TaxonomyTerm>().Where(t => t.Facet == TaxonomyFacet.Situation)];
    }

    /// <summary>The services that meet a query, in directory order.</summary>
    public IEnumerable<HsdsService> FindServices(HsdsServiceQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = HsdsText.Words(query.Search);
        var term = query.TaxonomyTermId is { } termId ? HsdsTaxonomy.FindTerm(termId) : null;
        var facet = query.TaxonomyId is { } taxonomyId ? HsdsTaxonomy.FindTaxonomy(taxonomyId) : null;
        // An id that names nothing here matches nothing; it is not an error to ask.
        if ((query.TaxonomyTermId is not null && term is null) || (query.TaxonomyId is not null && facet is null)) return [];
        IEnumerable<HsdsService> services = Services;
        if (query.OrganizationId is { } organizationId)
            services = FindOrganization(organizationId) is { } organization ? ServicesOf(organization) : [];
        return services.Where(s => Meets(s, words, term, facet, query.ModifiedAfter));
    }

    /// <summary>
    /// The services at locations that meet a query; with <paramref name="near"/>, only those whose location has a point
    /// within <paramref name="withinKm"/> of it, nearest first. Each comes with its distance when one was asked for.
    /// </summary>
    public IEnumerable<(HsdsServiceAtLocation At, double? DistanceKm)> FindServiceAtLocations(HsdsServiceQuery query, GeoPoint? near = null, double withinKm = 0)
    {
        ArgumentNullException.ThrowIfNull(query);
        var services = FindServices(query with { ModifiedAfter = null });
        var found = services.SelectMany(LocationsOf).Where(at => query.ModifiedAfter is not { } after || at.Modified >= after);
        if (near is not { } centre) return found.Select(at => (at, (double?)null));
        return found
            .Select(at => (At: at, Km: at.Location.Place.Point is { } p ? p.DistanceKm(centre) : double.PositiveInfinity))
            .Where(x => x.Km <= withinKm)
            .OrderBy(x => x.Km).ThenBy(x => x.At.Id)
            .Select(x => (x.At, (double?)x.Km));
    }

    /// <summary>The organizations whose name, description or services' labels hold every word of <paramref name="search"/>.</summary>
    public IEnumerable<Organization> FindOrganizations(string? search)
    {
        var words = HsdsText.Words(search);
        return words.Length == 0 ? Organizations : Organizations.Where(o =>
            HsdsText.Matches(words, o.Name, o.Description, ExportLabels.Zh(o.OrganizationKind)) ||
            ServicesOf(o).Any(s => HsdsText.Matches(words, o.Name, o.Description, s.Term.Zh, s.Term.En)));
    }

    private static bool Meets(HsdsService service, string[] words, TaxonomyTerm? term, TaxonomyFacet? facet, DateTimeOffset? after)
    {
        var organization = service.Organization;
        if (after is { } a && service.Modified < a) return false;
        if (term is not null && !(term.Facet == TaxonomyFacet.Service
                ? ServiceTaxonomy.IsWithin(service.Term.Code, term.Code)
                : organization.Situations.Contains(term.Code, StringComparer.Ordinal))) return false;
        if (facet == TaxonomyFacet.Situation && SituationsOf(organization).Count == 0) return false;
        if (words.Length == 0) return true;
        return HsdsText.Matches(words, service.Name, service.Term.En, organization.Description, ExportLabels.Zh(organization.OrganizationKind),
            string.Join(' ', SituationsOf(organization).Select(t => t.Zh)));
    }
}
