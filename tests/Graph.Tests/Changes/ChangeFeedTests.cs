using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Tests.Persistence;

namespace ResourceHub.Graph.Tests.Changes;

/// <summary>The in-process change feed: every commit published once, in order, with what it changed; slow readers closed, not waited for.</summary>
public sealed class ChangeFeedTests
{
    [SkippableTheory]
    [MemberData(nameof(TestStore.Databases), MemberType = typeof(TestStore))]
    public async Task EveryCommit_IsPublishedInOrder_WithItsIdsAndBothSnapshots_AndRefusedSetsPublishNothing(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        await t.Writer.CommitAsync(Persistence.MiniNetwork.Create(), "seed");
        using var feed = t.Writer.Feed.Subscribe();
        var volunteer = t.Index.Current.Nodes<Volunteer>().Single();

        var renamed = await t.Writer.CommitAsync(new ChangeSet().Update(volunteer with { Name = "王某芳（组长）" }), "rename");
        var refused = await t.Writer.CommitAsync(new ChangeSet().Update(volunteer with { Name = "过期版本" }), "stale");
        var set = new ChangeSet();
        var need = set.Create(new Need { Name = "陪同就医", Categories = ["companionship.escort"], Mode = NeedMode.Home, Status = NeedStatus.Open });
        set.Link(LinkType.HasNeed, t.Index.Current.AreaByCode("430112001001")!.Id, need);
        var posted = await t.Writer.CommitAsync(set, "post");

        Assert.True(renamed.Succeeded, string.Join("; ", renamed.Errors));
        Assert.True(posted.Succeeded, string.Join("; ", posted.Errors));
        Assert.False(refused.Succeeded);
        var first = await feed.Changes.ReadAsync();
        var second = await feed.Changes.ReadAsync();
        Assert.False(feed.Changes.TryRead(out _));
        Assert.Equal((renamed.Sequence, "rename"), (first.Sequence, first.Actor));
        Assert.Equal([volunteer.Id], first.Changes.Nodes);
        Assert.Equal("王某芳", first.Before.Node(volunteer.Id)!.Name);
        Assert.Equal("王某芳（组长）", first.After.Node(volunteer.Id)!.Name);
        Assert.Equal((posted.Sequence, 1), (second.Sequence, second.Changes.Links.Length));
        Assert.Equal([posted.IdOf(need)], second.Changes.Nodes);
        Assert.Same(first.After, second.Before);
        Assert.Same(t.Index.Current, second.After);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Databases), MemberType = typeof(TestStore))]
    public async Task ASubscriberThatFallsBehind_IsClosed_AndTheOthersAndTheWriterGoOn(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        await t.Writer.CommitAsync(Persistence.MiniNetwork.Create(), "seed");
        using var slow = t.Writer.Feed.Subscribe(capacity: 2);
        using var reader = t.Writer.Feed.Subscribe(capacity: 100);

        for (var i = 0; i < 5; i++)
        {
            var v = t.Index.Current.Nodes<Volunteer>().Single();
            Assert.True((await t.Writer.CommitAsync(new ChangeSet().Update(v with { Name = $"王某芳{i}" }), "rename")).Succeeded);
        }

        // What it had queued it still reads; then its queue ends with the reason.
        Assert.Equal(2, slow.Changes.Count);
        while (slow.Changes.TryRead(out _)) { }
        await Assert.ThrowsAsync<ChangeFeedOverflowException>(() => slow.Changes.Completion);
        Assert.Equal(5, reader.Changes.Count);
        Assert.Equal(1, t.Writer.Feed.Subscribers);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Databases), MemberType = typeof(TestStore))]
    public async Task ChangesAnotherInstanceCommitted_ArePublishedWhenThisOneFollows(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        await t.Writer.CommitAsync(Persistence.MiniNetwork.Create(), "seed");
        await using var other = await t.OpenSecondInstanceAsync();
        using var feed = t.Writer.Feed.Subscribe();
        var v = other.Index.Current.Nodes<Volunteer>().Single();
        var committed = await other.Writer.CommitAsync(new ChangeSet().Update(v with { Name = "王某芳（另一实例）" }), "other");

        await t.Writer.FollowAsync();

        var change = await feed.Changes.ReadAsync();
        Assert.Equal(committed.Sequence, change.Sequence);
        Assert.Equal([v.Id], change.Changes.Nodes);
        Assert.Equal("王某芳（另一实例）", change.After.Node(v.Id)!.Name);
    }
}
