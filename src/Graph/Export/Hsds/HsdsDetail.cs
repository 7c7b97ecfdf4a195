namespace ResourceHub.Graph.Export.Hsds;

/// <summary>How much of an HSDS object is written.</summary>
public enum HsdsDetail
{
    /// <summary>A service's id, name, status and last_modified only (the API's <c>minimal</c>).</summary>
    Minimal = 1,
    /// <summary>The object's one-to-one fields, with its parent's (a service's organization) as the API's lists give them.</summary>
    List = 2,
    /// <summary>The one-to-one fields and the object's own parts (attributes, schedules, phones …), other objects by id: the export.</summary>
    Record = 3,
    /// <summary>Everything, related objects nested: the API's answers by id and <c>full</c>.</summary>
    Full = 4,
}
