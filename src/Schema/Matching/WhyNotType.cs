using GraphQL.Types;
using ResourceHub.Graph.Matching;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Matching;

/// <summary>Why a helper is or is not among those who can help with a need.</summary>
public sealed class WhyNotType : ObjectGraphType<WhyNot>
{
    /// <summary>Declares the fields.</summary>
    public WhyNotType()
    {
        Name = "WhyNot";
        Description = "Why a helper is or is not listed by whoCanHelp for a need: each rule's verdict, and the match when every rule is met (为何未列出).";
        Field<NonNullGraphType<NodeInterface>>("helper").Description("The helper asked about (服务方).").Resolve(c => c.Source.Helper);
        Field<NonNullGraphType<BooleanGraphType>>("qualifies").Description("True when every rule is met: whoCanHelp lists the helper, where its score ranks it (符合条件).").Resolve(c => c.Source.Qualifies);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleVerdictType>>>>("rules").Description("Each rule's verdict, in the order the matcher applies them (各项规则).").Resolve(c => c.Source.Rules);
        Field<HelperMatchType>("match").Description("The match as whoCanHelp gives it — score, parts and path — when every rule is met (匹配结果).").Resolve(c => c.Source.Match);
    }
}

/// <summary>One rule's verdict.</summary>
public sealed class RuleVerdictType : ObjectGraphType<RuleVerdict>
{
    /// <summary>Declares the fields.</summary>
    public RuleVerdictType()
    {
        Name = "RuleVerdict";
        Description = "One matching rule's verdict for a helper (规则判定).";
        Field<NonNullGraphType<DescribedEnumType<MatchRule>>>("rule").Description("The rule (规则).").Resolve(c => c.Source.Rule);
        Field<NonNullGraphType<BooleanGraphType>>("met").Description("True when the helper meets it (是否满足).").Resolve(c => c.Source.Met);
        Field<NonNullGraphType<StringGraphType>>("detail").Description("What was found, in words (说明).").Resolve(c => c.Source.Detail);
    }
}
