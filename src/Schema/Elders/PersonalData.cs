using System.Globalization;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Elders;

/// <summary>How personal data is masked for callers who do not serve the person.</summary>
public static class PersonalData
{
    /// <summary>An elder's need tells the elder's situations (disabled, living alone …): shown only to those who serve the elder.</summary>
    public static IReadOnlyList<string> NeedSituations(NetworkSnapshot snapshot, Need need, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(viewer);
        foreach (var e in snapshot.Edges(need.Id, Direction.In, LinkType.HasNeed))
        {
            if (snapshot.Node(e.OtherId) is Elder elder && !viewer.ServesElder(elder)) return [];
        }
        return need.Situations;
    }

    /// <summary>Keeps the first character (the surname) and masks the rest: 张某兰 → 张**.</summary>
    public static string MaskName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var info = new StringInfo(name.Trim());
        return info.LengthInTextElements == 0 ? "*" : info.SubstringByTextElements(0, 1) + "**";
    }
}
