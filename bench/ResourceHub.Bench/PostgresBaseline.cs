using Npgsql;
using NpgsqlTypes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Bench;

/// <summary>The SQL baseline on PostgreSQL: <see cref="SqlQuestion.Postgres"/> over the same rows copied in, one prepared statement.</summary>
internal sealed class PostgresBaseline : IDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlCommand _command;
    private readonly NetworkSnapshot _snapshot;
    private readonly List<long> _result = [];

    private PostgresBaseline(NpgsqlConnection connection, NetworkSnapshot snapshot)
    {
        _connection = connection;
        _snapshot = snapshot;
        _command = new NpgsqlCommand(SqlQuestion.Postgres, connection);
        _command.Parameters.Add(new NpgsqlParameter("need", NpgsqlDbType.Bigint));
        _command.Parameters.Add(new NpgsqlParameter("ask", NpgsqlDbType.Text));
        _command.Prepare();
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

    public string Version
    {
        get
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = "SELECT split_part(version(), ' on ', 1)";
            return (string)cmd.ExecuteScalar()!;
        }
    }

    public IReadOnlyList<long> Find(long needId)
    {
        _command.Parameters[0].Value = needId;
        _command.Parameters[1].Value = _snapshot.Node<Need>(needId)!.Categories[0];
        _result.Clear();
        using var reader = _command.ExecuteReader();
        while (reader.Read()) _result.Add(reader.GetInt64(0));
        return _result;
    }

    public void Dispose()
    {
        _command.Dispose();
        _connection.Dispose();
    }
}
