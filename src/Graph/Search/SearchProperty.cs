namespace ResourceHub.Graph.Search;

/// <summary>A piece of a node's text as the search index reads it.</summary>
/// <param name="Field">The weighted field it feeds.</param>
/// <param name="Name">The node property it comes from, as the API names it (name, description, services, skills …).</param>
/// <param name="Text">The text.</param>
/// <param name="KnownTerms">The text's terms when known in advance (taxonomy codes and labels), else null.</param>
internal readonly record struct SearchProperty(SearchField Field, string Name, string Text, ulong[]? KnownTerms = null);
