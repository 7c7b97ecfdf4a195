using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace ResourceHub.Schema.Relay;

/// <summary>The Relay pagination arguments of a connection field, checked.</summary>
public sealed record PageRequest(int? First, CursorKey? After, int? Last, CursorKey? Before)
{
    /// <summary>The most items one page may hold.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Items per page when neither first nor last is given.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>Reads and checks the arguments; throws BAD_USER_INPUT for a page over 100, a negative size, both first and last, or a cursor from another list or ordering.</summary>
    public static PageRequest From(IResolveFieldContext context, string ordering)
    {
        ArgumentNullException.ThrowIfNull(context);
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is not null && last is not null)
            throw Bad("give 'first' or 'last', not both");
        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
        {
            if (value < 0) throw Bad($"'{name}' must not be negative");
            if (value > MaxPageSize) throw Bad($"'{name}' is {value}; a page holds at most {MaxPageSize} items");
        }
        return new PageRequest(first, Cursor(context, "after", ordering), last, Cursor(context, "before", ordering));
    }

    private static CursorKey? Cursor(IResolveFieldContext context, string name, string ordering)
    {
        var raw = context.GetArgument<string?>(name);
        if (raw is null) return null;
        var key = CursorKey.Decode(raw);
        if (key is null) throw Bad($"'{name}' is not a cursor of this hub");
        if (key.Ordering != ordering) throw Bad($"'{name}' is a cursor of another list or ordering; start again without it");
        return key;
    }

    private static ExecutionError Bad(string message) => ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, message);
}
