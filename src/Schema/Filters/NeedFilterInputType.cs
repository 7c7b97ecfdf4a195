using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Filters;

/// <summary>The filter of the Need list.</summary>
public sealed class NeedFilterInputType : NodeFilterInputType<NeedFilterInputType>
{
    /// <summary>Declares the fields.</summary>
    public NeedFilterInputType() : base("Need", "需求")
    {
        KindIn<NeedMode>("Its mode is one of these: home, venue, online (服务方式).");
    }
}
