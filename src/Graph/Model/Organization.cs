namespace ResourceHub.Graph.Model;

/// <summary>An organization (组织): agency, station, office, association, group, troupe, team, unit, company, media, department or foundation.</summary>
public sealed record Organization : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Organization;

    /// <summary>What kind of organization it is.</summary>
    public OrganizationKind OrganizationKind { get; init; }

    /// <summary>How it is registered.</summary>
    public RegistrationStatus Registration { get; init; }

    /// <summary>Services offered, as service taxonomy codes.</summary>
    public IReadOnlyList<string> Services { get; init; } = [];

    /// <summary>Situations served, as situation taxonomy codes; empty means everyone.</summary>
    public IReadOnlyList<string> Situations { get; init; } = [];

    /// <summary>Public contact of the organization (not of a person).</summary>
    public string? Contact { get; init; }

    /// <summary>How many needs it can take on at once; null means no set limit.</summary>
    public int? Capacity { get; init; }

    /// <summary>How far the organization (a volunteer team, a troupe) travels for in-person help, km; null when it states none.</summary>
    public double? MaxTravelKm { get; init; }

    /// <summary>When it is available to help.</summary>
    public WeeklySchedule Availability { get; init; }

    /// <summary>True for the social organizations of the five-society linkage (社会组织).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsSocialOrganization => OrganizationKind is OrganizationKind.SocialWorkAgency or OrganizationKind.ElderlyAssociation
        or OrganizationKind.InterestGroup or OrganizationKind.ArtTroupe or OrganizationKind.VolunteerTeam or OrganizationKind.Foundation;
}
