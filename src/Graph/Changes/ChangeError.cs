namespace ResourceHub.Graph.Changes;

/// <summary>Why a change set was refused: which operation, which field, what is wrong, and a code.</summary>
/// <param name="Operation">Index of the operation in the change set, or -1 for the set as a whole.</param>
/// <param name="Field">The field at fault (e.g. <c>code</c>, <c>name</c>, <c>toId</c>).</param>
/// <param name="Message">What is wrong, in a sentence a user can act on.</param>
/// <param name="Code">One of <see cref="ChangeErrorCodes"/>.</param>
public sealed record ChangeError(int Operation, string Field, string Message, string Code)
{
    /// <inheritdoc />
    public override string ToString() => $"[{Operation}] {Field}: {Message} ({Code})";
}
