namespace ResourceHub.Graph.Model;

/// <summary>The level of an area in the administrative hierarchy.</summary>
public enum AreaLevel
{
    /// <summary>City-level unit (市), 6-digit code ending in 00.</summary>
    City = 1,
    /// <summary>County-level unit (区/县), 6-digit code.</summary>
    District = 2,
    /// <summary>Township-level unit (街道/镇/乡), 9-digit code.</summary>
    Township = 3,
    /// <summary>Community or village (社区/村), 12-digit code.</summary>
    Community = 4,
}
