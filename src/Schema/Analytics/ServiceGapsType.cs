using GraphQL;
using GraphQL.Types;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Areas;
using ResourceHub.Schema.Needs;

namespace ResourceHub.Schema.Analytics;

/// <summary>Where needs go unmet in an area.</summary>
public sealed class ServiceGapsType : ObjectGraphType<ServiceGapReport>
{
    /// <summary>Declares the fields.</summary>
    public ServiceGapsType()
    {
        Name = "ServiceGaps";
        Description = "Where needs go unmet in an area: open needs the matcher finds no qualified helper for, and each community's accessibility (服务缺口).";
        Field<NonNullGraphType<AreaType>>("area").Description("The area it covers (区域).").Resolve(c => c.Snapshot().Node<Area>(c.Source.AreaId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("services").Description("The service codes asked about; empty for all (服务类别).").Resolve(c => c.Source.Services);
        Field<NonNullGraphType<IntGraphType>>("openNeeds").Description("Open needs in the area (待响应需求).").Resolve(c => c.Source.OpenNeeds);
        Field<NonNullGraphType<IntGraphType>>("unmetCount").Description("Of those, the needs no qualified helper can reach (无人可助).").Resolve(c => c.Source.UnmetNeeds.Count);
        Field<NonNullGraphType<ListGraphType<NeedType>>>("unmet")
            .Description("The needs no qualified helper can reach, by id, as the caller may see them (无人可助的需求).")
            .Argument<IntGraphType>("first", "How many, 1 to 100; 20 when absent (数量).")
            .Resolve(c =>
            {
                var first = c.First(20);
                return c.Source.UnmetNeeds.Take(first).Select(id => (Node?)c.Snapshot().Node(id)).ToList();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryGapType>>>>("categories").Description("Per service category asked: open and unmet, most unmet first (各类别).").Resolve(c => c.Source.Categories);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunityAccessType>>>>("communities").Description("Per community: demand, unmet needs and accessibility, by code (各社区).").Resolve(c => c.Source.Communities);
    }
}
