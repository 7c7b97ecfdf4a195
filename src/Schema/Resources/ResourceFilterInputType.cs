using ResourceHub.Graph.Model;
using ResourceHub.Schema.Filters;

namespace ResourceHub.Schema.Resources;

/// <summary>The filter of the Resource list.</summary>
public sealed class ResourceFilterInputType : NodeFilterInputType<ResourceFilterInputType>
{
    /// <summary>Declares the fields.</summary>
    public ResourceFilterInputType() : base("Resource", "资源")
    {
        KindIn<ResourceKind>("Its kind is one of these (资源类别).");
    }
}
