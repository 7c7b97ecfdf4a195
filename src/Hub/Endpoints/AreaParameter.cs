using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Hub.Endpoints;

/// <summary>The <c>area</c> query parameter of the downloads and the HSDS API: a statistical division code (430112).</summary>
internal static class AreaParameter
{
    public const string Name = "area";

    /// <summary>
    /// The area the request names, or null when it names none (the whole network). A problem (400 for what is not a
    /// code, 404 for a code of no area here) when it names one that cannot be used.
    /// </summary>
    public static (Area? Area, (int Status, string Detail)? Problem) Read(HttpRequest request, NetworkSnapshot snapshot)
    {
        var values = request.Query[Name];
        if (values.Count == 0) return (null, null);
        if (values.Count > 1) return (null, (StatusCodes.Status400BadRequest, "Give one area (a statistical division code such as 430112), not several."));
        var code = values[0]?.Trim() ?? "";
        if (code.Length is not (6 or 9 or 12) || !code.All(char.IsAsciiDigit))
            return (null, (StatusCodes.Status400BadRequest, $"area must be a statistical division code of 6, 9 or 12 digits (430112 for 望城区, 430112001 for 高塘岭街道); '{Shorten(code)}' is not one."));
        return snapshot.AreaByCode(code) is { } area
            ? (area, null)
            : (null, (StatusCodes.Status404NotFound, $"No area has the code {code} in this hub."));
    }

    /// <summary>A value quoted back in an error, cut to a readable length.</summary>
    public static string Shorten(string? value) => value is null ? "" : value.Length <= 40 ? value : value[..40] + "…";
}
