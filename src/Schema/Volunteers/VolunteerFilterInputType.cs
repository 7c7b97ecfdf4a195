using ResourceHub.Graph.Model;
using ResourceHub.Schema.Filters;

namespace ResourceHub.Schema.Volunteers;

/// <summary>The filter of the Volunteer list.</summary>
public sealed class VolunteerFilterInputType : NodeFilterInputType<VolunteerFilterInputType>
{
    /// <summary>Declares the fields.</summary>
    public VolunteerFilterInputType() : base("Volunteer", "志愿者")
    {
        KindIn<VolunteerCategory>("Its category is one of these (志愿者类别).");
    }
}
