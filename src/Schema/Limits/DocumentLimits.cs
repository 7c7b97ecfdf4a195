using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace ResourceHub.Schema.Limits;

/// <summary>
/// The size and shape of a document, checked before GraphQL.NET validates it: its length and tokens before it is
/// parsed (the lexer counts without building anything), then its depth, aliases, directives, fragments and fields by
/// one walk over the parsed document. Validation's cost grows with the square of what a selection repeats and cannot
/// be stopped once started, so whatever could make it long is refused here, in time linear in the document.
/// </summary>
internal static class DocumentLimits
{
    /// <summary>The parsed document, or the refusal of the first limit it breaks (a syntax error is left to GraphQL.NET to report).</summary>
    public static (GraphQLDocument? Document, Refusal? Refused) Check(string query, RequestLimits limits)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(limits);
        if (query.Length > limits.MaxDocumentLength)
            return (null, new(HubErrorCodes.DocumentTooLarge, $"The document has {query.Length:N0} characters; this hub reads at most {limits.MaxDocumentLength:N0}."));
        if (CountTokens(query, limits.MaxTokens + 1) > limits.MaxTokens)
            return (null, new(HubErrorCodes.TooManyTokens, $"The document has more than {limits.MaxTokens:N0} tokens; this hub reads at most {limits.MaxTokens:N0}."));
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.All, MaxDepth = 4 * limits.MaxDepth + 16 });
        }
        catch (GraphQLParserException)
        {
            return (null, null);
        }
        return (document, new Shape(document, limits).Refusal());
    }

    // Tokens up to a cap; a lexical error stops the count (the parser reports it).
    private static int CountTokens(string query, int cap)
    {
        var count = 0;
        var at = 0;
        try
        {
            while (count < cap)
            {
                var token = Lexer.Lex(query, at);
                if (token.Kind == TokenKind.EOF) break;
                count++;
                at = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
        }
        return count;
    }

    /// <summary>What a limit refused: the code and a sentence that says the limit.</summary>
    public readonly record struct Refusal(string Code, string Message);

    /// <summary>One walk over a document, counting as it goes; fragments are measured once each and added where spread.</summary>
    private sealed class Shape(GraphQLDocument document, RequestLimits limits)
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = [];
        private readonly Dictionary<string, (int Depth, long Fields)> _measured = [];
        private readonly HashSet<string> _measuring = [];
        private int _aliases;
        private int _directives;
        private int _spreads;

        public Refusal? Refusal()
        {
            var definitions = 0;
            foreach (var d in document.Definitions)
            {
                if (d is GraphQLFragmentDefinition f)
                {
                    definitions++;
                    _fragments.TryAdd(f.FragmentName.Name.StringValue, f);
                }
            }
            if (definitions > limits.MaxFragments)
                return new(HubErrorCodes.TooManyFragments, $"The document defines {definitions} fragments; this hub reads at most {limits.MaxFragments}.");
            var depth = 0;
            long fields = 0;
            foreach (var d in document.Definitions)
            {
                switch (d)
                {
                    case GraphQLOperationDefinition o:
                        _directives += Count(o.Directives);
                        foreach (var v in o.Variables?.Items ?? []) _directives += Count(v.Directives);
                        var (od, of) = Measure(o.SelectionSet);
                        depth = Math.Max(depth, od);
                        fields = Saturate(fields + of);
                        break;
                    case GraphQLFragmentDefinition f:
                        _directives += Count(f.Directives);
                        Fragment(f.FragmentName.Name.StringValue);
                        break;
                }
            }
            if (depth > limits.MaxDepth)
                return new(HubErrorCodes.TooDeep, $"The document nests fields {depth} deep; this hub allows {limits.MaxDepth}.");
            if (_aliases > limits.MaxAliases)
                return new(HubErrorCodes.TooManyAliases, $"The document has {_aliases} aliases; this hub allows {limits.MaxAliases}.");
            if (_directives > limits.MaxDirectives)
                return new(HubErrorCodes.TooManyDirectives, $"The document has {_directives} directives; this hub allows {limits.MaxDirectives}.");
            if (_spreads > limits.MaxFragments)
                return new(HubErrorCodes.TooManyFragments, $"The document spreads fragments {_spreads} times; this hub allows {limits.MaxFragments}.");
            if (fields > limits.MaxFields)
                return new(HubErrorCodes.TooManyFields, $"The document selects {(fields == long.MaxValue ? "too many" : fields.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))} fields with its fragments spread; this hub allows {limits.MaxFields:N0}.");
            return null;
        }

        // The depth of a selection set's fields and how many fields it selects, fragments expanded.
        private (int Depth, long Fields) Measure(GraphQLSelectionSet? set)
        {
            if (set is null) return (0, 0);
            var depth = 0;
            long fields = 0;
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        if (field.Alias is not null) _aliases++;
                        _directives += Count(field.Directives);
                        var (d, f) = Measure(field.SelectionSet);
                        depth = Math.Max(depth, d + 1);
                        fields = Saturate(fields + 1 + f);
                        break;
                    case GraphQLInlineFragment inline:
                        _directives += Count(inline.Directives);
                        var (id, inner) = Measure(inline.SelectionSet);
                        depth = Math.Max(depth, id);
                        fields = Saturate(fields + inner);
                        break;
                    case GraphQLFragmentSpread spread:
                        _spreads++;
                        _directives += Count(spread.Directives);
                        var (sd, sf) = Fragment(spread.FragmentName.Name.StringValue);
                        depth = Math.Max(depth, sd);
                        fields = Saturate(fields + sf);
                        break;
                }
            }
            return (depth, fields);
        }

        // A fragment measured once; one that spreads itself (validation refuses it) counts as empty where it recurs.
        private (int Depth, long Fields) Fragment(string name)
        {
            if (_measured.TryGetValue(name, out var known)) return known;
            if (!_fragments.TryGetValue(name, out var fragment) || !_measuring.Add(name)) return (0, 0);
            var measured = Measure(fragment.SelectionSet);
            _measuring.Remove(name);
            _measured[name] = measured;
            return measured;
        }

        private static int Count(GraphQLDirectives? directives) => directives?.Items.Count ?? 0;

        private static long Saturate(long value) => value < 0 ? long.MaxValue : value;
    }
}
