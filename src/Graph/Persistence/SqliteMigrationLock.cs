using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ResourceHub.Graph.Persistence;

/// <summary>
/// Migrations on a SQLite file, safe against a process killed while it migrates. EF Core's own migration lock on SQLite
/// is a row in <c>__EFMigrationsLock</c>, inserted as <c>Migrate</c> begins and deleted as it ends, with no owner and no
/// expiry: a process killed between the two (a hub stopped with SIGKILL in its first second, a power cut) leaves the row,
/// and every later <c>Migrate</c> on the file waits for it forever, so the hub never starts again. Here the migration runs
/// under a lock the operating system holds for the process — an exclusive lock on a file beside the database, gone with
/// its process however that ends — so a row found while holding it is one a dead process left, and is removed.
/// A migration run outside the hub (<c>dotnet ef database update</c>) does not take this lock: run none while a hub starts on the file.
/// </summary>
public static class SqliteMigrationLock
{
    /// <summary>How long a process waits for another one's migration of the same file before it gives up.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromMinutes(2);

    /// <summary>The file beside <paramref name="databasePath"/> that is locked while the database is migrated.</summary>
    public static string LockFileOf(string databasePath) => databasePath + ".migrate-lock";

    /// <summary>
    /// Applies the context's migrations: on a SQLite file under the lock, with a lock row a killed process left removed
    /// first; on any other database (PostgreSQL's lock is a session's and ends with it) as EF Core does.
    /// </summary>
    public static async Task MigrateAsync(DbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var path = db.Database.IsSqlite() ? FileOf(db.Database.GetConnectionString()) : null;
        if (path is null)
        {
            await db.Database.MigrateAsync(ct).ConfigureAwait(false);
            return;
        }
        await using var held = await AcquireAsync(path, Timeout, ct).ConfigureAwait(false);
        var lockTables = await db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
            .SingleAsync(ct).ConfigureAwait(false);
        if (lockTables > 0) await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", ct).ConfigureAwait(false);
        await db.Database.MigrateAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Takes the migration lock of the database at <paramref name="databasePath"/>, waiting while another process (or
    /// another open of it in this one) holds it, for at most <paramref name="timeout"/>; disposing the stream releases it.
    /// </summary>
    public static async Task<FileStream> AcquireAsync(string databasePath, TimeSpan timeout, CancellationToken ct = default)
    {
        var file = LockFileOf(databasePath);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock (flock) on Unix and a sharing lock on Windows.
                return new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException and not PathTooLongException)
            {
                if (waited.Elapsed >= timeout)
                    throw new TimeoutException($"another process has held {file} for {timeout.TotalSeconds:0} s: it is migrating the database {databasePath}, or is stuck doing so", e);
                await Task.Delay(100, ct).ConfigureAwait(false);
            }
        }
    }

    // The file a SQLite connection string names; null for an in-memory database, which no other process can open.
    private static string? FileOf(string? connectionString)
    {
        var keys = new SqliteConnectionStringBuilder(connectionString);
        var source = keys.DataSource;
        if (keys.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(source) || source == ":memory:") return null;
        return Path.GetFullPath(source);
    }
}
