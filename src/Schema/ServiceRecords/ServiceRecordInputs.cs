using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.ServiceRecords;

/// <summary>What the mutations of ServiceRecord may write.</summary>
public sealed class ServiceRecordInputs : KindInputs
{
    /// <summary>Declares the fields.</summary>
    public ServiceRecordInputs() : base(NodeKind.ServiceRecord, "服务记录", located: false)
    {
        Add<IdGraphType>("servedById", "Global id of who served: volunteer, social worker or organization (服务者).", required: true,
            (n, v) => ((ServiceRecord)n) with { ServedById = InputValues.NodeId("servedById", v, NodeKind.Volunteer, NodeKind.SocialWorker, NodeKind.Organization) });
        Add<IdGraphType>("forId", "Global id of whom or what was served: elder, need, activity or area (服务对象).", required: true,
            (n, v) => ((ServiceRecord)n) with { ForId = InputValues.NodeId("forId", v, NodeKind.Elder, NodeKind.Need, NodeKind.Activity, NodeKind.Area) });
        Add<DateOnlyGraphType>("date", "The day served (服务日期).", required: true, (n, v) => ((ServiceRecord)n) with { Date = v is DateOnly d ? d : default });
        Add<DecimalGraphType>("hours", "Hours served, more than 0 and at most 24 (服务时长).", required: true, (n, v) => ((ServiceRecord)n) with { Hours = InputValues.Decimal(v) ?? 0 });
        Add<IntGraphType>("rating", "Rating 1 to 5 (评价).", required: false, (n, v) => ((ServiceRecord)n) with { Rating = InputValues.Int(v) });
    }

    /// <inheritdoc />
    public override Node New() => new ServiceRecord();
}
