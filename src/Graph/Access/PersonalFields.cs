using System.Collections.Frozen;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Access;

/// <summary>
/// Every field that not every caller may see, with the level it needs (PIPL's sensitive personal information of
/// elders, and the identifiers of volunteers). The one declaration: the API's fields carry these as metadata, views
/// apply them, and the audit log records reads by their names. What a referral with the elder's consent shares with
/// the helper's side is named here too (<see cref="PersonalField.SharedAs"/>).
/// </summary>
public static class PersonalFields
{
    /// <summary>An elder's full name; others see <see cref="PublicLabels.Elder"/>.</summary>
    public static PersonalField ElderName { get; } = OfElder("name", AccessLevel.Personal, masked: true, (e, s) => e with { Name = PublicLabels.Elder(s, e) }, sharedAs: "name");

    /// <summary>An elder's contact phone.</summary>
    public static PersonalField ElderPhone { get; } = OfElder("phone", AccessLevel.Personal, masked: false, (e, _) => e with { Phone = null }, sharedAs: "phone");

    /// <summary>An elder's street address.</summary>
    public static PersonalField ElderAddress { get; } = OfElder("address", AccessLevel.Personal, masked: false, (e, _) => e with { Address = null }, sharedAs: "address");

    /// <summary>An elder's home location.</summary>
    public static PersonalField ElderPoint { get; } = OfElder("point", AccessLevel.Personal, masked: false, (e, _) => e with { Point = null }, sharedAs: "address");

    /// <summary>Notes about an elder (the description field).</summary>
    public static PersonalField ElderNotes { get; } = OfElder("description", AccessLevel.Personal, masked: false, (e, _) => e with { Description = null }, sharedAs: "notes");

    /// <summary>An elder's health notes.</summary>
    public static PersonalField ElderHealthNotes { get; } = OfElder("healthNotes", AccessLevel.Personal, masked: false, (e, _) => e with { HealthNotes = null }, sharedAs: "health");

    /// <summary>An elder's age band: de-identified.</summary>
    public static PersonalField ElderAgeBand { get; } = OfElder("ageBand", AccessLevel.DeIdentified, masked: false, (e, _) => e with { AgeBand = default });

    /// <summary>With whom an elder lives: de-identified, sensitive.</summary>
    public static PersonalField ElderLiving { get; } = OfElder("living", AccessLevel.DeIdentified, masked: false, (e, _) => e with { Living = default });

    /// <summary>An elder's mobility (自理/半失能/失能): de-identified, sensitive.</summary>
    public static PersonalField ElderMobility { get; } = OfElder("mobility", AccessLevel.DeIdentified, masked: false, (e, _) => e with { Mobility = default });

    /// <summary>An elder's situations (高龄, 独居, 低保 …): de-identified, sensitive.</summary>
    public static PersonalField ElderSituations { get; } = OfElder("situations", AccessLevel.DeIdentified, masked: false, (e, _) => e with { Situations = [] });

    /// <summary>An elder's interests: de-identified.</summary>
    public static PersonalField ElderInterests { get; } = OfElder("interests", AccessLevel.DeIdentified, masked: false, (e, _) => e with { Interests = [] });

    /// <summary>The name of an elder's need, written by a social worker and often naming the elder's situation; others see <see cref="PublicLabels.NeedTitle"/>.</summary>
    public static PersonalField NeedName { get; } = OfNeed("name", AccessLevel.Personal, masked: true, (n, s) => n with { Name = PublicLabels.NeedTitle(s, n) }, sharedAs: "");

    /// <summary>The description of an elder's need.</summary>
    public static PersonalField NeedDescription { get; } = OfNeed("description", AccessLevel.Personal, masked: false, (n, _) => n with { Description = null }, sharedAs: "");

    /// <summary>Where an elder's need is to be met, often the elder's home.</summary>
    public static PersonalField NeedPoint { get; } = OfNeed("point", AccessLevel.Personal, masked: false, (n, _) => n with { Point = null }, sharedAs: "address");

    /// <summary>Whom an elder's need is for: the elder's situations, de-identified.</summary>
    public static PersonalField NeedSituations { get; } = OfNeed("situations", AccessLevel.DeIdentified, masked: false, (n, _) => n with { Situations = [] });

    /// <summary>A volunteer's national volunteer number: the volunteer, staff and admins see it.</summary>
    public static PersonalField VolunteerNumber { get; } = new(NodeKind.Volunteer, "volunteerNumber", AccessLevel.Personal, masked: false,
        "the volunteer, social workers, officials, organization admins and admins", (n, _) => (Volunteer)n with { VolunteerNumber = "" });

    /// <summary>
    /// A referral's history: the steps are shown to everyone who sees the referral, their reasons (which tell of the elder)
    /// only to those who serve the elder.
    /// </summary>
    public static PersonalField ReferralHistory { get; } = new(NodeKind.Referral, "history", AccessLevel.Personal, masked: true, Serving,
        (n, _) => (Referral)n with { History = [.. ((Referral)n).History.Select(h => h with { Reason = null })] });

    /// <summary>The elder's side's comment on a referral's help, which may tell of the elder: shown to those who serve the elder.</summary>
    public static PersonalField ReferralRatingComment { get; } = new(NodeKind.Referral, "ratingComment", AccessLevel.Personal, masked: false, Serving,
        (n, _) => (Referral)n with { RatingComment = null });

    /// <summary>
    /// Why a time-bank entry was made — for a transfer, who the relative is: on an elder's account it tells of the elder, and
    /// is shown to the holders of the entry's accounts and to those who serve the elder.
    /// </summary>
    public static PersonalField TimeBankEntryReason { get; } = new(NodeKind.TimeBankEntry, "reason", AccessLevel.Personal, masked: false,
        "the holders of its accounts, social workers who serve the elder whose account it names, and admins", (n, _) => (TimeBankEntry)n with { Reason = null });

    private const string Serving = "social workers who serve the elder's community, the helper of an accepted referral whose consent covers it, and admins";
    private const string ServingOrOverseeing = "social workers who serve the elder's community, officials of its area, and admins";

    /// <summary>Every personal field, by kind.</summary>
    public static IReadOnlyList<PersonalField> All { get; } =
    [
        ElderName, ElderPhone, ElderAddress, ElderPoint, ElderNotes, ElderHealthNotes, ElderAgeBand, ElderLiving, ElderMobility, ElderSituations,
        ElderInterests, NeedName, NeedDescription, NeedPoint, NeedSituations, VolunteerNumber, ReferralHistory, ReferralRatingComment, TimeBankEntryReason,
    ];

    private static readonly FrozenDictionary<NodeKind, PersonalField[]> ByKind =
        All.GroupBy(f => f.Kind).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The personal field of a kind by its API name, or null.</summary>
    public static PersonalField? Find(NodeKind kind, string name)
    {
        foreach (var field in Of(kind))
        {
            if (field.Name == name) return field;
        }
        return null;
    }

    /// <summary>The personal fields of a kind; empty for kinds with none.</summary>
    public static ReadOnlySpan<PersonalField> Of(NodeKind kind) => ByKind.TryGetValue(kind, out var fields) ? fields : [];

    private static PersonalField OfElder(string name, AccessLevel level, bool masked, Func<Elder, Index.NetworkSnapshot, Elder> hide, string? sharedAs = null) =>
        new(NodeKind.Elder, name, level, masked, level == AccessLevel.Personal ? Serving : ServingOrOverseeing, (n, s) => hide((Elder)n, s)) { SharedAs = sharedAs };

    private static PersonalField OfNeed(string name, AccessLevel level, bool masked, Func<Need, Index.NetworkSnapshot, Need> hide, string? sharedAs = null) =>
        new(NodeKind.Need, name, level, masked, level == AccessLevel.Personal ? Serving : ServingOrOverseeing, (n, s) => hide((Need)n, s)) { SharedAs = sharedAs };
}
