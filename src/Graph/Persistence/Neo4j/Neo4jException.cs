using System.Data.Common;

namespace ResourceHub.Graph.Persistence.Neo4j;

/// <summary>
/// What Neo4j refused, or that it could not be reached: a database error like any other store's, so the write path and
/// the follower treat it as they treat one from SQLite or PostgreSQL.
/// </summary>
public sealed class Neo4jException : DbException
{
    /// <summary>An error with Neo4j's status code (<c>Neo.ClientError.Statement.SyntaxError</c> …), or none where the server was not reached.</summary>
    public Neo4jException(string message, string? code = null, Exception? inner = null)
        : base(code is null ? message : $"{code}: {message}", inner)
    {
        Code = code;
    }

    /// <summary>An error without a code.</summary>
    public Neo4jException()
        : this("Neo4j failed")
    {
    }

    /// <summary>An error without a code.</summary>
    public Neo4jException(string message)
        : this(message, null, null)
    {
    }

    /// <summary>An error without a code, caused by <paramref name="inner"/>.</summary>
    public Neo4jException(string message, Exception inner)
        : this(message, null, inner)
    {
    }

    /// <summary>Neo4j's status code, when the server answered with one.</summary>
    public string? Code { get; }
}
