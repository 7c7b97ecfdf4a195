using Microsoft.Data.Sqlite;

namespace ResourceHub.Graph.Tests.Persistence;

/// <summary>
/// EF Core's migration lock on a SQLite file, as a test sets it up: the row its migrator inserts as it takes the lock —
/// and that a process killed inside <c>Migrate</c> leaves behind — and deletes as it lets the lock go.
/// </summary>
internal static class MigrationLockRow
{
    public static Task InsertAsync(string connection) =>
        RunAsync(connection, "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-12-02 07:09:00+00:00')");

    public static Task DeleteAsync(string connection) => RunAsync(connection, "DELETE FROM \"__EFMigrationsLock\"");

    public static async Task<long> CountAsync(string connection) => (long)(await RunAsync(connection, "SELECT count(*) FROM \"__EFMigrationsLock\""))!;

    private static async Task<object?> RunAsync(string connection, string sql)
    {
        await using var db = new SqliteConnection(connection);
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
