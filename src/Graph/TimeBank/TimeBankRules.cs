namespace ResourceHub.Graph.TimeBank;

/// <summary>
/// The operator's limits on the time bank (时间银行): no account's balance goes below <see cref="Floor"/>, and no
/// volunteer banks more than <see cref="Cap"/> credits. The write path holds every change set to them.
/// </summary>
public sealed record TimeBankRules
{
    /// <summary>The usual limits: no overdraft, at most 1,500 credits banked per volunteer.</summary>
    public static TimeBankRules Default { get; } = new();

    /// <summary>The lowest balance an account may reach; 0 (no overdraft) unless the operator allows some.</summary>
    public decimal Floor { get; init; }

    /// <summary>The most credits a volunteer may hold.</summary>
    public decimal Cap { get; init; } = 1500;

    /// <summary>What is wrong with the limits; none when they are good.</summary>
    public IEnumerable<string> Check()
    {
        if (Floor > 0) yield return "Hub:TimeBank:Floor must be 0 or below (a negative floor allows an overdraft)";
        if (Cap <= 0) yield return "Hub:TimeBank:Cap must be more than 0";
    }
}
