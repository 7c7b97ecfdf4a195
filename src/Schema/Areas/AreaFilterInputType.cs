using ResourceHub.Graph.Model;
using ResourceHub.Schema.Filters;

namespace ResourceHub.Schema.Areas;

/// <summary>The filter of the Area list.</summary>
public sealed class AreaFilterInputType : NodeFilterInputType<AreaFilterInputType>
{
    /// <summary>Declares the fields.</summary>
    public AreaFilterInputType() : base("Area", "区域")
    {
        KindIn<AreaKind>("Its kind is one of these: subdistrict, town, community, village … (区域类别).");
    }
}
