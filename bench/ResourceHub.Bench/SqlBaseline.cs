using System.Data.Common;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Bench;

/// <summary>
/// A SQL baseline: one prepared statement answering the compared question for a need (parameters: the need's id and
/// its first category), over a connection to one database. The engines differ only in how they are opened.
/// </summary>
internal abstract class SqlBaseline : IDisposable
{
    private readonly DbConnection _connection;
    private readonly DbCommand _command;
    private readonly NetworkSnapshot _snapshot;
    private readonly string _versionSql;
    private readonly List<long> _result = [];

    protected SqlBaseline(DbConnection connection, DbCommand command, NetworkSnapshot snapshot, string versionSql)
    {
        _connection = connection;
        _command = command;
        _snapshot = snapshot;
        _versionSql = versionSql;
    }

    /// <summary>The database's own version string.</summary>
    public string Version
    {
        get
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = _versionSql;
            return (string)cmd.ExecuteScalar()!;
        }
    }

    /// <summary>The top 10 helper ids for a need, as the statement ranks them.</summary>
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
        GC.SuppressFinalize(this);
    }
}
