using System.Globalization;
using Microsoft.Data.Sqlite;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Bench;

/// <summary>
/// What the index holds per node and per link, by kind: the network of a size loaded once, then for each node kind an
/// index of only that kind's nodes, and for each link type an index of every node with only that type's links, each
/// measured as the managed heap it keeps after a full collection, and set against the same index of every other row of
/// them (half), so what an index holds whatever its rows cancels out. A node kind's bytes include its share of every
/// structure the index derives (search terms, the place grid); a link type's bytes are over the nodes-only index.
/// </summary>
internal static class MemoryRun
{
    public static async Task<int> RunAsync(BenchSize size)
    {
        var (nodes, links) = await RowsAsync(size);
        var (nodeCount, linkCount) = (nodes.Count, links.Count);
        var whole = Held(() => NetworkSnapshot.Build(nodes, links, 1));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{size}] {nodeCount:N0} nodes, {linkCount:N0} links: the index over them holds {whole / 1048576.0:N0} MiB managed beside the records"));

        Console.WriteLine("| Node kind | Count | Its record | Its share of the index | Bytes per node |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        long nodeBytes = 0;
        foreach (var kind in nodes.GroupBy(n => n.Kind).OrderByDescending(g => g.Count()))
        {
            var record = Held(() => ReadNodes(size.DatabasePath, kind.Key)) / (double)kind.Count();
            var (perNode, bytes) = Marginal(kind.ToList(), only => NetworkSnapshot.Build(only, [], 1));
            nodeBytes += bytes + (long)(record * kind.Count());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind.Key} | {kind.Count():N0} | {record:N0} | {perNode:N0} | {record + perNode:N0} |"));
        }
        Console.WriteLine();
        Console.WriteLine("| Link type | Count | Its record | Its share of the index | Bytes per link |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        long linkBytes = 0;
        foreach (var type in links.GroupBy(l => l.Type).OrderByDescending(g => g.Count()))
        {
            var record = Held(() => ReadLinks(size.DatabasePath, type.Key)) / (double)type.Count();
            var (perLink, bytes) = Marginal(type.ToList(), only => NetworkSnapshot.Build(nodes, only, 1));
            linkBytes += bytes + (long)(record * type.Count());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {type.Key} | {type.Count():N0} | {record:N0} | {perLink:N0} | {record + perLink:N0} |"));
        }
        var loaded = Held(() => BenchNetwork.LoadSnapshotAsync(size.DatabasePath).GetAwaiter().GetResult());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{size}] loaded afresh (records and index): {loaded / 1048576.0:N0} MiB managed; by kind summed: nodes {nodeBytes / 1048576.0:N0} MiB, links {linkBytes / 1048576.0:N0} MiB; the index over the rows alone {whole / 1048576.0:N0} MiB"));
        return 0;
    }

    // A kind's nodes as the store reads them, each its own record.
    private static List<Node> ReadNodes(string path, NodeKind kind) =>
        Read(path, $"SELECT id, kind, version, name, data, created_at, updated_at FROM nodes WHERE kind = {(int)kind}",
            r => NetworkJson.DeserializeNode(r.GetInt64(0), (NodeKind)r.GetInt32(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetInt64(5), r.GetInt64(6)));

    private static List<Link> ReadLinks(string path, LinkType type) =>
        Read(path, $"SELECT id, type, from_id, to_id, version, data FROM links WHERE type = {(int)type}",
            r => NetworkJson.DeserializeLink(r.GetInt64(0), (LinkType)r.GetInt32(1), r.GetInt64(2), r.GetInt64(3), r.GetInt32(4), r.IsDBNull(5) ? null : r.GetString(5)));

    private static List<T> Read<T>(string path, string sql, Func<SqliteDataReader, T> read)
    {
        using var conn = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        conn.Open();
        using var cmd = conn.CreateCommand();
#pragma warning disable CA2100 // a constant statement with an enum's number
        cmd.CommandText = sql;
#pragma warning restore CA2100
        using var r = cmd.ExecuteReader();
        var rows = new List<T>();
        while (r.Read()) rows.Add(read(r));
        return rows;
    }

    // The rows of a size's network, without the index they were loaded into.
    private static async Task<(List<Node> Nodes, List<Link> Links)> RowsAsync(BenchSize size)
    {
        var loaded = await BenchNetwork.LoadSnapshotAsync(size.DatabasePath);
        return (loaded.Nodes().ToList(), loaded.Links().ToList());
    }

    // What one more row costs: the index of all the rows less the index of half of them, per row of the difference, so what
    // an index holds whatever its rows (arrays over the id range, the grid's cells) cancels out; and that per row times the rows.
    private static (double PerRow, long Bytes) Marginal<T>(List<T> rows, Func<List<T>, NetworkSnapshot> build)
    {
        var half = rows.Where((_, i) => i % 2 == 0).ToList();
        var perRow = (Held(() => build(rows)) - Held(() => build(half))) / (double)(rows.Count - half.Count);
        return (perRow, (long)(perRow * rows.Count));
    }

    // The managed bytes what make builds keeps alive, after full collections before and after.
    private static long Held<T>(Func<T> make)
    {
        var before = Collected();
        var made = make();
        var after = Collected();
        GC.KeepAlive(made);
        return after - before;
    }

    private static long Collected()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
