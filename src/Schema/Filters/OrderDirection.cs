namespace ResourceHub.Schema.Filters;

/// <summary>Ascending or descending.</summary>
public enum OrderDirection
{
    /// <summary>Smallest first.</summary>
    Asc,
    /// <summary>Largest first.</summary>
    Desc,
}
