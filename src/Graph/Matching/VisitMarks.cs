using System.Collections.Concurrent;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Matching;

/// <summary>
/// Scratch space of one search, rented from a pool: per-node marks stamped with a version, so a search clears
/// nothing and allocates nothing in proportion to the network; arrays grow only when the network does.
/// </summary>
internal sealed class VisitMarks
{
    private static readonly ConcurrentBag<VisitMarks> Pool = [];

    private int[] _stamp = [];
    private int _version;

    public int[] Parent { get; private set; } = [];
    public byte[] Depth { get; private set; } = [];
    public LinkType[] Via { get; private set; } = [];
    public Direction[] Dir { get; private set; } = [];
    public List<int> Frontier { get; } = [];
    public List<int> Next { get; } = [];
    public List<int> Seen { get; } = [];

    /// <summary>The marked nodes that can be candidates: helpers offering a code related to the ask.</summary>
    public List<int> Candidates { get; } = [];

    /// <summary>The helpers that serve the need's area or one above it, or live in the need's area.</summary>
    public HashSet<int> Serving { get; } = [];

    /// <summary>Candidates that passed the rules read from themselves (who can help).</summary>
    public List<HelpFinder.Candidate> Qualified { get; } = [];

    /// <summary>Candidates not read yet, with their bounds (who can help).</summary>
    public List<HelpFinder.Deferred> Deferred { get; } = [];

    /// <summary>Depth of a node seen only as a candidate, not reached through links.</summary>
    public const byte NotReached = byte.MaxValue;

    public static VisitMarks Rent(long capacity)
    {
        if (!Pool.TryTake(out var marks)) marks = new VisitMarks();
        marks.Begin(capacity);
        return marks;
    }

    public void Return()
    {
        Frontier.Clear();
        Next.Clear();
        Seen.Clear();
        Candidates.Clear();
        Serving.Clear();
        Qualified.Clear();
        Deferred.Clear();
        Pool.Add(this);
    }

    private void Begin(long capacity)
    {
        if (_stamp.Length < capacity)
        {
            var size = (int)Math.Min(int.MaxValue - 64, Math.Max(capacity, (long)(_stamp.Length * 1.5)));
            _stamp = new int[size];
            Parent = new int[size];
            Depth = new byte[size];
            Via = new LinkType[size];
            Dir = new Direction[size];
            _version = 0;
        }
        if (++_version == int.MaxValue)
        {
            Array.Clear(_stamp);
            _version = 1;
        }
    }

    /// <summary>True when the node was marked in this search.</summary>
    public bool IsMarked(int id) => _stamp[id] == _version;

    /// <summary>Marks a node; false when it already was.</summary>
    public bool Mark(int id, int parent, byte depth, LinkType via, Direction dir)
    {
        if (_stamp[id] == _version) return false;
        _stamp[id] = _version;
        Parent[id] = parent;
        Depth[id] = depth;
        Via[id] = via;
        Dir[id] = dir;
        Seen.Add(id);
        return true;
    }
}
