using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Persistence;

public sealed class NetworkWriterTests
{
    [SkippableTheory]
    [MemberData(nameof(TestStore.Stores), MemberType = typeof(TestStore))]
    public async Task Commit_ValidSet_WritesIndexAndDatabaseAndOneLogRow(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        var result = await t.Writer.CommitAsync(MiniNetwork.Create(), "test");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(1, result.Sequence);
        var s = t.Index.Current;
        Assert.Equal(1, s.Sequence);
        Assert.Equal(10, s.NodeCount);
        Assert.Equal("望城区", s.AreaByCode("430112")!.Name);
        Assert.Equal(10, await t.CountRowsAsync("nodes"));
        Assert.Equal(s.LinkCount, await t.CountRowsAsync("links"));
        Assert.Equal(1, await t.CountRowsAsync("change_log"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Stores), MemberType = typeof(TestStore))]
    public async Task Commit_BigSet_ItsSnapshotBuiltBesideItsRows_EqualsTheDatabase(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        var big = Graph.Demo.SyntheticNetwork.Generate(7, 150);
        Assert.True(big.Operations.Count > 5_000, "the set is big enough for its snapshot to be built beside its rows");

        var result = await t.Writer.CommitAsync(big, "test");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(await t.CountRowsAsync("nodes"), t.Index.Current.NodeCount);
        SnapshotDump.AssertSame(await t.Store.LoadAsync(), t.Index.Current);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Stores), MemberType = typeof(TestStore))]
    public async Task Commit_RefusedSet_WritesNothing(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        await t.Writer.CommitAsync(MiniNetwork.Create(), "test");
        var before = t.Index.Current;
        var district = before.AreaByCode("430112")!;

        var bad = new ChangeSet();
        var ok = bad.Create(new Area { Name = "新社区", Code = "430112001003", Level = AreaLevel.Community, AreaKind = AreaKind.Community });
        bad.Link(LinkType.PartOf, ok, before.AreaByCode("430112001")!.Id);
        bad.Update(district with { Name = "" });
        var result = await t.Writer.CommitAsync(bad, "test");

        var error = Assert.Single(result.Errors);
        Assert.Equal((2, "name", ChangeErrorCodes.BadUserInput), (error.Operation, error.Field, error.Code));
        Assert.Same(before, t.Index.Current);
        Assert.Equal(10, await t.CountRowsAsync("nodes"));
        Assert.Equal(1, await t.CountRowsAsync("change_log"));
        Assert.Null(t.Index.Current.AreaByCode("430112001003"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Stores), MemberType = typeof(TestStore))]
    public async Task Commit_StaleVersion_IsRefusedAsConflict(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        await t.Writer.CommitAsync(MiniNetwork.Create(), "test");
        var read = t.Index.Current.VolunteerByNumber("WC000001")!;
        Assert.True((await t.Writer.CommitAsync(new ChangeSet().Update(read with { MaxTravelKm = 5 }), "first")).Succeeded);

        var second = await t.Writer.CommitAsync(new ChangeSet().Update(read with { MaxTravelKm = 8 }), "second");

        Assert.Equal(ChangeErrorCodes.Conflict, Assert.Single(second.Errors).Code);
        var now = t.Index.Current.VolunteerByNumber("WC000001")!;
        Assert.Equal((5.0, 2), (now.MaxTravelKm, now.Version));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Stores), MemberType = typeof(TestStore))]
    public async Task Restart_SameFile_LoadsTheSameNetwork(string database)
    {
        await using var first = await TestStore.CreateAsync(database);
        await first.Writer.CommitAsync(MiniNetwork.Create(), "test");
        var v = first.Index.Current.VolunteerByNumber("WC000001")!;
        await first.Writer.CommitAsync(new ChangeSet().Update(v with { Name = "王某芳（组长）", Availability = WeeklySchedule.Parse("Sat-Sun 14-17") }), "test");
        var station = first.Index.Current.Nodes<Organization>().First(o => o.OrganizationKind == OrganizationKind.SocialWorkStation);
        await first.Writer.CommitAsync(new ChangeSet().Unlink(LinkType.Serves, station.Id, first.Index.Current.AreaByCode("430112001")!.Id), "test");

        await using var second = await first.RestartAsync();

        SnapshotDump.AssertSame(first.Index.Current, second.Index.Current);
        Assert.Equal("Sat-Sun 14-17", second.Index.Current.VolunteerByNumber("WC000001")!.Availability.ToString());
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Stores), MemberType = typeof(TestStore))]
    public async Task Delete_NodeWithLinks_RemovesItsLinksInBothStores(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        await t.Writer.CommitAsync(MiniNetwork.Create(), "test");
        var v = t.Index.Current.VolunteerByNumber("WC000001")!;
        var linksBefore = t.Index.Current.LinkCount;

        var result = await t.Writer.CommitAsync(new ChangeSet().Delete(v.Id, v.Version), "test");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Null(t.Index.Current.Node(v.Id));
        Assert.Equal(linksBefore - 2, t.Index.Current.LinkCount);
        Assert.Equal(linksBefore - 2, await t.CountRowsAsync("links"));
        SnapshotDump.AssertSame(await t.Store.LoadAsync(), t.Index.Current);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Stores), MemberType = typeof(TestStore))]
    public async Task ChangeLog_HoldsIdsOnly_NoPersonalData(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        await t.Writer.CommitAsync(MiniNetwork.Create(), "test");

        var (actor, changes) = Assert.Single(await t.ChangeLogAsync());
        Assert.Equal("test", actor);
        Assert.DoesNotContain("张某兰", changes, StringComparison.Ordinal);
        Assert.Contains("\"nodes\":[1,2,3", changes, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Stores), MemberType = typeof(TestStore))]
    public async Task Ids_AreNeverReused_AfterDelete(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        await t.Writer.CommitAsync(MiniNetwork.Create(), "test");
        var v = t.Index.Current.VolunteerByNumber("WC000001")!;
        await t.Writer.CommitAsync(new ChangeSet().Delete(v.Id, v.Version), "test");

        var set = new ChangeSet();
        var temp = set.Create(new Volunteer { Name = "李某军", VolunteerNumber = "WC000002", Category = VolunteerCategory.Resident, MaxTravelKm = 2 });
        var result = await t.Writer.CommitAsync(set, "test");

        Assert.True(result.IdOf(temp) > t.Index.Current.Nodes().Max(n => n.Id) - 1);
        Assert.NotEqual(v.Id, result.IdOf(temp));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Stores), MemberType = typeof(TestStore))]
    public async Task SecondInstance_CommitsAfterFirst_CatchesUpFromChangeLog(string database)
    {
        await using var a = await TestStore.CreateAsync(database);
        await a.Writer.CommitAsync(MiniNetwork.Create(), "a");
        await using var b = await a.OpenSecondInstanceAsync();
        var v = b.Index.Current.VolunteerByNumber("WC000001")!;
        Assert.True((await b.Writer.CommitAsync(new ChangeSet().Update(v with { MaxTravelKm = 9 }), "b")).Succeeded);

        // Instance a has not seen b's change: its stale update is refused after catching up, and a fresh one goes through.
        var stale = await a.Writer.CommitAsync(new ChangeSet().Update(v with { MaxTravelKm = 1 }), "a");
        Assert.Equal(ChangeErrorCodes.Conflict, Assert.Single(stale.Errors).Code);
        Assert.Equal(9, a.Index.Current.VolunteerByNumber("WC000001")!.MaxTravelKm);
        var fresh = a.Index.Current.VolunteerByNumber("WC000001")!;
        Assert.True((await a.Writer.CommitAsync(new ChangeSet().Update(fresh with { MaxTravelKm = 2 }), "a")).Succeeded);

        await b.Writer.FollowAsync();
        SnapshotDump.AssertSame(await a.Store.LoadAsync(), a.Index.Current);
        SnapshotDump.AssertSame(a.Index.Current, b.Index.Current);
    }
}
