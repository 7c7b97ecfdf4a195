using ResourceHub.Graph.Model;
using ResourceHub.Graph.TimeBank;

namespace ResourceHub.Graph.Changes;

// The time-bank ledger is append-only and stays within the operator's limits: each entry is checked against what it
// names once the whole set is read, and every account it touches against the floor and the cap as the set leaves it.
internal sealed partial class ChangeSetValidator
{
    private TimeBankRules _timeBank = TimeBankRules.Default;

    // Entries this set adds, by temporary id, with their operation.
    private readonly List<(TimeBankEntry Entry, int Op)> _entries = [];

    private void RefuseLedgerChange(int op, Node existing)
    {
        if (existing is TimeBankEntry)
            Error(op, "id", "the time-bank ledger is append-only: an entry is never changed or removed; correct it with an ADJUST entry");
    }

    private void CheckLedger()
    {
        if (_entries.Count == 0) return;
        var earnings = new Dictionary<long, int>();
        var accounts = new Dictionary<long, int>();
        foreach (var (e, op) in _entries)
        {
            CheckEntry(op, e, earnings);
            foreach (var account in (ReadOnlySpan<long?>)[e.FromId, e.ToId])
            {
                if (account is { } a) accounts.TryAdd(a, op);
            }
        }
        if (_errors.Count > 0) return;
        foreach (var (account, op) in accounts)
        {
            var before = account > 0 ? TimeBankLedger.Balance(_s, account) : 0;
            decimal change = 0, taken = 0;
            foreach (var (e, _) in _entries)
            {
                var effect = e.EffectOn(account);
                change += effect;
                if (effect < 0) taken -= effect;
            }
            var after = before + change;
            var holder = NodeOf(account);
            if (taken > 0 && after < _timeBank.Floor)
            {
                Error(op, "credits", "{0} holds {1} credit(s); taking {2} would leave {3}, below the floor of {4}", ChangeErrorCodes.InsufficientCredits,
                    Ref(account), before, taken, after, _timeBank.Floor);
            }
            else if (holder is Volunteer && change > 0 && after > _timeBank.Cap)
            {
                Error(op, "credits", "{0} holds {1} credit(s); {2} more would pass the cap of {3} a volunteer may bank", ChangeErrorCodes.CreditCapReached,
                    Ref(account), before, change, _timeBank.Cap);
            }
        }
    }

    // What an entry names must fit its kind: an earning is a volunteer's, for hours the volunteer served and not yet
    // earned on; a transfer goes from a volunteer to a relative's account (an elder's or another volunteer's); a
    // donation from a volunteer or an elder to an elder or an organization.
    private void CheckEntry(int op, TimeBankEntry e, Dictionary<long, int> earnings)
    {
        var from = e.FromId is { } f ? NodeOf(f) : null;
        var to = e.ToId is { } t ? NodeOf(t) : null;
        switch (e.EntryKind)
        {
            case TimeBankEntryKind.Earn:
                if (to is not Volunteer) { Error(op, "toId", "credits are earned by a volunteer"); return; }
                if (e.ServiceRecordId is not { } recordId || NodeOf(recordId) is not ServiceRecord record) return;
                if (record.ServedById != to.Id) Error(op, "serviceRecordId", "{0} was served by someone else than {1}", ChangeErrorCodes.BadUserInput, Ref(recordId), Ref(to.Id));
                else if (e.Credits > TimeBankEntry.CreditsFor(record.Hours))
                    Error(op, "credits", "{0} hour(s) served earn {1} credit(s), not {2}", ChangeErrorCodes.BadUserInput, record.Hours, TimeBankEntry.CreditsFor(record.Hours), e.Credits);
                var earnedBefore = recordId > 0 && _s.ReferencedBy(recordId).Any(id => NodeOf(id) is TimeBankEntry { EntryKind: TimeBankEntryKind.Earn } other && other.ServiceRecordId == recordId);
                if (earnedBefore || !earnings.TryAdd(recordId, op))
                    Error(op, "serviceRecordId", "{0} has earned its credits already", ChangeErrorCodes.BadUserInput, Ref(recordId));
                break;
            case TimeBankEntryKind.Transfer:
                if (from is not Volunteer) Error(op, "fromId", "a volunteer transfers credits to a relative");
                if (to is not (Elder or Volunteer)) Error(op, "toId", "credits are transferred to a relative: an elder or a volunteer");
                break;
            case TimeBankEntryKind.Donate:
                if (from is not (Volunteer or Elder)) Error(op, "fromId", "a volunteer or an elder donates credits");
                if (to is not (Elder or Organization)) Error(op, "toId", "credits are donated to an elder or to an organization's pool");
                break;
        }
    }
}
