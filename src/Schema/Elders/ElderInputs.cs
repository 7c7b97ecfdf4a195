using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Elders;

/// <summary>What the mutations of Elder may write.</summary>
public sealed class ElderInputs : KindInputs
{
    /// <summary>Declares the fields.</summary>
    public ElderInputs() : base(NodeKind.Elder, "老年人", located: true)
    {
        Enum<AgeBand>("ageBand", "Age band; no birth date is kept (年龄段).", required: true, (n, v) => ((Elder)n) with { AgeBand = v });
        Enum<LivingSituation>("living", "With whom the elder lives (居住情况); personal data.", required: true, (n, v) => ((Elder)n) with { Living = v });
        Enum<Mobility>("mobility", "Ability to look after themselves (自理能力); personal data.", required: true, (n, v) => ((Elder)n) with { Mobility = v });
        Codes("situations", "Situation codes (情况); personal data.", required: false, (n, v) => ((Elder)n) with { Situations = v });
        Codes("interests", "Interests, service taxonomy codes (兴趣).", required: false, (n, v) => ((Elder)n) with { Interests = v });
        Add<StringGraphType>("phone", "Phone (电话); personal data.", required: false, (n, v) => ((Elder)n) with { Phone = v as string });
        Add<StringGraphType>("address", "Address (住址); personal data.", required: false, (n, v) => ((Elder)n) with { Address = v as string });
        Add<StringGraphType>("healthNotes", "Health notes (健康备注); personal data.", required: false, (n, v) => ((Elder)n) with { HealthNotes = v as string });
    }

    /// <inheritdoc />
    public override Node New() => new Elder();
}
