using ResourceHub.Graph.Access;

namespace ResourceHub.Schema.Tests;

/// <summary>Callers of each role, as tokens would make them, for the demo network of 望城区.</summary>
public static class Callers
{
    /// <summary>An admin: every right.</summary>
    public static Caller Admin { get; } = new() { Subject = "test:admin", Roles = Roles.Admin };

    /// <summary>A social worker of 高塘岭街道 (430112001).</summary>
    public static Caller SocialWorker(string areaCode = "430112001") => new() { Subject = $"test:sw@{areaCode}", Roles = Roles.SocialWorker, AreaCodes = [areaCode] };

    /// <summary>A civil-affairs official of an area (望城区 by default).</summary>
    public static Caller Official(string areaCode = "430112") => new() { Subject = $"test:official@{areaCode}", Roles = Roles.Official, AreaCodes = [areaCode] };

    /// <summary>A third-party app.</summary>
    public static Caller App { get; } = new() { Subject = "test:app", Roles = Roles.App, AppId = "test-app" };

    /// <summary>A volunteer signed in as their own node.</summary>
    public static Caller Volunteer(long nodeId) => new() { Subject = $"test:volunteer:{nodeId}", Roles = Roles.Volunteer, NodeId = nodeId };

    /// <summary>An organization's admin.</summary>
    public static Caller OrgAdmin(long nodeId) => new() { Subject = $"test:org:{nodeId}", Roles = Roles.OrgAdmin, NodeId = nodeId };
}
