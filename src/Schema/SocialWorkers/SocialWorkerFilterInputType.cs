using ResourceHub.Graph.Model;
using ResourceHub.Schema.Filters;

namespace ResourceHub.Schema.SocialWorkers;

/// <summary>The filter of the SocialWorker list.</summary>
public sealed class SocialWorkerFilterInputType : NodeFilterInputType<SocialWorkerFilterInputType>
{
    /// <summary>Declares the fields.</summary>
    public SocialWorkerFilterInputType() : base("SocialWorker", "社工")
    {
        KindIn<SocialWorkerRole>("Its role is one of these (岗位).");
    }
}
