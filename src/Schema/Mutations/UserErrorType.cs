using GraphQL.Types;

namespace ResourceHub.Schema.Mutations;

/// <summary>A rule the input broke.</summary>
public sealed class UserErrorType : ObjectGraphType<UserError>
{
    /// <summary>Declares the fields.</summary>
    public UserErrorType()
    {
        Name = "UserError";
        Description = "A rule the input broke; nothing was written (输入错误).";
        Field<StringGraphType>("field").Description("The input field at fault, e.g. volunteerNumber; null for the input as a whole (字段).").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is wrong (说明).").Resolve(c => c.Source.Message);
        Field<NonNullGraphType<StringGraphType>>("code").Description("A code, e.g. BAD_USER_INPUT (错误代码).").Resolve(c => c.Source.Code);
    }
}
