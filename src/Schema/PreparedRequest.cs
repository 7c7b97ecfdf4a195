using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;

namespace ResourceHub.Schema;

/// <summary>
/// A request ready to run, as <see cref="HubExecutor.Prepare"/> leaves it: its document found and within the limits,
/// parsed (or already validated, from the cache), and the type of the operation it would run; or why it may not run.
/// </summary>
public sealed class PreparedRequest
{
    internal PreparedRequest(GraphQLRequest request, GraphQLDocument? document, HubExecutor.Validated? cached, ExecutionError? refusal, GraphQLOperationDefinition? operation)
    {
        Request = request;
        Document = document;
        Cached = cached;
        Refusal = refusal;
        Operation = operation?.Operation;
        OperationName = operation?.Name?.StringValue;
    }

    /// <summary>The request, with the document text found for a persisted query.</summary>
    public GraphQLRequest Request { get; }

    /// <summary>The parsed document; null when it does not parse (execution reports why) or was refused.</summary>
    public GraphQLDocument? Document { get; }

    internal HubExecutor.Validated? Cached { get; }

    /// <summary>Why the request may not run, or null.</summary>
    public ExecutionError? Refusal { get; }

    /// <summary>True when the request sent no document at all.</summary>
    public bool MissingQuery { get; private init; }

    /// <summary>The type of the operation the request would run; null when unknown (execution reports why).</summary>
    public OperationType? Operation { get; }

    /// <summary>The name of the operation the request would run, as the document spells it; null for an anonymous or unknown one.</summary>
    public string? OperationName { get; }

    internal static PreparedRequest Refused(ExecutionError refusal, bool missingQuery = false) =>
        new(new GraphQLRequest(), null, null, refusal, null) { MissingQuery = missingQuery };
}
