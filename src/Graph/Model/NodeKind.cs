namespace ResourceHub.Graph.Model;

/// <summary>The kinds of node in the five-society network.</summary>
public enum NodeKind
{
    /// <summary>An administrative area: city, district, township, community or village (区域).</summary>
    Area = 1,
    /// <summary>An organization of any kind (组织).</summary>
    Organization = 2,
    /// <summary>A social worker (社会工作者).</summary>
    SocialWorker = 3,
    /// <summary>A volunteer (志愿者).</summary>
    Volunteer = 4,
    /// <summary>A venue, equipment, funding, material, content or information (资源).</summary>
    Resource = 5,
    /// <summary>An older resident; personal data (老年人).</summary>
    Elder = 6,
    /// <summary>A need posted for an elder, a group or a community (需求).</summary>
    Need = 7,
    /// <summary>An activity (活动).</summary>
    Activity = 8,
    /// <summary>A government-purchased service project (项目).</summary>
    Project = 9,
    /// <summary>A referral of a need to a helper (转介).</summary>
    Referral = 10,
    /// <summary>A record of hours served (服务记录).</summary>
    ServiceRecord = 11,
    /// <summary>An elder's consent to a purpose (知情同意).</summary>
    Consent = 12,
    /// <summary>An entry of the time-bank ledger (时间银行记账).</summary>
    TimeBankEntry = 13,
    /// <summary>A booking of a venue for a time window (场地预订).</summary>
    Booking = 14,
    /// <summary>An organization's webhook (回调).</summary>
    Webhook = 15,
}
