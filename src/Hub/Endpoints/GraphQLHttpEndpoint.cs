using System.Net.Mime;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Net.Http.Headers;
using ResourceHub.Graph.Index;
using ResourceHub.Hub.Identity;
using ResourceHub.Schema;

namespace ResourceHub.Hub.Endpoints;

/// <summary>
/// GraphQL over HTTP as the GraphQL-over-HTTP specification (draft) describes it: POST with an application/json
/// body, GET with URL parameters for queries only. Answers application/graphql-response+json when the client asks
/// for it, else application/json. Whatever is wrong with the HTTP request itself (method, media types, parameters)
/// is refused with a 4xx status before the document is looked at; a document that fails to parse or validate is a
/// GraphQL request error: 400 under application/graphql-response+json, 200 under application/json.
/// </summary>
internal sealed class GraphQLHttpEndpoint(HubExecutor executor, IGraphQLTextSerializer serializer, NetworkIndex index, IOptions<ClaimNames> claims)
{
    internal const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = MediaTypeNames.Application.Json;

    private const string NotARequest =
        "The body is not a GraphQL request: send a JSON object with a string 'query', and optionally a string 'operationName', an object 'variables' and an object 'extensions'.";

    public async Task HandleAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        // A body larger than any document within the limits, with its variables, is refused by Kestrel as it is read (413).
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = ProtectionServiceCollectionExtensions.MaxRequestBody;
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, NegotiateResponseType(http.Request) ?? Json,
                "GraphQL is served with POST (any operation) and GET (queries only).");
            return;
        }

        var responseType = NegotiateResponseType(http.Request);
        if (responseType is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, Json,
                $"The hub answers with {GraphQLResponseJson} or {Json} (UTF-8); the Accept header allows neither.");
            return;
        }

        var (request, refusal) = isGet ? ReadQueryString(http.Request.Query) : await ReadBodyAsync(http.Request, ct);
        if (refusal is { } r)
        {
            await WriteErrorAsync(http, r.Status, responseType, r.Message);
            return;
        }
        if (request is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, responseType, NotARequest);
            return;
        }

        var caller = CallerClaims.Of(http, claims.Value);
        if (!caller.IsSignedIn && BearerToken.IsPresent(http.Request))
        {
            // Credentials that do not validate are refused, never taken as anonymous: the client meant to be someone.
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, responseType, TokenRefusal(http), HubErrorCodes.Unauthenticated);
            return;
        }

        // The document is found (sent, or persisted under a hash) and measured before anything runs.
        var prepared = executor.Prepare(request, caller);
        if (prepared.MissingQuery)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, responseType, prepared.Refusal!.Message);
            return;
        }
        switch (prepared.Operation)
        {
            case OperationType.Mutation when isGet:
                // The spec: a GET that would run a mutation gets 405, and nothing runs.
                http.Response.Headers.Allow = "POST";
                await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, responseType, "Mutations are sent with POST; GET is for queries.");
                return;
            case OperationType.Subscription:
                await WriteResultAsync(http, responseType, RequestError("Subscriptions are not served over HTTP GET or POST."), ct);
                return;
        }

        if (!index.IsLoaded)
        {
            http.Response.Headers.RetryAfter = "5";
            await WriteErrorAsync(http, StatusCodes.Status503ServiceUnavailable, responseType,
                "The hub is loading its network; try again shortly.", HubErrorCodes.NotReady);
            return;
        }

        var type = prepared.Operation?.ToString().ToLowerInvariant() ?? "query";
        var name = prepared.OperationName;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        ExecutionResult result;
        // The operation's span covers its execution and ends before the answer is written.
        using (var activity = Startup.HubTelemetry.StartOperation(type, name))
        {
            result = await executor.ExecuteAsync(prepared, caller, http.RequestServices, ct, http.TraceIdentifier);
            Startup.HubTelemetry.EndOperation(activity, type, name, started, result.Errors?.Count ?? 0);
        }
        await WriteResultAsync(http, responseType, result, ct);
    }

    // Why a token was refused, in words that say what to do and nothing about the keys or the validation's internals.
    private static string TokenRefusal(HttpContext http) =>
        http.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Failure switch
        {
            SecurityTokenExpiredException => "The bearer token has expired: get a new one and try again.",
            SecurityTokenNotYetValidException => "The bearer token is not valid yet: check the clocks of the issuer and the client.",
            SecurityTokenInvalidAudienceException => "The bearer token was issued for another audience than this hub.",
            SecurityTokenInvalidIssuerException => "The bearer token was issued by an issuer this hub does not trust.",
            SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The bearer token's signature does not verify with this hub's keys.",
            null when http.User.Identity is { IsAuthenticated: true } => "The bearer token names no subject (sub).",
            null => "The request carries credentials this hub does not accept: send 'Authorization: Bearer <token>' from a configured issuer.",
            _ => "The bearer token is not valid for this hub.",
        };

    private async Task<(GraphQLRequest? Request, Refusal? Refusal)> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (!IsJson(request.ContentType))
        {
            return (null, new Refusal(StatusCodes.Status415UnsupportedMediaType,
                $"Send the request body as {Json} (UTF-8) with a Content-Type header saying so."));
        }
        try
        {
            return (await serializer.ReadAsync<GraphQLRequest>(request.Body, ct), null);
        }
        catch (JsonException)
        {
            return (null, new Refusal(StatusCodes.Status400BadRequest, NotARequest));
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own refusals while the body is read: too large (413), cut short or malformed (400).
            return (null, new Refusal(e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "The request body is larger than the hub accepts."
                : "The request body could not be read."));
        }
    }

    private (GraphQLRequest? Request, Refusal? Refusal) ReadQueryString(IQueryCollection q)
    {
        if (Single(q, "query", out var query) is { } r1) return (null, r1);
        if (Single(q, "operationName", out var operationName) is { } r2) return (null, r2);
        if (Single(q, "variables", out var variables) is { } r3) return (null, r3);
        if (Single(q, "extensions", out var extensions) is { } r4) return (null, r4);
        try
        {
            return (new GraphQLRequest
            {
                Query = query,
                OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
                Variables = string.IsNullOrEmpty(variables) ? null : serializer.Deserialize<Inputs>(variables),
                Extensions = string.IsNullOrEmpty(extensions) ? null : serializer.Deserialize<Inputs>(extensions),
            }, null);
        }
        catch (JsonException)
        {
            return (null, new Refusal(StatusCodes.Status400BadRequest, "The URL parameters 'variables' and 'extensions' must each be a JSON object."));
        }
    }

    private static Refusal? Single(IQueryCollection q, string name, out string? value)
    {
        var values = q[name];
        value = values.Count == 1 ? values[0] : null;
        return values.Count > 1 ? new Refusal(StatusCodes.Status400BadRequest, $"The URL parameter '{name}' is given more than once.") : null;
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media) &&
        media.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) &&
        IsUtf8OrUnspecified(media.Charset);

    private static bool IsUtf8OrUnspecified(StringSegment charset)
    {
        if (StringSegment.IsNullOrEmpty(charset)) return true;
        var name = HeaderUtilities.RemoveQuotes(charset);
        return name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The media type to answer with, or null when the client accepts neither. No Accept header, <c>*/*</c> and
    /// <c>application/*</c> get application/json, as the spec asks until its "watershed"; application/graphql-response+json
    /// is used when asked for by name. The highest quality wins; at equal quality a named type beats a wildcard and
    /// application/graphql-response+json beats application/json. A charset other than UTF-8 rules a range out.
    /// </summary>
    internal static string? NegotiateResponseType(HttpRequest request)
    {
        // An Accept header that does not parse reads as none at all.
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0) return Json;
        string? best = null;
        (double Quality, int Rank) bestScore = (0, -1);
        foreach (var media in accept)
        {
            var quality = media.Quality ?? 1;
            if (quality <= 0 || !IsUtf8OrUnspecified(media.Charset)) continue;
            (string? type, int rank) = media.MediaType.Value?.ToLowerInvariant() switch
            {
                GraphQLResponseJson => (GraphQLResponseJson, 2),
                Json => (Json, 1),
                "application/*" or "*/*" => (Json, 0),
                _ => ((string?)null, -1),
            };
            if (type is not null && (quality, rank).CompareTo(bestScore) > 0)
            {
                best = type;
                bestScore = (quality, rank);
            }
        }
        return best;
    }

    private static ExecutionResult RequestError(string message, string code = HubErrorCodes.BadUserInput) =>
        new() { Executed = false, Errors = [new ExecutionError(message) { Code = code }] };

    /// <summary>
    /// A result that never started executing (no data entry) is a request error: 400 under
    /// application/graphql-response+json, 200 under application/json, as the spec asks of each.
    /// </summary>
    private async Task WriteResultAsync(HttpContext http, string responseType, ExecutionResult result, CancellationToken ct)
    {
        http.Response.StatusCode = !result.Executed && responseType == GraphQLResponseJson
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = responseType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, ct);
    }

    private async Task WriteErrorAsync(HttpContext http, int status, string contentType, string message, string code = HubErrorCodes.BadUserInput)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, RequestError(message, code), http.RequestAborted);
    }

    private readonly record struct Refusal(int Status, string Message);
}
