using ResourceHub.Schema.Filters;
namespace ResourceHub.Schema.Activities;

/// <summary>The filter of the Activity list.</summary>
public sealed class ActivityFilterInputType : NodeFilterInputType<ActivityFilterInputType>
{
    /// <summary>Declares the fields.</summary>
    public ActivityFilterInputType() : base("Activity", "活动")
    {
    }
}
