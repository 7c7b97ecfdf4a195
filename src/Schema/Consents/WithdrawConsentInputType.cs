using GraphQL.Types;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Consents;

/// <summary>The input of withdrawing a consent.</summary>
public sealed class WithdrawConsentInputType : InputObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public WithdrawConsentInputType()
    {
        Name = "WithdrawConsentInput";
        Description = "A consent and the version read, to record its withdrawal now (撤回同意).";
        this.AddIdAndVersion("Global id of the consent (知情同意).");
    }

    /// <inheritdoc />
    public override object ParseDictionary(IDictionary<string, object?> value) => VersionedChangeInput.Read(value);
}
