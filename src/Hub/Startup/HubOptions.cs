namespace ResourceHub.Hub.Startup;

/// <summary>The hub's settings, section <c>Hub</c> (environment <c>Hub__Name</c>).</summary>
public sealed class HubOptions
{
    /// <summary>Folder of the SQLite file; created when missing. Default <c>./data</c>.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Load the demo network of 望城区 when the database is empty. Default true.</summary>
    public bool SeedDemo { get; set; } = true;

    /// <summary>
    /// Map <c>/bench/bare</c>, the bare endpoint the benchmarks compare GraphQL over HTTP with (bench/run.sh turns it on).
    /// Default false.
    /// </summary>
    public bool BenchEndpoints { get; set; }

    /// <summary>A folder of <c>.graphql</c> files: the trusted documents, registered by their SHA-256. None by default.</summary>
    public string? TrustedDocuments { get; set; }

    /// <summary>Client ids of the apps that may run only trusted documents.</summary>
    public IList<string> TrustedDocumentsOnly { get; } = [];

    /// <summary>Origins of third-party web apps that may call /graphql from a browser (CORS). None by default.</summary>
    public IList<string> CorsOrigins { get; } = [];

    /// <summary>How many requests a caller may send (per subject when signed in, per app, else per address).</summary>
    public RateLimitOptions RateLimits { get; set; } = new();

    /// <summary>How long a sent referral waits for an answer, and how often that is checked.</summary>
    public ReferralOptions Referrals { get; set; } = new();

    /// <summary>The operator's limits on the time bank (section <c>Hub:TimeBank</c>).</summary>
    public TimeBankOptions TimeBank { get; set; } = new();

    /// <summary>How subscriptions over WebSocket are served (section <c>Hub:Subscriptions</c>).</summary>
    public SubscriptionOptions Subscriptions { get; set; } = new();

    /// <summary>How webhooks are delivered (section <c>Hub:Webhooks</c>).</summary>
    public Webhooks.WebhookOptions Webhooks { get; set; } = new();

    /// <summary>How the analytics measure (section <c>Hub:Analytics</c>).</summary>
    public AnalyticsOptions Analytics { get; set; } = new();

    /// <summary>How <c>report</c> prints (section <c>Hub:Report</c>).</summary>
    public ReportOptions Report { get; set; } = new();

    /// <summary>
    /// Where the network is kept: <c>neo4j</c> for a Neo4j server (section <c>Hub:Neo4j</c>); unset (or <c>sql</c>), the
    /// database of <c>ConnectionStrings:Hub</c>. On Neo4j that database still keeps the webhook deliveries.
    /// </summary>
    public string? Store { get; set; }

    /// <summary>The Neo4j server (section <c>Hub:Neo4j</c>: Url, Database, User, Password), used when <see cref="Store"/> is <c>neo4j</c>.</summary>
    public ResourceHub.Graph.Persistence.Neo4j.Neo4jSettings Neo4j { get; set; } = new();

    /// <summary>True when the network is kept in Neo4j; an unknown <see cref="Store"/> is refused at start.</summary>
    public bool OnNeo4j => Store?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQL" or "SQLITE" or "POSTGRES" or "POSTGRESQL" => false,
        "NEO4J" => Neo4j.Url is not null ? true : throw new InvalidOperationException("Hub:Store is neo4j but Hub:Neo4j:Url is not set (e.g. http://127.0.0.1:7474)"),
        _ => throw new InvalidOperationException($"Hub:Store is '{Store}': it may be neo4j, or unset for the database of ConnectionStrings:Hub"),
    };

    /// <summary>The SQLite file's path under <see cref="DataDirectory"/>.</summary>
    public string DatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, "resourcehub.db"));

    /// <summary>
    /// The database, from <c>ConnectionStrings:Hub</c>: PostgreSQL when it names a host (<c>Host=…;Database=…</c>); when
    /// unset, the SQLite file at <see cref="DatabasePath"/>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// A streaming replica of the PostgreSQL primary, from <c>ConnectionStrings:HubReplica</c>: the network is loaded and
    /// the change log followed from it; commits go to the primary. Unset, everything reads the primary.
    /// </summary>
    public string? ReplicaConnectionString { get; set; }

    /// <summary>The connection string the hub uses.</summary>
    public string Database => string.IsNullOrWhiteSpace(ConnectionString) ? $"Data Source={DatabasePath};Pooling=True" : ConnectionString;

    /// <summary>True when the hub runs on PostgreSQL.</summary>
    public bool OnPostgres => ResourceHub.Graph.Persistence.NetworkDatabase.IsPostgres(Database);

    /// <summary>The database as told in logs and tables: the SQLite file's path, or PostgreSQL's host, port and database, never a password.</summary>
    public string DatabaseDescription
    {
        get
        {
            if (OnNeo4j) return $"Neo4j {Neo4j.Url!.GetLeftPart(UriPartial.Authority)}";
            if (!OnPostgres) return DatabasePath;
            var keys = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = Database };
            string Key(string name, string fallback) => keys.TryGetValue(name, out var v) && v is not null ? v.ToString()! : fallback;
            return $"PostgreSQL {Key("Host", Key("Server", "?"))}:{Key("Port", "5432")}/{Key("Database", "postgres")}";
        }
    }
}

/// <summary>The operator's limits on the time bank (section <c>Hub:TimeBank</c>).</summary>
public sealed class TimeBankOptions
{
    /// <summary>The lowest balance an account may reach: 0 (no overdraft) by default; a negative floor allows an overdraft.</summary>
    public decimal Floor { get; set; }

    /// <summary>The most credits a volunteer may bank. Default 1,500.</summary>
    public decimal Cap { get; set; } = ResourceHub.Graph.TimeBank.TimeBankRules.Default.Cap;
}

/// <summary>How subscriptions over WebSocket are served (section <c>Hub:Subscriptions</c>).</summary>
public sealed class SubscriptionOptions
{
    /// <summary>How long a client has after connecting to send connection_init before it is closed with 4408. Default 10 seconds.</summary>
    public TimeSpan InitTimeout { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>How the analytics measure (section <c>Hub:Analytics</c>).</summary>
public sealed class AnalyticsOptions
{
    /// <summary>Support networks of at most this many nodes get exact betweenness; larger ones a sample. Default 10,000 (an exact count at 50,000 nodes takes minutes on 2 cores).</summary>
    public int ExactBetweennessMaxNodes { get; set; } = ResourceHub.Graph.Analytics.BetweennessOptions.DefaultExactMaxNodes;

    /// <summary>How many sources a larger network's betweenness is sampled from, at most. Default 500.</summary>
    public int BetweennessSamples { get; set; } = ResourceHub.Graph.Analytics.BetweennessOptions.DefaultSamples;

    /// <summary>Node and tie visits a sample may make in all; a larger network gets fewer sources (at least 50). Default 300,000,000 (about 3 s here).</summary>
    public long BetweennessWorkBudget { get; set; } = ResourceHub.Graph.Analytics.BetweennessOptions.DefaultWorkBudget;
}

/// <summary>How <c>report</c> prints (section <c>Hub:Report</c>).</summary>
public sealed class ReportOptions
{
    /// <summary>The Chromium program that prints the PDF; /usr/bin/chromium (or chromium-browser, google-chrome) when unset.</summary>
    public string? Chromium { get; set; }
}
