namespace ResourceHub.Schema.Mutations;

/// <summary>An input value that cannot be read (a bad schedule text); becomes a user error of its field.</summary>
public sealed class InputValueException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InputValueException(string field, string message) : base(message) => Field = field;

    /// <summary>Creates the exception.</summary>
    public InputValueException() : this("", "bad input")
    {
    }

    /// <summary>Creates the exception.</summary>
    public InputValueException(string message) : this("", message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public InputValueException(string message, Exception innerException) : base(message, innerException) => Field = "";

    /// <summary>The input field.</summary>
    public string Field { get; }
}
