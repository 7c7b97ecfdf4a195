using System.Text.Json;

namespace ResourceHub.Schema.Tests;

/// <summary>Reading GraphQL responses in asserts: a value by its dotted path, and the errors' codes and messages.</summary>
internal static class Response
{
    /// <summary>The value at a dotted path such as <c>data.volunteers.pageInfo.endCursor</c>; numbers index arrays.</summary>
    public static JsonElement At(this JsonElement response, string path)
    {
        var current = response;
        foreach (var part in path.Split('.'))
        {
            current = current.ValueKind == JsonValueKind.Array
                ? current[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)]
                : current.TryGetProperty(part, out var next)
                    ? next
                    : throw new KeyNotFoundException($"'{part}' of '{path}' is not in {response}");
        }
        return current;
    }

    /// <summary>The string at a dotted path.</summary>
    public static string? Text(this JsonElement response, string path) => response.At(path).GetString();

    /// <summary>The items of the array at a dotted path.</summary>
    public static List<JsonElement> Items(this JsonElement response, string path) => [.. response.At(path).EnumerateArray()];

    /// <summary>The <c>extensions.code</c> of every error, in order; empty when there are none.</summary>
    public static List<string> ErrorCodes(this JsonElement response) =>
        response.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!)]
            : [];

    /// <summary>The message of every error, in order; empty when there are none.</summary>
    public static List<string> ErrorMessages(this JsonElement response) =>
        response.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateArray().Select(e => e.GetProperty("message").GetString()!)]
            : [];

    /// <summary>The single error's code; fails when there is not exactly one error.</summary>
    public static string ErrorCode(this JsonElement response) => Assert.Single(response.ErrorCodes());

    /// <summary>(field, code) of every user error of a payload.</summary>
    public static List<(string? Field, string Code)> UserErrors(this JsonElement payload) =>
        [.. payload.GetProperty("userErrors").EnumerateArray().Select(e => (e.GetProperty("field").GetString(), e.GetProperty("code").GetString()!))];
}
