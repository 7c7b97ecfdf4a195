using System.Buffers.Text;
using System.Globalization;
using System.Text;
using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Relay;

/// <summary>Opaque global ids: base64url of <c>Kind:id</c>, so a client cannot mistake one kind's id for another's.</summary>
public static class GlobalId
{
    /// <summary>The global id of a node.</summary>
    public static string Encode(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Encode(node.Kind, node.Id);
    }

    /// <summary>The global id of a node of a kind.</summary>
    public static string Encode(NodeKind kind, long id) => Make(kind.ToString(), id);

    /// <summary>The global id of a link.</summary>
    public static string EncodeLink(long id) => Make(LinkPrefix, id);

    /// <summary>Reads a link's global id; false when it is not one.</summary>
    public static bool TryDecodeLink(string? globalId, out long id) =>
        TryRead(globalId, out var prefix, out id) && prefix == LinkPrefix;

    /// <summary>Reads a global id; false when it is not one this hub made.</summary>
    public static bool TryDecode(string? globalId, out NodeKind kind, out long id)
    {
        kind = default;
        return TryRead(globalId, out var prefix, out id) &&
               Enum.TryParse(prefix, ignoreCase: false, out kind) && Enum.IsDefined(kind) && kind.ToString() == prefix;
    }

    private const string LinkPrefix = "Link";

    private static string Make(string prefix, long id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{prefix}:{id}")));

    /// <summary>Splits a global id into its prefix and id; false unless it is exactly what <see cref="Make"/> writes.</summary>
    private static bool TryRead(string? globalId, out string prefix, out long id)
    {
        prefix = "";
        id = 0;
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 64) return false;
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(globalId));
        }
        catch (FormatException)
        {
            return false;
        }
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !long.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out id) || id <= 0) return false;
        prefix = text[..colon];
        return Make(prefix, id) == globalId;
    }
}
