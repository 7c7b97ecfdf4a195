namespace ResourceHub.Graph.Persistence.Neo4j;

/// <summary>Where the Neo4j store's server is (section <c>Hub:Neo4j</c>).</summary>
public sealed class Neo4jSettings
{
    /// <summary>The server's HTTP address, e.g. <c>http://127.0.0.1:7474</c>.</summary>
    public Uri? Url { get; set; }

    /// <summary>The database on 4.x and 5.x (<c>neo4j</c> unless set); 3.x has one database and ignores it.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>The user, for basic authentication; none when the server runs without it.</summary>
    public string? User { get; set; }

    /// <summary>The user's password.</summary>
    public string? Password { get; set; }

    /// <summary>How long one request to the server may take before it fails. Default 2 minutes.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
