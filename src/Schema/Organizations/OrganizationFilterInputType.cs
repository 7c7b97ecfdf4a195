using ResourceHub.Graph.Model;
using ResourceHub.Schema.Filters;

namespace ResourceHub.Schema.Organizations;

/// <summary>The filter of the Organization list.</summary>
public sealed class OrganizationFilterInputType : NodeFilterInputType<OrganizationFilterInputType>
{
    /// <summary>Declares the fields.</summary>
    public OrganizationFilterInputType() : base("Organization", "组织")
    {
        KindIn<OrganizationKind>("Its kind is one of these (组织类别).");
    }
}
