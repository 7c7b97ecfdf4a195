using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace ResourceHub.Graph.Persistence;

/// <summary>
/// The network on PostgreSQL, for several hub instances on one database: each commit holds a transaction-scoped advisory
/// lock, so commits from every instance go one at a time and the head each checks holds until it commits; reads see one
/// snapshot (repeatable read) without blocking writers; and every commit notifies <see cref="Channel"/>, which other
/// instances listen on to follow the change log.
/// </summary>
public sealed class PostgresNetworkStore(IDbContextFactory<NetworkDbContext> factory) : RelationalNetworkStore(factory)
{
    /// <summary>The channel a commit notifies with its sequence.</summary>
    public const string Channel = "resourcehub_changes";

    // The advisory lock's key: "ResourceHub commit" as a number, the same on every instance.
    private const long CommitLock = 0x5265_736F_7572_6365;

    /// <inheritdoc />
    protected override async Task<DbTransaction> BeginReadAsync(DbConnection conn, CancellationToken ct) =>
        await conn.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct).ConfigureAwait(false);

    /// <inheritdoc />
    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection conn, CancellationToken ct)
    {
        var tx = await conn.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct).ConfigureAwait(false);
        try
        {
            await using var cmd = Command(conn, tx, "SELECT pg_advisory_xact_lock(@lock)", ("lock", CommitLock));
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return tx;
        }
        catch
        {
            await tx.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    protected override string IdIn(string column, string parameter) => $"{column} = ANY(@{parameter})";

    /// <inheritdoc />
    protected override object IdList(long[] ids) => ids;

    /// <inheritdoc />
    protected override async Task WrittenAsync(DbConnection conn, DbTransaction tx, long sequence, CancellationToken ct)
    {
        // Delivered to listeners when, and only if, the transaction commits.
        await using var cmd = Command(conn, tx, "SELECT pg_notify(@channel, @sequence)", ("channel", Channel), ("sequence", sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
