using Npgsql;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Graph.Tests.Persistence;

/// <summary>An instance pointed at a streaming replica loads and follows from it and commits on the primary.</summary>
public sealed class ReplicaTests
{
    [SkippableFact]
    public async Task AnInstanceOnAReplica_LoadsAndFollowsFromIt_AndCommitsOnThePrimary()
    {
        await using var primary = await TestStore.CreateAsync(TestStore.Postgres);
        await primary.Writer.CommitAsync(MiniNetwork.Create(), "seed");
        var replica = await PostgresServer.ReplicaOfAsync(primary.Connection);

        // Loaded from the replica once it has replayed what the primary held: the schema and the seed of a database made a moment ago.
        await using var store = (ReplicatedNetworkStore)NetworkDatabase.CreateStore(primary.Factory, primary.Connection, replica);
        var index = new NetworkIndex();
        index.SetLoaded(await store.LoadAsync());
        var writer = new NetworkWriter(store, index, TimeProvider.System);
        SnapshotDump.AssertSame(primary.Index.Current, index.Current);
        using var stop = new CancellationTokenSource();
        var following = new ChangeLogFollower(store, writer, index).RunAsync(ct: stop.Token);

        // While the replica replays nothing, what the primary commits is not followed: the follower reads the replica.
        await SetReplayAsync(replica, paused: true);
        for (var i = 0; i < 20; i++) Assert.True((await primary.Writer.CommitAsync(NewVolunteer(primary.Index.Current, i), "primary")).Succeeded);
        await Task.Delay(1_500);
        Assert.Equal(1, index.Current.Sequence);
        Assert.Equal(21, await store.HeadAsync());

        // A commit through the replica's instance goes to the primary, after catching up from it under the write lock.
        var own = await writer.CommitAsync(NewVolunteer(index.Current, 100), "replica's instance");
        Assert.True(own.Succeeded, string.Join("\n", own.Errors));
        Assert.Equal(22, own.Sequence);
        Assert.Equal(22, index.Current.Sequence);

        for (var i = 20; i < 25; i++) Assert.True((await primary.Writer.CommitAsync(NewVolunteer(primary.Index.Current, i), "primary")).Succeeded);

        // Replaying again, the replica brings the rest, and the follower with it.
        await SetReplayAsync(replica, paused: false);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (index.Current.Sequence < 27 && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.Equal(27, index.Current.Sequence);
        await stop.CancelAsync();
        await following;
        await primary.Writer.FollowAsync();

        var truth = await primary.Store.LoadAsync();
        SnapshotDump.AssertSame(truth, index.Current);
        SnapshotDump.AssertSame(truth, primary.Index.Current);
        SnapshotDump.AssertSame(truth, await store.Replica.LoadAsync());
    }

    private static async Task SetReplayAsync(string replica, bool paused)
    {
        await using var conn = new NpgsqlConnection(replica);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(paused ? "SELECT pg_wal_replay_pause()" : "SELECT pg_wal_replay_resume()", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static ChangeSet NewVolunteer(NetworkSnapshot s, int i) => MiniNetwork.NewVolunteer(s, "副本", "RP", i);
}
