namespace ResourceHub.Graph.Persistence;

/// <summary>
/// One committed change in the append-only change log: when, by whom, and which node and link ids it wrote
/// or removed. It holds ids only, never personal data; a follower re-reads the rows it names.
/// </summary>
public sealed class ChangeLogRow
{
    /// <summary>Sequence number, 1, 2, 3 … without gaps.</summary>
    public long Sequence { get; set; }

    /// <summary>When, Unix milliseconds.</summary>
    public long At { get; set; }

    /// <summary>Who made the change (a user or system name).</summary>
    public string Actor { get; set; } = "";

    /// <summary>The ids written and removed, as JSON.</summary>
    public string Changes { get; set; } = "{}";
}
