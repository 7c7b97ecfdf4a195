using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Persistence.Neo4j;

/// <summary>
/// Every statement the Neo4j store sends, in the dialect of the server's version: 3.x has its constraints as
/// <c>CREATE CONSTRAINT ON … ASSERT</c> and no points as properties; 4.4 and later write <c>FOR … REQUIRE</c> and keep
/// where a node is as a point. <see cref="All"/> lists them, for the linter.
/// </summary>
public sealed class Neo4jCypher
{
    /// <summary>The statements for a server of <paramref name="major"/>.<paramref name="minor"/>.</summary>
    public Neo4jCypher(int major, int minor)
    {
        Major = major;
        Minor = minor;
    }

    /// <summary>The server's major version.</summary>
    public int Major { get; }

    /// <summary>The server's minor version.</summary>
    public int Minor { get; }

    /// <summary>True where a point can be a property (4.x and 5.x; 3.4 and later too, but 3.x is held to 3.1's floats).</summary>
    public bool Points => Major >= 4;

    /// <summary>The node that holds the change log's head and the id counters.</summary>
    public const string HeadLabel = "HubHead";

    // What is unique: each node's id, each change's sequence, each key, each audit entry's id, each head's name.
    private static readonly (string Name, string Label, string Property)[] Unique =
    [
        ("hub_node_id", Neo4jRecords.NodeLabel, "id"),
        ("hub_change_seq", "ChangeLogEntry", "seq"),
        ("hub_mutation_key", "ClientMutation", "key"),
        ("hub_audit_id", "AuditEntry", "id"),
        ("hub_head_name", HeadLabel, "name"),
    ];

    /// <summary>The uniqueness constraints, each a schema statement of its own (none may share a transaction with data).</summary>
    public IReadOnlyList<string> Constraints => [.. Unique.Select(u => Major switch
    {
        < 4 => $"CREATE CONSTRAINT ON (n:{u.Label}) ASSERT n.{u.Property} IS UNIQUE",
        4 when Minor < 4 => $"CREATE CONSTRAINT {u.Name} IF NOT EXISTS ON (n:{u.Label}) ASSERT n.{u.Property} IS UNIQUE",
        _ => $"CREATE CONSTRAINT {u.Name} IF NOT EXISTS FOR (n:{u.Label}) REQUIRE n.{u.Property} IS UNIQUE",
    })];

    /// <summary>Creates the heads of the network and of the audit log, once.</summary>
    public string CreateHeads =>
        $"MERGE (h:{HeadLabel} {{name: 'network'}}) ON CREATE SET h.seq = 0, h.nextNode = 1, h.nextLink = 1, h.locks = 0 " +
        $"MERGE (a:{HeadLabel} {{name: 'audit'}}) ON CREATE SET a.nextId = 1";

    /// <summary>
    /// Moves the id counters past every id there is: a database filled by a bulk import or a script, not by the hub,
    /// gets its next ids after the ones it holds.
    /// </summary>
    public string AdvanceCounters =>
        $"MATCH (h:{HeadLabel} {{name: 'network'}}) OPTIONAL MATCH (n:{Neo4jRecords.NodeLabel}) WITH h, max(n.id) AS top " +
        "SET h.nextNode = CASE WHEN top IS NOT NULL AND top >= h.nextNode THEN top + 1 ELSE h.nextNode END " +
        $"WITH h OPTIONAL MATCH (:{Neo4jRecords.NodeLabel})-[r]->(:{Neo4jRecords.NodeLabel}) WITH h, max(r.id) AS top " +
        "SET h.nextLink = CASE WHEN top IS NOT NULL AND top >= h.nextLink THEN top + 1 ELSE h.nextLink END";

    /// <summary>The head.</summary>
    public string Head => $"MATCH (h:{HeadLabel} {{name: 'network'}}) RETURN h.seq";

    /// <summary>
    /// Takes the write lock — a write to the head node, which Neo4j holds until the transaction ends, so writers from every
    /// instance go one at a time — and reads the head under it.
    /// </summary>
    public string Lock => $"MATCH (h:{HeadLabel} {{name: 'network'}}) SET h.locks = h.locks + 1 RETURN h.seq";

    /// <summary>Takes <c>$nodes</c> node ids and <c>$links</c> link ids; returns the first of each.</summary>
    public string TakeIds =>
        $"MATCH (h:{HeadLabel} {{name: 'network'}}) SET h.nextNode = h.nextNode + $nodes, h.nextLink = h.nextLink + $links " +
        "RETURN h.nextNode - $nodes, h.nextLink - $links";

    /// <summary>The first of <c>$rows</c> (id, version) whose node is gone or has another version.</summary>
    public string StaleNode =>
        $"UNWIND $rows AS row OPTIONAL MATCH (n:{Neo4jRecords.NodeLabel} {{id: row.id}}) " +
        "WITH row, n WHERE n IS NULL OR n.version <> row.version RETURN row.id LIMIT 1";

    /// <summary>The first of <c>$rows</c> (id, from, to, version) whose link is gone or has another version.</summary>
    public string StaleLink =>
        $"UNWIND $rows AS row OPTIONAL MATCH (:{Neo4jRecords.NodeLabel} {{id: row.from}})-[r]->(:{Neo4jRecords.NodeLabel} {{id: row.to}}) WHERE r.id = row.id " +
        "WITH row, r WHERE r IS NULL OR r.version <> row.version RETURN row.id LIMIT 1";

    /// <summary>Deletes the links of <c>$rows</c> (id, from, to): found from their source node, as 3.x indexes no relationship.</summary>
    public string DeleteLinks =>
        $"UNWIND $rows AS row MATCH (:{Neo4jRecords.NodeLabel} {{id: row.from}})-[r]->(:{Neo4jRecords.NodeLabel} {{id: row.to}}) WHERE r.id = row.id DELETE r RETURN count(r)";

    /// <summary>Deletes the nodes of <c>$ids</c>, whose links are gone already (a node with links left is refused).</summary>
    public string DeleteNodes => $"UNWIND $ids AS id MATCH (n:{Neo4jRecords.NodeLabel} {{id: id}}) DELETE n RETURN count(n)";

    /// <summary>Creates nodes of one kind from <c>$rows</c> (props, lat, lon).</summary>
    public string CreateNodes(NodeKind kind) =>
        $"UNWIND $rows AS row CREATE (n:{Neo4jRecords.NodeLabel}:{Neo4jRecords.Label(kind)}) SET n = row.props{SetPoint} RETURN count(n)";

    /// <summary>Replaces the properties of the nodes of <c>$rows</c> (props, lat, lon).</summary>
    public string UpdateNodes => $"UNWIND $rows AS row MATCH (n:{Neo4jRecords.NodeLabel} {{id: row.props.id}}) SET n = row.props{SetPoint} RETURN count(n)";

    private string SetPoint => Points
        ? ", n.point = CASE WHEN row.lat IS NULL THEN null ELSE point({latitude: row.lat, longitude: row.lon}) END"
        : "";

    /// <summary>Creates links of one type from <c>$rows</c> (from, to, props).</summary>
    public string CreateLinks(LinkType type) =>
        $"UNWIND $rows AS row MATCH (a:{Neo4jRecords.NodeLabel} {{id: row.from}}) MATCH (b:{Neo4jRecords.NodeLabel} {{id: row.to}}) " +
        $"CREATE (a)-[r:{Neo4jRecords.TypeName(type)}]->(b) SET r = row.props RETURN count(r)";

    /// <summary>Replaces the properties of the links of <c>$rows</c> (from, to, props).</summary>
    public string UpdateLinks =>
        $"UNWIND $rows AS row MATCH (:{Neo4jRecords.NodeLabel} {{id: row.from}})-[r]->(:{Neo4jRecords.NodeLabel} {{id: row.to}}) WHERE r.id = row.props.id " +
        "SET r = row.props RETURN count(r)";

    /// <summary>Moves the head to <c>$seq</c> and writes its change-log entry (the ids as JSON, and each written link's source).</summary>
    public string AppendChange =>
        $"MATCH (h:{HeadLabel} {{name: 'network'}}) SET h.seq = $seq " +
        "CREATE (:ChangeLogEntry {seq: $seq, at: $at, actor: $actor, changes: $changes, linkSources: $linkSources})";

    /// <summary>Keeps an idempotency key with the change it was committed in.</summary>
    public string AppendKey => "CREATE (:ClientMutation {key: $key, seq: $seq, ids: $ids, at: $at})";

    /// <summary>Appends audit entries <c>$rows</c>, numbered after those before them.</summary>
    public string AppendAudit =>
        $"MATCH (h:{HeadLabel} {{name: 'audit'}}) SET h.nextId = h.nextId + size($rows) " +
        "WITH h.nextId - size($rows) AS first UNWIND range(0, size($rows) - 1) AS i " +
        "CREATE (a:AuditEntry) SET a = $rows[i], a.id = first + i";

    /// <summary>Up to <c>$first</c> audit entries after <c>$after</c>, of <c>$node</c> and <c>$subject</c> when given.</summary>
    public string ReadAudit =>
        "MATCH (a:AuditEntry) WHERE a.id > $after AND ($node IS NULL OR a.nodeId = $node) AND ($subject IS NULL OR a.subject = $subject) " +
        "RETURN properties(a) ORDER BY a.id LIMIT $first";

    /// <summary>The change committed under <c>$key</c>.</summary>
    public string FindKey => "MATCH (k:ClientMutation {key: $key}) RETURN k.seq, k.ids";

    /// <summary>Every node: id, kind label, properties and, on 4.x and 5.x, its point's latitude and longitude.</summary>
    public string AllNodes => $"MATCH (n:{Neo4jRecords.NodeLabel}) RETURN {NodeColumns}";

    /// <summary>Every link: type, source id, target id, properties.</summary>
    public string AllLinks => $"MATCH (a:{Neo4jRecords.NodeLabel})-[r]->(b:{Neo4jRecords.NodeLabel}) RETURN type(r), a.id, b.id, properties(r)";

    /// <summary>The nodes of <c>$ids</c> that exist.</summary>
    public string NodesById => $"UNWIND $ids AS id MATCH (n:{Neo4jRecords.NodeLabel} {{id: id}}) RETURN {NodeColumns}";

    /// <summary>The links of <c>$rows</c> (id, from) that exist.</summary>
    public string LinksById =>
        $"UNWIND $rows AS row MATCH (a:{Neo4jRecords.NodeLabel} {{id: row.from}})-[r]->(b:{Neo4jRecords.NodeLabel}) WHERE r.id = row.id " +
        "RETURN type(r), a.id, b.id, properties(r)";

    /// <summary>Up to <c>$max</c> change-log entries after <c>$after</c> up to <c>$upto</c>, in order.</summary>
    public string Changes =>
        "MATCH (e:ChangeLogEntry) WHERE e.seq > $after AND e.seq <= $upto RETURN e.seq, e.changes, e.linkSources ORDER BY e.seq LIMIT $max";

    private string NodeColumns => Points
        ? $"[l IN labels(n) WHERE l <> '{Neo4jRecords.NodeLabel}'][0], properties(n), n.point.latitude, n.point.longitude"
        : $"[l IN labels(n) WHERE l <> '{Neo4jRecords.NodeLabel}'][0], properties(n)";

    /// <summary>Every statement, each kind's and type's included: what the linter checks.</summary>
    public IReadOnlyList<string> All =>
    [
        .. Constraints, CreateHeads, AdvanceCounters, Head, Lock, TakeIds, StaleNode, StaleLink, DeleteLinks, DeleteNodes,
        .. Enum.GetValues<NodeKind>().Select(CreateNodes), UpdateNodes,
        .. Enum.GetValues<LinkType>().Select(CreateLinks), UpdateLinks,
        AppendChange, AppendKey, AppendAudit, ReadAudit, FindKey, AllNodes, AllLinks, NodesById, LinksById, Changes,
    ];
}
