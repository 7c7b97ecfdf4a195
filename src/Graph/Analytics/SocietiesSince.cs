namespace ResourceHub.Graph.Analytics;

/// <summary>Since when each of the five societies has been present in an area; null for one that is not.</summary>
/// <param name="Community">A community or village is part of it (an administrative unit: no since).</param>
/// <param name="SocialOrganization">Since a social organization has been tied to it.</param>
/// <param name="SocialWorker">Since a social worker has been.</param>
/// <param name="Volunteer">Since a volunteer has been.</param>
/// <param name="CharitableResource">Since a charitable resource has been.</param>
public sealed record SocietiesSince(bool Community, DateOnly? SocialOrganization, DateOnly? SocialWorker, DateOnly? Volunteer, DateOnly? CharitableResource)
{
    /// <summary>Which are present.</summary>
    public LinkageCoverage Coverage => new(Community, SocialOrganization is not null, SocialWorker is not null, Volunteer is not null, CharitableResource is not null);

    /// <summary>Since when all five have been present (the latest of the four that arrive); null when the linkage is not complete.</summary>
    public DateOnly? Complete => Coverage.Complete ? new[] { SocialOrganization!.Value, SocialWorker!.Value, Volunteer!.Value, CharitableResource!.Value }.Max() : null;
}
