namespace ResourceHub.Graph.Model;

/// <summary>What an area is, within its level.</summary>
public enum AreaKind
{
    /// <summary>City (市).</summary>
    City = 1,
    /// <summary>District or county (区/县).</summary>
    District = 2,
    /// <summary>Urban subdistrict (街道), township code 001-099.</summary>
    Subdistrict = 3,
    /// <summary>Town (镇), township code 100-199.</summary>
    Town = 4,
    /// <summary>Rural township (乡), township code 200-399.</summary>
    Township = 5,
    /// <summary>Urban community (社区, 居委会), code 001-199.</summary>
    Community = 6,
    /// <summary>Village (村, 村委会), code 200-399.</summary>
    Village = 7,
}
