using Npgsql;
using NpgsqlTypes;
using ResourceHub.Graph.Index;

namespace ResourceHub.Bench;

/// <summary>The SQL baseline on PostgreSQL: <see cref="SqlQuestion.Postgres"/> over the same rows copied in, one prepared statement.</summary>
internal sealed class PostgresBaseline : SqlBaseline
{
    private PostgresBaseline(NpgsqlConnection connection, NetworkSnapshot snapshot)
        : base(connection, Prepare(connection), snapshot, "SELECT split_part(version(), ' on ', 1)")
    {
    }

    private static NpgsqlCommand Prepare(NpgsqlConnection connection)
    {
        var command = new NpgsqlCommand(SqlQuestion.Postgres, connection);
        command.Parameters.Add(new NpgsqlParameter("need", NpgsqlDbType.Bigint));
        command.Parameters.Add(new NpgsqlParameter("ask", NpgsqlDbType.Text));
        command.Prepare();
        return command;
    }

    /// <summary>PG_BENCH, a connection string (set by run.sh); null when unset.</summary>
    public static string? ConnectionString => Environment.GetEnvironmentVariable("PG_BENCH") is { Length: > 0 } cs ? cs : null;

    /// <summary>The baseline for a size, or null when PostgreSQL is not configured or holds no copy of it.</summary>
    public static PostgresBaseline? TryOpen(BenchSize size, NetworkSnapshot snapshot)
    {
        if (ConnectionString is not { } cs) return null;
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cs) { SearchPath = size.PostgresSchema }.ConnectionString);
        connection.Open();
        using (var check = new NpgsqlCommand("SELECT to_regclass('links') IS NOT NULL", connection))
        {
            if (check.ExecuteScalar() is not true)
            {
                connection.Dispose();
                return null;
            }
        }
        return new PostgresBaseline(connection, snapshot);
    }
}
