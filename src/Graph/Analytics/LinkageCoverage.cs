namespace ResourceHub.Graph.Analytics;

/// <summary>Which of the five societies (五社) are present in an area.</summary>
/// <param name="Community">A community or village (社区) is part of the area.</param>
/// <param name="SocialOrganization">A social organization (社会组织) is located in or serves it.</param>
/// <param name="SocialWorker">A social worker (社会工作者) is located in, serves, or is stationed at a station or office of it.</param>
/// <param name="Volunteer">A volunteer (社区志愿者) is located in or serves it.</param>
/// <param name="CharitableResource">A charitable resource (社会慈善资源: a resource, or a foundation) is located in or serves it.</param>
public sealed record LinkageCoverage(bool Community, bool SocialOrganization, bool SocialWorker, bool Volunteer, bool CharitableResource)
{
    /// <summary>True when all five are present: the linkage is complete.</summary>
    public bool Complete => Community && SocialOrganization && SocialWorker && Volunteer && CharitableResource;
}
