using System.Globalization;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Hub.Identity;

/// <summary>What the <c>dev-token</c> verb was asked for: roles, scope, name and lifetime.</summary>
internal sealed record DevTokenRequest
{
    public IReadOnlyList<string> Roles { get; init; } = [];
    public IReadOnlyList<string> Areas { get; init; } = [];
    public IReadOnlyList<string> Stations { get; init; } = [];
    public string? Node { get; init; }
    public string? Name { get; init; }
    public string? Subject { get; init; }
    public string? App { get; init; }
    public double Hours { get; init; } = 12;

    /// <summary>Reads the verb's options; anything else that looks like configuration is handed back.</summary>
    public static (DevTokenRequest? Request, string? Error, string[] Config) Parse(string[] args)
    {
        var roles = new List<string>();
        var areas = new List<string>();
        var stations = new List<string>();
        string? node = null, name = null, subject = null, app = null;
        double hours = 12;
        var config = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--role" or "--area" or "--station" or "--node" or "--name" or "--subject" or "--app" or "--hours" when value is null:
                    return (null, $"{args[i]} takes a value", []);
                case "--role":
                    if (!RoleNames.TryParse(value, out _)) return (null, $"'{value}' is not a role: give one of {string.Join(", ", RoleNames.All)}", []);
                    roles.Add(value!);
                    i++;
                    break;
                case "--area":
                    if (value!.Length is not (6 or 9 or 12) || !value.All(char.IsAsciiDigit)) return (null, $"'{value}' is not a statistical code of 6, 9 or 12 digits", []);
                    areas.Add(value);
                    i++;
                    break;
                case "--station":
                    if (!GlobalId.TryDecode(value, out var kind, out _) || kind != NodeKind.Organization) return (null, $"'{value}' is not the global id of an organization (a social work station)", []);
                    stations.Add(value!);
                    i++;
                    break;
                case "--node":
                    if (!GlobalId.TryDecode(value, out _, out _)) return (null, $"'{value}' is not a global id of this hub", []);
                    node = value;
                    i++;
                    break;
                case "--name": name = value; i++; break;
                case "--subject": subject = value; i++; break;
                case "--app": app = value; i++; break;
                case "--hours":
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out hours) || hours is <= 0 or > 24 * 30)
                        return (null, "--hours takes a number of hours, more than 0 and at most 720", []);
                    i++;
                    break;
                default: config.Add(args[i]); break;
            }
        }
        if (roles.Count == 0) return (null, "dev-token needs --role", []);
        return (new DevTokenRequest { Roles = roles, Areas = areas, Stations = stations, Node = node, Name = name, Subject = subject, App = app, Hours = hours }, null, config.ToArray());
    }

    /// <summary>The subject: as given, else one made of the roles and the scope, the same every time for the same request.</summary>
    public string SubjectOrDefault => Subject ?? "dev:" + string.Join("+", Roles) + (Areas.Concat(Stations).Concat(Node is null ? [] : [Node]).ToList() is { Count: > 0 } scope ? "@" + string.Join(",", scope) : "");

    public string Mint(DevTokens tokens, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var claims = new Dictionary<string, object> { ["sub"] = SubjectOrDefault, ["roles"] = Roles.ToArray() };
        if (Name is not null) claims["name"] = Name;
        if (Areas.Count > 0) claims["areas"] = Areas.ToArray();
        if (Stations.Count > 0) claims["stations"] = Stations.ToArray();
        if (Node is not null) claims["node"] = Node;
        if (App is not null) claims["azp"] = App;
        return tokens.Mint(claims, TimeSpan.FromHours(Hours), now);
    }
}
