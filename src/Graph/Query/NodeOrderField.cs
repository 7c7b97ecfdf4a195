namespace ResourceHub.Graph.Query;

/// <summary>What to order nodes by; ties are broken by id.</summary>
public enum NodeOrderField
{
    /// <summary>Creation order (id).</summary>
    Created = 0,
    /// <summary>Name, by Unicode code point (stable for Chinese).</summary>
    Name = 1,
    /// <summary>Distance from the point of the <see cref="NodeFilter.Near"/> condition; nodes without a point last.</summary>
    Distance = 2,
}
