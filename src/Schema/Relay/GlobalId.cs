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
    public static string Encode(NodeKind kind, long id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{kind}:{id}")));

    /// <summary>The global id of a link.</summary>
    public static string EncodeLink(long id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Link:{id}")));

    /// <summary>Reads a link's global id; false when it is not one.</summary>
    public static bool TryDecodeLink(string? globalId, out long id)
    {
        id = 0;
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 64) return false;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(globalId));
            return text.StartsWith("Link:", StringComparison.Ordinal) &&
                   long.TryParse(text.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0 &&
                   EncodeLink(id) == globalId;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Reads a global id; false when it is not one this hub made.</summary>
    public static bool TryDecode(string? globalId, out NodeKind kind, out long id)
    {
        kind = default;
        id = 0;
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 64) return false;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(globalId);
        }
        catch (FormatException)
        {
            return false;
        }
        var text = Encoding.UTF8.GetString(bytes);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 &&
               Enum.TryParse(text.AsSpan(0, colon), ignoreCase: false, out kind) && Enum.IsDefined(kind) &&
               long.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0 &&
               Encode(kind, id) == globalId;
    }
}
