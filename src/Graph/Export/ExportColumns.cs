using System.Globalization;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Export;

/// <summary>
/// The columns of every export, declared once: those every node has, those of each kind, and those of links. The CSV,
/// JSON, GraphML and GeoJSON writers all write these and nothing else, so a field is exported only when it is named
/// here — and no personal field is (a volunteer's number is not a column; the public sees it blank anyway).
/// </summary>
public static class ExportColumns
{
    private static readonly ExportColumn<Node>[] CommonColumns =
    [
        N("id", ExportValueType.Integer, "编号", "the node's id in the hub (its GraphQL id is base64url of \"Kind:id\")", (n, _) => n.Id),
        N("kind", ExportValueType.Text, "类型", "the kind of node: AREA, ORGANIZATION, SOCIAL_WORKER, VOLUNTEER, RESOURCE, ACTIVITY, PROJECT", (n, _) => ExportLabels.Name(n.Kind)),
        N("kind_zh", ExportValueType.Text, "类型（中文）", "the kind of node in Chinese: 组织", (n, _) => ExportLabels.Zh(n.Kind)),
        N("name", ExportValueType.Text, "名称", "display name", (n, _) => n.Name),
        N("description", ExportValueType.Text, "简介", "free text about the node", (n, _) => n.Description),
        N("area_code", ExportValueType.Text, "所在区域代码", "statistical code of the home area (the parent, for an area)", (n, s) => HomeOrParent(n, s)?.Code),
        N("area_name", ExportValueType.Text, "所在区域", "name of the home area (the parent, for an area)", (n, s) => HomeOrParent(n, s)?.Name),
        N("lat", ExportValueType.Number, "纬度", "latitude of the node's own point, WGS-84", (n, _) => n.Point?.Lat),
        N("lon", ExportValueType.Number, "经度", "longitude of the node's own point, WGS-84", (n, _) => n.Point?.Lon),
        N("is_demo", ExportValueType.Boolean, "示例数据", "true for illustrative demo data", (n, _) => n.IsDemo),
        N("created_at", ExportValueType.Text, "创建时间", "when the node was created (UTC, ISO 8601)", (n, _) => Instant(n.CreatedAt)),
        // A change to a field the public may not see (a volunteer's number) changes when the node was last changed: not
        // shown for nodes with such fields, so that no export tells of it.
        N("updated_at", ExportValueType.Text, "更新时间", "when the node was last changed (UTC, ISO 8601); blank for volunteers", (n, s) => s.Policy.IsPersonal(n) ? null : Instant(n.UpdatedAt)),
    ];

    private static readonly Dictionary<NodeKind, ExportColumn<Node>[]> KindColumns = new()
    {
        [NodeKind.Area] =
        [
            Of<Area>("code", ExportValueType.Text, "区划代码", "national statistical division code", a => a.Code),
            Of<Area>("level", ExportValueType.Text, "层级", "CITY, DISTRICT, TOWNSHIP or COMMUNITY", a => ExportLabels.Name(a.Level)),
            Of<Area>("area_kind", ExportValueType.Text, "区域类别", "CITY, DISTRICT, SUBDISTRICT, TOWN, TOWNSHIP, COMMUNITY or VILLAGE", a => ExportLabels.Name(a.AreaKind)),
            Of<Area>("population", ExportValueType.Integer, "常住人口", "resident population, where known", a => a.Population),
        ],
        [NodeKind.Organization] =
        [
            Of<Organization>("organization_kind", ExportValueType.Text, "组织类别", "SOCIAL_WORK_STATION, ART_TROUPE, VOLUNTEER_TEAM …", o => ExportLabels.Name(o.OrganizationKind)),
            Of<Organization>("organization_kind_zh", ExportValueType.Text, "组织类别（中文）", "the kind in Chinese: 社工站", o => ExportLabels.Zh(o.OrganizationKind)),
            Of<Organization>("registration", ExportValueType.Text, "登记状态", "REGISTERED, FILED, UNREGISTERED or NOT_APPLICABLE", o => ExportLabels.Name(o.Registration)),
            Services<Organization>(o => o.Services),
            ServicesZh<Organization>(o => o.Services),
            Situations<Organization>(o => o.Situations),
            Of<Organization>("contact", ExportValueType.Text, "联系方式", "the organization's public contact (never a person's)", o => o.Contact),
            Of<Organization>("capacity", ExportValueType.Integer, "承接能力", "how many needs it takes on at once; blank: no set limit", o => o.Capacity),
            Of<Organization>("max_travel_km", ExportValueType.Number, "服务半径（公里）", "how far it travels for in-person help", o => o.MaxTravelKm),
            Of<Organization>("availability", ExportValueType.Text, "服务时间", "weekly hours, e.g. Mon-Fri 09-12", o => Hours(o.Availability)),
        ],
        [NodeKind.SocialWorker] =
        [
            Of<SocialWorker>("role", ExportValueType.Text, "社工类别", "STATION, COMMUNITY, AGENCY or MEDICAL", w => ExportLabels.Name(w.Role)),
            Of<SocialWorker>("qualification", ExportValueType.Text, "职业资格", "NONE, ASSISTANT, INTERMEDIATE or SENIOR", w => ExportLabels.Name(w.Qualification)),
            Skills<SocialWorker>(w => w.Skills),
            Situations<SocialWorker>(w => w.Situations),
            Of<SocialWorker>("availability", ExportValueType.Text, "服务时间", "weekly working hours", w => Hours(w.Availability)),
            Of<SocialWorker>("capacity", ExportValueType.Integer, "承接能力", "open referrals the social worker can carry", w => w.Capacity),
        ],
        [NodeKind.Volunteer] =
        [
            Of<Volunteer>("category", ExportValueType.Text, "志愿者类别", "YOUNGER_ELDER, STUDENT, RESIDENT or PROFESSIONAL", v => ExportLabels.Name(v.Category)),
            Skills<Volunteer>(v => v.Skills),
            Situations<Volunteer>(v => v.Situations),
            Of<Volunteer>("availability", ExportValueType.Text, "服务时间", "weekly availability", v => Hours(v.Availability)),
            Of<Volunteer>("max_travel_km", ExportValueType.Number, "服务半径（公里）", "how far the volunteer travels for in-person help", v => v.MaxTravelKm),
            Of<Volunteer>("capacity", ExportValueType.Integer, "承接能力", "needs the volunteer takes on at once", v => v.Capacity),
        ],
        [NodeKind.Resource] =
        [
            Of<Resource>("resource_kind", ExportValueType.Text, "资源类别", "VENUE, EQUIPMENT, FUNDING, MATERIAL, CULTURAL_CONTENT or INFORMATION", r => ExportLabels.Name(r.ResourceKind)),
            Of<Resource>("resource_kind_zh", ExportValueType.Text, "资源类别（中文）", "the kind in Chinese: 场地", r => ExportLabels.Zh(r.ResourceKind)),
            Services<Resource>(r => r.Services),
            ServicesZh<Resource>(r => r.Services),
            Of<Resource>("capacity", ExportValueType.Integer, "容纳人数", "for a venue: how many people it holds", r => r.Capacity),
            Of<Resource>("equipment", ExportValueType.List, "设施设备", "for a venue: equipment on site", r => r.Equipment),
            Of<Resource>("accessible", ExportValueType.Boolean, "无障碍", "for a venue: step-free access and an accessible toilet", r => r.Accessible),
            Of<Resource>("opening_hours", ExportValueType.Text, "开放时间", "for a venue: weekly opening hours", r => Hours(r.OpeningHours)),
            Of<Resource>("quantity", ExportValueType.Number, "数量", "for funding, material or equipment: how much", r => r.Quantity is { } q ? (double)q : null),
            Of<Resource>("unit", ExportValueType.Text, "单位", "the unit of quantity (CNY, pieces …)", r => r.Unit),
        ],
        [NodeKind.Activity] =
        [
            Services<Activity>(a => a.Services),
            ServicesZh<Activity>(a => a.Services),
            Of<Activity>("from", ExportValueType.Text, "开始日期", "first day (ISO 8601)", a => Day(a.Schedule.From)),
            Of<Activity>("to", ExportValueType.Text, "结束日期", "last day (ISO 8601)", a => Day(a.Schedule.To)),
            Of<Activity>("weekly_hours", ExportValueType.Text, "每周时间", "the hours of the week it takes place", a => Hours(a.Schedule.Weekly)),
            Of<Activity>("participants", ExportValueType.Integer, "预计人数", "participants expected", a => a.Participants),
        ],
        [NodeKind.Project] =
        [
            Services<Project>(p => p.Services),
            ServicesZh<Project>(p => p.Services),
            Of<Project>("from", ExportValueType.Text, "开始日期", "first day of the contract (ISO 8601)", p => Day(p.Period.From)),
            Of<Project>("to", ExportValueType.Text, "结束日期", "last day of the contract (ISO 8601)", p => Day(p.Period.To)),
            Of<Project>("budget", ExportValueType.Number, "预算（元）", "budget in CNY", p => p.Budget is { } b ? (double)b : null),
            Of<Project>("deliverables", ExportValueType.List, "服务内容", "deliverables named in the contract", p => p.Deliverables),
        ],
    };

    private static readonly ExportColumn<Link>[] LinkColumns =
    [
        L("id", ExportValueType.Integer, "编号", "the link's id in the hub", (l, _) => l.Id),
        L("type", ExportValueType.Text, "关系类型", "PARTNERS_WITH, SERVES, MEMBER_OF …", (l, _) => ExportLabels.Name(l.Type)),
        L("type_zh", ExportValueType.Text, "关系类型（中文）", "the type in Chinese: 合作", (l, _) => ExportLabels.Zh(l.Type)),
        L("from_id", ExportValueType.Integer, "起点编号", "id of the source node", (l, _) => l.FromId),
        L("from_kind", ExportValueType.Text, "起点类型", "kind of the source node", (l, s) => ExportLabels.Name(s.Snapshot.KindOf(l.FromId))),
        L("to_id", ExportValueType.Integer, "终点编号", "id of the target node", (l, _) => l.ToId),
        L("to_kind", ExportValueType.Text, "终点类型", "kind of the target node", (l, s) => ExportLabels.Name(s.Snapshot.KindOf(l.ToId))),
        L("since", ExportValueType.Text, "起始日期", "since when the link holds (ISO 8601)", (l, _) => Day(l.Since)),
        L("until", ExportValueType.Text, "截止日期", "until when the link holds (ISO 8601)", (l, _) => Day(l.Until)),
        L("weight", ExportValueType.Number, "强度", "strength of the link, 0 to 1, where it matters", (l, _) => l.Weight),
        L("note", ExportValueType.Text, "备注", "a short note: the role in a project, the subject of training …", (l, _) => l.Note),
    ];

    private static readonly Dictionary<NodeKind, ExportColumn<Node>[]> NodeColumns =
        KindColumns.ToDictionary(kv => kv.Key, kv => CommonColumns.Concat(kv.Value).ToArray());

    /// <summary>The kinds an export holds, in the order its tables come.</summary>
    public static IReadOnlyList<NodeKind> Kinds { get; } =
        [NodeKind.Area, NodeKind.Organization, NodeKind.SocialWorker, NodeKind.Volunteer, NodeKind.Resource, NodeKind.Activity, NodeKind.Project];

    /// <summary>The columns every node has.</summary>
    public static IReadOnlyList<ExportColumn<Node>> Common => CommonColumns;

    /// <summary>The columns of a link.</summary>
    public static IReadOnlyList<ExportColumn<Link>> Links => LinkColumns;

    /// <summary>Every column a node of some kind has, each name once, in the order of <see cref="Kinds"/>.</summary>
    public static IReadOnlyList<ExportColumn<Node>> AllNodeColumns { get; } =
        [.. Kinds.SelectMany(k => NodeColumns[k]).DistinctBy(c => c.Name)];

    /// <summary>The columns of a node of a kind: the common ones, then the kind's own.</summary>
    public static IReadOnlyList<ExportColumn<Node>> Of(NodeKind kind) =>
        NodeColumns.TryGetValue(kind, out var columns) ? columns : throw new ArgumentException($"{kind} is not exported", nameof(kind));

    /// <summary>The name of a kind's table (CSV file, JSON group): <c>social_workers</c>.</summary>
    public static string TableOf(NodeKind kind) => kind switch
    {
        NodeKind.Area => "areas",
        NodeKind.Organization => "organizations",
        NodeKind.SocialWorker => "social_workers",
        NodeKind.Volunteer => "volunteers",
        NodeKind.Resource => "resources",
        NodeKind.Activity => "activities",
        NodeKind.Project => "projects",
        _ => throw new ArgumentException($"{kind} is not exported", nameof(kind)),
    };

    /// <summary>The name of the links' table.</summary>
    public const string LinksTable = "links";

    private static Area? HomeOrParent(Node node, ExportScope scope)
    {
        if (node is not Area) return scope.HomeArea(node.Id);
        var parents = scope.Snapshot.Edges(node.Id, Direction.Out, LinkType.PartOf);
        return parents.Count == 0 ? null : scope.Snapshot.Node<Area>(parents[0].OtherId);
    }

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Hours(WeeklySchedule schedule) => schedule.IsEmpty ? null : schedule.ToString();

    private static ExportColumn<Node> N(string name, ExportValueType type, string zh, string description, Func<Node, ExportScope, object?> read) =>
        new(name, type, zh, description, read);

    private static ExportColumn<Link> L(string name, ExportValueType type, string zh, string description, Func<Link, ExportScope, object?> read) =>
        new(name, type, zh, description, read);

    private static ExportColumn<Node> Of<T>(string name, ExportValueType type, string zh, string description, Func<T, object?> read) where T : Node =>
        new(name, type, zh, description, (n, _) => n is T t ? read(t) : null);

    private static ExportColumn<Node> Services<T>(Func<T, IReadOnlyList<string>> read) where T : Node =>
        Of("services", ExportValueType.List, "服务类别", "services offered, as taxonomy codes (culture.performance …)", read);

    private static ExportColumn<Node> ServicesZh<T>(Func<T, IReadOnlyList<string>> read) where T : Node =>
        Of<T>("services_zh", ExportValueType.List, "服务类别（中文）", "the services' Chinese labels", n => read(n).Select(c => ServiceTaxonomy.Find(c)?.Zh ?? c).ToArray());

    private static ExportColumn<Node> Skills<T>(Func<T, IReadOnlyList<string>> read) where T : Node =>
        Of("skills", ExportValueType.List, "技能", "skills, as service taxonomy codes", read);

    private static ExportColumn<Node> Situations<T>(Func<T, IReadOnlyList<string>> read) where T : Node =>
        Of("situations", ExportValueType.List, "服务对象", "situations served, as taxonomy codes (very-old …); blank: everyone", read);
}
