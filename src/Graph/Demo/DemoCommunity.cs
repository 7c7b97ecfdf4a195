using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Demo;

/// <summary>A community or village of the demo network while it is being built: its area and the ids of what was created in it.</summary>
internal sealed class DemoCommunity(DemoTownship township, string name, string code, GeoPoint point)
{
    public DemoTownship Township { get; } = township;

    public string Name { get; } = name;

    public string Code { get; } = code;

    public GeoPoint Point { get; } = point;

    public bool IsVillage => Township.Kind == AreaKind.Town;

    public long Id { get; set; }

    public long OfficeId { get; set; }

    public long WorkerId { get; set; }

    public long? VenueId { get; set; }

    public long? TeamId { get; set; }

    public long? TroupeId { get; set; }

    public long? CanteenId { get; set; }

    public List<(long Id, string Service)> Groups { get; } = [];

    public List<(long Id, IReadOnlyList<string> Skills)> Volunteers { get; } = [];

    public List<(long Id, Elder Elder)> Elders { get; } = [];

    public List<long> Activities { get; } = [];
}
