namespace ResourceHub.Graph.Model;

/// <summary>The kinds of organization in the network.</summary>
public enum OrganizationKind
{
    /// <summary>Social-work agency (社工机构).</summary>
    SocialWorkAgency = 1,
    /// <summary>Township social work station (乡镇/街道社工站).</summary>
    SocialWorkStation = 2,
    /// <summary>Community social-work office (社区社会工作室).</summary>
    SocialWorkOffice = 3,
    /// <summary>Elderly association (老年协会).</summary>
    ElderlyAssociation = 4,
    /// <summary>Interest group (兴趣小组).</summary>
    InterestGroup = 5,
    /// <summary>Art troupe (文艺队).</summary>
    ArtTroupe = 6,
    /// <summary>Volunteer team (志愿队).</summary>
    VolunteerTeam = 7,
    /// <summary>Cultural unit (文化单位).</summary>
    CulturalUnit = 8,
    /// <summary>Education unit: university for the elderly, college (教育单位, 老年大学).</summary>
    EducationUnit = 9,
    /// <summary>Market entity, e.g. a state-owned elderly-care company (市场主体).</summary>
    MarketEntity = 10,
    /// <summary>Media (媒体).</summary>
    Media = 11,
    /// <summary>Government department (政府部门).</summary>
    GovernmentDepartment = 12,
    /// <summary>Foundation or charity (基金会/慈善组织).</summary>
    Foundation = 13,
}
