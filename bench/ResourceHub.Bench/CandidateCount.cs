using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;

namespace ResourceHub.Bench;

/// <summary>
/// The size of the question: per need, the nodes of its 3-hop neighbourhood (which the bare search walks whole) and
/// the helpers in the place-grid cells that the travel circle touches (0.05° cells, as <c>SpatialGrid</c>). The
/// engine reads only the candidates among them: on the last hop the helpers offering a related code, from the grid
/// those within the circle, and of those only the ones whose bound can still beat its answers.
/// </summary>
internal static class CandidateCount
{
    private const double CellDegrees = 0.05;

    /// <summary>Mean nodes per hop count (0 to 3) over the needs, and the mean sum of the degrees of the nodes expanded at each hop.</summary>
    public static (double[] Nodes, double[] Degrees) ByHop(NetworkSnapshot s, IReadOnlyList<Need> needs)
    {
        var bare = new BareSearch(s);
        double[] nodes = new double[4], degrees = new double[4];
        foreach (var need in needs)
        {
            var chain = ComparedQuestion.AreaChain(s, need.Id);
            foreach (var (id, hop) in bare.Hops(need.Id))
            {
                nodes[hop] += 1.0 / needs.Count;
                if (ComparedQuestion.Expands(s.Node(id)!, chain)) degrees[hop] += (s.Edges(id, Direction.Out).Count + s.Edges(id, Direction.In).Count) / (double)needs.Count;
            }
        }
        return (nodes, degrees);
    }

    public static (double Reached, double Placed, int MaxPlaced) Of(NetworkSnapshot s, IReadOnlyList<Need> needs)
    {
        var cells = new Dictionary<(int, int), int>();
        foreach (var node in s.Nodes())
        {
            if (!HelperRules.IsHelper(node) || NodeFacets.Position(s, node) is not { } p) continue;
            var cell = Cell(p.Lat, p.Lon);
            cells[cell] = cells.GetValueOrDefault(cell) + 1;
        }
        var bare = new BareSearch(s);
        double reached = 0, placed = 0;
        var max = 0;
        foreach (var need in needs)
        {
            reached += bare.Hops(need.Id).Count;
            if (HelpFinder.NeedPoint(s, NeedSpec.Of(s, need)) is not { } c) continue;
            var dLat = MatchOptions.DefaultKm / 111.0;
            var dLon = MatchOptions.DefaultKm / (111.0 * Math.Max(0.05, Math.Cos(double.DegreesToRadians(c.Lat))));
            var (a0, o0) = Cell(c.Lat - dLat, c.Lon - dLon);
            var (a1, o1) = Cell(c.Lat + dLat, c.Lon + dLon);
            var n = 0;
            for (var a = a0; a <= a1; a++)
            {
                for (var o = o0; o <= o1; o++) n += cells.GetValueOrDefault((a, o));
            }
            placed += n;
            max = Math.Max(max, n);
        }
        return (reached / needs.Count, placed / needs.Count, max);
    }

    private static (int, int) Cell(double lat, double lon) => ((int)Math.Floor(lat / CellDegrees), (int)Math.Floor(lon / CellDegrees));
}
