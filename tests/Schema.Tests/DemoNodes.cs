using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests;

/// <summary>Global ids of well-known nodes of the demo network, for inputs that name other nodes.</summary>
internal static class DemoNodes
{
    /// <summary>高塘岭街道, a subdistrict.</summary>
    public static string Township(NetworkSnapshot s) => GlobalId.Encode(s.AreaByCode("430112001")!);

    /// <summary>A community of 高塘岭街道.</summary>
    public static string Community(NetworkSnapshot s) => GlobalId.Encode(s.AreaByCode("430112001001")!);

    /// <summary>Another community of 高塘岭街道.</summary>
    public static string OtherCommunity(NetworkSnapshot s) => GlobalId.Encode(s.AreaByCode("430112001002")!);

    /// <summary>高塘岭街道社工站, a social work station.</summary>
    public static string Station(NetworkSnapshot s) => Organization(s, "高塘岭街道社工站");

    /// <summary>望城区民政局, the civil affairs bureau.</summary>
    public static string Bureau(NetworkSnapshot s) => Organization(s, "望城区民政局");

    /// <summary>A social-work agency.</summary>
    public static string Agency(NetworkSnapshot s) => Organization(s, "望城区青禾社会工作服务中心");

    /// <summary>The volunteer team of 高塘岭街道.</summary>
    public static string VolunteerTeam(NetworkSnapshot s) => Organization(s, "高塘岭街道低龄老人志愿服务队");

    /// <summary>A hall (venue).</summary>
    public static string Hall(NetworkSnapshot s) => GlobalId.Encode(s.Nodes<Resource>().Single(r => r.Name == "高塘岭街道综合文化站礼堂"));

    /// <summary>An elder.</summary>
    public static string Elder(NetworkSnapshot s) => GlobalId.Encode(s.Nodes<Elder>().First());

    /// <summary>A need.</summary>
    public static string Need(NetworkSnapshot s) => GlobalId.Encode(s.Nodes<Need>().First());

    /// <summary>A volunteer of the demo.</summary>
    public static Volunteer Volunteer(NetworkSnapshot s) => s.Nodes<Volunteer>().First(v => v.IsDemo);

    public static string Organization(NetworkSnapshot s, string name) => GlobalId.Encode(s.Nodes<Organization>().Single(o => o.Name == name));
}
