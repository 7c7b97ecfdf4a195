using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ResourceHub.Graph.Persistence;

/// <summary>
/// The network on PostgreSQL, for several hub instances on one database: each commit holds a transaction-scoped advisory
/// lock, so commits from every instance go one at a time and the head each checks holds until it commits; reads see one
/// snapshot (repeatable read) without blocking writers; and every commit notifies <see cref="Channel"/>, which other
/// instances listen on to follow the change log.
/// </summary>
public sealed class PostgresNetworkStore(IDbContextFactory<NetworkDbContext> factory) : RelationalNetworkStore(factory), IAsyncDisposable
{
    private NpgsqlConnection? _listener;
    /// <summary>The channel a commit notifies with its sequence.</summary>
    public const string Channel = "resourcehub_changes";

    // The advisory lock's key: "ResourceHub commit" as a number, the same on every instance.
    private const long CommitLock = 0x5265_736F_7572_6365;

    /// <summary>
    /// Listens on <see cref="Channel"/> on a connection of its own, and returns on the first notification, or when the head
    /// is already past <paramref name="after"/> (a commit made before the listening began), or when patience runs out.
    /// </summary>
    public override async Task WaitForChangesAsync(long after, TimeSpan patience, CancellationToken ct = default)
    {
        try
        {
            _listener ??= await ListenAsync(ct).ConfigureAwait(false);
            if (await HeadAsync(ct).ConfigureAwait(false) > after) return;
            await _listener.WaitAsync(patience, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException)
        {
            // The connection broke (a restart, a failover): the next wait listens afresh, and asks for the head first.
            await DisposeAsync().ConfigureAwait(false);
            await Task.Delay(PollInterval, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Closes the listening connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_listener is { } listener)
        {
            _listener = null;
            await listener.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken ct)
    {
        // Outside the pool: a listening connection is held for as long as the store lives.
        var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString()) { Pooling = false, KeepAlive = 30 }.ConnectionString);
        try
        {
            await conn.OpenAsync(ct).ConfigureAwait(false);
            await using var cmd = new NpgsqlCommand($"LISTEN {Channel}", conn);
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return conn;
        }
        catch
        {
            await conn.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

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
