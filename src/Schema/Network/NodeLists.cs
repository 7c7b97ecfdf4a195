using GraphQL;
using GraphQL.Types;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Schema.Activities;
using ResourceHub.Schema.Areas;
using ResourceHub.Schema.Elders;
using ResourceHub.Schema.Filters;
using ResourceHub.Schema.Needs;
using ResourceHub.Schema.Organizations;
using ResourceHub.Schema.Projects;
using ResourceHub.Schema.Referrals;
using ResourceHub.Schema.Relay;
using ResourceHub.Schema.Resources;
using ResourceHub.Schema.SocialWorkers;
using ResourceHub.Schema.Volunteers;

namespace ResourceHub.Schema.Network;

/// <summary>The root list fields: one filtered, ordered Relay connection per kind.</summary>
public static class NodeLists
{
    /// <summary>Adds areas, organizations, socialWorkers, volunteers, resources, elders, needs, activities, projects and referrals.</summary>
    public static void AddNodeLists(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.List<AreaType, AreaFilterInputType>("areas", NodeKind.Area, "Areas: city, district, townships, communities and villages (区域).");
        query.List<OrganizationType, OrganizationFilterInputType>("organizations", NodeKind.Organization, "Organizations of every kind (组织).");
        query.List<SocialWorkerType, SocialWorkerFilterInputType>("socialWorkers", NodeKind.SocialWorker, "Social workers (社会工作者).");
        query.List<VolunteerType, VolunteerFilterInputType>("volunteers", NodeKind.Volunteer, "Volunteers (志愿者).");
        query.List<ResourceType, ResourceFilterInputType>("resources", NodeKind.Resource, "Venues, equipment, funding, materials, content and information (资源).");
        query.List<ElderType, ElderFilterInputType>("elders", NodeKind.Elder, "Elders in the caller's scope: social workers see those they serve, officials de-identified records of their areas; null with FORBIDDEN for other callers (老年人).", restricted: true);
        query.List<NeedType, NeedFilterInputType>("needs", NodeKind.Need, "Needs of elders, groups and communities (需求).");
        query.List<ActivityType, ActivityFilterInputType>("activities", NodeKind.Activity, "Activities (活动).");
        query.List<ProjectType, ProjectFilterInputType>("projects", NodeKind.Project, "Government-purchased service projects (政府购买服务项目).");
        query.List<ReferralType, ReferralFilterInputType>("referrals", NodeKind.Referral, "Referrals of needs to helpers that the caller may see: their own, and those of the areas in their scope; null with FORBIDDEN for apps and anonymous callers (转介).", restricted: true);
    }

    private static void List<TGraph, TFilter>(this ObjectGraphType query, string name, NodeKind kind, string description, bool restricted = false)
        where TGraph : IGraphType where TFilter : IInputObjectGraphType
    {
        // A list only some roles may read is nullable: refused, it is null with its own error and the rest of the answer stands.
        query.Field(name, restricted ? typeof(NodeConnectionType<TGraph>) : typeof(NonNullGraphType<NodeConnectionType<TGraph>>))
            .Description(description)
            .Argument<TFilter>("where", "Which to keep (筛选).")
            .Argument<NodeOrderInputType>("orderBy", "How to order; creation order when absent (排序).")
            .PageArgs()
            .Resolve(c => Resolve(c, kind));
    }

    private static Page<Node>? Resolve(IResolveFieldContext context, NodeKind kind)
    {
        var policy = context.Policy();
        if (!policy.MayList(kind))
        {
            context.AddError(HubErrorCodes.Forbidden, $"{RoleNames.Describe(policy.Caller.Roles)} callers do not list {kind} nodes: sign in with a role that serves or oversees them");
            return null;
        }
        var (filter, order) = FilterReader.Read(context, kind);
        // A cursor belongs to one list and ordering; by distance, to one centre too.
        var centre = order.Field == NodeOrderField.Distance && filter?.Near is { } near
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"@{near.Point.Lat:R},{near.Point.Lon:R}")
            : "";
        var tag = $"{kind}.{order.Field}.{(order.Descending ? "desc" : "asc")}{centre}";
        var request = PageRequest.From(context, tag);
        var list = NodeQuery.Run(policy, kind, filter, order);
        var page = Page<OrderedNode>.Slice(list, o => new CursorKey(tag, o.Text, o.Number, o.Node.Id), (a, b) => Compare(a, b, order), request)
            .Map(o => o.Node);
        // What the conditions and order read of personal data is a read of the nodes answered.
        policy.RecordQueryReads(page.Edges.Select(e => e.Node), filter, order);
        return page;
    }

    private static int Compare(CursorKey a, CursorKey b, NodeOrder order)
    {
        var c = order.Field == NodeOrderField.Name ? string.CompareOrdinal(a.Text, b.Text) : a.Number.CompareTo(b.Number);
        if (c == 0) c = a.Id.CompareTo(b.Id);
        return order.Descending ? -c : c;
    }
}
