namespace ResourceHub.Graph.Analytics;

/// <summary>Which of the five societies (五社) a node of the support network stands for, as the map colours it.</summary>
public enum Society
{
    /// <summary>A community or another area (社区).</summary>
    Community = 1,

    /// <summary>A social organization (社会组织).</summary>
    SocialOrganization = 2,

    /// <summary>Social work: a social worker, a station or an office (社会工作者).</summary>
    SocialWorker = 3,

    /// <summary>A volunteer (社区志愿者).</summary>
    Volunteer = 4,

    /// <summary>A charitable resource: a resource or a foundation (社会慈善资源).</summary>
    CharitableResource = 5,

    /// <summary>Another actor (a government department, a company, a school), an activity or a project (其他).</summary>
    Other = 6,
}
