// Linkage coverage per community (五社联动覆盖): which of the five societies each community has, as the hub's
// analytics count them. An actor is present when it is located in or serves the community (or an area inside it), or
// serves an area above it. The five: a community (社区: the area is one); a social organization (社会组织: a social-work
// agency, an elderly association, an interest group, an art troupe, a volunteer team or a foundation); a social worker
// (社会工作者: one, or a station or office someone is stationed at); a volunteer (社区志愿者); a charitable resource
// (社会慈善资源: a resource, or a foundation). No parameters.
MATCH (c:Area) WHERE c.level = 'Community'
OPTIONAL MATCH (sub:Area)-[:PART_OF*0..8]->(c)
WITH c, collect(DISTINCT sub) AS subs
OPTIONAL MATCH (c)-[:PART_OF*1..8]->(up:Area)
WITH c, subs, collect(DISTINCT up) AS ups
UNWIND subs + ups AS a
OPTIONAL MATCH (x:Node)-[r:LOCATED_IN|SERVES]->(a)
WHERE a IN subs OR type(r) = 'SERVES'
WITH c, subs, collect(DISTINCT x) AS present
RETURN c.id AS community, c.name AS name,
  any(s IN subs WHERE s.level = 'Community') AS hasCommunity,
  any(x IN present WHERE x:Organization AND x.organizationKind IN ['SocialWorkAgency', 'ElderlyAssociation', 'InterestGroup', 'ArtTroupe', 'VolunteerTeam', 'Foundation']) AS socialOrganization,
  any(x IN present WHERE x:SocialWorker OR (x:Organization AND x.organizationKind IN ['SocialWorkStation', 'SocialWorkOffice'] AND (x)<-[:STATIONED_AT]-())) AS socialWorker,
  any(x IN present WHERE x:Volunteer) AS volunteer,
  any(x IN present WHERE x:Resource OR (x:Organization AND x.organizationKind = 'Foundation')) AS charitableResource
ORDER BY community
