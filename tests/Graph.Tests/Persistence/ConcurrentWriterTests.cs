using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Persistence;

public sealed class ConcurrentWriterTests
{
    [SkippableTheory]
    [MemberData(nameof(TestStore.Stores), MemberType = typeof(TestStore))]
    public async Task EightWriters_ReadModifyWrite_LoseNoUpdate(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        await t.Writer.CommitAsync(MiniNetwork.Create(), "seed");
        var groupId = t.Index.Current.Nodes<Organization>().Single(o => o.OrganizationKind == OrganizationKind.InterestGroup).Id;
        const int writers = 8, incrementsEach = 25;
        var conflicts = 0;

        // Each writer adds 1 to the group's capacity, reading the current version and retrying when it was stale.
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < incrementsEach; i++)
            {
                while (true)
                {
                    var read = t.Index.Current.Node<Organization>(groupId)!;
                    await Task.Yield();
                    var result = await t.Writer.CommitAsync(new ChangeSet().Update(read with { Capacity = read.Capacity + 1 }), $"writer{w}");
                    if (result.Succeeded) break;
                    Assert.Equal(ChangeErrorCodes.Conflict, Assert.Single(result.Errors).Code);
                    Interlocked.Increment(ref conflicts);
                }
            }
        })));

        var group = t.Index.Current.Node<Organization>(groupId)!;
        Assert.Equal(writers * incrementsEach, group.Capacity);
        Assert.Equal(1 + writers * incrementsEach, group.Version);
        Assert.True(conflicts > 0, "the writers never raced, so stale versions were not exercised");
        SnapshotDump.AssertSame(await t.Store.LoadAsync(), t.Index.Current);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Stores), MemberType = typeof(TestStore))]
    public async Task Readers_DuringWrites_AlwaysSeeAWholeSnapshot(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        await t.Writer.CommitAsync(MiniNetwork.Create(), "seed");
        var township = t.Index.Current.AreaByCode("430112001")!.Id;
        using var done = new CancellationTokenSource();

        // A writer adds volunteers one change set at a time, each with its LocatedIn link; a reader must never see one without the other.
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 60; i++)
            {
                Assert.True((await t.Writer.CommitAsync(MiniNetwork.NewVolunteer(t.Index.Current, "志愿者", "CW", i), "w")).Succeeded);
            }
            await done.CancelAsync();
        });
        var checks = 0;
        while (!done.IsCancellationRequested)
        {
            var s = t.Index.Current;
            foreach (var v in s.Nodes<Volunteer>()) Assert.Equal(1, s.Edges(v.Id, Direction.Out, LinkType.LocatedIn).Count);
            Assert.NotNull(s.Node(township));
            checks++;
            await Task.Yield();
        }
        await writer;
        Assert.True(checks > 0);
    }
}
