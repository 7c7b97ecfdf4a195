using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Access;

/// <summary>
/// The names shown in place of personal ones, made only from what every caller who sees the node may see: an elder's
/// age band and community, a need's categories and area. Changing a hidden name never changes them.
/// </summary>
public static class PublicLabels
{
    /// <summary>An elder as those who do not serve the elder see them: 80-89岁老人（月悦社区）.</summary>
    public static string Elder(NetworkSnapshot snapshot, Elder elder)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(elder);
        var age = elder.AgeBand switch
        {
            AgeBand.From60To69 => "60-69岁",
            AgeBand.From70To79 => "70-79岁",
            AgeBand.From80To89 => "80-89岁",
            AgeBand.From90 => "90岁以上",
            _ => "",
        };
        return NodeFacets.HomeArea(snapshot, elder.Id) is { } area ? $"{age}老人（{area.Name}）" : $"{age}老人";
    }

    /// <summary>
    /// The public title of a need whose text is personal: the Chinese labels of what it asks, and its area —
    /// 送节目上门、上门探访（月悦社区）.
    /// </summary>
    public static string NeedTitle(NetworkSnapshot snapshot, Need need)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(need);
        var asks = string.Join("、", need.Categories.Select(c => ServiceTaxonomy.Find(c)?.Zh ?? c));
        if (asks.Length == 0) asks = "需求";
        var title = NodeFacets.NeedArea(snapshot, need.Id) is { } area ? $"{asks}（{area.Name}）" : asks;
        return title.Length <= Changes.NodeRules.MaxNameLength ? title : title[..Changes.NodeRules.MaxNameLength];
    }
}
