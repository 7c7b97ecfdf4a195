using ResourceHub.Graph.Model;
using ResourceHub.Schema.Filters;

namespace ResourceHub.Schema.Needs;

/// <summary>The filter of the Need list.</summary>
public sealed class NeedFilterInputType : NodeFilterInputType<NeedFilterInputType>
{
    /// <summary>Declares the fields.</summary>
    public NeedFilterInputType() : base("Need", "需求")
    {
        KindIn<NeedMode>("Its mode is one of these: home, venue, online (服务方式).");
    }
}
