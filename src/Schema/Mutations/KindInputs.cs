using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Mutations;

/// <summary>
/// What the mutations of one kind may write: its fields and the links it sets through input fields. The create
/// and update input types and the generic mutation resolvers are built from it, so every kind behaves alike.
/// </summary>
public abstract class KindInputs
{
    private readonly List<InputField> _fields = [];
    private readonly List<LinkInput> _links = [];

    /// <summary>Declares the shared fields: name and description, and for located kinds point and areaId.</summary>
    protected KindInputs(NodeKind kind, string zh, bool located)
    {
        Kind = kind;
        Zh = zh;
        Add<StringGraphType>("name", "Name, 1 to 200 characters (名称).", required: true, (n, v) => n with { Name = (v as string ?? "").Trim() });
        Add<StringGraphType>("description", "Free text describing it (描述).", required: false, (n, v) => n with { Description = v as string });
        if (!located) return;
        Add<GeoPointInputType>("point", "Where it is, WGS-84 (位置).", required: false, (n, v) => n with { Point = InputValues.Point(v) });
        Link("areaId", LinkType.LocatedIn, nodeIsSource: true, [NodeKind.Area], required: false, "Global id of its home area: community, village or township (所在区域).");
    }

    /// <summary>The kind.</summary>
    public NodeKind Kind { get; }

    /// <summary>The kind's Chinese name.</summary>
    public string Zh { get; }

    /// <summary>The writable fields.</summary>
    public IReadOnlyList<InputField> Fields => _fields;

    /// <summary>The links set through input fields.</summary>
    public IReadOnlyList<LinkInput> Links => _links;

    /// <summary>A new node of the kind with no properties set.</summary>
    public abstract Node New();

    /// <summary>Declares a field.</summary>
    protected void Add<TGraph>(string name, string description, bool required, Func<Node, object?, Node> apply) where TGraph : IGraphType =>
        _fields.Add(new InputField(name, typeof(TGraph), description, required, apply));

    /// <summary>Declares a list of taxonomy codes.</summary>
    protected void Codes(string name, string description, bool required, Func<Node, IReadOnlyList<string>, Node> apply) =>
        Add<ListGraphType<NonNullGraphType<StringGraphType>>>(name, description, required, (n, v) => apply(n, InputValues.Strings(v)));

    /// <summary>Declares a weekly schedule written as text.</summary>
    protected void Schedule(string name, string description, Func<Node, WeeklySchedule, Node> apply) =>
        Add<StringGraphType>(name, description + " Text like \"Mon-Fri 09-12, Sat 14-17\".", required: false, (n, v) => apply(n, InputValues.Schedule(name, v)));

    /// <summary>Declares an enum field.</summary>
    protected void Enum<TEnum>(string name, string description, bool required, Func<Node, TEnum, Node> apply) where TEnum : struct, Enum =>
        Add<DescribedEnumType<TEnum>>(name, description, required, (n, v) => apply(n, v is TEnum e ? e : default));

    /// <summary>Declares a link set through an input field.</summary>
    protected void Link(string name, LinkType type, bool nodeIsSource, NodeKind[] kinds, bool required, string description) =>
        _links.Add(new LinkInput(name, type, nodeIsSource, kinds, required, description));
}
