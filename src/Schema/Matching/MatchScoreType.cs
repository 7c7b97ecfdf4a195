using GraphQL.Types;
using ResourceHub.Graph.Matching;

namespace ResourceHub.Schema.Matching;

/// <summary>A score and its parts.</summary>
public sealed class MatchScoreType : ObjectGraphType<MatchScore>
{
    /// <summary>Declares the fields.</summary>
    public MatchScoreType()
    {
        Name = "MatchScore";
        Description = $"Why a candidate ranks where it does: each part 0 to 1; total = {MatchScore.FitWeight}·categoryFit + {MatchScore.ProximityWeight}·proximity + {MatchScore.DistanceWeight}·distance + {MatchScore.AvailabilityWeight}·availability + {MatchScore.TrackWeight}·trackRecord + {MatchScore.LoadWeight}·load (评分构成).";
        Field<NonNullGraphType<FloatGraphType>>("total").Description("The weighted total (总分).").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<FloatGraphType>>("categoryFit").Description("How well the services offered meet those asked: 1 equal or more specific, 0.5 more general (类别匹配).").Resolve(c => c.Source.CategoryFit);
        Field<NonNullGraphType<FloatGraphType>>("proximity").Description("1 when serving the need's area, else 1/hops in the linkage network, 0 when reached by distance only (网络邻近).").Resolve(c => c.Source.Proximity);
        Field<NonNullGraphType<FloatGraphType>>("distance").Description("1 at the need, 0 at the travel limit (距离).").Resolve(c => c.Source.Distance);
        Field<NonNullGraphType<FloatGraphType>>("availability").Description("Share of the wanted hours available; 0.5 when no hours are stated (时间重合).").Resolve(c => c.Source.Availability);
        Field<NonNullGraphType<FloatGraphType>>("trackRecord").Description("Referrals that ended in help and service ratings, smoothed (服务记录).").Resolve(c => c.Source.TrackRecord);
        Field<NonNullGraphType<FloatGraphType>>("load").Description("Room left given open referrals and capacity (当前负荷).").Resolve(c => c.Source.Load);
    }
}
