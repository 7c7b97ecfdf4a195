using System.Globalization;

namespace ResourceHub.Schema.Tests.Mutations;

/// <summary>Nodes a test creates for itself through the API, so what it changes is its own.</summary>
internal static class NewNodes
{
    private static int _next;

    /// <summary>Creates a volunteer (in a community of 高塘岭街道 unless told otherwise) and returns its global id and version.</summary>
    public static async Task<(string Id, int Version)> VolunteerAsync(DemoHub hub, string name, string? areaId = null)
    {
        var number = "T" + Interlocked.Increment(ref _next).ToString("D9", CultureInfo.InvariantCulture);
        var result = await hub.RunJsonAsync("""
            mutation($input: CreateVolunteerInput!) { createVolunteer(input: $input) { volunteer { id version } userErrors { field message } } }
            """, new { input = new { name, volunteerNumber = number, category = "YOUNGER_ELDER", skills = new[] { "companionship.visit" }, areaId = areaId ?? DemoNodes.Community(hub.Snapshot) } });
        Assert.Empty(result.Items("data.createVolunteer.userErrors"));
        return (result.Text("data.createVolunteer.volunteer.id")!, result.At("data.createVolunteer.volunteer.version").GetInt32());
    }
}
