namespace ResourceHub.Graph.Model;

/// <summary>With whom an elder lives.</summary>
public enum LivingSituation
{
    /// <summary>Living alone (独居).</summary>
    Alone = 1,
    /// <summary>With spouse only (空巢, empty nest).</summary>
    WithSpouse = 2,
    /// <summary>With family (与家人同住).</summary>
    WithFamily = 3,
    /// <summary>In a care home (机构养老).</summary>
    InCare = 4,
}
