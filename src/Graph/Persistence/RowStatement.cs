using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ResourceHub.Graph.Persistence;

/// <summary>
/// One statement run once per row of a change set, its values set by position. On SQLite it is prepared on the
/// connection's own engine handle and bound by index: a big change set's rows cost the engine's work and little
/// more, where a command's named parameters were looked up and converted again for every row. Other databases run
/// it as a command with its parameters in the same order.
/// </summary>
internal abstract class RowStatement : IDisposable
{
    /// <summary>Prepares <paramref name="sql"/>, whose parameters (<c>@name</c>) are set by their position in <paramref name="names"/>.</summary>
    public static RowStatement Prepare(DbConnection conn, DbTransaction tx, string sql, params string[] names) =>
        conn is SqliteConnection { Handle: { } handle } ? new Sqlite(handle, sql, names) : new Command(RelationalNetworkStore.Command(conn, tx, sql, [.. names.Select(n => (n, (object?)null))]));

    public abstract void Set(int position, long value);

    public abstract void Set(int position, string? value);

    /// <summary>Runs the statement with the values set; the number of rows it changed.</summary>
    public abstract ValueTask<int> ExecuteAsync(CancellationToken ct);

    public abstract void Dispose();

    private sealed class Sqlite : RowStatement
    {
        private readonly sqlite3 _db;
        private readonly sqlite3_stmt _statement;
        private readonly int[] _index;

        public Sqlite(sqlite3 db, string sql, string[] names)
        {
            _db = db;
            var rc = raw.sqlite3_prepare_v2(db, sql, out _statement);
            if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, db);
            // The engine's index of each named parameter, looked up once.
            _index = [.. names.Select(n => raw.sqlite3_bind_parameter_index(_statement, "@" + n) is > 0 and var i ? i : throw new ArgumentException($"the statement has no @{n}", nameof(names)))];
        }

        public override void Set(int position, long value) => Check(raw.sqlite3_bind_int64(_statement, _index[position], value));

        public override void Set(int position, string? value) =>
            Check(value is null ? raw.sqlite3_bind_null(_statement, _index[position]) : raw.sqlite3_bind_text(_statement, _index[position], value));

        // The engine runs the row on the calling thread; there is nothing to wait for.
        public override ValueTask<int> ExecuteAsync(CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            var rc = raw.sqlite3_step(_statement);
            if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _db);
            raw.sqlite3_reset(_statement);
            return new(raw.sqlite3_changes(_db));
        }

        public override void Dispose() => _statement.Dispose();

        private void Check(int rc)
        {
            if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    private sealed class Command(DbCommand command) : RowStatement
    {
        public override void Set(int position, long value) => command.Parameters[position].Value = value;

        public override void Set(int position, string? value) => command.Parameters[position].Value = (object?)value ?? DBNull.Value;

        public override async ValueTask<int> ExecuteAsync(CancellationToken ct) => await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);

        public override void Dispose() => command.Dispose();
    }
}
