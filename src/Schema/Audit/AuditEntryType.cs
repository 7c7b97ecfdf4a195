using GraphQL.Types;
using ResourceHub.Graph.Access;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Audit;

/// <summary>An entry of the audit log.</summary>
public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    /// <summary>Declares the fields.</summary>
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "A read, export or erasure of personal data (审计记录): who, which node, which fields, when, in which operation of which request. It names fields, never their values.";
        Field<NonNullGraphType<LongGraphType>>("sequence").Description("Its place in the log, rising (序号).").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When (时间).").Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("subject").Description("Who: the caller's subject (访问者).").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<StringGraphType>>("roles").Description("The caller's roles (角色).").Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<IdGraphType>>("nodeId").Description("Global id of the node whose data was read (对象).").Resolve(c => GlobalId.Encode(c.Source.Kind, c.Source.NodeId));
        Field<NonNullGraphType<DescribedEnumType<Graph.Model.NodeKind>>>("kind").Description("The node's kind (类型).").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fields").Description("The personal fields read, by their API names (字段).").Resolve(c => c.Source.Fields);
        Field<NonNullGraphType<StringGraphType>>("action").Description("read, export or erase (操作).").Resolve(c => c.Source.Action);
        Field<StringGraphType>("operation").Description("The GraphQL operation's name, when it has one (操作名).").Resolve(c => c.Source.Operation);
        Field<NonNullGraphType<StringGraphType>>("requestId").Description("The request's id (请求标识).").Resolve(c => c.Source.RequestId);
    }
}
