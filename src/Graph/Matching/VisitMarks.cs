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

    // One slot per node, all of a mark in one place: a search touching a node reads one cache line, not five.
    private Slot[] _slots = [];
    private int _version;

    private struct Slot
    {
        public int Stamp;
        public int Parent;
        public byte Depth;
        public Direction Dir;
        public LinkType Via;
    }

    /// <summary>The node the search came from (-1 at a start or for a candidate not reached through links).</summary>
    public int Parent(int id) => _slots[id].Parent;

    /// <summary>Hops from the start; <see cref="NotReached"/> for a candidate not reached through links.</summary>
    public byte Depth(int id) => _slots[id].Depth;

    /// <summary>The link type the search came by.</summary>
    public LinkType Via(int id) => _slots[id].Via;

    /// <summary>The direction the search came by.</summary>
    public Direction Dir(int id) => _slots[id].Dir;

    public List<int> Frontier { get; } = [];
    public List<int> Next { get; } = [];

    /// <summary>The marked nodes that can be candidates: helpers offering a code related to the ask.</summary>
    public List<int> Candidates { get; } = [];

    /// <summary>The helpers that serve the need's area or one above it, or live in the need's area.</summary>
    public HashSet<int> Serving { get; } = [];

    /// <summary>The same helpers in the order the areas list them (one may come twice).</summary>
    public List<int> ServingOrder { get; } = [];

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
        Candidates.Clear();
        Serving.Clear();
        ServingOrder.Clear();
        Qualified.Clear();
        Deferred.Clear();
        Pool.Add(this);
    }

    private void Begin(long capacity)
    {
        if (_slots.Length < capacity)
        {
            var size = (int)Math.Min(int.MaxValue - 64, Math.Max(capacity, (long)(_slots.Length * 1.5)));
            _slots = new Slot[size];
            _version = 0;
        }
        if (++_version == int.MaxValue)
        {
            Array.Clear(_slots);
            _version = 1;
        }
    }

    /// <summary>True when the node was marked in this search.</summary>
    public bool IsMarked(int id) => _slots[id].Stamp == _version;

    /// <summary>Marks a node; false when it already was.</summary>
    public bool Mark(int id, int parent, byte depth, LinkType via, Direction dir)
    {
        ref var slot = ref _slots[id];
        if (slot.Stamp == _version) return false;
        slot.Stamp = _version;
        slot.Parent = parent;
        slot.Depth = depth;
        slot.Via = via;
        slot.Dir = dir;
        return true;
    }
}
