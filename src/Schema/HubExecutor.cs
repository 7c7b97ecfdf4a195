using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Schema;

/// <summary>Runs GraphQL requests against the schema over one snapshot of the index; the HTTP and WebSocket endpoints and the tests call it.</summary>
public sealed partial class HubExecutor(IDocumentExecuter executer, ResourceHubSchema schema, NetworkIndex index, AuditLog audit)
{
    private static readonly ComplexityValidationRule Complexity = new(new ComplexityOptions { MaxDepth = 15, MaxComplexity = 5000 });

    private static readonly IValidationRule[] Rules =
    [
        .. DocumentValidator.CoreRules,
        // Before the complexity rule: its visitor throws (an internal error) on an operation type the schema lacks.
        new KnownOperationTypes(),
        Complexity,
    ];

    // A cached document passed every rule; only complexity can change with the variables (first: $n), so a document
    // that declares variables is measured again. Variable values are coerced on every request in any case.
    private static readonly IValidationRule[] CachedRulesWithVariables = [Complexity];

    // Parsing and validating a small query costs more than running it (bench/README.md): documents that passed are kept.
    private readonly DocumentCache _documents = new(capacity: 1000, maxQueryLength: 20_000);

    /// <summary>How many validated documents are kept.</summary>
    internal int CachedDocuments => _documents.Count;

    /// <summary>The schema.</summary>
    public ResourceHubSchema Schema => schema;

    /// <summary>Executes a caller's request over the current snapshot.</summary>
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, Caller caller, IServiceProvider? services, CancellationToken ct, string? requestId = null) =>
        ExecuteAsync(request, index.Current, caller, services, ct, requestId);

    /// <summary>
    /// Executes a caller's request over a given snapshot. The personal data it read is written to the audit log before
    /// the answer is given; should that fail, the answer is withheld.
    /// </summary>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, NetworkSnapshot snapshot, Caller caller, IServiceProvider? services, CancellationToken ct,
        string? requestId = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        var context = new HubUserContext(snapshot, caller, requestId);
        var cached = request.Query is { } text ? _documents.Get(text) : null;
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            Document = cached,
            DocumentId = request.DocumentId,
            Variables = request.Variables,
            Extensions = request.Extensions,
            OperationName = request.OperationName,
            UserContext = context,
            RequestServices = services,
            CancellationToken = ct,
            // As GraphQL.NET's own document cache does: a cached document runs only the rules that depend on the request.
            ValidationRules = cached is null ? Rules : HasVariables(cached) ? CachedRulesWithVariables : [],
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = context =>
            {
                // Never show an exception's message, type or stack: the client gets a code and a plain sentence.
                if (context.OriginalException is GraphQLMaxDepthExceededException)
                {
                    context.Exception = new ExecutionError("The document is nested too deeply.") { Code = HubErrorCodes.BadUserInput };
                    return Task.CompletedTask;
                }
                if (context.ExecutionOptions.RequestServices?.GetService<ILogger<HubExecutor>>() is { } logger)
                    LogUnhandled(logger, context.OriginalException);
                context.Exception = new ExecutionError("Something went wrong inside the hub; the error has been logged.") { Code = HubErrorCodes.Internal };
                return Task.CompletedTask;
            },
        }).ConfigureAwait(false);
        // Executed means the document parsed and passed validation (errors after that come from resolvers).
        if (cached is null && result.Executed && result.Document is { } document && request.Query is { } query) _documents.Add(query, document);
        return context.Audit.IsEmpty ? result : await AuditedAsync(result, context, request, services).ConfigureAwait(false);
    }

    // The audit entries are written even when the client has gone: the data was read.
    private async Task<ExecutionResult> AuditedAsync(ExecutionResult result, HubUserContext context, GraphQLRequest request, IServiceProvider? services)
    {
        var snapshot = context.Snapshot;
        var reads = context.Audit.Reads().Select(r => (r.NodeId, snapshot.KindOf(r.NodeId), r.Fields)).ToList();
        try
        {
            await audit.AppendAsync(context.Caller, reads, AuditEntry.Read, request.OperationName ?? OperationName(result.Document), context.RequestId, CancellationToken.None)
                .ConfigureAwait(false);
            return result;
        }
#pragma warning disable CA1031 // whatever stops the audit log from recording a read, the read is not answered
        catch (Exception e)
#pragma warning restore CA1031
        {
            if (services?.GetService<ILogger<HubExecutor>>() is { } logger) LogAuditFailed(logger, e);
            return new ExecutionResult
            {
                Executed = result.Executed,
                Errors = [new ExecutionError("The answer holds personal data, and the audit log could not record the read, so it is withheld; try again.") { Code = HubErrorCodes.Internal }],
            };
        }
    }

    private static string? OperationName(GraphQLDocument? document) =>
        document?.Definitions.OfType<GraphQLOperationDefinition>().Select(o => o.Name?.StringValue).FirstOrDefault(n => n is not null);

    [LoggerMessage(LogLevel.Error, "The audit log could not record a read of personal data; the answer was withheld")]
    private static partial void LogAuditFailed(ILogger logger, Exception exception);

    /// <summary>
    /// The type of the operation the request would run, read before anything runs (a GET may not run a mutation); null
    /// when the document does not parse or names no single operation (execution then reports why). A document seen
    /// before comes from the cache of validated documents instead of being parsed again.
    /// </summary>
    public OperationType? SelectedOperationType(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query is not { } text) return null;
        var document = _documents.Get(text);
        if (document is null)
        {
            try
            {
                document = GraphQLParser.Parser.Parse(text, new GraphQLParser.ParserOptions { Ignore = GraphQLParser.IgnoreOptions.All });
            }
            catch (GraphQLParser.Exceptions.GraphQLParserException)
            {
                return null; // a syntax error or a document nested too deeply: execution reports it
            }
        }
        GraphQLOperationDefinition? selected = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation) continue;
            count++;
            if (request.OperationName is null ? count == 1 : operation.Name?.StringValue == request.OperationName) selected ??= operation;
        }
        return request.OperationName is null && count != 1 ? null : selected?.Operation;
    }

    private static bool HasVariables(GraphQLDocument document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition { Variables.Count: > 0 }) return true;
        }
        return false;
    }

    [LoggerMessage(LogLevel.Error, "A GraphQL request failed inside the hub")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);

    /// <summary>A document whose operation type (mutation, subscription) the schema does not define is invalid, as graphql-js 17's rule of that name says.</summary>
    private sealed class KnownOperationTypes : ValidationRuleBase
    {
        private static readonly MatchingNodeVisitor<GraphQLOperationDefinition> Visitor = new((operation, context) =>
        {
            var missing = operation.Operation switch
            {
                OperationType.Mutation => context.Schema.Mutation is null,
                OperationType.Subscription => context.Schema.Subscription is null,
                _ => false,
            };
            if (missing)
            {
                var kind = operation.Operation.ToString().ToLowerInvariant();
                context.ReportError(new ValidationError(context.Document.Source, null, $"This hub's schema has no {kind} type, so it runs no {kind} operations.", operation)
                {
                    Code = "KNOWN_OPERATION_TYPES",
                });
            }
        });

        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
    }
}
