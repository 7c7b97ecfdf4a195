using ResourceHub.Graph.Access;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Privacy;

/// <summary>
/// An elder's personal data erased on request (PIPL's right of deletion), as one change set: the elder keeps the
/// de-identified record that aggregates and the officials of the area read (age band, living situation, mobility,
/// situations, community), and loses their name, contact, address, point, notes, health notes, interests and
/// memberships; their needs keep what they ask and where, and lose their text and point; the reasons written in their
/// referrals are cleared, and their consents are withdrawn. Records are kept, de-identified.
/// </summary>
public static class ElderErasure
{
    /// <summary>The name an erased elder keeps (a name is required): it says only that the data was erased.</summary>
    public const string ErasedName = "（已删除）";

    /// <summary>The change set that erases an elder read at <paramref name="expectedVersion"/>, and the personal fields it erases.</summary>
    public static (ChangeSet Changes, IReadOnlyList<string> Fields) Plan(NetworkSnapshot snapshot, long elderId, int expectedVersion, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var record = ElderRecord.Of(snapshot, elderId) ?? throw new ArgumentException($"node {elderId} is not an elder", nameof(elderId));
        var elder = record.Elder;
        var set = new ChangeSet().Update(elder with
        {
            Version = expectedVersion,
            Name = ErasedName,
            Phone = null,
            Address = null,
            Point = null,
            Description = null,
            HealthNotes = null,
            Interests = [],
            ErasedAt = now,
        });
        foreach (var (link, direction, other) in record.Links)
        {
            if (direction == Direction.Out && link.Type is LinkType.MemberOf or LinkType.Leads) set.Unlink(link.Type, elderId, other.Id);
        }
        foreach (var need in record.Needs)
            set.Update(need with { Name = PublicLabels.NeedTitle(snapshot, need), Description = null, Point = null });
        foreach (var node in record.Records)
        {
            switch (node)
            {
                case Referral r when r.History.Any(h => h.Reason is not null && h.Reason != ErasedName):
                    set.Update(r with { History = r.History.Select(h => h.Reason is null ? h : h with { Reason = ErasedName }).ToList() });
                    break;
                case Consent c when c.WithdrawnAt is null:
                    set.Update(c with { WithdrawnAt = now });
                    break;
            }
        }
        return (set, ["name", "phone", "address", "point", "description", "healthNotes", "interests", "memberships", "needs.name", "needs.description", "needs.point", "referrals.reasons"]);
    }
}
