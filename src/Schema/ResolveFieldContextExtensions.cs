using GraphQL;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Index;

namespace ResourceHub.Schema;

/// <summary>Helpers for resolvers.</summary>
public static class ResolveFieldContextExtensions
{
    /// <summary>The snapshot this request reads.</summary>
    public static NetworkSnapshot Snapshot(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.UserContext is HubUserContext hub
            ? hub.Snapshot
            : throw new InvalidOperationException("the request was executed without a HubUserContext");
    }

    /// <summary>Who is asking.</summary>
    public static Viewer Viewer(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.UserContext is HubUserContext hub
            ? hub.Viewer
            : throw new InvalidOperationException("the request was executed without a HubUserContext");
    }

    /// <summary>A GraphQL error with a code, for the client; never carries internals.</summary>
    public static ExecutionError Error(string code, string message) => new(message) { Code = code };
}
