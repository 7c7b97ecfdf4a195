namespace ResourceHub.Schema.Mutations;

/// <summary>A rule the input broke: which input field, what is wrong, and a code.</summary>
/// <param name="Field">The input field at fault, or null for the input as a whole.</param>
/// <param name="Message">What is wrong, in a sentence a user can act on.</param>
/// <param name="Code">A code, e.g. BAD_USER_INPUT.</param>
public sealed record UserError(string? Field, string Message, string Code);
