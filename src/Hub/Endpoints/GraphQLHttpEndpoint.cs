using System.Net.Mime;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Net.Http.Headers;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Index;
using ResourceHub.Hub.Startup;
using ResourceHub.Schema;

namespace ResourceHub.Hub.Endpoints;

/// <summary>
/// GraphQL over HTTP: POST with a JSON body, GET with query parameters (queries only). Answers
/// application/graphql-response+json when the client accepts it, else application/json.
/// </summary>
internal sealed class GraphQLHttpEndpoint(HubExecutor executor, IGraphQLTextSerializer serializer, NetworkIndex index, HubOptions options)
{
    internal const string GraphQLResponseJson = "application/graphql-response+json";

    public async Task HandleAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        var responseType = NegotiateResponseType(http.Request);
        if (responseType is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, MediaTypeNames.Application.Json,
                $"Accept {GraphQLResponseJson} or application/json.", HubErrorCodes.BadUserInput);
            return;
        }

        GraphQLRequest? request;
        if (HttpMethods.IsPost(http.Request.Method))
        {
            if (!IsJson(http.Request.ContentType))
            {
                await WriteErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, responseType,
                    "Send the request body as application/json.", HubErrorCodes.BadUserInput);
                return;
            }
            try
            {
                request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, ct);
            }
            catch (JsonException)
            {
                await WriteErrorAsync(http, StatusCodes.Status400BadRequest, responseType,
                    "The body is not a GraphQL request: a JSON object with a string 'query', and optionally 'operationName', an object 'variables' and an object 'extensions'.",
                    HubErrorCodes.BadUserInput);
                return;
            }
        }
        else
        {
            try
            {
                request = ReadQueryString(http.Request.Query);
            }
            catch (JsonException)
            {
                await WriteErrorAsync(http, StatusCodes.Status400BadRequest, responseType,
                    "'variables' and 'extensions' must be JSON objects.", HubErrorCodes.BadUserInput);
                return;
            }
        }

        if (request is null || string.IsNullOrEmpty(request.Query))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, responseType, "The request has no 'query'.", HubErrorCodes.BadUserInput);
            return;
        }
        if (HttpMethods.IsGet(http.Request.Method) && IsMutation(request))
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, responseType,
                "Mutations are sent with POST; GET is for queries.", HubErrorCodes.BadUserInput);
            return;
        }
        if (!index.IsLoaded)
        {
            http.Response.Headers.RetryAfter = "5";
            await WriteErrorAsync(http, StatusCodes.Status503ServiceUnavailable, responseType,
                "The hub is loading its network; try again shortly.", HubErrorCodes.NotReady);
            return;
        }

        var viewer = options.AllowAnonymousWrites ? Viewer.AnonymousWriter : Viewer.Anonymous;
        var result = await executor.ExecuteAsync(request, viewer, http.User, http.RequestServices, ct);
        http.Response.StatusCode = !result.Executed && responseType == GraphQLResponseJson
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = responseType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, ct);
    }

    private GraphQLRequest ReadQueryString(IQueryCollection q) => new()
    {
        Query = q["query"].FirstOrDefault(),
        OperationName = q["operationName"].FirstOrDefault() is { Length: > 0 } name ? name : null,
        Variables = q["variables"].FirstOrDefault() is { Length: > 0 } v ? serializer.Deserialize<Inputs>(v) : null,
        Extensions = q["extensions"].FirstOrDefault() is { Length: > 0 } e ? serializer.Deserialize<Inputs>(e) : null,
    };

    private static bool IsMutation(GraphQLRequest request)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(request.Query!);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return false; // the executor reports the syntax error
        }
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = request.OperationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == request.OperationName);
        return operation?.Operation == OperationType.Mutation;
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media) &&
        media.MediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase) &&
        (!media.Charset.HasValue || media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    /// <summary>The media type to answer with, or null when the client accepts neither JSON type.</summary>
    internal static string? NegotiateResponseType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0) return MediaTypeNames.Application.Json;
        string? best = null;
        var bestQuality = 0.0;
        foreach (var media in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            var quality = media.Quality ?? 1;
            if (quality <= 0) continue;
            string? candidate = media.MediaType.Value?.ToLowerInvariant() switch
            {
                GraphQLResponseJson => GraphQLResponseJson,
                MediaTypeNames.Application.Json => MediaTypeNames.Application.Json,
                "application/*" or "*/*" => GraphQLResponseJson,
                _ => null,
            };
            if (candidate is not null && quality > bestQuality)
            {
                best = candidate;
                bestQuality = quality;
            }
        }
        return best;
    }

    private async Task WriteErrorAsync(HttpContext http, int status, string contentType, string message, string code)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType + "; charset=utf-8";
        var result = new ExecutionResult { Executed = false, Errors = [new ExecutionError(message) { Code = code }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
