using GraphQL;
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
}
