using GraphQL;
using GraphQL.Types;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Taxonomy;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Analytics;

/// <summary>
/// The analytics of an area, as fields of Area: linkage coverage, service gaps with accessibility, brokers, reach,
/// components, referral flows, totals per period and what purchased projects delivered. Coverage, brokers, reach and
/// components read the support network (organizations, people who help, resources; never an elder) and are public;
/// the others count needs, referrals and records, and are read by those who serve or oversee the whole area.
/// </summary>
public static class AreaAnalyticsFields
{
    /// <summary>Adds the analytics fields to the Area type.</summary>
    public static void AddAnalytics(this ObjectGraphType<Area> area)
    {
        ArgumentNullException.ThrowIfNull(area);
        area.Field<NonNullGraphType<CoverageMapType>>("linkageCoverage")
            .Description("Each community's five-society linkage: which societies serve it, complete or not, and since when (五社联动覆盖).")
            .Argument<DateOnlyGraphType>("asOf", "As things stood on this day; today's network when absent (截至日期).")
            .WithComplexityImpact(5, 1)
            .Resolve(c =>
            {
                var s = c.Snapshot();
                var asOf = c.GetArgument<DateOnly?>("asOf");
                var communities = s.Communities(c.Source.Id).Select(a => new CommunityCoverage(a.Id, s.CoverageSince(a.Id, asOf))).ToList();
                return new CoverageMap(c.Source.Id, asOf, communities);
            });
        area.Field<NonNullGraphType<ServiceGapsType>>("serviceGaps")
            .Description("Where needs go unmet: open needs no qualified helper can reach, per category, and each community's accessibility by the two-step floating catchment method; for those who serve or oversee the area (服务缺口).")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("services", "Only needs asking for these service codes (or codes below them); every need when absent (服务类别).")
            .Argument<IntGraphType>("maxHops", "Links the matcher may follow, 1 to 6; 3 when absent (最大跳数).")
            .Argument<FloatGraphType>("maxKm", $"Travel distance for in-person help, km; {MatchOptions.DefaultKm} when absent, and a cap on helpers' own (最远距离).")
            .WithComplexityImpact(50, 1)
            .Resolve(c =>
            {
                Oversee(c);
                var options = new MatchOptions
                {
                    MaxHops = c.GetArgument<int?>("maxHops") ?? 3,
                    MaxKm = c.GetArgument<double?>("maxKm"),
                };
                foreach (var (option, problem) in options.Check()) throw Bad($"{option} {problem}");
                return ServiceGaps.Of(c.Policy(), c.Source.Id, Services(c), options, c.CancellationToken);
            });
        area.Field<NonNullGraphType<BrokerRankingType>>("brokers")
            .Description("The organizations and social workers that hold the area's support network together, by betweenness centrality: exact up to a size, sampled beyond with its error bound (桥梁节点).")
            .Argument<IntGraphType>("first", "How many, 1 to 100; 10 when absent (数量).")
            .WithComplexityImpact(50, 1)
            .Resolve(c =>
            {
                var first = c.First(10);
                var options = c.RequestServices?.GetService(typeof(BetweennessOptions)) as BetweennessOptions ?? new BetweennessOptions();
                return Brokers.Rank(c.Snapshot(), c.Source.Id, first, options, c.CancellationToken);
            });
        area.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HelperReachType>>>>("helperReach")
            .Description("For each community of the area, the helpers within some hops of the linkage network, by society (可达服务方).")
            .Argument<IntGraphType>("hops", $"Hops, 1 to {HelperReach.MaxHops}; 2 when absent (跳数).")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("services", "Only helpers offering one of these service codes (or related ones); all when absent (服务类别).")
            .WithComplexityImpact(20, 1)
            .Resolve(c =>
            {
                var hops = c.GetArgument<int?>("hops") ?? 2;
                if (hops is < 1 or > HelperReach.MaxHops) throw Bad($"hops must be 1 to {HelperReach.MaxHops}");
                var services = Services(c);
                var s = c.Snapshot();
                return s.Communities(c.Source.Id).Select(a =>
                {
                    c.CancellationToken.ThrowIfCancellationRequested();
                    return HelperReach.Within(s, a.Id, hops, services);
                }).ToList();
            });
        area.Field<NonNullGraphType<NetworkComponentsType>>("components")
            .Description("The connected parts of the area's support network: who is tied to whom through any chain of ties, largest first (连通分量).")
            .Argument<IntGraphType>("first", "How many components to list, 1 to 100; 10 when absent (数量).")
            .WithComplexityImpact(10, 1)
            .Resolve(c =>
            {
                var network = SupportNetwork.Of(c.Snapshot(), c.Source.Id);
                return new ComponentsAnswer(c.Source.Id, network.NodeCount, network.TieCount, NetworkComponents.Of(network), c.First(10));
            });
        area.Field<NonNullGraphType<SupportNetworkGraphType>>("supportNetwork")
            .Description($"The area's support network to draw (the map's network view): its nodes with their society and place, and the ties among them; the areas and the best-tied others when there are more than asked (支持网络).")
            .Argument<IntGraphType>("first", $"How many nodes at most, 1 to {MaxNetworkNodes}; 2000 when absent (节点数).")
            // What it costs is what it draws: each node kept, and about two ties a node (its nodes and ties count once each).
            .WithComplexityImpact(c => new GraphQL.Validation.Complexity.FieldComplexityResult(50,
                c.Arguments?.TryGetValue("first", out var first) == true && first.Value is int n ? n : 2000))
            .Resolve(c =>
            {
                var first = c.GetArgument<int?>("first") ?? 2000;
                if (first is < 1 or > MaxNetworkNodes) throw Bad($"first must be 1 to {MaxNetworkNodes}");
                return Drawn(c.Snapshot(), SupportNetwork.Of(c.Snapshot(), c.Source.Id), first);
            });
        area.Field<NonNullGraphType<ReferralFlowsType>>("referralFlows")
            .Description("How referrals of the area's needs flow between organizations, sent in a period, by status and outcome; for those who serve or oversee the area (转介流向).")
            .Argument<DateOnlyGraphType>("from", "First day; open when absent (开始日期).")
            .Argument<DateOnlyGraphType>("to", "Last day; open when absent (结束日期).")
            .WithComplexityImpact(20, 1)
            .Resolve(c =>
            {
                Oversee(c);
                var period = Period(c);
                return new FlowsAnswer(c.Source.Id, period, ReferralFlows.Of(c.Policy(), c.Source.Id, period));
            });
        area.Field<NonNullGraphType<AreaTotalsType>>("totals")
            .Description("Totals per period: needs posted and met, referrals by status, hours served, credits banked; for those who serve or oversee the area (分期统计).")
            .Argument<DateOnlyGraphType>("from", "First day; a year before `to` when absent (开始日期).")
            .Argument<DateOnlyGraphType>("to", "Last day; today when absent (结束日期).")
            .Argument<TotalsIntervalType>("interval", "How long each period is; MONTH when absent (周期).")
            .WithComplexityImpact(20, 1)
            .Resolve(c =>
            {
                Oversee(c);
                var to = c.GetArgument<DateOnly?>("to") ?? AnalyticsPeriod.DayOf(c.RequestServices?.GetService(typeof(TimeProvider)) is TimeProvider clock ? clock.GetUtcNow() : DateTimeOffset.UtcNow);
                var from = c.GetArgument<DateOnly?>("from") ?? to.AddYears(-1).AddDays(1);
                if (from > to) throw Bad($"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd})");
                var interval = c.GetArgument<TotalsInterval?>("interval") ?? TotalsInterval.Month;
                try
                {
                    return new TotalsAnswer(c.Source.Id, from, to, interval, PeriodTotals.Of(c.Policy(), c.Source.Id, from, to, interval));
                }
                catch (ArgumentException e)
                {
                    throw Bad(e.Message);
                }
            });
        area.Field<NonNullGraphType<ProjectDeliveriesType>>("projectDelivery")
            .Description("For each government-purchased project serving the area, what was contracted against what was delivered in a period: activities held, hours served, elders reached, referral outcomes; for those who serve or oversee the area (政府购买服务成效).")
            .Argument<DateOnlyGraphType>("from", "First day; the contract period's when absent (开始日期).")
            .Argument<DateOnlyGraphType>("to", "Last day; the contract period's when absent (结束日期).")
            .WithComplexityImpact(20, 1)
            .Resolve(c =>
            {
                Oversee(c);
                var period = Period(c);
                return new DeliveriesAnswer(c.Source.Id, period, ProjectDeliveries.Of(c.Policy(), c.Source.Id, period));
            });
    }

    /// <summary>The most nodes <c>supportNetwork</c> draws.</summary>
    public const int MaxNetworkNodes = 10_000;

    // The areas first, then the best-tied others (ties by id), up to first; and the ties among those kept.
    private static SupportNetworkGraph Drawn(Graph.Index.NetworkSnapshot s, SupportNetwork network, int first)
    {
        var kept = Enumerable.Range(0, network.NodeCount)
            .OrderBy(i => s.KindOf(network.Ids[i]) == NodeKind.Area ? 0 : 1).ThenByDescending(i => network.Neighbours(i).Length).ThenBy(i => network.Ids[i])
            .Take(first).Order().ToList();
        var position = new Dictionary<int, int>(kept.Count);
        for (var k = 0; k < kept.Count; k++) position[kept[k]] = k;
        var ties = new List<(int, int)>();
        for (var k = 0; k < kept.Count; k++)
        {
            foreach (var j in network.Neighbours(kept[k]))
            {
                if (j > kept[k] && position.TryGetValue(j, out var other)) ties.Add((k, other));
            }
        }
        return new SupportNetworkGraph(network.AreaId, network.NodeCount, network.TieCount, [.. kept.Select(i => network.Ids[i])], ties);
    }

    private static void Oversee(IResolveFieldContext<Area> c)
    {
        if (!c.Policy().Oversees(c.Source.Id))
            throw ResolveFieldContextExtensions.Error(c.Caller().IsSignedIn ? HubErrorCodes.Forbidden : HubErrorCodes.Unauthenticated,
                $"{c.FieldDefinition.Name} counts the needs, referrals and records of the people of {c.Source.Name}: it is read by the social workers who serve the area, the officials who oversee it, and admins");
    }

    private static IReadOnlyList<string> Services(IResolveFieldContext c)
    {
        var codes = c.GetArgument<List<string>?>("services") ?? [];
        var unknown = codes.Where(code => !ServiceTaxonomy.IsKnown(code, TaxonomyFacet.Service)).ToList();
        if (unknown.Count > 0) throw Bad($"services: unknown service code(s) {string.Join(", ", unknown)}");
        return [.. codes.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The period of a field's from and to arguments; BAD_USER_INPUT when from is after to.</summary>
    internal static AnalyticsPeriod Period(IResolveFieldContext c)
    {
        var from = c.GetArgument<DateOnly?>("from");
        var to = c.GetArgument<DateOnly?>("to");
        return from > to ? throw Bad($"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd})") : new AnalyticsPeriod(from, to);
    }

    private static ExecutionError Bad(string message) => ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, message);
}
