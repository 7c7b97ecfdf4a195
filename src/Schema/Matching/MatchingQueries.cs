using GraphQL;
using GraphQL.Types;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Taxonomy;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Limits;
using ResourceHub.Schema.Mutations;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Matching;

/// <summary>The matching fields: whoCanHelp, whomCanIHelp, findVenues, findPartners.</summary>
public static class MatchingQueries
{
    /// <summary>Adds the matching fields to the root query.</summary>
    public static void AddMatching(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HelperMatchType>>>>("whoCanHelp")
            .Description("Who can help with a need: ranked volunteers, social workers, organizations, venues and resources, each with its score parts and the path that explains it (谁能帮助).")
            .Argument<IdGraphType>("needId", "Global id of a stored need (需求).")
            .Argument<NeedInputType>("need", "Or a need described on the spot (临时需求).")
            .Argument<IntGraphType>("first", "How many, 1 to 100; 10 when absent (数量).")
            .Argument<IntGraphType>("maxHops", "Links allowed in the linkage network from the need's area, 1 to 6; 3 when absent (最大跳数).")
            .Argument<FloatGraphType>("maxKm", $"Travel distance for in-person help, km; {MatchOptions.DefaultKm} when absent, and a cap on volunteers' own (最远距离).")
            .Argument<ListGraphType<NonNullGraphType<Common.DescribedEnumType<NodeKind>>>>("kinds", "Only helpers of these kinds (服务方类型).")
            .Resolve(c =>
            {
                var snapshot = c.Snapshot();
                var spec = ReadNeed(c, snapshot);
                var kinds = c.GetArgument<List<NodeKind>?>("kinds");
                return HelpFinder.Find(c.Policy(), spec, Options(c), kinds is { Count: > 0 } ? n => kinds.Contains(n.Kind) : null);
            });
        query.Field<NonNullGraphType<WhyNotType>>("whyNot")
            .Description("Why a helper is or is not listed for a stored need: each rule's verdict — service, situation, mode, reach, hours, capacity, declined — read as whoCanHelp reads them for the caller (为何未列出).")
            .Argument<NonNullGraphType<IdGraphType>>("needId", "Global id of the need (需求).")
            .Argument<NonNullGraphType<IdGraphType>>("helperId", "Global id of a volunteer, social worker, organization or resource (服务方).")
            .Argument<IntGraphType>("maxHops", "Links allowed in the linkage network from the need's area, 1 to 6; 3 when absent (最大跳数).")
            .Argument<FloatGraphType>("maxKm", $"Travel distance for in-person help, km; {MatchOptions.DefaultKm} when absent, and a cap on helpers' own (最远距离).")
            .Resolve(c =>
            {
                var snapshot = c.Snapshot();
                var spec = ReadNeed(c, snapshot);
                var helper = c.Policy().View(Helper(c, snapshot)) ?? throw NoSuchHelper();
                return WhyNot.Of(c.Policy(), spec, helper, Options(c) with { First = 1 });
            })
            // Two walks of the network, as a whoCanHelp of its default size costs.
            .WithComplexityImpact(20, 1);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedMatchType>>>>("whomCanIHelp")
            .Description("Whom can I help: the open needs a helper qualifies for, ranked the same way (我能帮助谁).")
            .Argument<NonNullGraphType<IdGraphType>>("helperId", "Global id of a volunteer, social worker, organization or resource (服务方).")
            .Argument<IntGraphType>("first", "How many, 1 to 100; 10 when absent (数量).")
            .Argument<IntGraphType>("maxHops", "Links allowed in the linkage network, 1 to 6; 3 when absent (最大跳数).")
            .Argument<FloatGraphType>("maxKm", "Travel distance for in-person help, km (最远距离).")
            .Resolve(c =>
            {
                var id = Helper(c, c.Snapshot());
                return NeedFinder.Find(c.Policy(), id, Options(c));
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<VenueMatchType>>>>("findVenues")
            .Description("Venues near a place with room for the people, the equipment and access asked for, open and not booked in the window; nearest first (找场地).")
            .Argument<NonNullGraphType<VenueSearchInputType>>("near", "Where (地点).")
            .Argument<IntGraphType>("capacity", "Seats needed (容纳人数).")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("equipment", "Equipment needed, every item, e.g. 投影仪 (设备).")
            .Argument<BooleanGraphType>("accessible", "Step-free access needed (无障碍).")
            .Argument<TimeWindowInputType>("window", "When: dates and weekly hours (时间).")
            .Argument<FloatGraphType>("maxKm", $"Search radius in km; {MatchOptions.DefaultKm} when absent (搜索半径).")
            .Argument<IntGraphType>("first", "How many, 1 to 100; 10 when absent (数量).")
            .Resolve(c =>
            {
                var snapshot = c.Snapshot();
                var (areaId, point) = ReadPlace(c.GetArgument<PlaceInput>("near"), snapshot);
                var query = new VenueQuery
                {
                    AreaId = areaId,
                    Point = point,
                    Capacity = c.GetArgument<int?>("capacity"),
                    Equipment = c.GetArgument<List<string>?>("equipment") ?? [],
                    Accessible = c.GetArgument<bool?>("accessible") ?? false,
                    Window = c.GetArgument<Common.TimeWindowInput?>("window") is { } w ? ReadWindow(w) : null,
                    MaxKm = c.GetArgument<double?>("maxKm") ?? MatchOptions.DefaultKm,
                    First = c.GetArgument<int?>("first") ?? 10,
                };
                foreach (var (argument, problem) in query.Check()) throw Bad($"{argument} {problem}");
                if (point is null && snapshot.Node(areaId!.Value)?.Point is null) throw Bad("near: the area has no point to search around; give a point");
                return VenueFinder.Find(snapshot, query);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HelperMatchType>>>>("findPartners")
            .Description("Partners for an activity: organizations and teams that offer a service and can reach an area, ranked, with paths (找合作伙伴).")
            .Argument<NonNullGraphType<IdGraphType>>("for", "Global id of who is asking (an organization or social worker); never returned (发起方).")
            .Argument<NonNullGraphType<StringGraphType>>("service", "Service code wanted, e.g. education.smart-devices (服务类别).")
            .Argument<NonNullGraphType<VenueSearchInputType>>("within", "The area to reach (区域).")
            .Argument<IntGraphType>("first", "How many, 1 to 100; 10 when absent (数量).")
            .Argument<IntGraphType>("maxHops", "Links allowed in the linkage network, 1 to 6; 3 when absent (最大跳数).")
            .Resolve(c =>
            {
                var snapshot = c.Snapshot();
                var forId = Id(c.GetArgument<string>("for"), "for");
                var service = c.GetArgument<string>("service").Trim();
                if (!ServiceTaxonomy.IsKnown(service, TaxonomyFacet.Service)) throw Bad($"service: '{service}' is not a service code of the taxonomy");
                var (areaId, _) = ReadPlace(c.GetArgument<PlaceInput>("within"), snapshot);
                if (areaId is not { } area) throw Bad("within: give an area (areaId or areaCode)");
                return PartnerFinder.Find(c.Policy(), forId, service, area, Options(c));
            });
    }

    // The options, checked as the engine checks them, each problem named by its argument.
    private static MatchOptions Options(IResolveFieldContext c)
    {
        var options = new MatchOptions
        {
            First = c.GetArgument<int?>("first") ?? 10,
            MaxHops = c.HasArgument("maxHops") ? c.GetArgument<int?>("maxHops") ?? 3 : 3,
            MaxKm = c.HasArgument("maxKm") ? c.GetArgument<double?>("maxKm") : null,
        };
        foreach (var (option, problem) in options.Check()) throw Bad($"{option} {problem}");
        return options;
    }

    // The helper a helperId names: a node of the kind its global id says, and a helper (an id whose kind names another
    // node than the one it numbers is none).
    private static long Helper(IResolveFieldContext c, NetworkSnapshot snapshot)
    {
        var raw = c.GetArgument<string>("helperId");
        var id = Id(raw, "helperId", NodeKind.Volunteer, NodeKind.SocialWorker, NodeKind.Organization, NodeKind.Resource);
        return GlobalId.TryDecode(raw, out var kind, out _) && snapshot.Node(id) is { } node && node.Kind == kind ? id : throw NoSuchHelper();
    }

    private static ExecutionError NoSuchHelper() => ResolveFieldContextExtensions.Error(HubErrorCodes.NotFound, "helperId: there is no such helper");

    private static ExecutionError Bad(string message) => ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, message);

    // The id rules of mutation inputs, as a BAD_USER_INPUT error that names the argument.
    private static long Id(string? raw, string field, params NodeKind[] kinds)
    {
        try
        {
            return InputValues.NodeId(field, raw, kinds);
        }
        catch (InputValueException e)
        {
            throw Bad($"{field}: {e.Message}");
        }
    }

    private static NeedSpec ReadNeed(IResolveFieldContext c, NetworkSnapshot snapshot)
    {
        var needId = c.GetArgument<string?>("needId");
        var input = c.GetArgument<NeedInput?>("need");
        if ((needId is null) == (input is null)) throw Bad("give needId or need, one of the two");
        if (needId is not null)
        {
            var id = Id(needId, "needId", NodeKind.Need);
            var need = snapshot.Node<Need>(id) ?? throw ResolveFieldContextExtensions.Error(HubErrorCodes.NotFound, "needId: there is no such need");
            // Matching reads the need as the caller sees it: a hidden situation never changes who is found.
            return c.Policy().SpecOf(need);
        }
        foreach (var code in input!.Categories.Where(code => !ServiceTaxonomy.IsKnown(code, TaxonomyFacet.Service))) throw Bad($"need.categories: '{code}' is not a service code of the taxonomy");
        foreach (var code in input.Situations.Where(code => !ServiceTaxonomy.IsKnown(code, TaxonomyFacet.Situation))) throw Bad($"need.situations: '{code}' is not a situation code of the taxonomy");
        if (input.Categories.Count == 0) throw Bad("need.categories: ask for at least one service");
        if (!WeeklySchedule.TryParse(input.Weekly, out var weekly, out var error)) throw Bad($"need.weekly: {error}");
        var window = new TimeWindow { From = input.From, To = input.To, Weekly = weekly };
        if (input.From > input.To) throw Bad($"need.from: {input.From:yyyy-MM-dd} is after need.to ({input.To:yyyy-MM-dd})");
        if (!window.HasHours) throw Bad($"need.weekly: {weekly} falls on none of the days from {input.From:yyyy-MM-dd} to {input.To:yyyy-MM-dd}");
        var (areaId, point) = ReadPlace(input.Place, snapshot);
        return new NeedSpec
        {
            Categories = input.Categories,
            Situations = input.Situations,
            Mode = input.Mode ?? NeedMode.Venue,
            Weekly = window.HoursWithin(),
            Days = window.DaysWithin(),
            AreaId = areaId,
            Point = point,
            Participants = input.Participants,
        };
    }

    private static (long? AreaId, GeoPoint? Point) ReadPlace(PlaceInput place, NetworkSnapshot snapshot)
    {
        long? areaId = null;
        if (place.AreaId is { } raw) areaId = Id(raw, "areaId", NodeKind.Area);
        if (place.AreaCode is { } code)
            areaId = snapshot.AreaByCode(code.Trim())?.Id ?? throw Bad($"areaCode: there is no area with code '{code}'");
        if (areaId is { } a && snapshot.Node(a) is not Area) throw ResolveFieldContextExtensions.Error(HubErrorCodes.NotFound, "areaId: there is no such area");
        if (place.Point is { IsValid: false }) throw Bad("point: latitude -90..90, longitude -180..180");
        if (areaId is null && place.Point is null) throw Bad("give an area (areaId or areaCode) or a point");
        return (areaId, place.Point);
    }

    private static TimeWindow ReadWindow(Common.TimeWindowInput w)
    {
        try
        {
            return InputValues.Window("window", w);
        }
        catch (InputValueException e)
        {
            throw Bad($"window: {e.Message}");
        }
    }
}
