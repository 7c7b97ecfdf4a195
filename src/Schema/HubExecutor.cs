using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Index;

namespace ResourceHub.Schema;

/// <summary>Runs GraphQL requests against the schema over one snapshot of the index; the HTTP and WebSocket endpoints and the tests call it.</summary>
public sealed class HubExecutor(IDocumentExecuter executer, ResourceHubSchema schema, NetworkIndex index)
{
    private static readonly IValidationRule[] Rules =
    [
        .. DocumentValidator.CoreRules,
        new ComplexityValidationRule(new ComplexityOptions { MaxDepth = 15, MaxComplexity = 5000 }),
    ];

    /// <summary>The schema.</summary>
    public ResourceHubSchema Schema => schema;

    /// <summary>Executes a request over the current snapshot.</summary>
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, Viewer viewer, ClaimsPrincipal? user, IServiceProvider? services, CancellationToken ct) =>
        ExecuteAsync(request, index.Current, viewer, user, services, ct);

    /// <summary>Executes a request over a given snapshot.</summary>
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, NetworkSnapshot snapshot, Viewer viewer, ClaimsPrincipal? user, IServiceProvider? services, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            DocumentId = request.DocumentId,
            Variables = request.Variables,
            Extensions = request.Extensions,
            OperationName = request.OperationName,
            UserContext = new HubUserContext(snapshot, viewer),
            User = user,
            RequestServices = services,
            CancellationToken = ct,
            ValidationRules = Rules,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = context =>
            {
                // Never show an exception's message, type or stack: the client gets a code and a plain sentence.
                context.Exception = new ExecutionError("Something went wrong inside the hub; the error has been logged.") { Code = HubErrorCodes.Internal };
                return Task.CompletedTask;
            },
        });
    }
}
