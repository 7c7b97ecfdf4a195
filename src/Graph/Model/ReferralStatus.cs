namespace ResourceHub.Graph.Model;

/// <summary>The lifecycle of a referral (after the HL7 FHIR task).</summary>
public enum ReferralStatus
{
    /// <summary>Draft (草稿).</summary>
    Draft = 1,
    /// <summary>Sent (已发送).</summary>
    Sent = 2,
    /// <summary>Accepted (已接受).</summary>
    Accepted = 3,
    /// <summary>Declined, with a reason (已拒绝).</summary>
    Declined = 4,
    /// <summary>In progress (服务中).</summary>
    InProgress = 5,
    /// <summary>On hold (暂停).</summary>
    OnHold = 6,
    /// <summary>Completed, with an outcome (已完成).</summary>
    Completed = 7,
    /// <summary>Failed, with a reason (失败).</summary>
    Failed = 8,
    /// <summary>Cancelled by the sender (已取消).</summary>
    Cancelled = 9,
    /// <summary>Expired without an answer (已过期).</summary>
    Expired = 10,
}
