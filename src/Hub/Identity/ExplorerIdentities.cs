using System.Text.Encodings.Web;
using System.Text.Json;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Hub.Identity;

/// <summary>
/// The explorer's role switcher, in Development only: one identity per kind of user, each with a development token
/// minted for it, so a newcomer tries every example as the person it is for, writes included. The scopes are taken
/// from the network the hub serves: its first social work station (in the demo, 高塘岭街道社工站) and a social worker
/// stationed there, a volunteer living in the areas that station serves, the agency that runs it, and the
/// district (望城区), or the top area when the network has no district. Served at GET /graphql/identities; outside Development the route does not exist.
/// </summary>
internal sealed class ExplorerIdentities(NetworkIndex index, DevTokens tokens, TimeProvider clock)
{
    /// <summary>Where the explorer asks for the identities.</summary>
    public const string Path = "/graphql/identities";

    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Chinese as it is, not \u-escaped; the answer is JSON read by the explorer's script, never put into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One identity: who it is, what it may do, and its bearer token (none for the anonymous caller).</summary>
    public sealed record Identity(string Key, string Label, string LabelEn, string Detail, string DetailEn, string? Token);

    /// <summary>Writes the identities of the current network, tokens freshly minted.</summary>
    public IResult Answer()
    {
        if (!index.IsLoaded) return Results.Json(new { error = "the network is loading" }, Json, statusCode: StatusCodes.Status503ServiceUnavailable);
        return Results.Json(new { identities = Of(index.Current) }, Json);
    }

    /// <summary>The identities for a snapshot.</summary>
    public IReadOnlyList<Identity> Of(NetworkSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var now = clock.GetUtcNow();
        string Mint(DevTokenRequest request) => request.Mint(tokens, now);
        var list = new List<Identity>
        {
            new("anonymous", "匿名", "Anonymous", "公开目录和汇总", "the public directory and aggregates", null),
            new("app", "应用", "App", "第三方应用：公开目录和汇总", "a third-party app: the public directory and aggregates",
                Mint(new DevTokenRequest { Roles = ["app"], App = "explorer-demo-app", Subject = "dev:app:explorer-demo-app", Hours = Lifetime.TotalHours })),
        };

        var station = snapshot.Nodes<Organization>().Where(o => o.OrganizationKind == OrganizationKind.SocialWorkStation).MinBy(o => o.Id);
        var served = station is null ? [] : ServedCodes(snapshot, station);
        var volunteer = snapshot.Nodes<Volunteer>()
            .Where(v => served.Count == 0 || (HomeCode(snapshot, v.Id) is { } code && served.Any(code.StartsWith)))
            .MinBy(v => v.Id);
        if (volunteer is not null)
        {
            list.Add(new("volunteer", "志愿者", "Volunteer", $"{volunteer.Name}：维护本人资料", $"{volunteer.Name}: keeps their own profile",
                Mint(new DevTokenRequest { Roles = ["volunteer"], Node = GlobalId.Encode(volunteer), Name = volunteer.Name, Hours = Lifetime.TotalHours })));
        }
        if (station is not null)
        {
            var worker = Ends<SocialWorker>(snapshot, station.Id, Direction.In, LinkType.StationedAt).MinBy(w => w.Id);
            var name = worker?.Name ?? station.Name + "社工";
            list.Add(new("social_worker", "社工", "Social worker", $"{name}·{station.Name}：服务片区老人，可见其个人信息", $"{name} of {station.Name}: serves its elders and sees their personal data",
                Mint(new DevTokenRequest
                {
                    Roles = ["social_worker"], Stations = [GlobalId.Encode(station)], Node = worker is null ? null : GlobalId.Encode(worker), Name = name,
                    Hours = Lifetime.TotalHours,
                })));
            var operatorOrg = Ends<Organization>(snapshot, station.Id, Direction.In, LinkType.Supervises).MinBy(o => o.Id)
                ?? station;
            list.Add(new("org_admin", "机构管理员", "Org admin", $"{operatorOrg.Name}：维护本机构资料", $"{operatorOrg.Name}: keeps its own organization's nodes",
                Mint(new DevTokenRequest { Roles = ["org_admin"], Node = GlobalId.Encode(operatorOrg), Name = operatorOrg.Name + "管理员", Hours = Lifetime.TotalHours })));
        }
        var district = snapshot.Nodes<Area>().Where(a => a.Level == AreaLevel.District).MinBy(a => a.Code)
            ?? snapshot.Nodes<Area>().MinBy(a => (a.Code.Length, a.Code));
        if (district is not null)
        {
            list.Add(new("official", "民政局", "Official", $"{district.Name}民政局：辖区汇总和去标识记录", $"civil affairs of {district.Name}: aggregates and de-identified records",
                Mint(new DevTokenRequest { Roles = ["official"], Areas = [district.Code], Name = district.Name + "民政局", Hours = Lifetime.TotalHours })));
        }
        list.Add(new("admin", "管理员", "Admin", "枢纽管理员：全部数据和审计日志", "the hub's admin: everything, the audit log included",
            Mint(new DevTokenRequest { Roles = ["admin"], Name = "管理员", Hours = Lifetime.TotalHours })));
        return list;
    }

    // The codes of the areas a station serves (its home area when it names none); areas under them share their prefix.
    private static List<string> ServedCodes(NetworkSnapshot snapshot, Organization station)
    {
        var codes = Ends<Area>(snapshot, station.Id, Direction.Out, LinkType.Serves).Select(a => a.Code).ToList();
        if (codes.Count == 0 && NodeFacets.HomeArea(snapshot, station.Id) is { } home) codes.Add(home.Code);
        return codes;
    }

    private static List<T> Ends<T>(NetworkSnapshot snapshot, long id, Direction direction, LinkType type) where T : Node
    {
        var ends = new List<T>();
        foreach (var e in snapshot.Edges(id, direction, type))
        {
            if (snapshot.Node<T>(e.OtherId) is { } node) ends.Add(node);
        }
        return ends;
    }

    private static string? HomeCode(NetworkSnapshot snapshot, long id) => NodeFacets.HomeArea(snapshot, id)?.Code;
}
