using Snapshooter.Xunit;

namespace ResourceHub.Schema.Tests.Mutations;

/// <summary>
/// Payloads as a client sees them. The hub is this class's own and only the create writes, so the new node's id is
/// the same on every run; timestamps are left out of the selections.
/// </summary>
public sealed class MutationPayloadSnapshotTests(DemoHubFixture fixture) : IClassFixture<DemoHubFixture>
{
    private DemoHub Hub => fixture.Hub;

    [Fact]
    public async Task CreateOrganization_TroupeInACommunity_MatchesSnapshot()
    {
        var json = await Hub.RunIndentedAsync("""
            mutation CreateTroupe($input: CreateOrganizationInput!) {
              createOrganization(input: $input) {
                clientMutationId
                organization {
                  id name description kind registration isSocialOrganization services situations contact capacity availability version isDemo
                  point { lat lon }
                  area { name code }
                  links { totalCount edges { direction link { type fromId toId } node { id } } }
                }
                userErrors { field message code }
              }
            }
            """, new
        {
            input = new
            {
                clientMutationId = "create-troupe-1",
                name = "月悦社区送戏上门花鼓戏队",
                description = "为失能、半失能老人送花鼓戏上门",
                kind = "ART_TROUPE",
                registration = "FILED",
                services = new[] { "culture.performance.home-delivery", "culture.opera" },
                situations = new[] { "disabled", "partly-disabled" },
                contact = "0731-88001234",
                capacity = 6,
                availability = "Sat 09-12, Sun 14-17",
                point = new { lat = 28.3707, lon = 112.84245 },
                areaId = DemoNodes.Community(Hub.Snapshot),
            },
        });

        Snapshot.Match(json);
    }

    [Fact]
    public async Task CreateVolunteer_SeveralRulesBroken_MatchesSnapshot()
    {
        var json = await Hub.RunIndentedAsync("""
            mutation BrokenVolunteer($input: CreateVolunteerInput!) {
              createVolunteer(input: $input) {
                clientMutationId
                volunteer { id }
                userErrors { field message code }
              }
            }
            """, new
        {
            input = new
            {
                clientMutationId = "broken-volunteer-1",
                name = "",
                volunteerNumber = "430112195001011234",
                category = "YOUNGER_ELDER",
                skills = new[] { "culture.opera", "culture.opera", "singing" },
                situations = new[] { "lonely" },
                availability = "Mon-Fri 09-12",
                maxTravelKm = 120.0,
                capacity = -2,
                areaId = "not-a-global-id",
            },
        });

        Snapshot.Match(json);
    }
}
