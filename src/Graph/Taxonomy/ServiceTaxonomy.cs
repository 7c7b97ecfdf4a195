using System.Collections.Frozen;

namespace ResourceHub.Graph.Taxonomy;

/// <summary>
/// The two-facet taxonomy of services and situations, with Chinese and English labels.
/// Codes are hierarchical: a code matches itself and every code below it.
/// </summary>
public static class ServiceTaxonomy
{
    private static readonly TaxonomyTerm[] ServiceTerms =
    [
        S("culture", "文化", "Culture"),
        S("culture.performance", "文艺演出", "Performance"),
        S("culture.performance.home-delivery", "送节目上门", "Performance delivered at home"),
        S("culture.music", "音乐合唱", "Music and choir"),
        S("culture.dance", "舞蹈", "Dance"),
        S("culture.opera", "戏曲花鼓戏", "Opera (Huagu opera)"),
        S("culture.calligraphy", "书法绘画", "Calligraphy and painting"),
        S("culture.reading", "读书会", "Reading club"),
        S("education", "教育", "Education"),
        S("education.smart-devices", "智能设备使用", "Smart devices"),
        S("education.elder-university", "老年大学课程", "University for the elderly"),
        S("education.health-literacy", "健康知识讲座", "Health literacy"),
        S("education.anti-fraud", "防诈骗宣传", "Fraud prevention"),
        S("recreation", "休闲娱乐", "Recreation"),
        S("recreation.games", "棋牌游戏", "Games"),
        S("recreation.outing", "外出游览", "Outings"),
        S("recreation.festival", "节庆活动", "Festivals"),
        S("recreation.fitness", "健身运动", "Fitness"),
        S("companionship", "陪伴", "Companionship"),
        S("companionship.visit", "探访", "Home visits"),
        S("companionship.phone", "电话问候", "Phone calls"),
        S("companionship.escort", "陪同就医出行", "Escort to doctor or errands"),
        S("health", "健康", "Health"),
        S("health.check", "健康检查", "Health checks"),
        S("health.rehab", "康复训练", "Rehabilitation"),
        S("health.mental", "心理慰藉", "Emotional support"),
        S("meal", "助餐", "Meals"),
        S("meal.help", "助餐服务", "Meal help"),
        S("meal.delivery", "送餐上门", "Meal delivery"),
        S("cleaning", "助洁", "Cleaning"),
        S("cleaning.help", "助洁服务", "Cleaning help"),
        S("care", "照护", "Care"),
        S("care.bathing", "助浴", "Bathing help"),
        S("care.daily", "生活照料", "Daily care"),
        S("legal", "法律", "Legal"),
        S("legal.aid", "法律援助", "Legal aid"),
        S("social-work", "社会工作", "Social work"),
        S("social-work.case", "个案服务", "Casework"),
        S("social-work.group", "小组工作", "Group work"),
        S("social-work.community", "社区活动", "Community work"),
        S("social-work.supervision", "专业督导", "Supervision"),
        S("social-work.training", "培训赋能", "Training and empowerment"),
        S("venue", "场地", "Venue"),
        S("venue.hall", "活动室礼堂", "Hall"),
        S("venue.square", "广场", "Square"),
        S("venue.classroom", "教室", "Classroom"),
        S("venue.kitchen", "厨房食堂", "Kitchen and canteen"),
        S("funding", "资金", "Funding"),
        S("funding.grant", "资助", "Grants"),
        S("material", "物资", "Material"),
        S("material.supplies", "生活物资", "Supplies"),
        S("media", "宣传", "Media"),
        S("media.coverage", "媒体报道", "Media coverage"),
    ];

    private static readonly TaxonomyTerm[] SituationTerms =
    [
        T("very-old", "高龄", "Very old (80+)"),
        T("disabled", "失能", "Disabled"),
        T("partly-disabled", "半失能", "Partly disabled"),
        T("living-alone", "独居", "Living alone"),
        T("empty-nest", "空巢", "Empty nest"),
        T("minimum-income", "低保", "Minimum income"),
        T("special-hardship", "特困", "Special hardship"),
        T("left-behind", "留守", "Left behind"),
        T("bereaved", "失独", "Lost their only child"),
        T("veteran", "优抚对象", "Veteran or entitled group"),
    ];

    private static readonly FrozenDictionary<string, TaxonomyTerm> ByCode =
        ServiceTerms.Concat(SituationTerms).ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);

    private static TaxonomyTerm S(string code, string zh, string en) => new(code, zh, en, TaxonomyFacet.Service);

    private static TaxonomyTerm T(string code, string zh, string en) => new(code, zh, en, TaxonomyFacet.Situation);

    /// <summary>Every service term, in catalogue order.</summary>
    public static IReadOnlyList<TaxonomyTerm> Services => ServiceTerms;

    /// <summary>Every situation term, in catalogue order.</summary>
    public static IReadOnlyList<TaxonomyTerm> Situations => SituationTerms;

    /// <summary>The term of a code, or null when the code is unknown.</summary>
    public static TaxonomyTerm? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>True when <paramref name="code"/> is a known code of <paramref name="facet"/>.</summary>
    public static bool IsKnown(string code, TaxonomyFacet facet) => ByCode.TryGetValue(code, out var t) && t.Facet == facet;

    /// <summary>True when <paramref name="code"/> equals <paramref name="ancestor"/> or lies below it.</summary>
    public static bool IsWithin(string code, string ancestor)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(ancestor);
        return code.Length == ancestor.Length
            ? string.Equals(code, ancestor, StringComparison.Ordinal)
            : code.Length > ancestor.Length && code[ancestor.Length] == '.' && code.StartsWith(ancestor, StringComparison.Ordinal);
    }

    /// <summary>How well an offered code meets an asked code.</summary>
    public static CategoryFit Fit(string offer, string ask)
    {
        if (string.Equals(offer, ask, StringComparison.Ordinal)) return CategoryFit.Exact;
        if (IsWithin(offer, ask)) return CategoryFit.Specific;
        if (IsWithin(ask, offer)) return CategoryFit.General;
        return CategoryFit.None;
    }
}
