using System.Collections.Frozen;

namespace ResourceHub.Graph.Import;

/// <summary>
/// The columns an import understands, each with the headers it is known by: the English name, its snake_case form, and
/// the Chinese header a civil-affairs spreadsheet uses (名称, 区划代码 …). Headers are matched without case or spaces.
/// </summary>
public static class ImportColumns
{
    /// <summary>Every canonical column with its accepted headers.</summary>
    public static IReadOnlyDictionary<string, string[]> Known { get; } = new Dictionary<string, string[]>
    {
        ["key"] = ["key", "id", "编号", "外部编号", "导入编号"],
        ["kind"] = ["kind", "类型", "节点类型"],
        ["name"] = ["name", "名称", "姓名"],
        ["description"] = ["description", "简介", "描述", "备注"],
        ["area"] = ["area", "area_code", "home", "区划代码", "所在区域", "所在社区"],
        ["serves"] = ["serves", "service_area", "服务区域"],
        ["lat"] = ["lat", "latitude", "纬度"],
        ["lon"] = ["lon", "lng", "longitude", "经度"],
        ["code"] = ["code", "统计代码", "区域代码"],
        ["level"] = ["level", "层级"],
        ["area_kind"] = ["area_kind", "区域类别"],
        ["parent"] = ["parent", "上级", "上级区域", "上级组织"],
        ["population"] = ["population", "常住人口", "人口"],
        ["organization_kind"] = ["organization_kind", "组织类别", "机构类别"],
        ["registration"] = ["registration", "登记状态"],
        ["services"] = ["services", "skills", "服务项目", "服务内容", "技能", "专长"],
        ["situations"] = ["situations", "服务对象"],
        ["contact"] = ["contact", "联系方式"],
        ["capacity"] = ["capacity", "容量", "可承接数"],
        ["max_travel_km"] = ["max_travel_km", "maxtravelkm", "最远距离", "服务半径"],
        ["availability"] = ["availability", "opening_hours", "可服务时间", "开放时间"],
        ["role"] = ["role", "岗位"],
        ["qualification"] = ["qualification", "职业资格"],
        ["employer"] = ["employer", "employed_by", "用人单位"],
        ["station"] = ["station", "stationed_at", "驻点"],
        ["volunteer_number"] = ["volunteer_number", "volunteernumber", "志愿者编号", "志愿者统一编号"],
        ["category"] = ["category", "志愿者类别"],
        ["member_of"] = ["member_of", "memberof", "team", "所属队伍", "所属组织"],
        ["resource_kind"] = ["resource_kind", "资源类别"],
        ["owner"] = ["owner", "owned_by", "所属单位"],
        ["equipment"] = ["equipment", "设备"],
        ["accessible"] = ["accessible", "无障碍"],
        ["quantity"] = ["quantity", "数量"],
        ["unit"] = ["unit", "单位"],
        ["type"] = ["type", "link_type", "关系类型"],
        ["from"] = ["from", "from_key", "起点"],
        ["to"] = ["to", "to_key", "终点"],
        ["since"] = ["since", "起始日期"],
        ["until"] = ["until", "终止日期"],
        ["note"] = ["note", "说明"],
    };

    private static readonly FrozenDictionary<string, string> ByHeader = Known
        .SelectMany(kv => kv.Value.Select(h => (Header: Normalize(h), Column: kv.Key))).Distinct()
        .ToFrozenDictionary(x => x.Header, x => x.Column, StringComparer.Ordinal);

    /// <summary>The canonical column a header names, or null.</summary>
    public static string? Of(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return ByHeader.GetValueOrDefault(Normalize(header));
    }

    /// <summary>The section a CSV file's name says (volunteers.csv, 志愿者.csv …), or null when it says none.</summary>
    public static string? SectionOfFile(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path).ToLowerInvariant().Replace("-", "_", StringComparison.Ordinal);
        foreach (var (section, names) in Files)
        {
            if (names.Any(n => name == n || name.EndsWith("_" + n, StringComparison.Ordinal) || name.StartsWith(n + "_", StringComparison.Ordinal))) return section;
        }
        return null;
    }

    /// <summary>The sections and the file names that say them.</summary>
    public static IReadOnlyList<(string Section, string[] Names)> Files { get; } =
    [
        ("Area", ["areas", "area", "区域"]),
        ("Organization", ["organizations", "organization", "orgs", "组织", "社会组织"]),
        ("SocialWorker", ["social_workers", "socialworkers", "social_worker", "社工", "社会工作者"]),
        ("Volunteer", ["volunteers", "volunteer", "志愿者"]),
        ("Resource", ["resources", "resource", "资源"]),
        ("Link", ["links", "link", "关系"]),
    ];

    private static string Normalize(string header) =>
        new([.. header.Trim().TrimStart('\uFEFF').ToLowerInvariant().Where(c => !char.IsWhiteSpace(c) && c != '_' && c != '-')]);
}
