namespace ResourceHub.Graph.Model;

/// <summary>Where a need stands.</summary>
public enum NeedStatus
{
    /// <summary>Open, looking for help (待响应).</summary>
    Open = 1,
    /// <summary>Referred to a helper (已转介).</summary>
    Referred = 2,
    /// <summary>Met (已满足).</summary>
    Met = 3,
    /// <summary>Closed without help (已关闭).</summary>
    Closed = 4,
}
