using Microsoft.Data.Sqlite;
using ResourceHub.Graph.Index;

namespace ResourceHub.Bench;

/// <summary>The SQL baseline on SQLite: <see cref="SqlQuestion.Sqlite"/> over the hub's own database file, one prepared statement.</summary>
internal sealed class SqliteBaseline : SqlBaseline
{
    public SqliteBaseline(BenchSize size, NetworkSnapshot snapshot)
        : this(Open(size), snapshot)
    {
    }

    private SqliteBaseline(SqliteConnection connection, NetworkSnapshot snapshot)
        : base(connection, Prepare(connection), snapshot, "SELECT sqlite_version()")
    {
    }

    private static SqliteConnection Open(BenchSize size)
    {
        var connection = new SqliteConnection($"Data Source={size.DatabasePath};Mode=ReadOnly;Cache=Private");
        connection.Open();
        using var pragma = connection.CreateCommand();
        // A page cache big enough for the whole file, as a database server would have.
        pragma.CommandText = "PRAGMA cache_size = -1048576; PRAGMA mmap_size = 4294967296;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    private static SqliteCommand Prepare(SqliteConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = SqlQuestion.Sqlite;
        command.Parameters.Add("@need", SqliteType.Integer);
        command.Parameters.Add("@ask", SqliteType.Text);
        command.Prepare();
        return command;
    }
}
