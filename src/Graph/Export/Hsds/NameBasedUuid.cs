using System.Security.Cryptography;
using System.Text;

namespace ResourceHub.Graph.Export.Hsds;

/// <summary>Name-based UUIDs, version 5 (RFC 9562 §5.5): SHA-1 over a namespace and a name, so the same name always gives the same id.</summary>
public static class NameBasedUuid
{
    /// <summary>The version-5 UUID of <paramref name="name"/> (UTF-8) in <paramref name="namespaceId"/>.</summary>
    public static Guid Create(Guid namespaceId, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        // RFC 9562 reads the namespace in network byte order.
        if (!namespaceId.TryWriteBytes(input.AsSpan(0, 16), bigEndian: true, out _)) throw new InvalidOperationException("a Guid is 16 bytes");
        nameBytes.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // SHA-1 is what version 5 is defined with; it names, it does not protect.
        SHA1.HashData(input, hash);
#pragma warning restore CA5350
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
