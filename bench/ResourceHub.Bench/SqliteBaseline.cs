using Microsoft.Data.Sqlite;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Bench;

/// <summary>The SQL baseline on SQLite: <see cref="SqlQuestion.Sqlite"/> over the hub's own database file, one prepared statement.</summary>
internal sealed class SqliteBaseline : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _command;
    private readonly NetworkSnapshot _snapshot;
    private readonly List<long> _result = [];

    public SqliteBaseline(BenchSize size, NetworkSnapshot snapshot)
    {
        _snapshot = snapshot;
        _connection = new SqliteConnection($"Data Source={size.DatabasePath};Mode=ReadOnly;Cache=Private");
        _connection.Open();
        using (var pragma = _connection.CreateCommand())
        {
            // A page cache big enough for the whole file, as a database server would have.
            pragma.CommandText = "PRAGMA cache_size = -1048576; PRAGMA mmap_size = 4294967296;";
            pragma.ExecuteNonQuery();
        }
        _command = _connection.CreateCommand();
        _command.CommandText = SqlQuestion.Sqlite;
        _command.Parameters.Add("@need", SqliteType.Integer);
        _command.Parameters.Add("@ask", SqliteType.Text);
        _command.Prepare();
    }

    public string Version
    {
        get
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = "SELECT sqlite_version()";
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
