using GraphQL.Types;
using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Common;

/// <summary>A GraphQL enum over a model enum, with its description.</summary>
public sealed class DescribedEnumType<T> : EnumerationGraphType<T> where T : Enum
{
    private static readonly Dictionary<Type, string> Descriptions = new()
    {
        [typeof(NodeKind)] = "The kinds of node in the network (节点类型).",
        [typeof(LinkType)] = "The typed links of the network (关系类型).",
        [typeof(ResourceHub.Graph.Matching.ReachKind)] = "How a helper reaches a need: SERVES_AREA (its service area covers the need), NETWORK (linked within the hop limit), DISTANCE (within travel distance) (可达方式).",
        [typeof(ResourceHub.Graph.Matching.MatchRule)] = "The rules a helper must meet for a need: SERVICE 服务类别, SITUATION 服务对象, MODE 服务方式, REACH 可达, HOURS 时间, CAPACITY 容量, DECLINED 未曾拒绝 (匹配规则).",
        [typeof(Direction)] = "Which way a link is followed: OUT from the node, IN to it (方向).",
        [typeof(AreaLevel)] = "Level of an area: city, district, township, community (行政层级).",
        [typeof(AreaKind)] = "What an area is: city, district, subdistrict 街道, town 镇, township 乡, community 社区, village 村 (区域类别).",
        [typeof(OrganizationKind)] = "Kind of organization: agency 社工机构, station 社工站, office 社会工作室, association 老年协会, group 兴趣小组, troupe 文艺队, team 志愿队, … (组织类别).",
        [typeof(RegistrationStatus)] = "How an organization is registered (登记状态).",
        [typeof(SocialWorkerRole)] = "Where a social worker works: station 驻站, community 社区, agency 机构, medical 医务 (社工类别).",
        [typeof(QualificationLevel)] = "National social-work qualification (职业资格).",
        [typeof(VolunteerCategory)] = "Who a volunteer is: younger elder 低龄老人, student, resident, professional (志愿者类别).",
        [typeof(ResourceKind)] = "Kind of resource: venue 场地, equipment 设备, funding 资金, material 物资, content 节目/课程, information 信息 (资源类别).",
        [typeof(AgeBand)] = "An elder's age band; no birth date is kept (年龄段).",
        [typeof(NeedMode)] = "How a need is met: at home 上门, at a venue 场地, online 线上 (服务方式).",
        [typeof(NeedStatus)] = "Where a need stands (需求状态).",
        [typeof(ReferralStatus)] = "Lifecycle of a referral (转介状态).",
        [typeof(BookingStatus)] = "Where a booking stands: CONFIRMED 已预订, CANCELLED 已取消 (预订状态).",
        [typeof(TimeBankEntryKind)] = "What a time-bank entry does: EARN 存入, SPEND 支取, TRANSFER 转赠亲属, DONATE 捐赠, ADJUST 调整 (记账类型).",
        [typeof(ReferralOutcome)] = "How a completed referral ended (转介结果).",
        [typeof(ResourceHub.Graph.Taxonomy.TaxonomyFacet)] = "The two facets of the taxonomy: SERVICE (what is offered or asked, 服务) and SITUATION (who it is for, 服务对象情况) (分类维度).",
    };

    /// <summary>Declares the enum.</summary>
    public DescribedEnumType()
    {
        Description = Descriptions.TryGetValue(typeof(T), out var d) ? d : typeof(T).Name;
    }
}
