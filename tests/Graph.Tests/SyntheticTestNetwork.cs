using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests;

/// <summary>Turns a change set of creates into a snapshot without a database, the way the write path would.</summary>
internal static class SyntheticTestNetwork
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>
    /// Validates <paramref name="set"/> against the empty network (throws with the errors when it does not
    /// validate), numbers nodes 1..N and links 1..M in creation order, replaces temporary ids in link ends and
    /// record references with those, and builds the snapshot.
    /// </summary>
    public static NetworkSnapshot ToSnapshot(ChangeSet set)
    {
        var (plan, errors) = ChangeSetValidator.Validate(NetworkSnapshot.Empty, set, Now);
        if (plan is null)
        {
            throw new InvalidOperationException(
                $"the change set does not validate ({errors.Count} errors):{Environment.NewLine}{string.Join(Environment.NewLine, errors.Take(100))}");
        }
        if (plan.Updates.Count > 0 || plan.Deletes.Count > 0 || plan.LinkUpdates.Count > 0 || plan.LinkDeletes.Count > 0)
            throw new InvalidOperationException("only a change set of creates can become a snapshot on its own");

        var ids = new Dictionary<long, long>(plan.Creates.Count);
        foreach (var node in plan.Creates) ids.Add(node.Id, ids.Count + 1);
        long Real(long id) => id < 0 ? ids[id] : id;

        var nodes = plan.Creates.Select(n => RealIds(n with { Id = ids[n.Id] }, Real)).ToList();
        // Temporary ids count down as operations are added, so the highest comes first.
        var links = plan.LinkCreates.OrderByDescending(l => l.Id)
            .Select((l, i) => l with { Id = i + 1, FromId = Real(l.FromId), ToId = Real(l.ToId) }).ToList();
        return NetworkSnapshot.Build(nodes, links, 1);
    }

    private static Node RealIds(Node node, Func<long, long> real) => node switch
    {
        Referral r => r with
        {
            NeedId = real(r.NeedId),
            HelperId = real(r.HelperId),
            SenderId = real(r.SenderId),
            History = [.. r.History.Select(t => t with { ById = real(t.ById) })],
        },
        ServiceRecord s => s with { ServedById = real(s.ServedById), ForId = real(s.ForId) },
        Consent c => c with { ElderId = real(c.ElderId), RecipientId = c.RecipientId is { } id ? real(id) : null },
        _ => node,
    };
}
