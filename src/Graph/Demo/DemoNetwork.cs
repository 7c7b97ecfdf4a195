using ResourceHub.Graph.Changes;

namespace ResourceHub.Graph.Demo;

/// <summary>
/// The demo network of 望城区 (Wangcheng District, Changsha, code 430112): the real city, district and 15 township-level
/// units, five organizations named in the district's practice, and about two thousand illustrative records around them
/// (communities, stations, offices, groups, social workers, volunteers, resources, elders, needs, activities, projects,
/// referrals, service records and consents). Illustrative records are marked <see cref="Model.Node.IsDemo"/>, carry
/// "示例数据 (demo)" in their description and name no real person: people are written as surname + 某 + one character.
/// </summary>
public static class DemoNetwork
{
    /// <summary>The actor recorded in the change log when the demo network is written.</summary>
    public const string Actor = "demo-seed";

    /// <summary>
    /// One change set that creates the whole demo network in an empty store. It is deterministic: every call returns
    /// the same operations in the same order, with the same temporary ids.
    /// </summary>
    public static ChangeSet Build() => new DemoGenerator().Generate();
}
