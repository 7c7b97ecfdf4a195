using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Demo;

/// <summary>A township of the demo network while it is being built: its area and the ids of what was created in it.</summary>
internal sealed class DemoTownship(int index, string name, string code, AreaKind kind, GeoPoint point)
{
    public int Index { get; } = index;

    public string Name { get; } = name;

    public string Code { get; } = code;

    public AreaKind Kind { get; } = kind;

    public GeoPoint Point { get; } = point;

    public long Id { get; set; }

    public long StationId { get; set; }

    public long AgencyId { get; set; }

    public long AssociationId { get; set; }

    public long CulturalUnitId { get; set; }

    public long TeamId { get; set; }

    public long HallId { get; set; }

    public List<DemoCommunity> Communities { get; } = [];

    public List<long> StationWorkers { get; } = [];

    public List<long> Troupes { get; } = [];

    public List<long> HomeDeliveryTroupes { get; } = [];
}
