using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Tests.Persistence;
using ResourceHub.Graph.TimeBank;

namespace ResourceHub.Graph.Tests.TimeBank;

/// <summary>The time-bank ledger through the real write path: append-only, rounded to the quarter hour, within the floor and the cap.</summary>
public sealed class TimeBankLedgerTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly DateOnly Day = new(2026, 11, 2);

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(1.3, 1.25)]
    [InlineData(1.375, 1.5)]
    [InlineData(1.374, 1.25)]
    [InlineData(0.1, 0)]
    [InlineData(0.125, 0.25)]
    [InlineData(2.9, 3.0)]
    public void OneHourServed_EarnsOneCredit_RoundedToTheQuarterHour(double hours, double credits) =>
        Assert.Equal((decimal)credits, TimeBankEntry.CreditsFor((decimal)hours));

    [SkippableTheory]
    [MemberData(nameof(TestStore.Databases), MemberType = typeof(TestStore))]
    public async Task ThousandsOfRandomOperations_EntriesSumToEveryBalance_AndTheFloorAndCapHold(string database)
    {
        var rules = new TimeBankRules { Floor = -2, Cap = 25 };
        await using var t = await TestStore.CreateAsync(database, timeBank: rules);
        var (volunteers, elders, pool) = await SeedAsync(t);
        var accounts = volunteers.Concat(elders).Append(pool).ToList();
        var expected = accounts.ToDictionary(a => a, _ => 0m);
        var random = new Random(20261201);
        int committed = 0, refusedFloor = 0, refusedCap = 0;

        for (var i = 0; i < 2500; i++)
        {
            var set = new ChangeSet();
            var moves = new List<(long? From, long? To, decimal Credits)>();
            void Entry(TimeBankEntryKind kind, long? from, long? to, decimal credits, long? record = null, string? reason = null)
            {
                set.Create(new TimeBankEntry { Name = kind.ToString(), EntryKind = kind, FromId = from, ToId = to, Credits = credits, Date = Day.AddDays(i % 300), ServiceRecordId = record, Reason = reason });
                moves.Add((from, to, credits));
            }
            decimal Quarter(int most) => random.Next(1, most * 4 + 1) * 0.25m;
            var v = volunteers[random.Next(volunteers.Count)];
            var other = accounts[random.Next(accounts.Count)];
            switch (random.Next(6))
            {
                case 0 or 1:
                    var hours = Math.Round((decimal)(0.2 + random.NextDouble() * 4), 2);
                    var record = set.Create(new ServiceRecord { Name = "服务", ServedById = v, ForId = elders[0], Date = Day, Hours = hours });
                    Entry(TimeBankEntryKind.Earn, null, v, TimeBankEntry.CreditsFor(hours), record);
                    break;
                case 2:
                    Entry(TimeBankEntryKind.Spend, other, null, Quarter(4));
                    // Now and then two spendings of one account in one set: the set as a whole must stay above the floor.
                    if (random.Next(4) == 0) Entry(TimeBankEntryKind.Spend, other, null, Quarter(4));
                    break;
                case 3:
                    var relative = random.Next(2) == 0 ? elders[random.Next(elders.Count)] : volunteers.First(x => x != v);
                    Entry(TimeBankEntryKind.Transfer, v, relative, Quarter(3), reason: "转赠亲属");
                    break;
                case 4:
                    Entry(TimeBankEntryKind.Donate, v, random.Next(2) == 0 ? pool : elders[random.Next(elders.Count)], Quarter(2));
                    break;
                default:
                    var credits = Quarter(6);
                    if (random.Next(2) == 0) Entry(TimeBankEntryKind.Adjust, null, other, credits, reason: "补录");
                    else Entry(TimeBankEntryKind.Adjust, other, null, credits, reason: "更正");
                    break;
            }

            // What the rules say of this set, from the balances the test keeps itself.
            var after = new Dictionary<long, decimal>(expected);
            var taken = new Dictionary<long, decimal>();
            foreach (var (from, to, credits) in moves)
            {
                if (from is { } f) { after[f] -= credits; taken[f] = taken.GetValueOrDefault(f) + credits; }
                if (to is { } tt) after[tt] += credits;
            }
            var touched = moves.SelectMany(m => new[] { m.From, m.To }).OfType<long>().Distinct().ToList();
            var belowFloor = touched.Any(a => taken.ContainsKey(a) && after[a] < rules.Floor);
            var aboveCap = touched.Any(a => volunteers.Contains(a) && after[a] > expected[a] && after[a] > rules.Cap);

            var result = await t.Writer.CommitAsync(set, "ledger-test");

            if (!belowFloor && !aboveCap)
            {
                Assert.True(result.Succeeded, $"op {i}: {string.Join("; ", result.Errors)}");
                expected = after;
                committed++;
                continue;
            }
            Assert.False(result.Succeeded, $"op {i} should have been refused");
            Assert.All(result.Errors, e => Assert.Contains(e.Code, (string[])[ChangeErrorCodes.InsufficientCredits, ChangeErrorCodes.CreditCapReached]));
            if (belowFloor) refusedFloor++;
            else refusedCap++;
        }

        var s = t.Index.Current;
        foreach (var account in accounts)
        {
            var balance = TimeBankLedger.Balance(s, account);
            Assert.Equal(expected[account], balance);
            Assert.Equal(TimeBankLedger.EntriesOf(s, account).Sum(e => (e.ToId == account ? e.Credits : 0) - (e.FromId == account ? e.Credits : 0)), balance);
            Assert.True(balance >= rules.Floor, $"{account} at {balance}");
            if (volunteers.Contains(account)) Assert.True(balance <= rules.Cap, $"{account} at {balance}");
            var st = TimeBankLedger.Statement(s, account);
            Assert.Equal(balance, st.Earned - st.Spent - st.TransferredOut + st.TransferredIn - st.DonatedOut + st.DonatedIn + st.Adjusted);
        }
        output.WriteLine($"{committed} committed, {refusedFloor} refused below the floor, {refusedCap} refused above the cap");
        Assert.True(committed > 1000 && refusedFloor > 20 && refusedCap > 20, $"{committed} committed, {refusedFloor} below the floor, {refusedCap} above the cap");
        // Nothing half-written: what the database holds is what the index holds.
        SnapshotDump.AssertSame(await t.Store.LoadAsync(), s);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Databases), MemberType = typeof(TestStore))]
    public async Task Ledger_IsAppendOnly_AndAnEarningFitsTheHoursServedOnce(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        var (volunteers, elders, _) = await SeedAsync(t);
        var set = new ChangeSet();
        var record = set.Create(new ServiceRecord { Name = "服务", ServedById = volunteers[0], ForId = elders[0], Date = Day, Hours = 1.3m });
        set.Create(new TimeBankEntry { Name = "存入", EntryKind = TimeBankEntryKind.Earn, ToId = volunteers[0], Credits = 1.25m, Date = Day, ServiceRecordId = record });
        var first = await t.Writer.CommitAsync(set, "test");
        Assert.True(first.Succeeded, string.Join("; ", first.Errors));
        var recordId = first.IdOf(record);
        var entry = t.Index.Current.Nodes<TimeBankEntry>().Single();

        var again = await Single(t, new TimeBankEntry { Name = "再存", EntryKind = TimeBankEntryKind.Earn, ToId = volunteers[0], Credits = 1, Date = Day, ServiceRecordId = recordId });
        var more = await Single(t, new TimeBankEntry { Name = "多存", EntryKind = TimeBankEntryKind.Earn, ToId = volunteers[1], Credits = 1, Date = Day, ServiceRecordId = recordId });
        var changed = await t.Writer.CommitAsync(new ChangeSet().Update(entry with { Credits = 5 }), "test");
        var removed = await t.Writer.CommitAsync(new ChangeSet().Delete(entry.Id, entry.Version), "test");
        var unexplained = await Single(t, new TimeBankEntry { Name = "调整", EntryKind = TimeBankEntryKind.Adjust, ToId = volunteers[0], Credits = 1, Date = Day });
        var oddCredits = await Single(t, new TimeBankEntry { Name = "支取", EntryKind = TimeBankEntryKind.Spend, FromId = volunteers[0], Credits = 0.3m, Date = Day });

        Assert.Contains("earned its credits already", Assert.Single(again.Errors).Message, StringComparison.Ordinal);
        Assert.Contains(more.Errors, e => e.Field == "serviceRecordId");
        Assert.Contains("append-only", Assert.Single(changed.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("append-only", Assert.Single(removed.Errors).Message, StringComparison.Ordinal);
        Assert.Equal("reason", Assert.Single(unexplained.Errors).Field);
        Assert.Equal("credits", Assert.Single(oddCredits.Errors).Field);
        Assert.Equal(1.25m, TimeBankLedger.Balance(t.Index.Current, volunteers[0]));
    }

    private static Task<CommitResult> Single(TestStore t, TimeBankEntry entry)
    {
        var set = new ChangeSet();
        set.Create(entry);
        return t.Writer.CommitAsync(set, "test");
    }

    // Six volunteers, three elders and a pool (an organization) in 金峰社区.
    private static async Task<(List<long> Volunteers, List<long> Elders, long Pool)> SeedAsync(TestStore t)
    {
        await t.Writer.CommitAsync(MiniNetwork.Create(), "seed");
        var community = t.Index.Current.AreaByCode("430112001001")!.Id;
        var set = new ChangeSet();
        var v = Enumerable.Range(0, 6).Select(i => set.Create(new Volunteer { Name = $"志愿者{i}", VolunteerNumber = $"TB{i:000000}", Category = VolunteerCategory.Resident, MaxTravelKm = 5 })).ToList();
        var e = Enumerable.Range(0, 3).Select(i => set.Create(new Elder { Name = $"老人{i}", AgeBand = AgeBand.From80To89, Living = LivingSituation.Alone, Mobility = Mobility.Independent })).ToList();
        var pool = set.Create(new Organization { Name = "时间银行", OrganizationKind = OrganizationKind.ElderlyAssociation, Registration = RegistrationStatus.Filed });
        foreach (var node in v.Concat(e).Append(pool)) set.Link(LinkType.LocatedIn, node, community);
        var seeded = await t.Writer.CommitAsync(set, "seed");
        Assert.True(seeded.Succeeded, string.Join("; ", seeded.Errors));
        return ([.. v.Select(seeded.IdOf)], [.. e.Select(seeded.IdOf)], seeded.IdOf(pool));
    }
}
