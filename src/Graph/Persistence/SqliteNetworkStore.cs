using System.Data;
using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ResourceHub.Graph.Persistence;

/// <summary>
/// The network in a SQLite file, the embedded default: write-ahead logging so readers go on while one writer commits,
/// the write lock taken as each commit begins (<c>BEGIN IMMEDIATE</c>), and what a change overwrites zeroed in the file.
/// Instances on the same file follow its change log by polling.
/// </summary>
public sealed class SqliteNetworkStore(IDbContextFactory<NetworkDbContext> factory) : RelationalNetworkStore(factory)
{
    /// <inheritdoc />
    public override async Task MigrateAsync(CancellationToken ct = default)
    {
        await base.MigrateAsync(ct).ConfigureAwait(false);
        await using var db = await OpenAsync(ct).ConfigureAwait(false);
        // WAL lets readers go on while a writer commits; the default FULL sync keeps every commit across a crash.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the write-ahead log back into the database file and empties it, so earlier versions of rows that a change
    /// overwrote — an erased elder's data — leave no copy behind.
    /// </summary>
    public override async Task CheckpointAsync(CancellationToken ct = default)
    {
        await using var db = await OpenAsync(ct).ConfigureAwait(false);
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override Task<DbTransaction> BeginReadAsync(DbConnection conn, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)conn).BeginTransaction(IsolationLevel.Serializable, deferred: true));

    /// <inheritdoc />
    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection conn, CancellationToken ct)
    {
        // What a change overwrites or removes is zeroed, not left in the file's free space: an erased elder's data is gone.
        await using (var pragma = Command(conn, null, "PRAGMA secure_delete=ON;"))
        {
            await pragma.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        return ((SqliteConnection)conn).BeginTransaction(IsolationLevel.Serializable, deferred: false);
    }

    /// <inheritdoc />
    protected override string IdIn(string column, string parameter) => $"{column} IN (SELECT value FROM json_each(@{parameter}))";

    /// <inheritdoc />
    protected override object IdList(long[] ids) => JsonSerializer.Serialize(ids);
}
