namespace ResourceHub.Graph.Model;

/// <summary>How a completed referral ended.</summary>
public enum ReferralOutcome
{
    /// <summary>The elder got help (获得帮助).</summary>
    GotHelp = 1,
    /// <summary>The helper could not help (无法帮助).</summary>
    CouldNotHelp = 2,
    /// <summary>No longer needed (不再需要).</summary>
    NoLongerNeeded = 3,
}
