using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Access;

/// <summary>
/// Who is asking, as far as the network's privacy rules are concerned. An elder's personal data is shown only
/// to those who serve the elder; everyone else gets it masked, and may not filter or order by it either.
/// Until identity is in place (Microsoft.Identity.Web) every caller is <see cref="Anonymous"/>.
/// </summary>
public sealed class Viewer
{
    private Viewer(string name, bool mayWrite)
    {
        Name = name;
        MayWrite = mayWrite;
    }

    /// <summary>A caller who has not signed in.</summary>
    public static Viewer Anonymous { get; } = new("anonymous", mayWrite: false);

    /// <summary>An anonymous caller on a hub configured to accept anonymous writes (the embedded demo).</summary>
    public static Viewer AnonymousWriter { get; } = new("anonymous", mayWrite: true);

    /// <summary>The name written to the change log.</summary>
    public string Name { get; }

    /// <summary>True when the caller may change the network.</summary>
    public bool MayWrite { get; }

    /// <summary>True when the caller serves this elder and may see the elder's personal data.</summary>
#pragma warning disable CA1822 // becomes per-viewer with identity and roles
    public bool ServesElder(Elder elder)
#pragma warning restore CA1822
    {
        ArgumentNullException.ThrowIfNull(elder);
        return false;
    }
}
