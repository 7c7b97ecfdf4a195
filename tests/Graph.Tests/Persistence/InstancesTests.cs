using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Graph.Tests.Persistence;

/// <summary>Several hub instances on one database, each following the change log: they converge on what it holds.</summary>
public sealed class InstancesTests
{
    [SkippableTheory]
    [MemberData(nameof(TestStore.Stores), MemberType = typeof(TestStore))]
    public async Task ThreeInstances_TenThousandConcurrentWrites_EveryIndexEqualsTheDatabase_AndNoAcknowledgedWriteIsLost(string database)
    {
        await using var a = await TestStore.CreateAsync(database);
        Assert.True((await a.Writer.CommitAsync(MiniNetwork.Create(), "seed")).Succeeded);
        await using var b = await a.OpenSecondInstanceAsync();
        await using var c = await a.OpenSecondInstanceAsync();
        TestStore[] instances = [a, b, c];
        using var stop = new CancellationTokenSource();
        var followers = instances.Select(i => new ChangeLogFollower(i.Store, i.Writer, i.Index).RunAsync(ct: stop.Token)).ToList();
        var community = a.Index.Current.AreaByCode("430112001001")!.Id;
        const int writers = 30, writesEach = 334;
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<(string Number, long Id)>();
        var refused = 0;

        // Ten writers on each instance, each adding volunteers one commit at a time, and every fifth commit a link.
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var at = instances[w % instances.Length];
            for (var i = 0; i < writesEach; i++)
            {
                var number = $"VNINST{w:D2}{i:D4}";
                var set = new ChangeSet();
                var v = set.Create(new Volunteer { Name = $"并发志愿者{w}-{i}", VolunteerNumber = number, Category = VolunteerCategory.Resident, Skills = ["companionship.visit"] });
                if (i % 5 == 0) set.Link(LinkType.LocatedIn, v, community);
                var result = await at.Writer.CommitAsync(set, $"writer{w}");
                if (result.Succeeded) acknowledged.Add((number, result.IdOf(v)));
                else
                {
                    var error = Assert.Single(result.Errors);
                    Assert.True(error.Code == ChangeErrorCodes.Conflict, error.ToString());
                    Interlocked.Increment(ref refused);
                }
            }
        })));

        var head = await a.Store.HeadAsync();
        foreach (var i in instances)
        {
            for (var wait = 0; i.Index.Current.Sequence < head && wait < 300; wait++) await Task.Delay(50);
        }
        await stop.CancelAsync();
        await Task.WhenAll(followers);

        // A commit that finds another instance first catches up under the write lock and is validated again: none is starved.
        Assert.Equal((0, writers * writesEach), (refused, acknowledged.Count));
        Assert.Equal(acknowledged.Count, acknowledged.Select(x => x.Id).Distinct().Count());
        var stored = await a.Store.LoadAsync();
        Assert.Equal(head, stored.Sequence);
        foreach (var (number, id) in acknowledged) Assert.Equal(id, stored.VolunteerByNumber(number)?.Id);
        Assert.Equal(acknowledged.Count + 1, stored.Count(NodeKind.Volunteer));
        foreach (var i in instances) SnapshotDump.AssertSame(stored, i.Index.Current);
    }
}
