using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Graph.Tests.Persistence;

/// <summary>
/// Changes that wait while one commits are committed together next, in one transaction, each as its own change: the first
/// commit is held open in the store until the others wait behind it, so the group is known.
/// </summary>
public sealed class GroupCommitTests
{
    [SkippableTheory]
    [MemberData(nameof(TestStore.Stores), MemberType = typeof(TestStore))]
    public async Task ChangesWaitingBehindACommit_AreCommittedInOneTransaction_EachAsItsOwnChange(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        await t.Writer.CommitAsync(MiniNetwork.Create(), "seed");
        var (writer, held) = Held(t);
        using var feed = writer.Feed.Subscribe();
        var head = t.Index.Current.Sequence;

        var first = writer.CommitAsync(NewVolunteer(t, 0), "writer0");
        await held.Entered;
        var waiting = Enumerable.Range(1, 31).Select(i => writer.CommitAsync(NewVolunteer(t, i), $"writer{i}")).ToList();
        held.Release();
        var results = await Task.WhenAll([first, .. waiting]);

        Assert.All(results, r => Assert.True(r.Succeeded, string.Join("\n", r.Errors)));
        Assert.Equal(2, held.Transactions);
        Assert.Equal(Enumerable.Range(1, 32).Select(i => head + i), results.Select(r => r.Sequence).Order());
        // In the order they came, each published as its own change once the index holds the whole group.
        Assert.Equal(results.Select(r => r.Sequence), results.Select(r => r.Sequence).Order());
        var published = new List<NetworkChange>();
        while (feed.Changes.TryRead(out var change)) published.Add(change);
        Assert.Equal(results.Select(r => r.Sequence), published.Select(c => c.Sequence));
        Assert.All(published, c => Assert.Single(c.Changes.Nodes));
        var log = await t.Store.ReadChangesAsync(head, 100);
        Assert.Equal(32, log.Entries.Count);
        Assert.Equal(32, t.Index.Current.Nodes<Volunteer>().Count(v => v.Name.StartsWith("组提交", StringComparison.Ordinal)));
        SnapshotDump.AssertSame(await t.Store.LoadAsync(), t.Index.Current);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Stores), MemberType = typeof(TestStore))]
    public async Task InAGroup_EachChangeSeesTheOnesBeforeIt_AndARefusedOneRefusesOnlyItself(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        await t.Writer.CommitAsync(MiniNetwork.Create(), "seed");
        var (writer, held) = Held(t);
        var group = t.Index.Current.Nodes<Organization>().Single(o => o.OrganizationKind == OrganizationKind.InterestGroup);
        var district = t.Index.Current.AreaByCode("430112")!;

        var first = writer.CommitAsync(NewVolunteer(t, 0), "writer0");
        await held.Entered;
        var raise = writer.CommitAsync(new ChangeSet().Update(group with { Capacity = group.Capacity + 1 }), "a");
        var raiseAgain = writer.CommitAsync(new ChangeSet().Update(group with { Capacity = group.Capacity + 5 }), "b"); // read before the first raise
        var bad = writer.CommitAsync(new ChangeSet().Update(district with { Name = "" }), "c");
        var keyed = writer.CommitAsync(NewVolunteer(t, 1), "d", "同一个键");
        var keyedAgain = writer.CommitAsync(NewVolunteer(t, 2), "e", "同一个键");
        var last = writer.CommitAsync(NewVolunteer(t, 3), "f");
        held.Release();
        await Task.WhenAll(first, raise, raiseAgain, bad, keyed, keyedAgain, last);

        Assert.Equal(2, held.Transactions);
        Assert.True((await raise).Succeeded);
        Assert.Equal(ChangeErrorCodes.Conflict, Assert.Single((await raiseAgain).Errors).Code);
        Assert.Equal(ChangeErrorCodes.BadUserInput, Assert.Single((await bad).Errors).Code);
        Assert.True((await keyed).Succeeded);
        Assert.True((await keyedAgain).Replayed);
        Assert.Equal((await keyed).Sequence, (await keyedAgain).Sequence);
        Assert.Equal((await keyed).Ids, (await keyedAgain).Ids);
        Assert.Equal((await raise).Sequence + 1, (await keyed).Sequence);
        Assert.Equal((await keyed).Sequence + 1, (await last).Sequence);

        var s = t.Index.Current;
        Assert.Equal(group.Capacity + 1, s.Node<Organization>(group.Id)!.Capacity);
        Assert.Equal("望城区", s.Node<Area>(district.Id)!.Name);
        Assert.DoesNotContain(s.Nodes<Volunteer>(), v => v.Name == "组提交2");
        SnapshotDump.AssertSame(await t.Store.LoadAsync(), s);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Stores), MemberType = typeof(TestStore))]
    public async Task InAGroup_AChangeBigEnoughToBeBuiltBesideItsRows_IsFollowedByTheChangesAfterIt(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        await t.Writer.CommitAsync(MiniNetwork.Create(), "seed");
        var club = new ChangeSet();
        var org = club.Create(new Organization { Name = "大社团", OrganizationKind = OrganizationKind.InterestGroup, Registration = RegistrationStatus.Filed });
        club.Link(LinkType.LocatedIn, org, t.Index.Current.AreaByCode("430112001001")!.Id);
        for (var i = 0; i < 5_000; i++)
            club.Link(LinkType.MemberOf, club.Create(new Volunteer { Name = $"成员{i}", VolunteerNumber = $"BIG{i:000000}", Category = VolunteerCategory.Resident, MaxTravelKm = 1 }), org);
        var seeded = await t.Writer.CommitAsync(club, "seed");
        Assert.True(seeded.Succeeded, string.Join("\n", seeded.Errors));
        var orgId = seeded.Ids[org];
        var (writer, held) = Held(t);

        // One operation, but the club's 5,000 memberships go with it: a change whose next snapshot is built beside its rows.
        var first = writer.CommitAsync(NewVolunteer(t, 0), "writer0");
        await held.Entered;
        var dissolve = writer.CommitAsync(new ChangeSet().Delete(orgId, t.Index.Current.Node(orgId)!.Version), "a");
        var after = writer.CommitAsync(NewVolunteer(t, 1), "b");
        held.Release();
        await Task.WhenAll(first, dissolve, after);

        Assert.Equal(2, held.Transactions);
        Assert.True((await dissolve).Succeeded, string.Join("\n", (await dissolve).Errors));
        Assert.True((await after).Succeeded);
        var s = t.Index.Current;
        Assert.Equal((await after).Sequence, s.Sequence);
        Assert.Null(s.Node(orgId));
        Assert.Contains(s.Nodes<Volunteer>(), v => v.Name == "组提交1");
        SnapshotDump.AssertSame(await t.Store.LoadAsync(), s);
    }

    [Fact]
    public async Task AChangeCancelledWhileItWaits_IsNotCommitted()
    {
        await using var t = await TestStore.CreateAsync();
        await t.Writer.CommitAsync(MiniNetwork.Create(), "seed");
        var (writer, held) = Held(t);
        using var cancel = new CancellationTokenSource();

        var first = writer.CommitAsync(NewVolunteer(t, 0), "writer0");
        await held.Entered;
        var cancelled = writer.CommitAsync(NewVolunteer(t, 1), "writer1", cancel.Token);
        var after = writer.CommitAsync(NewVolunteer(t, 2), "writer2");
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        held.Release();

        Assert.True((await first).Succeeded);
        Assert.True((await after).Succeeded);
        Assert.Equal((await first).Sequence + 1, (await after).Sequence);
        Assert.DoesNotContain(t.Index.Current.Nodes<Volunteer>(), v => v.Name == "组提交1");
        SnapshotDump.AssertSame(await t.Store.LoadAsync(), t.Index.Current);
    }

    private static ChangeSet NewVolunteer(TestStore t, int i) => MiniNetwork.NewVolunteer(t.Index.Current, "组提交", "GC", i);

    // A write path over the test's store and index whose first transaction waits, open, until released.
    private static (NetworkWriter Writer, HeldStore Store) Held(TestStore t)
    {
        var held = new HeldStore(t.Store);
        return (new NetworkWriter(held, t.Index, t.Time), held);
    }

    private sealed class HeldStore(INetworkStore inner) : INetworkStore
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _transactions;

        public Task Entered => _entered.Task;

        public int Transactions => _transactions;

        public void Release() => _released.TrySetResult();

        public async Task<T> WriteAsync<T>(Func<IStoreTransaction, Task<T>> work, CancellationToken ct = default)
        {
            if (Interlocked.Increment(ref _transactions) == 1)
            {
                _entered.TrySetResult();
                await _released.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
            }
            return await inner.WriteAsync(work, ct);
        }

        public Task MigrateAsync(CancellationToken ct = default) => inner.MigrateAsync(ct);
        public Task<NetworkSnapshot> LoadAsync(CancellationToken ct = default) => inner.LoadAsync(ct);
        public Task<ChangeBatch> ReadChangesAsync(long after, int max, CancellationToken ct = default) => inner.ReadChangesAsync(after, max, ct);
        public Task<long> HeadAsync(CancellationToken ct = default) => inner.HeadAsync(ct);
        public Task WaitForChangesAsync(long after, TimeSpan patience, CancellationToken ct = default) => inner.WaitForChangesAsync(after, patience, ct);
        public Task<StoredKey?> FindKeyAsync(string key, CancellationToken ct = default) => inner.FindKeyAsync(key, ct);
        public Task CheckpointAsync(CancellationToken ct = default) => inner.CheckpointAsync(ct);
        public Task AppendAuditAsync(IReadOnlyList<ResourceHub.Graph.Access.AuditEntry> entries, CancellationToken ct = default) => inner.AppendAuditAsync(entries, ct);
        public Task<IReadOnlyList<ResourceHub.Graph.Access.AuditEntry>> ReadAuditAsync(long afterId, int first, long? nodeId = null, string? subject = null, CancellationToken ct = default) =>
            inner.ReadAuditAsync(afterId, first, nodeId, subject, ct);
    }
}
