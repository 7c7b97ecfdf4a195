using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Export.Hsds;

/// <summary>
/// Writes the directory's objects as HSDS 3.0 JSON, each valid against the compiled schema of its kind (organization,
/// service, location, service_at_location, taxonomy, taxonomy_term). What is written of a node is what the public sees
/// of it; language fields say <c>zh</c>.
/// </summary>
public static partial class HsdsJsonWriter
{
    /// <summary>The HSDS version the directory follows.</summary>
    public const string Version = "3.0";

    /// <summary>The HSDS profile the directory follows: HSDS 3.0 itself, no profile of its own.</summary>
    public const string Profile = "https://github.com/openreferral/specification/tree/3.0/schema";

    /// <summary>The OpenAPI description of the HSDS API the hub serves at /hsds.</summary>
    public const string OpenApiUrl = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";

    private const string Language = "zh";
    private const string LanguageName = "中文";

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{4,24}$")]
    private static partial Regex PhoneLike();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailLike();

    /// <summary>Writes an organization. List: one-to-one fields; Record: and its phones; Full: and its locations and services (as lists, or full when <paramref name="fullServices"/>).</summary>
    public static void WriteOrganization(Utf8JsonWriter writer, HsdsDirectory directory, Organization organization, HsdsDetail detail, bool fullServices = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(organization);
        var id = HsdsIds.Organization(organization.Id);
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("name", organization.Name);
        writer.WriteString("description", string.IsNullOrWhiteSpace(organization.Description)
            ? directory.Scope.HomeArea(organization.Id) is { } home ? $"{ExportLabels.Zh(organization.OrganizationKind)}（{home.Name}）" : ExportLabels.Zh(organization.OrganizationKind)
            : organization.Description);
        if (organization.Contact is { } contact && EmailLike().IsMatch(contact)) writer.WriteString("email", contact);
        if (organization.Contact is { } site && Uri.TryCreate(site, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") writer.WriteString("website", uri.AbsoluteUri);
        writer.WriteString("legal_status", ExportLabels.Zh(organization.Registration));
        if (directory.ParentOf(organization) is { } parent) writer.WriteString("parent_organization_id", HsdsIds.Organization(parent.Id));
        if (detail >= HsdsDetail.Record)
        {
            WritePhones(writer, organization, id, "organization_id");
        }
        if (detail == HsdsDetail.Full)
        {
            writer.WriteStartArray("locations");
            foreach (var location in directory.LocationsOf(organization)) WriteLocation(writer, directory, location, HsdsDetail.Record);
            writer.WriteEndArray();
            writer.WriteStartArray("services");
            foreach (var service in directory.ServicesOf(organization)) WriteService(writer, directory, service, fullServices ? HsdsDetail.Full : HsdsDetail.List, withOrganization: false);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a service. Minimal: id, name, status, last_modified; List: its one-to-one fields and its organization's;
    /// Record: and its attributes (terms), schedules, service areas, languages and phones; Full: and its organization and
    /// its locations, nested.
    /// </summary>
    public static void WriteService(Utf8JsonWriter writer, HsdsDirectory directory, HsdsService service, HsdsDetail detail, bool withOrganization = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(service);
        var organization = service.Organization;
        writer.WriteStartObject();
        writer.WriteString("id", service.Id);
        writer.WriteString("name", service.Name);
        writer.WriteString("status", "active");
        writer.WriteString("last_modified", Instant(service.Modified));
        if (detail == HsdsDetail.Minimal)
        {
            writer.WriteEndObject();
            return;
        }
        writer.WriteString("organization_id", HsdsIds.Organization(organization.Id));
        writer.WriteString("alternate_name", service.Term.En);
        writer.WriteString("description", string.IsNullOrWhiteSpace(organization.Description)
            ? $"{organization.Name}提供的{service.Term.Zh}服务。"
            : $"{organization.Name}提供的{service.Term.Zh}服务。{organization.Description}");
        var situations = HsdsDirectory.SituationsOf(organization);
        writer.WriteString("eligibility_description", situations.Count == 0
            ? "面向所有老年人。For all older residents."
            : $"服务对象：{string.Join("、", situations.Select(t => t.Zh))}。For: {string.Join(", ", situations.Select(t => t.En))}.");
        if (withOrganization && detail is HsdsDetail.List or HsdsDetail.Full)
        {
            writer.WritePropertyName("organization");
            WriteOrganization(writer, directory, organization, HsdsDetail.List);
        }
        if (detail >= HsdsDetail.Record)
        {
            WritePhones(writer, organization, service.Id, "service_id");
            WriteSchedules(writer, service.Id, "service_id", organization.Availability);
            writer.WriteStartArray("service_areas");
            foreach (var area in directory.ServiceAreasOf(organization))
            {
                writer.WriteStartObject();
                writer.WriteString("id", HsdsIds.Part(service.Id, "service_area:" + area.Id.ToString(CultureInfo.InvariantCulture)));
                writer.WriteString("service_id", service.Id);
                writer.WriteString("name", area.Name);
                writer.WriteString("description", $"统计用区划代码 {area.Code}");
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            WriteLanguages(writer, service.Id, "service_id");
            writer.WriteStartArray("attributes");
            WriteAttribute(writer, service.Id, "service", service.Term);
            foreach (var situation in situations) WriteAttribute(writer, service.Id, "service", situation);
            writer.WriteEndArray();
        }
        if (detail == HsdsDetail.Full)
        {
            writer.WriteStartArray("service_at_locations");
            foreach (var at in directory.LocationsOf(service)) WriteServiceAtLocation(writer, directory, at, HsdsDetail.Record, withLocation: true);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes a location. List: one-to-one fields; Record and Full: and its accessibility, opening hours, languages and the venue's terms.</summary>
    public static void WriteLocation(Utf8JsonWriter writer, HsdsDirectory directory, HsdsLocation location, HsdsDetail detail)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(location);
        var place = location.Place;
        var area = directory.Scope.HomeArea(place.Id);
        writer.WriteStartObject();
        writer.WriteString("id", location.Id);
        writer.WriteString("location_type", "physical");
        if (location.Organization is { } organization) writer.WriteString("organization_id", HsdsIds.Organization(organization.Id));
        writer.WriteString("name", place.Name);
        var description = location.Venue is { } venue
            ? $"{ExportLabels.Zh(venue.ResourceKind)}{(venue.Capacity is { } c ? $"，可容纳{c}人" : "")}{(area is null ? "" : $"，位于{area.Name}")}。{venue.Description}"
            : area is null ? $"{place.Name}所在地。" : $"{place.Name}所在地，位于{area.Name}（统计用区划代码 {area.Code}）。";
        writer.WriteString("description", description.Trim());
        if (place.Point is { } point)
        {
            writer.WriteNumber("latitude", point.Lat);
            writer.WriteNumber("longitude", point.Lon);
        }
        if (detail >= HsdsDetail.Record)
        {
            WriteLanguages(writer, location.Id, "location_id");
            if (location.Venue is { } v)
            {
                writer.WriteStartArray("accessibility");
                if (v.Accessible)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", HsdsIds.Part(location.Id, "accessibility"));
                    writer.WriteString("location_id", location.Id);
                    writer.WriteString("description", "无障碍：无台阶通道，设无障碍卫生间。");
                    writer.WriteString("details", "Step-free access and an accessible toilet.");
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                WriteSchedules(writer, location.Id, "location_id", v.OpeningHours);
                writer.WriteStartArray("attributes");
                foreach (var code in v.Services.Distinct(StringComparer.Ordinal))
                {
                    if (ServiceTaxonomy.Find(code) is { Facet: TaxonomyFacet.Service } term) WriteAttribute(writer, location.Id, "location", term);
                }
                writer.WriteEndArray();
            }
        }
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a service at a location. List: its ids with the service and the location as lists give them; Record: its
    /// ids (the location nested when <paramref name="withLocation"/>); Full: the service and the location, full.
    /// </summary>
    public static void WriteServiceAtLocation(Utf8JsonWriter writer, HsdsDirectory directory, HsdsServiceAtLocation at, HsdsDetail detail, bool withLocation = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(at);
        writer.WriteStartObject();
        writer.WriteString("id", at.Id);
        writer.WriteString("service_id", at.Service.Id);
        writer.WriteString("location_id", at.Location.Id);
        writer.WriteString("description", $"{at.Service.Name}，地点：{at.Location.Place.Name}");
        if (detail is HsdsDetail.List or HsdsDetail.Full || withLocation)
        {
            writer.WritePropertyName("location");
            WriteLocation(writer, directory, at.Location, detail == HsdsDetail.List ? HsdsDetail.List : HsdsDetail.Record);
        }
        if (detail is HsdsDetail.List or HsdsDetail.Full)
        {
            writer.WritePropertyName("service");
            WriteService(writer, directory, at.Service, detail == HsdsDetail.List ? HsdsDetail.List : HsdsDetail.Record);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes a facet of the taxonomy as an HSDS taxonomy.</summary>
    public static void WriteTaxonomy(Utf8JsonWriter writer, TaxonomyFacet facet)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("id", HsdsIds.Taxonomy(facet));
        writer.WriteString("name", HsdsTaxonomy.NameOf(facet));
        writer.WriteString("description", HsdsTaxonomy.DescriptionOf(facet));
        writer.WriteString("version", HsdsTaxonomy.Version);
        writer.WriteEndObject();
    }

    /// <summary>Writes a term: its code, Chinese name (language zh), English description, parent and taxonomy (nested as well, unless it is nested in an attribute).</summary>
    public static void WriteTaxonomyTerm(Utf8JsonWriter writer, TaxonomyTerm term, bool withTaxonomy = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(term);
        writer.WriteStartObject();
        writer.WriteString("id", HsdsIds.Term(term));
        writer.WriteString("code", term.Code);
        writer.WriteString("name", term.Zh);
        writer.WriteString("description", term.En);
        if (term.ParentCode is { } parentCode && ServiceTaxonomy.Find(parentCode) is { } parent) writer.WriteString("parent_id", HsdsIds.Term(parent));
        writer.WriteString("taxonomy", HsdsTaxonomy.NameOf(term.Facet));
        writer.WriteString("taxonomy_id", HsdsIds.Taxonomy(term.Facet));
        writer.WriteString("language", Language);
        if (withTaxonomy)
        {
            writer.WritePropertyName("taxonomy_detail");
            WriteTaxonomy(writer, term.Facet);
        }
        writer.WriteEndObject();
    }

    /// <summary>An instant as HSDS writes it: UTC, milliseconds.</summary>
    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static void WriteAttribute(Utf8JsonWriter writer, Guid owner, string entity, TaxonomyTerm term)
    {
        writer.WriteStartObject();
        writer.WriteString("id", HsdsIds.Part(owner, "attribute:" + term.Facet.ToString().ToLowerInvariant() + ":" + term.Code));
        writer.WriteString("link_id", owner);
        writer.WriteString("link_entity", entity);
        writer.WriteString("taxonomy_term_id", HsdsIds.Term(term));
        writer.WritePropertyName("taxonomy_term");
        WriteTaxonomyTerm(writer, term, withTaxonomy: false);
        writer.WriteEndObject();
    }

    private static void WritePhones(Utf8JsonWriter writer, Organization organization, Guid owner, string ownerField)
    {
        writer.WriteStartArray("phones");
        if (organization.Contact is { } contact && PhoneLike().IsMatch(contact.Trim()))
        {
            writer.WriteStartObject();
            writer.WriteString("id", HsdsIds.Part(owner, "phone"));
            writer.WriteString(ownerField, owner);
            writer.WriteString("number", contact.Trim());
            writer.WriteString("description", $"{organization.Name}的公开联系电话");
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteLanguages(Utf8JsonWriter writer, Guid owner, string ownerField)
    {
        writer.WriteStartArray("languages");
        writer.WriteStartObject();
        writer.WriteString("id", HsdsIds.Part(owner, "language:" + Language));
        writer.WriteString(ownerField, owner);
        writer.WriteString("name", LanguageName);
        writer.WriteString("code", Language);
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    // Weekly hours as HSDS schedules (RFC 5545 weekly rules): one per run of hours, for the days that share it.
    private static void WriteSchedules(Utf8JsonWriter writer, Guid owner, string ownerField, WeeklySchedule hours)
    {
        writer.WriteStartArray("schedules");
        foreach (var (opens, closes, days) in Runs(hours))
        {
            var byDay = string.Join(',', days.Select(d => DayCodes[d]));
            writer.WriteStartObject();
            writer.WriteString("id", HsdsIds.Part(owner, $"schedule:{byDay}:{opens}-{closes}"));
            writer.WriteString(ownerField, owner);
            writer.WriteString("freq", "WEEKLY");
            writer.WriteString("wkst", "MO");
            writer.WriteString("byday", byDay);
            writer.WriteString("opens_at", $"{opens:00}:00");
            writer.WriteString("closes_at", closes == 24 ? "23:59" : $"{closes:00}:00");
            writer.WriteString("description", $"{string.Join("、", days.Select(d => DayZh[d]))} {opens:00}:00–{closes:00}:00");
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static readonly string[] DayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    private static readonly string[] DayZh = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];

    private static List<(int Opens, int Closes, List<int> Days)> Runs(WeeklySchedule hours)
    {
        var runs = new List<(int Opens, int Closes, List<int> Days)>();
        for (var day = 0; day < 7; day++)
        {
            var hour = 0;
            while (hour < 24)
            {
                if (!hours.Contains(day, hour))
                {
                    hour++;
                    continue;
                }
                var opens = hour;
                while (hour < 24 && hours.Contains(day, hour)) hour++;
                var index = runs.FindIndex(r => r.Opens == opens && r.Closes == hour);
                if (index < 0) runs.Add((opens, hour, [day]));
                else runs[index].Days.Add(day);
            }
        }
        return runs;
    }
}
