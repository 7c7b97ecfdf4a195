namespace ResourceHub.Graph.Model;

/// <summary>The kinds of resource.</summary>
public enum ResourceKind
{
    /// <summary>Venue (场地).</summary>
    Venue = 1,
    /// <summary>Equipment (设备).</summary>
    Equipment = 2,
    /// <summary>Funding (资金).</summary>
    Funding = 3,
    /// <summary>Material (物资).</summary>
    Material = 4,
    /// <summary>Cultural content: programme or course (节目/课程).</summary>
    CulturalContent = 5,
    /// <summary>Information (信息).</summary>
    Information = 6,
}
