using ResourceHub.Graph.Access;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Graph.Referrals;

/// <summary>
/// Ends the referrals nobody answered: a referral SENT longer ago than <paramref name="expireAfter"/> takes the step
/// EXPIRE, as the hub, through the write path (so a helper who answers at the same moment either wins or finds it
/// expired, never both). The clock is the write path's own, so tests move both.
/// </summary>
public sealed class ReferralExpiry(NetworkIndex index, NetworkWriter writer, TimeProvider time, TimeSpan expireAfter)
{
    /// <summary>How long a sent referral waits for an answer.</summary>
    public TimeSpan ExpireAfter => expireAfter;

    /// <summary>Expires every sent referral past its time; returns how many it expired.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken ct = default)
    {
        if (!index.IsLoaded) return 0;
        var snapshot = index.Current;
        var due = time.GetUtcNow() - expireAfter;
        var policy = new AccessPolicy(Caller.System, snapshot);
        var reason = $"{Describe(expireAfter)}内未获答复 (no answer within {Describe(expireAfter)})";
        var expired = 0;
        foreach (var referral in snapshot.Nodes<Referral>())
        {
            if (referral.Status != ReferralStatus.Sent || (referral.LastAt(ReferralStatus.Sent) ?? referral.UpdatedAt) > due) continue;
            var (set, error) = ReferralCommands.Plan(snapshot, policy, referral.Id, referral.Version, ReferralAction.Expire, reason);
            if (error is not null) continue;
            // Answered or changed since the snapshot was read: the write path refuses the step, and the referral stays as it now is.
            if ((await writer.CommitAsync(set!, Caller.System, idempotencyKey: null, ct).ConfigureAwait(false)).Succeeded) expired++;
        }
        return expired;
    }

    private static string Describe(TimeSpan span) => span.TotalHours >= 1 && span.TotalHours == Math.Floor(span.TotalHours)
        ? $"{span.TotalHours:0} h"
        : $"{span.TotalMinutes:0} min";
}
