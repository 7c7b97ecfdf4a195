using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.ServiceRecords;

/// <summary>Hours served.</summary>
public sealed class ServiceRecordType : NodeType<ServiceRecord>
{
    /// <summary>Declares the fields.</summary>
    public ServiceRecordType() : base("ServiceRecord", "Hours served (服务记录); a volunteer's records earn time-bank credits.", located: false)
    {
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Description("The day served (服务日期).").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<DecimalGraphType>>("hours").Description("Hours served (服务时长).").Resolve(c => c.Source.Hours);
        Field<IntGraphType>("rating").Description("Rating 1 to 5 (评价).").Resolve(c => c.Source.Rating);
    }
}
