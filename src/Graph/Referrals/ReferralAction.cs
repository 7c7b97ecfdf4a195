namespace ResourceHub.Graph.Referrals;

/// <summary>The steps of a referral's lifecycle; each is one command (<see cref="ReferralCommands"/>).</summary>
public enum ReferralAction
{
    /// <summary>The sender sends a draft to the helper (发送).</summary>
    Send = 1,

    /// <summary>The helper's side takes it on (接受).</summary>
    Accept = 2,

    /// <summary>The helper's side turns it down, saying why (拒绝).</summary>
    Decline = 3,

    /// <summary>The helper's side begins the service (开始服务).</summary>
    Start = 4,

    /// <summary>The helper's side pauses it (暂停).</summary>
    Hold = 5,

    /// <summary>The helper's side takes it up again (恢复).</summary>
    Resume = 6,

    /// <summary>The helper's side ends it with an outcome (完成).</summary>
    Complete = 7,

    /// <summary>The helper's side ends it without help being given, saying why (失败).</summary>
    Fail = 8,

    /// <summary>The sender withdraws it (取消).</summary>
    Cancel = 9,

    /// <summary>The hub ends a sent referral nobody answered in time (过期).</summary>
    Expire = 10,
}

/// <summary>Whose step an action is.</summary>
public enum ReferralSide
{
    /// <summary>The sender: the social worker or organization that sent it, or the admin of the sender's organization.</summary>
    Sender = 1,

    /// <summary>The helper: the volunteer, social worker or organization referred to, or the admin of the organization that holds the helper.</summary>
    Helper = 2,

    /// <summary>The hub itself (its expiry service), or an admin.</summary>
    Hub = 3,
}
