using GraphQL;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Index;

namespace ResourceHub.Schema;

/// <summary>Helpers for resolvers.</summary>
public static class ResolveFieldContextExtensions
{
    /// <summary>The snapshot this request reads.</summary>
    public static NetworkSnapshot Snapshot(this IResolveFieldContext context) => Hub(context).Snapshot;

    /// <summary>The access policy of the caller over the snapshot this request reads.</summary>
    public static AccessPolicy Policy(this IResolveFieldContext context) => Hub(context).Policy;

    /// <summary>Who is asking.</summary>
    public static Caller Caller(this IResolveFieldContext context) => Hub(context).Caller;

    /// <summary>
    /// Adds an error at this field's own path (or at an item of its list) and lets the resolver answer null, so the
    /// rest of the answer stands.
    /// </summary>
    public static void AddError(this IResolveFieldContext context, string code, string message, int? index = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var error = new ExecutionError(message) { Code = code };
        error.Path = index is { } i ? [.. context.ResponsePath, i] : context.ResponsePath;
        error.AddLocation(context.FieldAst, context.Document);
        context.Errors.Add(error);
    }

    /// <summary>
    /// The field's <c>first</c> argument: how many items to give, 1 to 100, <paramref name="fallback"/> when absent; outside
    /// that, BAD_USER_INPUT.
    /// </summary>
    public static int First(this IResolveFieldContext context, int fallback)
    {
        ArgumentNullException.ThrowIfNull(context);
        var first = context.GetArgument<int?>("first") ?? fallback;
        return first is < 1 or > 100 ? throw Error(HubErrorCodes.BadUserInput, "first must be 1 to 100") : first;
    }

    /// <summary>A GraphQL error with a code, for the client; never carries internals.</summary>
    public static ExecutionError Error(string code, string message) => new(message) { Code = code };

    private static HubUserContext Hub(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.UserContext as HubUserContext ?? throw new InvalidOperationException("the request was executed without a HubUserContext");
    }
}
