using ResourceHub.Graph.Model;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Export.Hsds;

/// <summary>
/// An HSDS service: what one organization offers under one service code — 个案服务（高塘岭街道社工站）. An organization
/// offering three codes has three services, each found by its term, with its own eligibility and places.
/// </summary>
/// <param name="Id">Its HSDS id (<see cref="HsdsIds.Service"/>).</param>
/// <param name="Organization">The organization offering it, as the public sees it.</param>
/// <param name="Term">The service term it is offered under.</param>
public sealed record HsdsService(Guid Id, Organization Organization, TaxonomyTerm Term)
{
    /// <summary>Its name: the term's Chinese label and the organization, 个案服务（高塘岭街道社工站）.</summary>
    public string Name => $"{Term.Zh}（{Organization.Name}）";

    /// <summary>When it last changed: when its organization did.</summary>
    public DateTimeOffset Modified => Organization.UpdatedAt;
}
