using System.Text.Json;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Tests.Analytics;

public sealed class AreaAnalyticsApiTests
{
    private const string Everything = """
        query DistrictMap {
          area(code: "430112") {
            linkageCoverage { area { code } asOf total complete communities { community { code name } societies { complete } since { socialOrganization socialWorker volunteer charitableResource } completeSince } }
            serviceGaps { area { code } openNeeds unmetCount unmet(first: 5) { id name } categories { category label openNeeds unmet } communities { community { code } openNeeds unmet helpers accessibility } }
            brokers(first: 5) { area { code } nodes ties exact sources errorBound confidence brokers { rank node { id __typename ... on Organization { name } ... on SocialWorker { name } } betweenness normalized ties } }
            helperReach(hops: 2) { community { code } organizations socialWorkers volunteers resources total }
            components(first: 3) { nodes ties count isolated largest { size counts { kind count } } }
            referralFlows { from to referrals flows { from { id } to { id } referrals byStatus { status count } byOutcome { outcome count } } }
            totals(from: "2026-01-01", to: "2026-12-31", interval: QUARTER) { from to interval periods { from to needsPosted needsMet referralsSent referralsByStatus { status count } serviceRecords hoursServed creditsBanked } }
            projectDelivery { from to projects { project { name targets { activities hours eldersReached referralsCompleted } } from to providers { id } servedAreas { code } activitiesHeld participants hoursServed eldersReached referralsCompleted referralOutcomes { end count } attainment { measure target delivered ratio } } }
          }
        }
        """;

    [Fact]
    public async Task Official_ReadsEveryAnalyticOfTheDistrict_EachNamingItsAreaAndPeriod()
    {
        var hub = await DemoHub.Shared;
        var s = hub.Snapshot;
        var district = s.AreaByCode("430112")!;

        var result = await hub.RunJsonAsync(Everything, null, Callers.Official());

        Assert.Empty(result.ErrorCodes());
        var communities = s.Subtree(district.Id).Count(id => s.Node<Area>(id)!.Level == AreaLevel.Community);
        Assert.Equal(communities, result.At("data.area.linkageCoverage.total").GetInt32());
        Assert.Equal(communities, result.Items("data.area.linkageCoverage.communities").Count());
        Assert.Equal(result.Items("data.area.linkageCoverage.communities").Count(c => c.At("societies.complete").GetBoolean()), result.At("data.area.linkageCoverage.complete").GetInt32());
        foreach (var field in new[] { "linkageCoverage", "serviceGaps", "brokers" }) Assert.Equal("430112", result.Text($"data.area.{field}.area.code"));
        // The villages ask for bathing help nobody in the district offers: the gaps are those needs, all marked.
        var bathing = result.Items("data.area.serviceGaps.categories").Single(c => c.Text("category") == "care.bathing");
        Assert.Equal(bathing.At("openNeeds").GetInt32(), bathing.At("unmet").GetInt32());
        Assert.True(bathing.At("unmet").GetInt32() > 0);
        Assert.Equal(result.At("data.area.serviceGaps.unmetCount").GetInt32(), result.Items("data.area.serviceGaps.communities").Sum(c => c.At("unmet").GetInt32()));
        Assert.All(result.Items("data.area.serviceGaps.unmet"), n => Assert.StartsWith("助浴（", n.Text("name")));
        // A district of some 1,600 nodes is measured exactly; the brokers are organizations and social workers, best first.
        Assert.True(result.At("data.area.brokers.exact").GetBoolean());
        Assert.Equal(JsonValueKind.Null, result.At("data.area.brokers.errorBound").ValueKind);
        var brokers = result.Items("data.area.brokers.brokers").ToList();
        Assert.Equal([1, 2, 3, 4, 5], brokers.Select(b => b.At("rank").GetInt32()));
        Assert.All(brokers, b => Assert.Contains(b.Text("node.__typename"), new[] { "Organization", "SocialWorker" }));
        Assert.Equal(brokers.Select(b => b.At("betweenness").GetDouble()).OrderDescending(), brokers.Select(b => b.At("betweenness").GetDouble()));
        Assert.Equal(communities, result.Items("data.area.helperReach").Count());
        Assert.Equal(result.At("data.area.components.nodes").GetInt32(), result.At("data.area.brokers.nodes").GetInt32());
        // Every sent referral of the district's needs is in one flow; the totals' quarters add up to the year.
        var sent = s.Nodes<Referral>().Count(r => r.LastAt(ReferralStatus.Sent) is not null);
        Assert.Equal(sent, result.At("data.area.referralFlows.referrals").GetInt32());
        Assert.Equal(sent, result.Items("data.area.totals.periods").Sum(p => p.At("referralsSent").GetInt32()));
        Assert.Equal(["2026-01-01", "2026-04-01", "2026-07-01", "2026-10-01"], result.Items("data.area.totals.periods").Select(p => p.Text("from")!));
        Assert.Equal(s.Nodes<ServiceRecord>().Where(r => r.Date.Year == 2026).Sum(r => r.Hours), result.Items("data.area.totals.periods").Sum(p => p.At("hoursServed").GetDecimal()));
        // Each purchased project, with the targets its contract sets against what was delivered.
        var projects = result.Items("data.area.projectDelivery.projects").ToList();
        Assert.Equal(s.Nodes<Project>().Count(), projects.Count);
        var homeDelivery = projects.Single(p => p.Text("project.name")!.Contains("送节目上门", StringComparison.Ordinal));
        var activities = homeDelivery.Items("attainment").Single(a => a.Text("measure") == "ACTIVITIES");
        Assert.Equal((215m, homeDelivery.At("activitiesHeld").GetDecimal()), (activities.At("target").GetDecimal(), activities.At("delivered").GetDecimal()));
        Assert.True(homeDelivery.At("activitiesHeld").GetInt32() > 0);
    }

    [Theory]
    [InlineData("serviceGaps { openNeeds }")]
    [InlineData("referralFlows { referrals }")]
    [InlineData("totals { from }")]
    [InlineData("projectDelivery { from }")]
    public async Task WhatCountsPeoplesRecords_IsForThoseWhoServeOrOverseeTheArea(string field)
    {
        var hub = await DemoHub.Shared;
        var volunteer = hub.Snapshot.Nodes<Volunteer>().First().Id;
        var document = $"query {{ area(code: \"430112001\") {{ {field} }} }}";

        Assert.Equal("UNAUTHENTICATED", (await hub.RunJsonAsync(document)).ErrorCode());
        Assert.Equal("FORBIDDEN", (await hub.RunJsonAsync(document, null, Callers.App)).ErrorCode());
        Assert.Equal("FORBIDDEN", (await hub.RunJsonAsync(document, null, Callers.Volunteer(volunteer))).ErrorCode());
        Assert.Equal("FORBIDDEN", (await hub.RunJsonAsync(document, null, Callers.SocialWorker("430112002"))).ErrorCode());
        Assert.Equal("FORBIDDEN", (await hub.RunJsonAsync(document, null, Callers.Official("430112101"))).ErrorCode());
        Assert.Empty((await hub.RunJsonAsync(document, null, Callers.SocialWorker("430112001"))).ErrorCodes());
        Assert.Empty((await hub.RunJsonAsync(document, null, Callers.Official())).ErrorCodes());
        Assert.Empty((await hub.RunJsonAsync(document, null, Callers.Admin)).ErrorCodes());
    }

    [Fact]
    public async Task TheSupportNetworksAnalytics_ArePublic_AndTheSameForEveryCaller()
    {
        var hub = await DemoHub.Shared;
        const string Document = """
            query { area(code: "430112001") {
              linkageCoverage { complete communities { community { code } completeSince } }
              brokers(first: 3) { nodes exact brokers { node { id } betweenness } }
              helperReach(hops: 1) { community { code } total }
              components { count isolated }
            } }
            """;

        var anonymous = await hub.RunJsonAsync(Document);
        var official = await hub.RunJsonAsync(Document, null, Callers.Official());

        Assert.Empty(anonymous.ErrorCodes());
        Assert.Equal(official.At("data").GetRawText(), anonymous.At("data").GetRawText());
    }

    [Theory]
    [InlineData("serviceGaps(services: [\"no.such\"]) { openNeeds }", "unknown service code")]
    [InlineData("serviceGaps(maxHops: 9) { openNeeds }", "maxHops")]
    [InlineData("brokers(first: 0) { nodes }", "first must be 1 to 100")]
    [InlineData("helperReach(hops: 5) { total }", "hops must be 1 to 4")]
    [InlineData("referralFlows(from: \"2026-05-01\", to: \"2026-04-01\") { referrals }", "is after")]
    [InlineData("totals(from: \"1990-01-01\", to: \"2026-01-01\") { from }", "more than 120 periods")]
    [InlineData("components { largest { nodes(first: 101) { id } } }", "first must be 1 to 100")]
    public async Task BadArguments_AreRefusedWithBadUserInput(string field, string says)
    {
        var hub = await DemoHub.Shared;

        var result = await hub.RunJsonAsync($"query {{ area(code: \"430112\") {{ {field} }} }}", null, Callers.Admin);

        Assert.Equal("BAD_USER_INPUT", result.ErrorCode());
        Assert.Contains(says, result.Text("errors.0.message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoverageAsOfADay_LeavesOutTiesThatBeganLater()
    {
        var hub = await DemoHub.Shared;

        var result = await hub.RunJsonAsync("""query { area(code: "430112001") { now: linkageCoverage { complete } then: linkageCoverage(asOf: "2025-06-01") { asOf complete communities { completeSince } } } }""");

        Assert.Equal("2025-06-01", result.Text("data.area.then.asOf"));
        // The demo's volunteers have lived in their communities since they were recorded (today): in 2025 no community was complete.
        Assert.True(result.At("data.area.then.complete").GetInt32() < result.At("data.area.now.complete").GetInt32());
        Assert.All(result.Items("data.area.then.communities"), c => Assert.True(c.At("completeSince").ValueKind == JsonValueKind.Null || string.CompareOrdinal(c.Text("completeSince"), "2025-06-01") <= 0));
    }
}
