using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Bench;

/// <summary>
/// A fixed, deterministic sample of open needs: of the open needs asking one category (all synthetic needs ask
/// one), in id order, 100 taken at an even stride. Every method is timed over the same needs, in the same order.
/// </summary>
internal sealed class NeedSample
{
    public const int Size = 100;

    private NeedSample(IReadOnlyList<Need> needs) => Needs = needs;

    public IReadOnlyList<Need> Needs { get; }

    public static NeedSample Of(NetworkSnapshot snapshot)
    {
        var open = snapshot.Nodes<Need>().Where(n => n.Status == NeedStatus.Open && n.Categories.Count == 1).ToList();
        if (open.Count == 0) throw new InvalidOperationException("the network has no open needs to sample");
        var count = Math.Min(Size, open.Count);
        return new NeedSample([.. Enumerable.Range(0, count).Select(i => open[(int)((long)i * open.Count / count)])]);
    }
}
