using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Analytics;

/// <summary>The society a node stands for, by the rules <see cref="AreaAnalytics.Coverage"/> counts them with.</summary>
public static class Societies
{
    /// <summary>The society of a node.</summary>
    public static Society Of(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            Area => Society.Community,
            Organization { OrganizationKind: OrganizationKind.Foundation } => Society.CharitableResource,
            Organization { OrganizationKind: OrganizationKind.SocialWorkStation or OrganizationKind.SocialWorkOffice } => Society.SocialWorker,
            Organization o when o.IsSocialOrganization => Society.SocialOrganization,
            SocialWorker => Society.SocialWorker,
            Volunteer => Society.Volunteer,
            Resource => Society.CharitableResource,
            _ => Society.Other,
        };
    }
}
