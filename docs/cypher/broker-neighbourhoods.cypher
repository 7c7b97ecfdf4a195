// Brokers' neighbourhoods (枢纽的邻域): each organization and social worker of an area's support network with the
// members it is tied to there, as the hub's broker ranking counts its ties. Parameter: $area (the area's id).
// The support network: the area and the areas inside it; the organizations, social workers, volunteers, resources,
// activities and projects located in or serving one of them, or serving an area above; tied by every link but
// residence (LOCATED_IN), either way, each pair once. The hub ranks the brokers by betweenness over this network,
// which plain Cypher does not compute; the ties are what it is measured on.
MATCH (area:Area {id: $area})
OPTIONAL MATCH (sub:Area)-[:PART_OF*0..8]->(area)
WITH area, collect(DISTINCT sub) AS subs
OPTIONAL MATCH (area)-[:PART_OF*1..8]->(up:Area)
WITH subs, collect(DISTINCT up) AS ups
UNWIND subs + ups AS a
OPTIONAL MATCH (x:Node)-[r:LOCATED_IN|SERVES]->(a)
WHERE (a IN subs OR type(r) = 'SERVES') AND (x:Organization OR x:SocialWorker OR x:Volunteer OR x:Resource OR x:Activity OR x:Project)
WITH subs, collect(DISTINCT x) AS actors
WITH subs + actors AS members
UNWIND members AS broker
WITH members, broker WHERE broker:Organization OR broker:SocialWorker
OPTIONAL MATCH (broker)-[t]-(m:Node)
WHERE type(t) <> 'LOCATED_IN' AND m <> broker AND m IN members
WITH broker, collect(DISTINCT m.id) AS neighbours
RETURN broker.id AS broker, broker.name AS name, size(neighbours) AS ties, neighbours
ORDER BY ties DESC, broker
