using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace ResourceHub.Bench;

/// <summary>
/// Copies a size's nodes and links from the hub's SQLite file into PostgreSQL (schema per size) with binary COPY:
/// the same rows, the same columns and indexes as the hub's tables, <c>data</c> as jsonb. Skipped when the copy
/// already holds the same counts.
/// </summary>
internal static class PostgresImport
{
    public static async Task<int> RunAsync(BenchSize size)
    {
        if (PostgresBaseline.ConnectionString is not { } cs)
        {
            await Console.Error.WriteLineAsync("PG_BENCH is not set: no PostgreSQL to import into");
            return 2;
        }
        await using var sqlite = new SqliteConnection($"Data Source={size.DatabasePath};Mode=ReadOnly");
        await sqlite.OpenAsync();
        var nodes = await CountAsync(sqlite, "nodes");
        var links = await CountAsync(sqlite, "links");

        await using var pg = new NpgsqlConnection(cs);
        await pg.OpenAsync();
        var schema = size.PostgresSchema;
        await using (var check = new NpgsqlCommand($"SELECT nodes, links FROM {schema}.bench_meta", pg))
        {
            try
            {
                await using var r = await check.ExecuteReaderAsync();
                if (await r.ReadAsync() && r.GetInt64(0) == nodes && r.GetInt64(1) == links)
                {
                    Console.WriteLine($"PostgreSQL already holds {size}: {nodes:N0} nodes, {links:N0} links");
                    return 0;
                }
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
            {
            }
        }

        var started = Stopwatch.GetTimestamp();
        await ExecAsync(pg, $"""
            DROP SCHEMA IF EXISTS {schema} CASCADE;
            CREATE SCHEMA {schema};
            CREATE TABLE {schema}.nodes (id bigint PRIMARY KEY, kind integer NOT NULL, version integer NOT NULL, name text NOT NULL,
              data jsonb NOT NULL, created_at bigint NOT NULL, updated_at bigint NOT NULL);
            CREATE TABLE {schema}.links (id bigint PRIMARY KEY, type integer NOT NULL, from_id bigint NOT NULL, to_id bigint NOT NULL,
              version integer NOT NULL, data jsonb);
            """);
        await using (var writer = await pg.BeginBinaryImportAsync($"COPY {schema}.nodes (id, kind, version, name, data, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
        await using (var read = sqlite.CreateCommand())
        {
            read.CommandText = "SELECT id, kind, version, name, data, created_at, updated_at FROM nodes";
            await using var r = await read.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(r.GetInt64(0), NpgsqlDbType.Bigint);
                await writer.WriteAsync(r.GetInt32(1), NpgsqlDbType.Integer);
                await writer.WriteAsync(r.GetInt32(2), NpgsqlDbType.Integer);
                await writer.WriteAsync(r.GetString(3), NpgsqlDbType.Text);
                await writer.WriteAsync(r.GetString(4), NpgsqlDbType.Jsonb);
                await writer.WriteAsync(r.GetInt64(5), NpgsqlDbType.Bigint);
                await writer.WriteAsync(r.GetInt64(6), NpgsqlDbType.Bigint);
            }
            await writer.CompleteAsync();
        }
        await using (var writer = await pg.BeginBinaryImportAsync($"COPY {schema}.links (id, type, from_id, to_id, version, data) FROM STDIN (FORMAT BINARY)"))
        await using (var read = sqlite.CreateCommand())
        {
            read.CommandText = "SELECT id, type, from_id, to_id, version, data FROM links";
            await using var r = await read.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(r.GetInt64(0), NpgsqlDbType.Bigint);
                await writer.WriteAsync(r.GetInt32(1), NpgsqlDbType.Integer);
                await writer.WriteAsync(r.GetInt64(2), NpgsqlDbType.Bigint);
                await writer.WriteAsync(r.GetInt64(3), NpgsqlDbType.Bigint);
                await writer.WriteAsync(r.GetInt32(4), NpgsqlDbType.Integer);
                if (r.IsDBNull(5)) await writer.WriteNullAsync();
                else await writer.WriteAsync(r.GetString(5), NpgsqlDbType.Jsonb);
            }
            await writer.CompleteAsync();
        }
        // The hub's indexes (NetworkDbContext), built after the copy as a bulk load would.
        await ExecAsync(pg, $"""
            CREATE INDEX ix_nodes_kind ON {schema}.nodes (kind);
            CREATE UNIQUE INDEX ux_links_from_type_to ON {schema}.links (from_id, type, to_id);
            CREATE INDEX ix_links_to_type ON {schema}.links (to_id, type);
            CREATE TABLE {schema}.bench_meta (nodes bigint NOT NULL, links bigint NOT NULL);
            INSERT INTO {schema}.bench_meta VALUES ({nodes}, {links});
            """);
        // Frozen and analysed now, so no autovacuum or hint-bit writes run later beside the measurements.
        // (VACUUM runs outside a transaction block: one statement per command.)
        foreach (var statement in (string[])[$"VACUUM (FREEZE, ANALYZE) {schema}.nodes", $"VACUUM (FREEZE, ANALYZE) {schema}.links", "CHECKPOINT"])
            await ExecAsync(pg, statement);
        Console.WriteLine($"Copied {size} into PostgreSQL schema {schema}: {nodes:N0} nodes, {links:N0} links in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
        return 0;
    }

    private static async Task<long> CountAsync(SqliteConnection c, string table)
    {
        await using var cmd = c.CreateCommand();
#pragma warning disable CA2100 // the table name is one of two constants
        cmd.CommandText = "SELECT COUNT(*) FROM " + table;
#pragma warning restore CA2100
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private static async Task ExecAsync(NpgsqlConnection c, string sql)
    {
#pragma warning disable CA2100 // statements of this file; the only inserted text is the schema name of a known size
        await using var cmd = new NpgsqlCommand(sql, c);
#pragma warning restore CA2100
        cmd.CommandTimeout = 0;
        await cmd.ExecuteNonQueryAsync();
    }
}
