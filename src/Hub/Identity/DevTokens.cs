using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ResourceHub.Hub.Identity;

/// <summary>
/// Development tokens: bearer tokens signed with a key kept in the data directory (<c>dev-token.key</c>, made on first
/// use, readable by its owner only), so the <c>dev-token</c> verb and a running hub on the same folder share it and a token
/// minted while the hub runs is accepted at once. Accepted only when the environment is Development.
/// </summary>
internal sealed class DevTokens(string dataDirectory)
{
    /// <summary>The issuer of development tokens; a token of any other issuer goes to the configured OIDC issuer.</summary>
    public const string Issuer = "resourcehub-dev";

    /// <summary>The audience of development tokens.</summary>
    public const string Audience = "resourcehub";

    private const string KeyFile = "dev-token.key";
    private readonly Lock _gate = new();
    private (DateTime Written, long Length) _stamp;
    private SecurityKey[] _keys = [];

    private string KeyPath => Path.Combine(Path.GetFullPath(dataDirectory), KeyFile);

    /// <summary>A signed token with these claims, valid for <paramref name="lifetime"/>.</summary>
    public string Mint(IReadOnlyDictionary<string, object> claims, TimeSpan lifetime, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var key = Keys(create: true)[0];
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = claims.ToDictionary(kv => kv.Key, kv => kv.Value),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>The signing keys: the key file's, read again whenever it changes; none while there is no file.</summary>
    public SecurityKey[] Keys(bool create = false)
    {
        var path = KeyPath;
        if (create && !File.Exists(path)) CreateKey(path);
        var file = new FileInfo(path);
        if (!file.Exists) return [];
        var stamp = (file.LastWriteTimeUtc, file.Length);
        lock (_gate)
        {
            if (stamp != _stamp)
            {
                _keys = [new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(path).Trim())) { KeyId = "dev" }];
                _stamp = stamp;
            }
            return _keys;
        }
    }

    // Two processes may race to make the key: each writes a file of its own and renames it into place, so a reader
    // never sees half a key; the first rename wins and the other process uses its key.
    private static void CreateKey(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temp, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }
        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
        }
    }
}
