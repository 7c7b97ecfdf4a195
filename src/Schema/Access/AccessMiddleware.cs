using GraphQL;
using GraphQL.Instrumentation;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Access;

/// <summary>
/// Where the access policy meets the schema, for every field of every request: a field declared
/// <see cref="PersonalFieldExtensions.Personal{TSource, TReturn}"/> is resolved only for callers who may see it (and the
/// read recorded for the audit log); others get its masked value, or null with a FORBIDDEN error at the field's own
/// path. And no field hands out a node the caller may not see: it answers null with FORBIDDEN instead. No resolver
/// holds a privacy rule of its own.
/// </summary>
internal sealed class AccessMiddleware : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        if (context.UserContext is not HubUserContext hub) return next(context);
        // Every field passes here: the request's deadline is checked before each one resolves.
        hub.CheckDeadline(context);
        if (context.FieldDefinition.PersonalField() is { } field && context.Source is Node node)
        {
            var policy = hub.Policy;
            if (!policy.MaySee(node, field))
            {
                if (field.Masked) return Guarded(new ResolveFieldContext(context) { Source = policy.View(node) }, next, hub);
                context.AddError(HubErrorCodes.Forbidden, $"{field.Name} of this {node.Kind} is personal data (个人信息): {field.SeenBy} see it");
                return new ValueTask<object?>((object?)null);
            }
            if (policy.IsPersonal(node)) hub.Audit.Read(node, field);
        }
        return Guarded(context, next, hub);
    }

    private static ValueTask<object?> Guarded(IResolveFieldContext context, FieldMiddlewareDelegate next, HubUserContext hub)
    {
        var pending = next(context);
        return pending.IsCompletedSuccessfully ? new ValueTask<object?>(Guard(context, pending.Result, hub)) : AwaitGuard(context, pending, hub);
    }

    private static async ValueTask<object?> AwaitGuard(IResolveFieldContext context, ValueTask<object?> pending, HubUserContext hub) =>
        Guard(context, await pending.ConfigureAwait(false), hub);

    // A node the caller may not see never leaves a resolver; in a list, the item is null with an error at its index.
    private static object? Guard(IResolveFieldContext context, object? result, HubUserContext hub)
    {
        switch (result)
        {
            case Node node when !hub.Policy.MaySee(node):
                context.AddError(HubErrorCodes.Forbidden, $"this {node.Kind} is not shown to {RoleNames.Describe(hub.Caller.Roles)} callers");
                return null;
            case IList<Node?> nodes:
                for (var i = 0; i < nodes.Count; i++)
                {
                    if (nodes[i] is { } n && !hub.Policy.MaySee(n))
                    {
                        context.AddError(HubErrorCodes.Forbidden, $"this {n.Kind} is not shown to {RoleNames.Describe(hub.Caller.Roles)} callers", i);
                        nodes[i] = null;
                    }
                }
                return nodes;
            default:
                return result;
        }
    }
}
