using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.TimeBank;

/// <summary>An account's standing over a period: what came in and went out, by kind, and the balance at its end.</summary>
public sealed record TimeBankStatement(long AccountId, DateOnly? From, DateOnly? To, decimal Earned, decimal Spent, decimal TransferredOut,
    decimal TransferredIn, decimal DonatedOut, decimal DonatedIn, decimal Adjusted, decimal Balance, int Entries);

/// <summary>
/// The time bank of an area over a period: the movements of the accounts that belong to it (volunteers, elders and
/// organizations whose home area lies within it), their number, what they hold at the period's end, and each
/// account's statement, largest balance first.
/// </summary>
public sealed record TimeBankTotals(long AreaId, DateOnly? From, DateOnly? To, decimal Earned, decimal Spent, decimal Transferred, decimal Donated,
    decimal Adjusted, decimal Balance, int Entries, IReadOnlyList<TimeBankStatement> Accounts);

/// <summary>Reads the time-bank ledger of a snapshot: balances and statements, from the entries that name an account.</summary>
public static class TimeBankLedger
{
    /// <summary>The entries naming an account, oldest first (by date, then id).</summary>
    public static IEnumerable<TimeBankEntry> EntriesOf(NetworkSnapshot snapshot, long accountId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.ReferencedBy(accountId).Select(snapshot.Node).OfType<TimeBankEntry>()
            .Where(e => e.FromId == accountId || e.ToId == accountId).OrderBy(e => e.Date).ThenBy(e => e.Id);
    }

    /// <summary>An account's balance: every entry's effect on it.</summary>
    public static decimal Balance(NetworkSnapshot snapshot, long accountId) => EntriesOf(snapshot, accountId).Sum(e => e.EffectOn(accountId));

    /// <summary>
    /// An account's statement for the days from <paramref name="from"/> to <paramref name="to"/> (open ends: no limit):
    /// the period's movements by kind, and the balance at its end (every entry up to <paramref name="to"/>).
    /// </summary>
    public static TimeBankStatement Statement(NetworkSnapshot snapshot, long accountId, DateOnly? from = null, DateOnly? to = null)
    {
        decimal earned = 0, spent = 0, transferredOut = 0, transferredIn = 0, donatedOut = 0, donatedIn = 0, adjusted = 0, balance = 0;
        var entries = 0;
        foreach (var e in EntriesOf(snapshot, accountId))
        {
            if (e.Date > to) break;
            var effect = e.EffectOn(accountId);
            balance += effect;
            if (e.Date < from) continue;
            entries++;
            switch (e.EntryKind)
            {
                case TimeBankEntryKind.Earn: earned += effect; break;
                case TimeBankEntryKind.Spend: spent -= effect; break;
                case TimeBankEntryKind.Transfer when effect < 0: transferredOut -= effect; break;
                case TimeBankEntryKind.Transfer: transferredIn += effect; break;
                case TimeBankEntryKind.Donate when effect < 0: donatedOut -= effect; break;
                case TimeBankEntryKind.Donate: donatedIn += effect; break;
                default: adjusted += effect; break;
            }
        }
        return new TimeBankStatement(accountId, from, to, Tidy(earned), Tidy(spent), Tidy(transferredOut), Tidy(transferredIn), Tidy(donatedOut), Tidy(donatedIn),
            Tidy(adjusted), Tidy(balance), entries);
    }

    /// <summary>The time bank of the accounts whose home area lies within <paramref name="areaId"/>, for the days from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static TimeBankTotals Totals(NetworkSnapshot snapshot, long areaId, DateOnly? from = null, DateOnly? to = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var accounts = new HashSet<long>();
        foreach (var entry in snapshot.Nodes<TimeBankEntry>())
        {
            foreach (var account in (ReadOnlySpan<long?>)[entry.FromId, entry.ToId])
            {
                if (account is { } id && snapshot.IsWithin(Query.NodeFacets.HomeArea(snapshot, id)?.Id, areaId)) accounts.Add(id);
            }
        }
        var statements = accounts.Select(a => Statement(snapshot, a, from, to)).OrderByDescending(st => st.Balance).ThenBy(st => st.AccountId).ToList();
        // Movements between two accounts of the area count once, from the side they leave.
        decimal earned = 0, spent = 0, transferred = 0, donated = 0, adjusted = 0;
        var entries = new HashSet<long>();
        foreach (var account in accounts)
        {
            foreach (var e in EntriesOf(snapshot, account))
            {
                if (e.Date < from || e.Date > to || !entries.Add(e.Id)) continue;
                switch (e.EntryKind)
                {
                    case TimeBankEntryKind.Earn: earned += e.Credits; break;
                    case TimeBankEntryKind.Spend: spent += e.Credits; break;
                    case TimeBankEntryKind.Transfer: transferred += e.Credits; break;
                    case TimeBankEntryKind.Donate: donated += e.Credits; break;
                    default: adjusted += e.ToId is not null ? e.Credits : -e.Credits; break;
                }
            }
        }
        return new TimeBankTotals(areaId, from, to, Tidy(earned), Tidy(spent), Tidy(transferred), Tidy(donated), Tidy(adjusted), Tidy(statements.Sum(st => st.Balance)),
            entries.Count, statements);
    }

    // Credits as people write them: 124.5, not 124.50 (a sum of decimals keeps the widest scale of its terms).
    private static decimal Tidy(decimal credits) => credits / 1.0000000000000000000000000000m;
}
