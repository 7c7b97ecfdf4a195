using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Graph.Tests.Persistence;

/// <summary>
/// The audit log commits appends in groups: many requests at once, each append done only once its entries are in
/// the database, none lost, each request's entries together.
/// </summary>
public sealed class AuditLogTests
{
    [SkippableTheory]
    [MemberData(nameof(TestStore.Stores), MemberType = typeof(TestStore))]
    public async Task ConcurrentAppends_EachDoneOnlyWhenCommitted_NoneLost(string database)
    {
        await using var store = await TestStore.CreateAsync(database);
        await using var log = new AuditLog(store.Store, TimeProvider.System);
        var callers = Enumerable.Range(0, 200).Select(i => new Caller { Subject = $"sw-{i}", Roles = Roles.SocialWorker }).ToList();

        var appends = callers.Select((caller, i) => Task.Run(async () =>
        {
            await log.AppendAsync(caller, [(1000 + i, NodeKind.Elder, ["name", "phone"]), (5000 + i, NodeKind.Need, ["situations"])], AuditEntry.Read, "Op", $"req-{i}");
            // Done means committed: this request's entries are readable now.
            var own = await log.ReadAsync(0, AuditLog.MaxPage, subject: caller.Subject);
            return own;
        })).ToList();
        var seen = await Task.WhenAll(appends);

        Assert.All(seen.Select((own, i) => (own, i)), x =>
        {
            Assert.Equal([1000L + x.i, 5000L + x.i], x.own.Select(e => e.NodeId).Order());
            Assert.All(x.own, e => Assert.Equal($"req-{x.i}", e.RequestId));
        });
        var all = new List<AuditEntry>();
        for (long after = 0; ;)
        {
            var page = await log.ReadAsync(after, AuditLog.MaxPage);
            if (page.Count == 0) break;
            all.AddRange(page);
            after = page[^1].Id;
        }
        Assert.Equal(400, all.Count);
        // A request's two entries are committed together, one after the other.
        Assert.All(all.GroupBy(e => e.RequestId), g => Assert.Equal(1, g.Max(e => e.Id) - g.Min(e => e.Id)));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Databases), MemberType = typeof(TestStore))]
    public async Task Append_WhenTheDatabaseRefuses_FailsTheRequestsOfTheGroup(string database)
    {
        await using var store = await TestStore.CreateAsync(database);
        await using var log = new AuditLog(store.Store, TimeProvider.System);
        await using (var db = await store.Factory.CreateDbContextAsync())
        {
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, "DROP TABLE audit_log");
        }

        var append = log.AppendAsync(new Caller { Subject = "sw", Roles = Roles.SocialWorker }, [(1, NodeKind.Elder, ["name"])], AuditEntry.Read, null, "req");

        await Assert.ThrowsAnyAsync<Exception>(() => append);
    }
}
