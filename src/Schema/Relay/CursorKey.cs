using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace ResourceHub.Schema.Relay;

/// <summary>
/// The position of an item in an ordered list, as an opaque cursor: the ordering it belongs to, the sort key and
/// the id. A cursor stays valid when its item is gone (it marks a position, not an item).
/// </summary>
/// <param name="Ordering">Which list and ordering the cursor belongs to.</param>
/// <param name="Text">Text sort key, or null.</param>
/// <param name="Number">Numeric sort key.</param>
/// <param name="Id">Tie-breaking id.</param>
public sealed record CursorKey(string Ordering, string? Text, double Number, long Id)
{
    /// <summary>The opaque cursor string.</summary>
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
        string.Create(CultureInfo.InvariantCulture, $"{Ordering}|{Number:R}|{Id}|{Text}")));

    /// <summary>Reads a cursor; null when it is not a cursor of this hub.</summary>
    public static CursorKey? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 1024) return null;
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return null;
        }
        var parts = text.Split('|', 4);
        if (parts.Length != 4 ||
            !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ||
            !long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            return null;
        var key = new CursorKey(parts[0], parts[3].Length == 0 ? null : parts[3], number, id);
        return key.Encode() == cursor ? key : null;
    }
}
