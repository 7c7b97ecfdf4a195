using System.Collections;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ResourceHub.Graph.Persistence.Neo4j;

/// <summary>A Cypher statement with its parameters (named <c>$name</c> in the text).</summary>
/// <param name="Text">The statement.</param>
/// <param name="Parameters">Its parameters: null, strings, booleans, integers, <see cref="double"/> (sent as a float, 5.0 as well as 5.5), lists and maps of them.</param>
public sealed record Neo4jStatement(string Text, IReadOnlyDictionary<string, object?>? Parameters = null);

/// <summary>What one statement returned: its columns and rows, each value as Neo4j's JSON gives it.</summary>
/// <param name="Columns">The columns' names.</param>
/// <param name="Rows">The rows, one value per column.</param>
public sealed record Neo4jResult(IReadOnlyList<string> Columns, IReadOnlyList<JsonElement[]> Rows);

/// <summary>The server's version, as it reports it.</summary>
/// <param name="Version">The version, e.g. 3.1.1 or 5.26.0.</param>
/// <param name="Major">Its major number.</param>
/// <param name="Minor">Its minor number.</param>
public sealed record Neo4jServerInfo(string Version, int Major, int Minor);

/// <summary>
/// Cypher over Neo4j's transactional HTTP API, with <see cref="HttpClient"/>: the endpoints are chosen from the version
/// the server reports (<c>/db/data/transaction</c> on 3.x, <c>/db/{database}/tx</c> on 4.x and 5.x). A request's
/// statements run in order in one transaction; an error in any of them rolls all of them back and is thrown as a
/// <see cref="Neo4jException"/> with Neo4j's code, as is a server that cannot be reached.
/// </summary>
public sealed class Neo4jClient : IDisposable
{
    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly HttpClient _http;
    private readonly string _database;
    private Task<Neo4jServerInfo>? _server;

    /// <summary>A client of the server <paramref name="settings"/> names, sending through <paramref name="handler"/> when given (a proxy, a recorder).</summary>
    public Neo4jClient(Neo4jSettings settings, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var url = settings.Url ?? throw new InvalidOperationException("Hub:Neo4j:Url is not set: the Neo4j store needs the server's HTTP address, e.g. http://127.0.0.1:7474");
        _database = settings.Database;
        _http = new HttpClient(handler ?? new SocketsHttpHandler(), disposeHandler: true) { BaseAddress = new Uri(url.ToString().TrimEnd('/') + "/"), Timeout = settings.RequestTimeout };
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (settings.User is { Length: > 0 } user)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{settings.Password}")));
        }
    }

    /// <summary>The server's version, asked once it answers (a server not up yet is asked again next time).</summary>
    public Task<Neo4jServerInfo> ServerAsync(CancellationToken ct = default)
    {
        var known = _server;
        if (known is null || known.IsFaulted || known.IsCanceled) _server = known = AskVersionAsync(ct);
        return known;
    }

    /// <summary>Runs the statements in one transaction, committed when all of them succeed.</summary>
    public async Task<IReadOnlyList<Neo4jResult>> RunAsync(IReadOnlyList<Neo4jStatement> statements, CancellationToken ct = default)
    {
        var (_, commit) = await EndpointsAsync(ct).ConfigureAwait(false);
        var (results, _) = await PostAsync(commit, statements, ct).ConfigureAwait(false);
        return results;
    }

    /// <summary>Runs one statement in a transaction of its own.</summary>
    public async Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken ct = default) =>
        (await RunAsync([new Neo4jStatement(statement, parameters)], ct).ConfigureAwait(false))[0];

    /// <summary>
    /// Opens a transaction with <paramref name="statements"/> as its first: it stays open across requests until committed
    /// or rolled back (the server rolls back one left idle past its timeout, 60 s by default).
    /// </summary>
    public async Task<Neo4jTransaction> BeginAsync(IReadOnlyList<Neo4jStatement> statements, CancellationToken ct = default)
    {
        var (begin, _) = await EndpointsAsync(ct).ConfigureAwait(false);
        var (results, body) = await PostAsync(begin, statements, ct).ConfigureAwait(false);
        var commit = body.RootElement.TryGetProperty("commit", out var c) && c.GetString() is { } url
            ? new Uri(url)
            : throw new Neo4jException("Neo4j opened no transaction (its answer has no commit address)");
        var tx = new Uri(commit.ToString()[..commit.ToString().LastIndexOf("/commit", StringComparison.Ordinal)]);
        return new Neo4jTransaction(this, tx, commit, results);
    }

    /// <summary>Runs statements in the open transaction <paramref name="tx"/>.</summary>
    internal async Task<IReadOnlyList<Neo4jResult>> RunInAsync(Uri tx, IReadOnlyList<Neo4jStatement> statements, CancellationToken ct) =>
        (await PostAsync(tx, statements, ct).ConfigureAwait(false)).Results;

    /// <summary>Commits the open transaction whose commit address is <paramref name="commit"/>, with last statements.</summary>
    internal async Task<IReadOnlyList<Neo4jResult>> CommitAsync(Uri commit, IReadOnlyList<Neo4jStatement> statements, CancellationToken ct) =>
        (await PostAsync(commit, statements, ct).ConfigureAwait(false)).Results;

    /// <summary>Rolls back the open transaction <paramref name="tx"/>; one the server already ended is no error.</summary>
    internal async Task RollbackAsync(Uri tx)
    {
        try
        {
            using var response = await _http.DeleteAsync(tx).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // The server ends a transaction it cannot finish; there is nothing more to undo from here.
        }
    }

    private async Task<(Uri Begin, Uri Commit)> EndpointsAsync(CancellationToken ct)
    {
        var server = await ServerAsync(ct).ConfigureAwait(false);
        var begin = server.Major >= 4 ? $"db/{Uri.EscapeDataString(_database)}/tx" : "db/data/transaction";
        return (new Uri(_http.BaseAddress!, begin), new Uri(_http.BaseAddress!, begin + "/commit"));
    }

    private async Task<Neo4jServerInfo> AskVersionAsync(CancellationToken ct)
    {
        // 4.x and 5.x tell their version at the root; 3.x points from there to its data API, which tells it.
        using var root = await GetAsync(new Uri(_http.BaseAddress!, ""), ct).ConfigureAwait(false);
        var version = root.RootElement.TryGetProperty("neo4j_version", out var v) ? v.GetString() : null;
        if (version is null)
        {
            using var data = await GetAsync(new Uri(_http.BaseAddress!, "db/data/"), ct).ConfigureAwait(false);
            version = data.RootElement.TryGetProperty("neo4j_version", out var d) ? d.GetString() : null;
        }
        if (version is null) throw new Neo4jException($"{_http.BaseAddress} does not answer as a Neo4j server (no neo4j_version)");
        var parts = version.Split('.', '-');
        return new Neo4jServerInfo(version, int.Parse(parts[0], CultureInfo.InvariantCulture),
            parts.Length > 1 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var minor) ? minor : 0);
    }

    private async Task<JsonDocument> GetAsync(Uri url, CancellationToken ct)
    {
        try
        {
            using var response = await _http.GetAsync(url, ct).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Unauthorized) throw new Neo4jException($"Neo4j at {_http.BaseAddress} refused the user and password (Hub:Neo4j:User, Hub:Neo4j:Password)");
            response.EnsureSuccessStatusCode();
            return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false), default, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            throw new Neo4jException($"Neo4j at {_http.BaseAddress} cannot be reached: {e.Message}", e);
        }
    }

    private async Task<(IReadOnlyList<Neo4jResult> Results, JsonDocument Body)> PostAsync(Uri url, IReadOnlyList<Neo4jStatement> statements, CancellationToken ct)
    {
        using var content = new ByteArrayContent(Body(statements));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        JsonDocument body;
        try
        {
            using var response = await _http.PostAsync(url, content, ct).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound) throw new Neo4jException($"Neo4j has no transaction at {url} (it ended it, or the database does not exist)", "Neo.ClientError.Transaction.TransactionNotFound");
            if (response.StatusCode == HttpStatusCode.Unauthorized) throw new Neo4jException($"Neo4j at {_http.BaseAddress} refused the user and password (Hub:Neo4j:User, Hub:Neo4j:Password)");
            body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false), default, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            throw new Neo4jException($"Neo4j at {_http.BaseAddress} cannot be reached: {e.Message}", e);
        }
        if (body.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = first.TryGetProperty("message", out var m) ? m.GetString() : null;
            body.Dispose();
            throw new Neo4jException(message ?? "Neo4j refused the statement", code);
        }
        var results = new List<Neo4jResult>();
        foreach (var result in body.RootElement.GetProperty("results").EnumerateArray())
        {
            var columns = result.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
            var rows = new List<JsonElement[]>();
            foreach (var data in result.GetProperty("data").EnumerateArray())
                rows.Add([.. data.GetProperty("row").EnumerateArray().Select(v => v.Clone())]);
            results.Add(new Neo4jResult(columns, rows));
        }
        return (results, body);
    }

    // The request's JSON: every statement with its parameters, rows only.
    private static byte[] Body(IReadOnlyList<Neo4jStatement> statements)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Writing))
        {
            w.WriteStartObject();
            w.WriteStartArray("statements");
            foreach (var s in statements)
            {
                w.WriteStartObject();
                w.WriteString("statement", s.Text);
                w.WriteStartObject("parameters");
                foreach (var (name, value) in s.Parameters ?? new Dictionary<string, object?>())
                {
                    w.WritePropertyName(name);
                    Write(w, value);
                }
                w.WriteEndObject();
                w.WriteStartArray("resultDataContents");
                w.WriteStringValue("row");
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>Writes a parameter value; a <see cref="double"/> always with a decimal point, so Neo4j keeps it a float.</summary>
    internal static void Write(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case bool b: w.WriteBooleanValue(b); break;
            case int i: w.WriteNumberValue(i); break;
            case long l: w.WriteNumberValue(l); break;
            case double d when double.IsFinite(d):
                var text = d.ToString("R", CultureInfo.InvariantCulture);
                w.WriteRawValue(text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0");
                break;
            case JsonElement e: e.WriteTo(w); break;
            case IDictionary<string, object?> map:
                w.WriteStartObject();
                foreach (var (k, v) in map)
                {
                    w.WritePropertyName(k);
                    Write(w, v);
                }
                w.WriteEndObject();
                break;
            case IEnumerable list:
                w.WriteStartArray();
                foreach (var item in list) Write(w, item);
                w.WriteEndArray();
                break;
            default: throw new ArgumentException($"a Neo4j parameter cannot be a {value.GetType().Name}", nameof(value));
        }
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}

/// <summary>
/// A transaction left open across requests (<see cref="Neo4jClient.BeginAsync"/>): commit it, or dispose of it to roll it
/// back. Neo4j rolls it back itself when a statement in it fails.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jClient _client;
    private readonly Uri _tx;
    private readonly Uri _commit;
    private bool _ended;

    internal Neo4jTransaction(Neo4jClient client, Uri tx, Uri commit, IReadOnlyList<Neo4jResult> first)
    {
        _client = client;
        _tx = tx;
        _commit = commit;
        First = first;
    }

    /// <summary>What the statements that opened it returned.</summary>
    public IReadOnlyList<Neo4jResult> First { get; }

    /// <summary>Runs statements in the transaction.</summary>
    public async Task<IReadOnlyList<Neo4jResult>> RunAsync(IReadOnlyList<Neo4jStatement> statements, CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_ended, this);
        try
        {
            return await _client.RunInAsync(_tx, statements, ct).ConfigureAwait(false);
        }
        catch
        {
            await DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Commits, with last statements.</summary>
    public async Task<IReadOnlyList<Neo4jResult>> CommitAsync(IReadOnlyList<Neo4jStatement>? statements = null, CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_ended, this);
        _ended = true;
        return await _client.CommitAsync(_commit, statements ?? [], ct).ConfigureAwait(false);
    }

    /// <summary>Rolls back unless committed.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_ended) return;
        _ended = true;
        await _client.RollbackAsync(_tx).ConfigureAwait(false);
    }
}
