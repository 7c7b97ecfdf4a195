namespace ResourceHub.Schema.Filters;

/// <summary>The filter of the Elder list.</summary>
public sealed class ElderFilterInputType : NodeFilterInputType<ElderFilterInputType>
{
    /// <summary>Declares the fields.</summary>
    public ElderFilterInputType() : base("Elder", "老年人")
    {
    }
}
