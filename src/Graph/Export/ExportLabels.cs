using System.Collections.Frozen;
using System.Text;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Export;

/// <summary>
/// The words an export writes for the model's enumerations: the API's names (<c>SOCIAL_WORK_STATION</c>, as GraphQL
/// writes them) and Chinese labels (社工站) for the kinds of node, link, organization and resource.
/// </summary>
public static class ExportLabels
{
    private static readonly FrozenDictionary<NodeKind, string> Kinds = new Dictionary<NodeKind, string>
    {
        [NodeKind.Area] = "区域", [NodeKind.Organization] = "组织", [NodeKind.SocialWorker] = "社会工作者", [NodeKind.Volunteer] = "志愿者",
        [NodeKind.Resource] = "资源", [NodeKind.Elder] = "老年人", [NodeKind.Need] = "需求", [NodeKind.Activity] = "活动", [NodeKind.Project] = "项目",
        [NodeKind.Referral] = "转介", [NodeKind.ServiceRecord] = "服务记录", [NodeKind.Consent] = "知情同意", [NodeKind.TimeBankEntry] = "时间银行记账",
        [NodeKind.Booking] = "场地预订", [NodeKind.Webhook] = "回调",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<LinkType, string> LinkTypes = new Dictionary<LinkType, string>
    {
        [LinkType.LocatedIn] = "位于", [LinkType.PartOf] = "隶属", [LinkType.Serves] = "服务", [LinkType.MemberOf] = "成员", [LinkType.Leads] = "带领",
        [LinkType.EmployedBy] = "受雇于", [LinkType.StationedAt] = "驻点", [LinkType.Supervises] = "督导", [LinkType.Empowers] = "赋能",
        [LinkType.Incubates] = "孵化", [LinkType.PartnersWith] = "合作", [LinkType.Contracts] = "购买服务", [LinkType.Trains] = "培训",
        [LinkType.Guides] = "指导", [LinkType.Owns] = "拥有", [LinkType.Provides] = "提供", [LinkType.Donates] = "捐赠", [LinkType.HasNeed] = "有需求",
        [LinkType.HostedAt] = "举办于", [LinkType.OrganizedBy] = "主办", [LinkType.DeliveredBy] = "承接/实施", [LinkType.ReferredTo] = "转介至",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<OrganizationKind, string> OrganizationKinds = new Dictionary<OrganizationKind, string>
    {
        [OrganizationKind.SocialWorkAgency] = "社工机构", [OrganizationKind.SocialWorkStation] = "社工站", [OrganizationKind.SocialWorkOffice] = "社会工作室",
        [OrganizationKind.ElderlyAssociation] = "老年协会", [OrganizationKind.InterestGroup] = "兴趣小组", [OrganizationKind.ArtTroupe] = "文艺队",
        [OrganizationKind.VolunteerTeam] = "志愿队", [OrganizationKind.CulturalUnit] = "文化单位", [OrganizationKind.EducationUnit] = "教育单位",
        [OrganizationKind.MarketEntity] = "市场主体", [OrganizationKind.Media] = "媒体", [OrganizationKind.GovernmentDepartment] = "政府部门",
        [OrganizationKind.Foundation] = "基金会/慈善组织",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<ResourceKind, string> ResourceKinds = new Dictionary<ResourceKind, string>
    {
        [ResourceKind.Venue] = "场地", [ResourceKind.Equipment] = "设备", [ResourceKind.Funding] = "资金", [ResourceKind.Material] = "物资",
        [ResourceKind.CulturalContent] = "节目/课程", [ResourceKind.Information] = "信息",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<RegistrationStatus, string> Registrations = new Dictionary<RegistrationStatus, string>
    {
        [RegistrationStatus.Registered] = "登记", [RegistrationStatus.Filed] = "备案", [RegistrationStatus.Unregistered] = "未登记",
        [RegistrationStatus.NotApplicable] = "不适用",
    }.ToFrozenDictionary();

    /// <summary>The Chinese name of a kind of node: 组织.</summary>
    public static string Zh(NodeKind kind) => Kinds.GetValueOrDefault(kind, kind.ToString());

    /// <summary>The Chinese name of a link type: 合作.</summary>
    public static string Zh(LinkType type) => LinkTypes.GetValueOrDefault(type, type.ToString());

    /// <summary>The Chinese name of a kind of organization: 社工站.</summary>
    public static string Zh(OrganizationKind kind) => OrganizationKinds.GetValueOrDefault(kind, kind.ToString());

    /// <summary>The Chinese name of a kind of resource: 场地.</summary>
    public static string Zh(ResourceKind kind) => ResourceKinds.GetValueOrDefault(kind, kind.ToString());

    /// <summary>The Chinese name of how an organization is registered: 备案.</summary>
    public static string Zh(RegistrationStatus status) => Registrations.GetValueOrDefault(status, status.ToString());

    /// <summary>An enumeration value as the API names it: <c>SocialWorkStation</c> is <c>SOCIAL_WORK_STATION</c>.</summary>
    public static string Name<T>(T value) where T : struct, Enum
    {
        var text = value.ToString();
        var result = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsUpper(text[i]) && (char.IsLower(text[i - 1]) || char.IsDigit(text[i - 1]))) result.Append('_');
            result.Append(char.ToUpperInvariant(text[i]));
        }
        return result.ToString();
    }
}
