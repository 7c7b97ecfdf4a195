using System.Globalization;
using System.Text;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Import;

/// <summary>
/// Turns the rows of an import into one change set: a node for each row of a kind, its home area (<c>area</c>), service
/// areas (<c>serves</c>) and the ties its columns name (parent, member_of, employer, station, owner) as links, and the
/// rows of links files as links. A row names another node by its <c>key</c> in this import, by an area's statistical
/// code, or by a node's global id (or <c>Kind:id</c>). Every problem is told with its file and line; the change set is
/// made only when there is none. Elders, needs and what is recorded about people are not imported: they are entered
/// by those who serve them, with the elder's consent, through the API.
/// </summary>
public sealed class ImportPlanner
{
    private static readonly char[] ListSeparators = [';', '；', '、', '|', ',', '，'];
    private static readonly string[] Kinds = ["Area", "Organization", "SocialWorker", "Volunteer", "Resource"];

    private readonly NetworkSnapshot _s;
    private readonly ChangeSet _set = new();
    private readonly List<ImportRow> _rowOfOperation = [];
    private readonly List<ImportProblem> _problems = [];
    private readonly Dictionary<string, (long TempId, ImportRow Row)> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _areasByCode = new(StringComparer.Ordinal);
    private readonly HashSet<string> _volunteerNumbers = new(StringComparer.Ordinal);

    private ImportPlanner(NetworkSnapshot snapshot) => _s = snapshot;

    /// <summary>The change set the rows make, the row each of its operations came from, and the problems (when any, no change set).</summary>
    public static (ChangeSet? Changes, IReadOnlyList<ImportRow> RowOfOperation, IReadOnlyList<ImportProblem> Problems) Plan(NetworkSnapshot snapshot, IReadOnlyList<ImportRow> rows)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(rows);
        var p = new ImportPlanner(snapshot);
        p.Run(rows);
        // Told in the order of the files and their lines, whichever pass found them.
        var problems = p._problems.OrderBy(x => x.File, StringComparer.Ordinal).ThenBy(x => x.Line).ToList();
        return problems.Count > 0 ? (null, p._rowOfOperation, problems) : (p._set, p._rowOfOperation, []);
    }

    private void Run(IReadOnlyList<ImportRow> rows)
    {
        // Nodes first, each under its key, so that any row may name any other whatever their order; then their ties.
        var nodes = new List<(ImportRow Row, long TempId, string Kind)>();
        foreach (var row in rows)
        {
            if (row.Section == "Link") continue;
            var kind = Kinds.FirstOrDefault(k => string.Equals(k, row.Section.Replace("_", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
            if (kind is null)
            {
                Problem(row, "kind", $"'{row.Section}' is not a kind an import makes: {string.Join(", ", Kinds)} (elders and needs are entered through the API, with consent)");
                continue;
            }
            var key = row["key"];
            if (key is null) { Problem(row, "key", "every row has a key, unique in the import, by which other rows name it"); continue; }
            if (_byKey.TryGetValue(key, out var earlier)) { Problem(row, "key", $"'{key}' is already the key of {earlier.Row.File}:{earlier.Row.Line}"); continue; }
            if (Build(row, kind) is not { } node) continue;
            var id = Add(row, node);
            _byKey[key] = (id, row);
            if (node is Area a) _areasByCode[a.Code] = id;
            nodes.Add((row, id, kind));
        }
        foreach (var (row, id, kind) in nodes) Ties(row, id, kind);
        foreach (var row in rows.Where(r => r.Section == "Link")) LinkRow(row);
    }

    private long Add(ImportRow row, Node node)
    {
        _rowOfOperation.Add(row);
        return _set.Create(node);
    }

    private void Link(ImportRow row, LinkType type, long from, long to, DateOnly? since = null, DateOnly? until = null, string? note = null)
    {
        _rowOfOperation.Add(row);
        _set.Link(type, from, to, since, until, note: note);
    }

    private Node? Build(ImportRow row, string kind)
    {
        var before = _problems.Count;
        var name = row["name"];
        if (name is null) Problem(row, "name", "a name is required");
        var point = Point(row);
        Node? node = kind switch
        {
            "Area" => BuildArea(row),
            "Organization" => new Organization
            {
                OrganizationKind = Enum<OrganizationKind>(row, "organization_kind", required: true),
                Registration = Enum<RegistrationStatus>(row, "registration", required: false, RegistrationStatus.Filed),
                Services = List(row, "services"), Situations = List(row, "situations"), Contact = row["contact"],
                Capacity = Int(row, "capacity"), MaxTravelKm = Double(row, "max_travel_km"), Availability = Schedule(row, "availability"),
            },
            "SocialWorker" => new SocialWorker
            {
                Role = Enum<SocialWorkerRole>(row, "role", required: true), Qualification = Enum<QualificationLevel>(row, "qualification", required: false, QualificationLevel.None),
                Skills = List(row, "services"), Situations = List(row, "situations"), Availability = Schedule(row, "availability"), Capacity = Int(row, "capacity"),
            },
            "Volunteer" => BuildVolunteer(row),
            _ => new Resource
            {
                ResourceKind = Enum<ResourceKind>(row, "resource_kind", required: true), Services = List(row, "services"), Capacity = Int(row, "capacity"),
                Equipment = List(row, "equipment"), Accessible = Bool(row, "accessible"), OpeningHours = Schedule(row, "availability"),
                Quantity = Decimal(row, "quantity"), Unit = row["unit"],
            },
        };
        if (_problems.Count > before || node is null) return null;
        return node with { Name = name!, Description = row["description"], Point = point };
    }

    private Area? BuildArea(ImportRow row)
    {
        var code = row["code"];
        if (code is null || code.Length is not (6 or 9 or 12) || !code.All(char.IsAsciiDigit)) { Problem(row, "code", "an area's statistical code has 6, 9 or 12 digits"); return null; }
        if (_s.AreaByCode(code) is not null) { Problem(row, "code", $"area {code} is already in the hub: name it by its code instead of importing it"); return null; }
        if (_areasByCode.ContainsKey(code)) { Problem(row, "code", $"area {code} is imported twice"); return null; }
        var level = Enum(row, "level", required: false, code.Length switch { 6 => AreaLevel.District, 9 => AreaLevel.Township, _ => AreaLevel.Community });
        var kind = Enum(row, "area_kind", required: false, level switch { AreaLevel.District => AreaKind.District, AreaLevel.Township => AreaKind.Subdistrict, _ => AreaKind.Community });
        return new Area { Code = code, Level = level, AreaKind = kind, Population = Int(row, "population") };
    }

    private Volunteer? BuildVolunteer(ImportRow row)
    {
        var number = row["volunteer_number"];
        if (number is null) { Problem(row, "volunteer_number", "a volunteer is identified by their national volunteer number (志愿者统一编号)"); return null; }
        if (_s.VolunteerByNumber(number) is not null) { Problem(row, "volunteer_number", $"volunteer {number} is already in the hub"); return null; }
        if (!_volunteerNumbers.Add(number)) { Problem(row, "volunteer_number", $"volunteer {number} is imported twice"); return null; }
        return new Volunteer
        {
            VolunteerNumber = number, Category = Enum<VolunteerCategory>(row, "category", required: true), Skills = List(row, "services"), Situations = List(row, "situations"),
            Availability = Schedule(row, "availability"), MaxTravelKm = Double(row, "max_travel_km") ?? 5, Capacity = Int(row, "capacity"),
        };
    }

    // The links a node's own columns name.
    private void Ties(ImportRow row, long id, string kind)
    {
        if (row["area"] is { } home && kind != "Area" && Resolve(row, "area", home, NodeKind.Area) is { } area) Link(row, LinkType.LocatedIn, id, area);
        foreach (var served in List(row, "serves"))
        {
            if (Resolve(row, "serves", served, NodeKind.Area) is { } a) Link(row, LinkType.Serves, id, a);
        }
        if (row["parent"] is { } parent && Resolve(row, "parent", parent, kind == "Area" ? NodeKind.Area : NodeKind.Organization) is { } p) Link(row, LinkType.PartOf, id, p);
        foreach (var (column, type) in new[] { ("member_of", LinkType.MemberOf), ("employer", LinkType.EmployedBy), ("station", LinkType.StationedAt) })
        {
            foreach (var target in List(row, column))
            {
                if (Resolve(row, column, target, NodeKind.Organization) is { } t) Link(row, type, id, t);
            }
        }
        if (row["owner"] is { } owner && Resolve(row, "owner", owner, null) is { } o) Link(row, LinkType.Owns, o, id);
    }

    private void LinkRow(ImportRow row)
    {
        var typeText = row["type"];
        if (typeText is null || !TryEnum<LinkType>(typeText, out var type)) { Problem(row, "type", $"'{typeText}' is not a link type: {string.Join(", ", System.Enum.GetValues<LinkType>().Select(Export.ExportLabels.Name))}"); return; }
        var from = row["from"] is { } f ? Resolve(row, "from", f, null) : Missing(row, "from");
        var to = row["to"] is { } t ? Resolve(row, "to", t, null) : Missing(row, "to");
        var since = Date(row, "since");
        var until = Date(row, "until");
        if (from is { } a && to is { } b) Link(row, type, a, b, since, until, row["note"]);
    }

    private long? Missing(ImportRow row, string column)
    {
        Problem(row, column, "names no node: give a key of this import, an area's code or a node's global id");
        return null;
    }

    // A key of this import, an area's statistical code, or a global id ("Kind:id", plain or base64 as the API gives it).
    private long? Resolve(ImportRow row, string column, string text, NodeKind? kind)
    {
        if (_byKey.TryGetValue(text, out var imported))
        {
            if (kind is { } k && !string.Equals(imported.Row.Section, k.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                Problem(row, column, $"'{text}' is the key of a {imported.Row.Section} ({imported.Row.File}:{imported.Row.Line}), not of a {k}");
                return null;
            }
            return imported.TempId;
        }
        if (text.Length is 6 or 9 or 12 && text.All(char.IsAsciiDigit))
        {
            if (_areasByCode.TryGetValue(text, out var created)) return created;
            if (_s.AreaByCode(text) is { } area) return kind is null or NodeKind.Area ? area.Id : WrongKind(row, column, text, kind.Value);
            Problem(row, column, $"there is no area with code {text}, in the hub or in this import");
            return null;
        }
        if (GlobalIdOf(text) is { } global && _s.Node(global.Id) is { } node && node.Kind == global.Kind)
            return kind is null || node.Kind == kind ? node.Id : WrongKind(row, column, text, kind.Value);
        Problem(row, column, $"'{text}' is not a key of this import, an area's code or the global id of a node in the hub");
        return null;
    }

    private long? WrongKind(ImportRow row, string column, string text, NodeKind kind)
    {
        Problem(row, column, $"'{text}' is not a {kind}");
        return null;
    }

    private static (NodeKind Kind, long Id)? GlobalIdOf(string text)
    {
        var plain = text;
        if (!text.Contains(':', StringComparison.Ordinal))
        {
            try
            {
                var padded = text.Replace('-', '+').Replace('_', '/');
                padded = padded.PadRight(padded.Length + (4 - padded.Length % 4) % 4, '=');
                plain = Encoding.UTF8.GetString(Convert.FromBase64String(padded));
            }
            catch (FormatException)
            {
                return null;
            }
        }
        var parts = plain.Split(':');
        return parts.Length == 2 && System.Enum.TryParse<NodeKind>(parts[0], ignoreCase: false, out var kind) && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? (kind, id) : null;
    }

    private GeoPoint? Point(ImportRow row)
    {
        var lat = Double(row, "lat");
        var lon = Double(row, "lon");
        if (lat is null && lon is null) return null;
        if (lat is not { } la || lon is not { } lo) { Problem(row, lat is null ? "lat" : "lon", "a point has both a latitude and a longitude"); return null; }
        if (la is < -90 or > 90 || lo is < -180 or > 180) { Problem(row, "lat", "a point's latitude is -90 to 90 and its longitude -180 to 180"); return null; }
        return new GeoPoint(la, lo);
    }

    private T Enum<T>(ImportRow row, string column, bool required, T fallback = default) where T : struct, Enum
    {
        if (row[column] is not { } text)
        {
            if (required) Problem(row, column, $"required: one of {string.Join(", ", System.Enum.GetValues<T>().Select(Export.ExportLabels.Name))}");
            return fallback;
        }
        if (TryEnum<T>(text, out var value)) return value;
        Problem(row, column, $"'{text}' is not one of {string.Join(", ", System.Enum.GetValues<T>().Select(Export.ExportLabels.Name))}");
        return fallback;
    }

    // An enum's value by its name in any case, with or without underscores (SOCIAL_WORK_STATION, SocialWorkStation).
    private static bool TryEnum<T>(string text, out T value) where T : struct, Enum
    {
        var bare = text.Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        value = default;
        return !bare.All(char.IsAsciiDigit) && System.Enum.TryParse(bare, ignoreCase: true, out value) && System.Enum.IsDefined(value);
    }

    private static IReadOnlyList<string> List(ImportRow row, string column) =>
        row[column] is { } text ? [.. text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)] : [];

    private int? Int(ImportRow row, string column)
    {
        if (row[column] is not { } text) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)) return v;
        Problem(row, column, $"'{text}' is not a whole number");
        return null;
    }

    private double? Double(ImportRow row, string column)
    {
        if (row[column] is not { } text) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)) return v;
        Problem(row, column, $"'{text}' is not a number");
        return null;
    }

    private decimal? Decimal(ImportRow row, string column)
    {
        if (row[column] is not { } text) return null;
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v)) return v;
        Problem(row, column, $"'{text}' is not a number");
        return null;
    }

    private bool Bool(ImportRow row, string column) => row[column] switch
    {
        null => false,
        "1" or "true" or "TRUE" or "True" or "yes" or "是" => true,
        "0" or "false" or "FALSE" or "False" or "no" or "否" => false,
        var text => BadBool(row, column, text),
    };

    private bool BadBool(ImportRow row, string column, string text)
    {
        Problem(row, column, $"'{text}' is not yes or no (true/false, 1/0, 是/否)");
        return false;
    }

    private DateOnly? Date(ImportRow row, string column)
    {
        if (row[column] is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        Problem(row, column, $"'{text}' is not a day written YYYY-MM-DD");
        return null;
    }

    private WeeklySchedule Schedule(ImportRow row, string column)
    {
        if (row[column] is not { } text) return WeeklySchedule.Always;
        if (WeeklySchedule.TryParse(text, out var schedule, out var error)) return schedule;
        Problem(row, column, $"'{text}' is not weekly hours like \"Mon-Fri 09-12, Sat 14-17\": {error}");
        return WeeklySchedule.Always;
    }

    private void Problem(ImportRow row, string? column, string message) => _problems.Add(new ImportProblem(row.File, row.Line, column, message));
}
