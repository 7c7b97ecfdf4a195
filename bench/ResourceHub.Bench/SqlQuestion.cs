namespace ResourceHub.Bench;

/// <summary>
/// <see cref="ComparedQuestion"/> as one recursive CTE over the hub's <c>links</c> and <c>nodes</c> tables, in the form
/// each database runs best: SQLite with two recursive selects (one per direction), PostgreSQL with a LATERAL union
/// of both directions (it allows one recursive reference). <c>UNION</c> keeps one row per (node, hops), the usual
/// way to bound a walk in SQL; the minimum hops per node is taken at the end. Parameters: @need, @ask.
/// Areas pass the walk on only when they are the need's own or above it (<c>chain</c>, up PART_OF).
/// Kinds: 1 area, 2 organization, 3 social worker, 4 volunteer, 5 resource; not passed through: 6 elder, 7 need,
/// 10 referral, 11 service record, 12 consent. Links: 1 LOCATED_IN, 2 PART_OF, 18 HAS_NEED.
/// </summary>
internal static class SqlQuestion
{
    private const string Seeds = """
        seeds(id) AS (
          SELECT @need
          UNION SELECT to_id FROM links WHERE from_id = @need AND type = 1
          UNION SELECT l.from_id FROM links l JOIN nodes n ON n.id = l.from_id WHERE l.to_id = @need AND l.type = 18 AND n.kind = 2),
        chain(id) AS (
          SELECT to_id FROM links WHERE from_id = @need AND type = 1
          UNION SELECT l.to_id FROM chain c JOIN links l ON l.from_id = c.id AND l.type = 2)
        """;

    public const string Sqlite = "WITH RECURSIVE " + Seeds + """
        ,
        walk(id, hops) AS (
          SELECT id, 0 FROM seeds
          UNION
          SELECT l.to_id, w.hops + 1 FROM walk w JOIN nodes n ON n.id = w.id JOIN links l ON l.from_id = w.id
          WHERE w.hops < 3 AND n.kind NOT IN (6, 7, 10, 11, 12) AND (n.kind <> 1 OR w.id IN (SELECT id FROM chain))
          UNION
          SELECT l.from_id, w.hops + 1 FROM walk w JOIN nodes n ON n.id = w.id JOIN links l ON l.to_id = w.id
          WHERE w.hops < 3 AND n.kind NOT IN (6, 7, 10, 11, 12) AND (n.kind <> 1 OR w.id IN (SELECT id FROM chain))),
        reach(id, hops) AS (SELECT id, MIN(hops) FROM walk GROUP BY id)
        SELECT r.id FROM reach r JOIN nodes n ON n.id = r.id
        WHERE r.hops > 0 AND n.kind IN (2, 3, 4, 5)
          AND EXISTS (SELECT 1 FROM json_each(n.data, CASE WHEN n.kind IN (3, 4) THEN '$.skills' ELSE '$.services' END) j
                      WHERE j.value = @ask OR substr(j.value, 1, length(@ask) + 1) = @ask || '.')
        ORDER BY r.hops, r.id
        LIMIT 10
        """;

    public const string Postgres = "WITH RECURSIVE " + Seeds + """
        ,
        walk(id, hops) AS (
          SELECT id, 0 FROM seeds
          UNION
          SELECT e.other, w.hops + 1
          FROM walk w
          JOIN nodes n ON n.id = w.id
          CROSS JOIN LATERAL (SELECT l.to_id AS other FROM links l WHERE l.from_id = w.id
                              UNION ALL
                              SELECT l.from_id FROM links l WHERE l.to_id = w.id) e
          WHERE w.hops < 3 AND n.kind NOT IN (6, 7, 10, 11, 12) AND (n.kind <> 1 OR w.id IN (SELECT id FROM chain))),
        reach(id, hops) AS (SELECT id, MIN(hops) FROM walk GROUP BY id)
        SELECT r.id FROM reach r JOIN nodes n ON n.id = r.id
        WHERE r.hops > 0 AND n.kind IN (2, 3, 4, 5)
          AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(n.data -> (CASE WHEN n.kind IN (3, 4) THEN 'skills' ELSE 'services' END)) j(v)
                      WHERE j.v = @ask OR left(j.v, length(@ask) + 1) = @ask || '.')
        ORDER BY r.hops, r.id
        LIMIT 10
        """;
}
