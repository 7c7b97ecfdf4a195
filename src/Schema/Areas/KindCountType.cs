using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Areas;

/// <summary>How many nodes of one kind.</summary>
public sealed class KindCountType() : EnumCountType<NodeKind>("KindCount", "How many nodes of one kind (按类型计数).", "kind", "The kind (类型).");
