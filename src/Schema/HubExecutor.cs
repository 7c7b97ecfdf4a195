using System.Text.Json;
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
using ResourceHub.Schema.Limits;

namespace ResourceHub.Schema;

/// <summary>
/// Runs GraphQL requests against the schema over one snapshot of the index; the HTTP and WebSocket endpoints and the
/// tests call it. A request is first prepared (<see cref="Prepare"/>): its document found (sent, or persisted by hash),
/// held to the caller's trusted documents, and measured against the size and shape limits before it is parsed and
/// validated. It then runs within the caller's cost budget and the time limit, and what it read of personal data is
/// written to the audit log before the answer is given.
/// </summary>
public sealed partial class HubExecutor(IDocumentExecuter executer, ResourceHubSchema schema, NetworkIndex index, AuditLog audit, RequestLimits limits,
    PersistedDocuments persisted, TimeProvider clock)
{
    // Parsing and validating a small query costs more than running it (bench/README.md): documents that passed are kept,
    // with their cost when it cannot depend on the variables.
    private readonly DocumentCache<Validated> _documents = new(capacity: 1000, maxQueryLength: 20_000);

    private readonly ComplexityValidationRule _complexity = new(new ComplexityOptions
    {
        MaxDepth = limits.MaxDepth,
        ValidateComplexityDelegate = c =>
        {
            // The cost is the document's; the budget is the caller's, so one document may run for one role and not another.
            if (c.ValidationContext.UserContext is HubUserContext hub)
            {
                hub.Cost = c.TotalImpact;
                var budget = limits.BudgetOf(hub.Caller);
                if (c.TotalImpact > budget) c.Error = OverBudget(c.TotalImpact, budget, hub.Caller);
            }
            return Task.CompletedTask;
        },
    });

    private IValidationRule[]? _rules;

    // Before the complexity rule: its visitor throws (an internal error) on an operation type the schema lacks.
    private IValidationRule[] Rules => _rules ??=
    [
        .. DocumentValidator.CoreRules,
        new KnownOperationTypes(),
        .. limits.Introspection ? Array.Empty<IValidationRule>() : [new NoIntrospection()],
        _complexity,
    ];

    /// <summary>How many validated documents are kept.</summary>
    internal int CachedDocuments => _documents.Count;

    /// <summary>The schema.</summary>
    public ResourceHubSchema Schema => schema;

    /// <summary>
    /// Finds a request's document and checks it before anything runs: a persisted query by its hash (Apollo's
    /// <c>extensions.persistedQuery</c>, or <c>documentId: "sha256:…"</c>), an app held to trusted documents, and the
    /// limits of size and shape. The operation's type is read from the prepared document (a GET may not run a mutation).
    /// </summary>
    public PreparedRequest Prepare(GraphQLRequest request, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        var (query, refusal) = FindDocument(request, caller);
        if (refusal is not null) return PreparedRequest.Refused(refusal);
        if (string.IsNullOrEmpty(query))
            return PreparedRequest.Refused(new ExecutionError("The request has no 'query', or an empty one: send the GraphQL document as a string.") { Code = HubErrorCodes.BadUserInput }, missingQuery: true);
        request = request.Query == query ? request : new GraphQLRequest
        {
            Query = query, OperationName = request.OperationName, Variables = request.Variables, Extensions = request.Extensions,
        };
        if (_documents.Get(query) is { } cached) return new PreparedRequest(request, cached.Document, cached, null, OperationOf(cached.Document, request.OperationName));
        var (document, shape) = DocumentLimits.Check(query, limits);
        if (shape is { } s) return PreparedRequest.Refused(new ExecutionError(s.Message) { Code = s.Code });
        return new PreparedRequest(request, document, null, null, document is null ? null : OperationOf(document, request.OperationName));
    }

    /// <summary>Executes a caller's request over the current snapshot.</summary>
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, Caller caller, IServiceProvider? services, CancellationToken ct, string? requestId = null) =>
        ExecuteAsync(Prepare(request, caller), index.Current, caller, services, ct, requestId);

    /// <summary>Executes a prepared request over the current snapshot.</summary>
    public Task<ExecutionResult> ExecuteAsync(PreparedRequest prepared, Caller caller, IServiceProvider? services, CancellationToken ct, string? requestId = null) =>
        ExecuteAsync(prepared, index.Current, caller, services, ct, requestId);

    /// <summary>Executes a caller's request over a given snapshot.</summary>
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, NetworkSnapshot snapshot, Caller caller, IServiceProvider? services, CancellationToken ct,
        string? requestId = null) => ExecuteAsync(Prepare(request, caller), snapshot, caller, services, ct, requestId);

    /// <summary>
    /// Executes a prepared request over a given snapshot, within the caller's budget and the time limit (the work stops
    /// when <paramref name="ct"/> is cancelled: the client left). The personal data it read is written to the audit log
    /// before the answer is given; should that fail, the answer is withheld.
    /// </summary>
    public async Task<ExecutionResult> ExecuteAsync(PreparedRequest prepared, NetworkSnapshot snapshot, Caller caller, IServiceProvider? services, CancellationToken ct,
        string? requestId = null)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(caller);
        if (prepared.Refusal is { } refusal) return new ExecutionResult { Executed = false, Errors = [refusal] };
        var context = new HubUserContext(snapshot, caller, requestId);
        var result = await RunAsync(prepared, context, services, ct).ConfigureAwait(false);
        return context.Audit.IsEmpty ? result : await AuditedAsync(result, context, prepared.Request, services).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a subscription document over one committed change, as the subscriber and under their policy over the network
    /// that change left: its events, each an answer, with the personal data they read written to the audit log first.
    /// Without a change it only sets the subscription up: the errors of its document and arguments, if any.
    /// </summary>
    public async Task<SubscriptionRun> RunSubscriptionAsync(PreparedRequest prepared, Graph.Changes.NetworkChange? change, Caller caller, IServiceProvider? services,
        string requestId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(caller);
        if (prepared.Refusal is { } refusal) return new SubscriptionRun(new ExecutionResult { Executed = false, Errors = [refusal] }, []);
        var context = new HubUserContext(change?.After ?? index.Current, caller, requestId) { Change = change };
        var result = await RunAsync(prepared, context, services, ct).ConfigureAwait(false);
        if (result.Errors is { Count: > 0 } || result.Streams is not { Count: 1 } streams) return new SubscriptionRun(result, []);
        var events = await Collect(streams.Values.Single(), ct).ConfigureAwait(false);
        if (events.Any(e => e.Errors is { Count: > 0 } && e.Data is null)) return new SubscriptionRun(events.First(e => e.Errors is { Count: > 0 }), []);
        if (!context.Audit.IsEmpty && events.Count > 0)
        {
            var audited = await AuditedAsync(events[0], context, prepared.Request, services).ConfigureAwait(false);
            if (!ReferenceEquals(audited, events[0])) return new SubscriptionRun(audited, []);
        }
        return new SubscriptionRun(null, events);
    }

    // The answers a subscription's stream gives for one change, in order, once it completes.
    private static async Task<List<ExecutionResult>> Collect(IObservable<ExecutionResult> stream, CancellationToken ct)
    {
        var collector = new Collector();
        using (stream.Subscribe(collector))
        using (ct.Register(() => collector.Done.TrySetCanceled(ct)))
        {
            await collector.Done.Task.ConfigureAwait(false);
        }
        return collector.Events;
    }

    private sealed class Collector : IObserver<ExecutionResult>
    {
        public List<ExecutionResult> Events { get; } = [];

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void OnNext(ExecutionResult value)
        {
            lock (Events) Events.Add(value);
        }

        public void OnError(Exception error) => Done.TrySetException(error);

        public void OnCompleted() => Done.TrySetResult();
    }

    private async Task<ExecutionResult> RunAsync(PreparedRequest prepared, HubUserContext context, IServiceProvider? services, CancellationToken ct)
    {
        var request = prepared.Request;
        var caller = context.Caller;
        var cached = prepared.Cached;
        IValidationRule[] rules = Rules;
        if (cached is not null)
        {
            // As GraphQL.NET's own document cache does: a cached document runs only the rules that depend on the request —
            // its cost, when the variables can change it; otherwise its known cost is held to the caller's budget here.
            if (cached.Cost is { } cost)
            {
                var budget = limits.BudgetOf(caller);
                if (cost > budget) return new ExecutionResult { Executed = false, Errors = [OverBudget(cost, budget, caller)] };
                rules = [];
            }
            else rules = [_complexity];
        }
        using var time = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // A query is cancelled at its deadline; a mutation only stops starting new mutations (see HubUserContext.StartClock).
        var mutation = prepared.Operation == OperationType.Mutation;
        if (!mutation) time.CancelAfter(limits.Timeout);
        context.StartClock(time, limits.Timeout, mutation, clock);
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Schema = schema,
                Query = request.Query,
                Document = prepared.Document,
                Variables = request.Variables,
                Extensions = request.Extensions,
                OperationName = request.OperationName,
                UserContext = context,
                RequestServices = services,
                CancellationToken = time.Token,
                ValidationRules = rules,
                ThrowOnUnhandledException = false,
                UnhandledExceptionDelegate = context =>
                {
                    // Never show an exception's message, type or stack: the client gets a code and a plain sentence.
                    if (context.OriginalException is GraphQLMaxDepthExceededException)
                    {
                        context.Exception = new ExecutionError("The document is nested too deeply.") { Code = HubErrorCodes.TooDeep };
                        return Task.CompletedTask;
                    }
                    if (context.ExecutionOptions.RequestServices?.GetService<ILogger<HubExecutor>>() is { } logger)
                        LogUnhandled(logger, context.OriginalException);
                    context.Exception = new ExecutionError("Something went wrong inside the hub; the error has been logged.") { Code = HubErrorCodes.Internal };
                    return Task.CompletedTask;
                },
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (time.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            result = TimedOut();
        }
        if (time.IsCancellationRequested && !ct.IsCancellationRequested && result.Errors?.Any(e => e.InnerException is OperationCanceledException) == true)
            result = TimedOut();
        // Executed means the document parsed and passed validation (errors after that come from resolvers).
        if (cached is null && result.Executed && result.Document is { } document && request.Query is { } query)
            _documents.Add(query, new Validated(document, CostVariables.MayChangeCost(document) ? null : context.Cost));
        return result;
    }

    private ExecutionResult TimedOut() => new()
    {
        Executed = false,
        Errors = [new ExecutionError($"The request ran longer than {RequestLimits.Describe(limits.Timeout)} and was stopped.") { Code = HubErrorCodes.Timeout }],
    };

    private static ValidationError OverBudget(double cost, int budget, Caller caller) =>
        new($"The document would cost {cost:N0}, more than the {budget:N0} one request may spend for the role {RoleNames.Describe(caller.Roles)}: ask for fewer items (first), fewer fields or less depth.")
        {
            Code = HubErrorCodes.Complexity,
        };

    // The document of a request: the one sent, or the one persisted under the hash sent; an app held to trusted documents
    // gets only those.
    private (string? Query, ExecutionError? Refusal) FindDocument(GraphQLRequest request, Caller caller)
    {
        var query = request.Query;
        string? hash = null;
        if (request.Extensions?.TryGetValue("persistedQuery", out var raw) == true)
        {
            if (raw is not IDictionary<string, object?> apq || apq.TryGetValue("version", out var v) is false || Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) != "1")
                return (null, Refuse(HubErrorCodes.PersistedQueryUnsupported, "PersistedQueryNotSupported: extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\": \"…\"}."));
            hash = apq.TryGetValue("sha256Hash", out var h) ? h as string : null;
            if (hash is null || hash.Length != 64 || !hash.All(char.IsAsciiHexDigitLower))
                return (null, Refuse(HubErrorCodes.BadUserInput, "extensions.persistedQuery.sha256Hash must be the lowercase hex SHA-256 of the document."));
        }
        else if (request.DocumentId is { } documentId)
        {
            if (!documentId.StartsWith("sha256:", StringComparison.Ordinal) || documentId.Length != 71 || !documentId[7..].All(char.IsAsciiHexDigitLower))
                return (null, Refuse(HubErrorCodes.BadUserInput, "documentId must be \"sha256:\" and the lowercase hex SHA-256 of a registered document."));
            if (query is not null) return (null, Refuse(HubErrorCodes.BadUserInput, "Send either query or documentId, not both."));
            hash = documentId[7..];
        }
        if (hash is not null)
        {
            if (query is null)
            {
                query = persisted.Find(hash);
                if (query is null) return (null, Refuse(HubErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound"));
            }
            else if (PersistedDocuments.Hash(query) != hash)
                return (null, Refuse(HubErrorCodes.PersistedQueryHashMismatch, "provided sha does not match query"));
            else if (!persisted.Holds(caller.AppId) && query.Length <= limits.MaxDocumentLength) persisted.Remember(hash, query);
        }
        if (persisted.Holds(caller.AppId) && query is not null && !persisted.IsTrusted(hash ?? PersistedDocuments.Hash(query)))
            return (null, Refuse(HubErrorCodes.TrustedDocumentsOnly, $"The app '{caller.AppId}' may run only the documents registered with this hub; this one is not."));
        return (query, null);
    }

    private static ExecutionError Refuse(string code, string message) => new(message) { Code = code };

    // The operation the request would run; null when the document names no single operation (execution then says why).
    private static GraphQLOperationDefinition? OperationOf(GraphQLDocument document, string? operationName)
    {
        GraphQLOperationDefinition? selected = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation) continue;
            count++;
            if (operationName is null ? count == 1 : operation.Name?.StringValue == operationName) selected ??= operation;
        }
        return operationName is null && count != 1 ? null : selected;
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

    [LoggerMessage(LogLevel.Error, "A GraphQL request failed inside the hub")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Error, "The audit log could not record a read of personal data; the answer was withheld")]
    private static partial void LogAuditFailed(ILogger logger, Exception exception);

    /// <summary>A document that passed validation, with its cost when no variable can change it.</summary>
    internal sealed record Validated(GraphQLDocument Document, double? Cost);

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

    /// <summary>Introspection switched off (<see cref="RequestLimits.Introspection"/>): __schema and __type are refused, __typename is not.</summary>
    private sealed class NoIntrospection : ValidationRuleBase
    {
        private static readonly MatchingNodeVisitor<GraphQLField> Visitor = new((field, context) =>
        {
            if (field.Name.Value.Span is "__schema" or "__type")
            {
                context.ReportError(new ValidationError(context.Document.Source, null, "Introspection is switched off on this hub; the published schema is its schema.graphql.", field)
                {
                    Code = HubErrorCodes.IntrospectionDisabled,
                });
            }
        });

        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
    }
}

/// <summary>A subscription's run over one change: the error that ended it (its document, its arguments, the audit log), or its events.</summary>
public sealed record SubscriptionRun(ExecutionResult? Error, IReadOnlyList<ExecutionResult> Events);
