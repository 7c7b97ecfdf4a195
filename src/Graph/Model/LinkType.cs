namespace ResourceHub.Graph.Model;

/// <summary>The typed links of the network. <see cref="LinkRules"/> says which kinds each joins.</summary>
public enum LinkType : byte
{
    /// <summary>Home area of an actor, resource or activity (位于).</summary>
    LocatedIn = 1,
    /// <summary>An area within its parent area, or a unit within its organization (隶属).</summary>
    PartOf = 2,
    /// <summary>Service area (服务).</summary>
    Serves = 3,
    /// <summary>Membership of an organization or team (成员).</summary>
    MemberOf = 4,
    /// <summary>Leadership of an organization, team or activity (带领).</summary>
    Leads = 5,
    /// <summary>Employment (受雇于).</summary>
    EmployedBy = 6,
    /// <summary>Where a social worker is stationed (驻点).</summary>
    StationedAt = 7,
    /// <summary>Supervision (督导).</summary>
    Supervises = 8,
    /// <summary>Empowerment (赋能).</summary>
    Empowers = 9,
    /// <summary>Incubation (孵化).</summary>
    Incubates = 10,
    /// <summary>Partnership (合作).</summary>
    PartnersWith = 11,
    /// <summary>A purchaser contracting a project (购买服务).</summary>
    Contracts = 12,
    /// <summary>Training (培训).</summary>
    Trains = 13,
    /// <summary>Guidance (指导).</summary>
    Guides = 14,
    /// <summary>Ownership of a resource (拥有).</summary>
    Owns = 15,
    /// <summary>Providing the use of a resource (提供).</summary>
    Provides = 16,
    /// <summary>A donation (捐赠).</summary>
    Donates = 17,
    /// <summary>Who has a need (有需求).</summary>
    HasNeed = 18,
    /// <summary>The venue of an activity (举办于).</summary>
    HostedAt = 19,
    /// <summary>The organizer of an activity (主办).</summary>
    OrganizedBy = 20,
    /// <summary>Who delivers an activity or a project (承接/实施).</summary>
    DeliveredBy = 21,
    /// <summary>A need referred to a helper (转介至).</summary>
    ReferredTo = 22,
}
