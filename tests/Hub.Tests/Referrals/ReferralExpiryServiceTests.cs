namespace ResourceHub.Hub.Tests.Referrals;

public sealed class ReferralExpiryServiceTests
{
    private const string Statuses = "{ referrals(first: 100) { nodes { status } } }";

    [Fact]
    public async Task Hub_WithAnExpiryTime_ExpiresTheSentReferralsPastIt_AndWithoutOne_ExpiresNothing()
    {
        var settings = new Dictionary<string, string?> { ["Hub:Referrals:ExpireAfter"] = "01:00:00", ["Hub:Referrals:CheckEvery"] = "00:00:00.100" };
        using var expiring = new HubFactory(environment: "Development", settings: settings);
        using var keeping = new HubFactory(environment: "Development", settings: new Dictionary<string, string?> { ["Hub:Referrals:CheckEvery"] = "00:00:00.100" });
        var client = await expiring.ReadyClientAsync();
        var other = await keeping.ReadyClientAsync();
        var admin = expiring.DevToken("--role", "admin");
        var otherAdmin = keeping.DevToken("--role", "admin");

        // Every sent referral of the demo was sent days before today: within a few checks none is left.
        var sent = -1;
        for (var i = 0; i < 100 && sent != 0; i++)
        {
            await Task.Delay(100);
            sent = Count(await HubFactory.QueryAsync(client, Statuses, token: admin), "SENT");
        }
        await Task.Delay(300);

        Assert.Equal(0, sent);
        var untouched = await HubFactory.QueryAsync(other, Statuses, token: otherAdmin);
        Assert.True(Count(untouched, "SENT") > 0);
        Assert.Equal(Count(untouched, "SENT") + Count(untouched, "EXPIRED"), Count(await HubFactory.QueryAsync(client, Statuses, token: admin), "EXPIRED"));
    }

    private static int Count(System.Text.Json.JsonElement answer, string status) =>
        answer.GetProperty("data").GetProperty("referrals").GetProperty("nodes").EnumerateArray().Count(n => n.GetProperty("status").GetString() == status);
}
