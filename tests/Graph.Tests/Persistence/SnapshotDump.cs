using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Graph.Tests.Persistence;

/// <summary>A snapshot written out line by line (nodes, links, both adjacency directions, counts, keys), so two snapshots compare as text.</summary>
internal static class SnapshotDump
{
    public static List<string> Lines(NetworkSnapshot s)
    {
        var lines = new List<string> { $"sequence {s.Sequence}", $"nodes {s.NodeCount}", $"links {s.LinkCount}" };
        lines.AddRange(Enum.GetValues<NodeKind>().Select(k => $"count {k} {s.Count(k)}"));
        foreach (var n in s.Nodes())
        {
            lines.Add($"node {n.Id} {n.Kind} v{n.Version} {n.Name} {n.CreatedAt.ToUnixTimeMilliseconds()} {n.UpdatedAt.ToUnixTimeMilliseconds()} {NetworkJson.SerializeNode(n)}");
            foreach (var dir in (Direction[])[Direction.Out, Direction.In])
            {
                var edges = new List<string>();
                foreach (var e in s.Edges(n.Id, dir)) edges.Add($"{e.Type}:{e.OtherId}:{e.LinkId}");
                if (edges.Count > 0) lines.Add($"  {dir} {string.Join(' ', edges)}");
            }
            lines.Add($"  kind {s.KindOf(n.Id)} services {s.ServicesOf(n.Id)} referencedBy {string.Join(',', s.ReferencedBy(n.Id))}");
            if (n is Area a) lines.Add($"  key {(s.AreaByCode(a.Code)?.Id == n.Id)}");
            if (n is Volunteer v) lines.Add($"  key {(s.VolunteerByNumber(v.VolunteerNumber)?.Id == n.Id)}");
        }
        foreach (var l in s.Links())
            lines.Add($"link {l.Id} {l.Type} {l.FromId}->{l.ToId} v{l.Version} {NetworkJson.SerializeLinkData(l)}");
        return lines;
    }

    /// <summary>Asserts two snapshots hold the same network, naming the first line that differs.</summary>
    public static void AssertSame(NetworkSnapshot expected, NetworkSnapshot actual)
    {
        var a = Lines(expected);
        var b = Lines(actual);
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            if (a[i] != b[i]) Assert.Fail($"snapshots differ at line {i}:\n expected: {a[i]}\n actual:   {b[i]}");
        }
        Assert.Equal(a.Count, b.Count);
    }
}
