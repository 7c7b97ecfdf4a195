using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests;

/// <summary>
/// Turns a change set that only creates into a snapshot without a database: validates it against the empty
/// network, then hands out ids 1..N in creation order (nodes and links counted separately), as the write path would.
/// </summary>
internal static class TestNetwork
{
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));

    public static NetworkSnapshot ToSnapshot(ChangeSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var (plan, errors) = ChangeSetValidator.Validate(NetworkSnapshot.Empty, set, Now);
        if (plan is null)
            throw new InvalidOperationException($"the change set has {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        if (plan.Updates.Count > 0 || plan.Deletes.Count > 0 || plan.LinkUpdates.Count > 0 || plan.LinkDeletes.Count > 0)
            throw new NotSupportedException("TestNetwork only builds change sets that create nodes and links");

        // Temporary ids count down from -1 in creation order.
        var ids = new Dictionary<long, long>();
        foreach (var node in plan.Creates.OrderByDescending(n => n.Id)) ids[node.Id] = ids.Count + 1;
        long Real(long id) => id < 0 ? ids[id] : id;

        var nodes = plan.Creates.Select(n => (n switch
        {
            Referral r => r with
            {
                NeedId = Real(r.NeedId),
                HelperId = Real(r.HelperId),
                SenderId = Real(r.SenderId),
                History = r.History.Select(h => h with { ById = Real(h.ById) }).ToList(),
            },
            ServiceRecord s => s with { ServedById = Real(s.ServedById), ForId = Real(s.ForId) },
            Consent c => c with { ElderId = Real(c.ElderId), RecipientId = c.RecipientId is { } r ? Real(r) : null },
            _ => n,
        }) with
        { Id = ids[n.Id] });

        var linkId = 0L;
        var links = plan.LinkCreates.OrderByDescending(l => l.Id)
            .Select(l => l with { Id = ++linkId, FromId = Real(l.FromId), ToId = Real(l.ToId) })
            .ToList();
        return NetworkSnapshot.Build(nodes, links, 1);
    }
}
