using ResourceHub.Schema.Filters;
namespace ResourceHub.Schema.Projects;

/// <summary>The filter of the Project list.</summary>
public sealed class ProjectFilterInputType : NodeFilterInputType<ProjectFilterInputType>
{
    /// <summary>Declares the fields.</summary>
    public ProjectFilterInputType() : base("Project", "项目")
    {
    }
}
