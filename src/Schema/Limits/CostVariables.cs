using GraphQLParser.AST;

namespace ResourceHub.Schema.Limits;

/// <summary>
/// Whether a document's cost can change with its variables: only then must the complexity rule run again for each
/// request. The cost reads the list sizes (<c>first</c>, <c>last</c>, <c>ids</c>), whether a list is fetched by
/// <c>id</c>, and which fields <c>@include</c>/<c>@skip</c> keep; a variable anywhere else (a node's id, a filter, a
/// search text) leaves the cost as it is, so the cost measured once holds for every request of the document.
/// </summary>
internal static class CostVariables
{
    private static readonly HashSet<string> Sizes = new(StringComparer.Ordinal) { "first", "last", "ids" };

    /// <summary>True when some variable may change what the document costs.</summary>
    public static bool MayChangeCost(GraphQLDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // An `id` given by a variable counts by its presence: a non-null variable is always there, a nullable one may not be.
        var nullable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition { Variables: { } variables }) continue;
            foreach (var v in variables.Items)
            {
                if (v.Type is not GraphQLNonNullType) nullable.Add(v.Variable.Name.StringValue);
            }
        }
        foreach (var definition in document.Definitions)
        {
            var selections = definition switch
            {
                GraphQLOperationDefinition o => o.SelectionSet,
                GraphQLFragmentDefinition f => f.SelectionSet,
                _ => null,
            };
            if (selections is not null && Depends(selections, nullable, depth: 0)) return true;
        }
        return false;
    }

    private static bool Depends(GraphQLSelectionSet set, HashSet<string> nullable, int depth)
    {
        // Documents are limited in depth before they get here; the bound keeps a malformed one from going deeper.
        if (depth > 64) return true;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    if (Directives(field.Directives)) return true;
                    foreach (var argument in field.Arguments?.Items ?? [])
                    {
                        var name = argument.Name.StringValue;
                        if (Sizes.Contains(name) && HasVariable(argument.Value)) return true;
                        if (name == "id" && argument.Value is GraphQLVariable v && nullable.Contains(v.Name.StringValue)) return true;
                    }
                    if (field.SelectionSet is { } inner && Depends(inner, nullable, depth + 1)) return true;
                    break;
                case GraphQLInlineFragment inline:
                    if (Directives(inline.Directives) || Depends(inline.SelectionSet, nullable, depth + 1)) return true;
                    break;
                case GraphQLFragmentSpread spread:
                    if (Directives(spread.Directives)) return true;
                    break;
            }
        }
        return false;
    }

    private static bool Directives(GraphQLDirectives? directives) =>
        directives?.Items.Any(d => d.Arguments?.Items.Any(a => HasVariable(a.Value)) == true) == true;

    private static bool HasVariable(GraphQLValue value) => value switch
    {
        GraphQLVariable => true,
        GraphQLListValue list => list.Values?.Any(HasVariable) == true,
        GraphQLObjectValue obj => obj.Fields?.Any(f => HasVariable(f.Value)) == true,
        _ => false,
    };
}
