using GraphQL;
using GraphQL.Types;
using ResourceHub.Schema.Areas;
using ResourceHub.Schema.Network;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema;

/// <summary>The root query.</summary>
public sealed class QueryType : ObjectGraphType
{
    /// <summary>Declares the root fields.</summary>
    public QueryType(ResourceHub.Graph.Persistence.AuditLog audit)
    {
        Name = "Query";
        Description = "Read the five-society network (查询五社联动网络).";
        Field<NodeInterface>("node")
            .Description("Fetches any node by its global id; null when there is none (按全局标识获取).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id from an `id` field (全局标识).")
            .Resolve(c =>
            {
                var id = c.GetArgument<string>("id");
                if (!GlobalId.TryDecode(id, out var kind, out var nodeId))
                    throw new ExecutionError($"'{id}' is not a global id of this hub") { Code = HubErrorCodes.BadUserInput };
                var node = c.Snapshot().Node(nodeId);
                return node?.Kind == kind ? node : null;
            });
        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .WithComplexityImpact(c => new GraphQL.Validation.Complexity.FieldComplexityResult(1,
                c.Arguments?.TryGetValue("ids", out var ids) == true && ids.Value is System.Collections.ICollection given ? given.Count : MaxIds))
            .Description($"Fetches up to {MaxIds} nodes by global id, in the order given; null for an id with no node (批量获取).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids, at most 100 (全局标识列表).")
            .Resolve(c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                    throw ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, $"'ids' holds {ids.Count} ids; at most {MaxIds} at once");
                var snapshot = c.Snapshot();
                return ids.Select(id =>
                {
                    if (!GlobalId.TryDecode(id, out var kind, out var nodeId))
                        throw ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, $"'{id}' is not a global id of this hub");
                    var node = snapshot.Node(nodeId);
                    return node?.Kind == kind ? node : null;
                }).ToList();
            });
        Field<AreaType>("area")
            .Description("An area by its statistical division code, e.g. 430112 for 望城区; null when there is none (按区划代码查询区域).")
            .Argument<NonNullGraphType<StringGraphType>>("code", "National statistical division code: 6, 9 or 12 digits (统计用区划代码).")
            .Resolve(c => c.Snapshot().AreaByCode(c.GetArgument<string>("code").Trim()));
        Field<NonNullGraphType<NetworkSummaryType>>("network")
            .Description("Totals of the whole network (网络概况).")
            .Resolve(c => c.Snapshot());
        Field<NonNullGraphType<Access.ViewerType>>("viewer")
            .Description("Who the hub takes the caller to be: subject, roles and scope, as the token says (当前调用者).")
            .Resolve(c => c.Caller());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Common.TaxonomyTermType>>>>("taxonomy")
            .Description("The taxonomy's terms, parents before children: services (what is offered or asked) and situations (who it is for) (分类体系).")
            .Argument<Common.DescribedEnumType<ResourceHub.Graph.Taxonomy.TaxonomyFacet>>("facet", "Only this facet; both when absent (维度).")
            .Resolve(c => c.GetArgument<ResourceHub.Graph.Taxonomy.TaxonomyFacet?>("facet") switch
            {
                ResourceHub.Graph.Taxonomy.TaxonomyFacet.Service => ResourceHub.Graph.Taxonomy.ServiceTaxonomy.Services,
                ResourceHub.Graph.Taxonomy.TaxonomyFacet.Situation => ResourceHub.Graph.Taxonomy.ServiceTaxonomy.Situations,
                _ => [.. ResourceHub.Graph.Taxonomy.ServiceTaxonomy.Services, .. ResourceHub.Graph.Taxonomy.ServiceTaxonomy.Situations],
            });
        this.AddNodeLists();
        Matching.MatchingQueries.AddMatching(this);
        TimeBank.TimeBankQueries.AddTimeBank(this);
        Search.SearchQueries.AddSearch(this);
        Elders.ElderPrivacyFields.AddElderExport(this, audit);
        Audit.AuditQueries.AddAudit(this, audit);
    }

    /// <summary>The most ids <c>nodes</c> takes.</summary>
    public const int MaxIds = 100;
}
