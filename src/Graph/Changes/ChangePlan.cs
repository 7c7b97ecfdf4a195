using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Changes;

/// <summary>A validated change set, ready to be written: nodes and links in final form, still under temporary ids where new.</summary>
internal sealed class ChangePlan
{
    public List<Node> Creates { get; } = [];
    public List<(Node Node, int ExpectedVersion)> Updates { get; } = [];
    public List<(long Id, int ExpectedVersion)> Deletes { get; } = [];
    public List<Link> LinkCreates { get; } = [];
    public List<(Link Link, int ExpectedVersion)> LinkUpdates { get; } = [];
    public List<long> LinkDeletes { get; } = [];

    public bool IsEmpty => Creates.Count == 0 && Updates.Count == 0 && Deletes.Count == 0 &&
        LinkCreates.Count == 0 && LinkUpdates.Count == 0 && LinkDeletes.Count == 0;
}
