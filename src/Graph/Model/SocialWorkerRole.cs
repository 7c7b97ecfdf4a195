namespace ResourceHub.Graph.Model;

/// <summary>Where and how a social worker works.</summary>
public enum SocialWorkerRole
{
    /// <summary>Stationed at a township social work station (驻站社工).</summary>
    Station = 1,
    /// <summary>Community social worker (社区社工).</summary>
    Community = 2,
    /// <summary>Agency social worker (机构社工).</summary>
    Agency = 3,
    /// <summary>Medical social worker (医务社工).</summary>
    Medical = 4,
}
