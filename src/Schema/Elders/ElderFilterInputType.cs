using ResourceHub.Schema.Filters;
namespace ResourceHub.Schema.Elders;

/// <summary>The filter of the Elder list.</summary>
public sealed class ElderFilterInputType : NodeFilterInputType<ElderFilterInputType>
{
    /// <summary>Declares the fields.</summary>
    public ElderFilterInputType() : base("Elder", "老年人")
    {
    }
}
