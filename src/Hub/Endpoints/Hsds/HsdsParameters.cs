using System.Globalization;
using Microsoft.Extensions.Primitives;
using ResourceHub.Graph.Export.Hsds;
using ResourceHub.Graph.Model;

namespace ResourceHub.Hub.Endpoints.Hsds;

/// <summary>
/// The query parameters of the HSDS API (openapi.json's components.parameters), read and checked: a value that cannot
/// be used is a 400 with a sentence saying what is accepted, never a guess. Unknown parameters are ignored.
/// </summary>
internal sealed class HsdsParameters
{
    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultPerPage = 50;

    /// <summary>The largest page.</summary>
    public const int MaxPerPage = 100;

    /// <summary>The largest page (and the default) of a minimal listing: HSDS asks that it hold every service in one call where it can.</summary>
    public const int MaxMinimalPerPage = 10_000;

    /// <summary>The largest proximity, in metres.</summary>
    public const double MaxProximityMetres = 200_000;

    private readonly IQueryCollection _query;
    private readonly List<string> _problems = [];

    public HsdsParameters(IQueryCollection query)
    {
        _query = query;
        Search = One("search");
        Full = Flag("full");
        FullService = Flag("full_service");
        Minimal = Flag("minimal");
        TopOnly = Flag("top_only");
        TaxonomyTermId = Id("taxonomy_term_id");
        TaxonomyId = Id("taxonomy_id");
        OrganizationId = Id("organization_id");
        ParentId = Id("parent_id");
        ModifiedAfter = Instant("modified_after");
        if (Minimal && Full) _problems.Add("minimal and full ask for opposite things: give one of them.");
        var format = One("format");
        if (format is not (null or "json" or "ndjson")) _problems.Add($"format is json (pages, the default) or ndjson (every result, one per line); '{AreaParameter.Shorten(format)}' is neither.");
        Ndjson = format == "ndjson";
        Page = Whole("page", 1, int.MaxValue, 1);
        var max = Minimal ? MaxMinimalPerPage : MaxPerPage;
        PerPage = Whole("per_page", 1, max, Minimal ? MaxMinimalPerPage : DefaultPerPage);
        if (One("postcode") is not null)
            _problems.Add("postcode is not supported: the directory holds no postal codes. Give proximity (metres) with lat and lon (WGS-84) instead.");
        var proximity = One("proximity");
        var lat = One("lat");
        var lon = One("lon");
        if (proximity is null && (lat is not null || lon is not null)) _problems.Add("lat and lon are the centre of a proximity search: give proximity (metres) with them.");
        if (proximity is not null)
        {
            if (!double.TryParse(proximity, NumberStyles.Float, CultureInfo.InvariantCulture, out var metres) || !double.IsFinite(metres) || metres <= 0 || metres > MaxProximityMetres)
                _problems.Add($"proximity is a distance in metres, more than 0 and at most {MaxProximityMetres:0}; '{AreaParameter.Shorten(proximity)}' is not one.");
            else if (!double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var la) || !double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo)
                     || new GeoPoint(la, lo) is not { IsValid: true } centre)
                _problems.Add("proximity needs its centre as lat (-90 to 90) and lon (-180 to 180), WGS-84 degrees: the directory holds no postal codes to take a centroid from.");
            else
            {
                Near = centre;
                WithinKm = metres / 1000;
            }
        }
    }

    /// <summary>What is wrong with the parameters, in one sentence each; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems => _problems;

    public string? Search { get; }
    public bool Full { get; }
    public bool FullService { get; }
    public bool Minimal { get; }
    public bool TopOnly { get; }
    public bool Ndjson { get; }
    public Guid? TaxonomyTermId { get; }
    public Guid? TaxonomyId { get; }
    public Guid? OrganizationId { get; }
    public Guid? ParentId { get; }
    public DateTimeOffset? ModifiedAfter { get; }
    public int Page { get; }
    public int PerPage { get; }
    public GeoPoint? Near { get; }
    public double WithinKm { get; }

    /// <summary>The services (and services at locations) the parameters ask for.</summary>
    public HsdsServiceQuery ServiceQuery => new()
    {
        Search = Search,
        TaxonomyTermId = TaxonomyTermId,
        TaxonomyId = TaxonomyId,
        OrganizationId = OrganizationId,
        ModifiedAfter = ModifiedAfter,
    };

    private string? One(string name)
    {
        var values = _query[name];
        if (values.Count > 1)
        {
            _problems.Add($"{name} is given {values.Count} times: give it once.");
            return null;
        }
        return values.Count == 0 || StringValues.IsNullOrEmpty(values) ? null : values[0];
    }

    private bool Flag(string name)
    {
        var value = One(name);
        switch (value?.ToLowerInvariant())
        {
            case null or "false" or "0": return false;
            case "true" or "1": return true;
            default:
                _problems.Add($"{name} is true or false; '{AreaParameter.Shorten(value)}' is neither.");
                return false;
        }
    }

    private Guid? Id(string name)
    {
        var value = One(name);
        if (value is null) return null;
        if (Guid.TryParseExact(value.Trim(), "D", out var id)) return id;
        _problems.Add($"{name} is an HSDS id, a UUID such as 3f0a6f9e-1c2b-5d3e-8f4a-5b6c7d8e9f00; '{AreaParameter.Shorten(value)}' is not one.");
        return null;
    }

    private DateTimeOffset? Instant(string name)
    {
        var value = One(name);
        if (value is null) return null;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var at)
            && value.Length >= 10 && char.IsAsciiDigit(value[0])) return at;
        _problems.Add($"{name} is an ISO 8601 date or date-time such as 2026-11-28 or 2026-11-28T09:00:00Z; '{AreaParameter.Shorten(value)}' is not one.");
        return null;
    }

    private int Whole(string name, int min, int max, int fallback)
    {
        var value = One(name);
        if (value is null) return fallback;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        _problems.Add(max == int.MaxValue
            ? $"{name} is a whole number from {min}; '{AreaParameter.Shorten(value)}' is not one."
            : $"{name} is a whole number from {min} to {max}; '{AreaParameter.Shorten(value)}' is not one.");
        return fallback;
    }
}
