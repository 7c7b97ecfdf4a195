using System.Collections.Concurrent;
using System.Text;
using GraphQL;
using GraphQL.Transport;
using ResourceHub.Graph.Access;
using ResourceHub.Schema;

namespace ResourceHub.Hub.Endpoints;

/// <summary>
/// The ceiling of the HTTP stack, for the benchmarks (bench/README.md): answers a POST with the bytes the GraphQL
/// endpoint gives for the same body, executed once and then kept, so a request costs only Kestrel, routing, reading
/// the body and writing the bytes — no parsing, validation or execution. Mapped at /bench/bare only when
/// <c>Hub:BenchEndpoints</c> is true; never on by default.
/// </summary>
internal sealed class BenchBareEndpoint(HubExecutor executor, IGraphQLTextSerializer serializer)
{
    private const int MaxBodies = 16;
    private readonly ConcurrentDictionary<string, byte[]> _answers = new(StringComparer.Ordinal);

    public async Task HandleAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(ct);
        if (!_answers.TryGetValue(body, out var bytes))
        {
            var request = serializer.Deserialize<GraphQLRequest>(body) ?? new GraphQLRequest();
            var result = await executor.ExecuteAsync(request, Caller.Anonymous, http.RequestServices, ct);
            using var buffer = new MemoryStream();
            await serializer.WriteAsync(buffer, result, ct);
            bytes = buffer.ToArray();
            if (_answers.Count < MaxBodies) _answers.TryAdd(body, bytes);
        }
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.Body.WriteAsync(bytes, ct);
    }
}
