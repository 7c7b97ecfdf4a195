// whoCanHelp's network reach (谁能帮忙 · 网络可达): the helpers a need's search meets within 3 hops of the linkage
// network, with the fewest hops, as the hub's engine walks it. Parameters: $need (the need's id), $categories (the
// asked service codes, e.g. ['education.smart-devices']).
// The walk starts at the need's area (its own LOCATED_IN, else its owner's) and at an organization that owns it.
// It passes through any node but people's needs and records (elders, needs, referrals, service records, consents,
// time-bank entries, bookings, webhooks), and through areas only when they are the need's area or one above it.
// A helper (volunteer, social worker, organization, resource) counts when one of its services is an asked code, or
// one below or above it in the taxonomy. The hub also finds helpers serving the need's area and helpers within travel
// distance; those are not network reach, and the hub then scores and ranks them all.
MATCH (need:Need {id: $need})
OPTIONAL MATCH (need)-[:LOCATED_IN]->(own:Area)
OPTIONAL MATCH (need)<-[:HAS_NEED]-(owner:Node)
OPTIONAL MATCH (owner)-[:LOCATED_IN]->(ownerArea:Area)
WITH need, owner, coalesce(own, CASE WHEN owner:Area THEN owner END, ownerArea) AS home
OPTIONAL MATCH (home)-[:PART_OF*0..8]->(up:Area)
WITH need, owner, home, collect(DISTINCT up.id) AS chain
WITH need, chain, [s IN [home, CASE WHEN owner:Organization THEN owner END] WHERE s IS NOT NULL] AS starts
UNWIND starts AS start
MATCH p = (start)-[*1..3]-(helper:Node)
WHERE (helper:Volunteer OR helper:SocialWorker OR helper:Organization OR helper:Resource)
  AND NOT helper IN starts AND helper <> need
  AND all(x IN nodes(p)[1..-1] WHERE NOT (x:Elder OR x:Need OR x:Referral OR x:ServiceRecord OR x:Consent OR x:TimeBankEntry OR x:Booking OR x:Webhook)
      AND (NOT x:Area OR x.id IN chain))
  AND any(code IN coalesce(helper.services, helper.skills, [])
      WHERE any(asked IN $categories WHERE code = asked OR code STARTS WITH (asked + '.') OR asked STARTS WITH (code + '.')))
RETURN helper.id AS helper, [l IN labels(helper) WHERE l <> 'Node'][0] AS kind, helper.name AS name, min(length(p)) AS hops
ORDER BY hops, helper
