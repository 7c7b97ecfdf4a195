using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Demo;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Search;

namespace ResourceHub.Graph.Tests.Search;

/// <summary>Small networks for search tests: nodes created in order on an empty network get ids 1, 2, 3 ….</summary>
internal static class SearchFixture
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 30, 0, TimeSpan.FromHours(8));

    private static readonly Lazy<NetworkSnapshot> Demo = new(() => InMemoryNetwork.Build(DemoNetwork.Build(), Now));

    /// <summary>The demo network of 望城区, built once.</summary>
    public static NetworkSnapshot DemoSnapshot => Demo.Value;

    /// <summary>A network of the given nodes, unlinked; the i-th node gets id i + 1.</summary>
    public static NetworkSnapshot Network(params Node[] nodes)
    {
        var set = new ChangeSet();
        foreach (var n in nodes) set.Create(n);
        return InMemoryNetwork.Build(set, Now);
    }

    /// <summary>The snapshot after one more change set.</summary>
    public static NetworkSnapshot Apply(NetworkSnapshot snapshot, Action<ChangeSet> change)
    {
        var set = new ChangeSet();
        change(set);
        return InMemoryNetwork.Apply(snapshot, set, Now);
    }

    /// <summary>The same nodes and links loaded afresh, as a hub starting on the database would.</summary>
    public static NetworkSnapshot Rebuilt(NetworkSnapshot snapshot) => NetworkSnapshot.Build(snapshot.Nodes(), snapshot.Links(), snapshot.Sequence);

    /// <summary>The names of the hits, best first.</summary>
    public static List<string> Names(NetworkSnapshot snapshot, string text, int first = 10, Func<Node, bool>? allow = null) =>
        snapshot.Search(text, first, allow).Select(h => snapshot.Node(h.NodeId)!.Name).ToList();

    public static Organization Organization(string name, string? description = null, params string[] services) =>
        new()
        {
            Name = name,
            Description = description,
            OrganizationKind = OrganizationKind.InterestGroup,
            Registration = RegistrationStatus.Filed,
            Services = services,
            IsDemo = true,
        };

    public static Volunteer Volunteer(string name, string number, params string[] skills) =>
        new() { Name = name, VolunteerNumber = number, Category = VolunteerCategory.YoungerElder, Skills = skills, MaxTravelKm = 3, IsDemo = true };

    public static Elder Elder(string name) =>
        new() { Name = name, AgeBand = AgeBand.From80To89, Living = LivingSituation.Alone, Mobility = Mobility.PartlyDisabled, Interests = ["education.smart-devices"], IsDemo = true };

    public static Resource Venue(string name, params string[] equipment) =>
        new() { Name = name, ResourceKind = ResourceKind.Venue, Services = ["venue.hall"], Capacity = 40, Equipment = equipment, IsDemo = true };
}
