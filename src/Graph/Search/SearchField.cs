namespace ResourceHub.Graph.Search;

/// <summary>
/// The weighted fields of the search index. Several properties of a node may feed one field (services, skills and
/// categories all go to <see cref="Services"/>); a hit still names the properties that matched.
/// </summary>
internal enum SearchField
{
    /// <summary>The node's name: weighs most.</summary>
    Name = 0,

    /// <summary>The node's free-text description.</summary>
    Description = 1,

    /// <summary>The codes of what the node offers or asks (services, skills, categories) with their Chinese and English labels.</summary>
    Services = 2,

    /// <summary>Lesser text: the labels of the broader codes above those offered, situations, equipment, deliverables, area codes.</summary>
    Details = 3,
}
