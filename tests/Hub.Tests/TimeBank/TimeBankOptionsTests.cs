using System.Text.Json;

namespace ResourceHub.Hub.Tests.TimeBank;

public sealed class TimeBankOptionsTests
{
    private const string Add = "mutation($input: CreateTimeBankEntryInput!) { addTimeBankEntry(input: $input) { userErrors { field code } } }";

    [Fact]
    public async Task Hub_WithAnOverdraftFloor_LetsAnAccountGoDownToIt_AndNoFurther()
    {
        using var hub = new HubFactory(environment: "Development", settings: new Dictionary<string, string?> { ["Hub:TimeBank:Floor"] = "-3" });
        var client = await hub.ReadyClientAsync();
        var admin = hub.DevToken("--role", "admin");
        var top = (await HubFactory.QueryAsync(client, "{ timeBankTotals(areaCode: \"430112\") { accounts(first: 1) { balance account { id } } } }", token: admin))
            .GetProperty("data").GetProperty("timeBankTotals").GetProperty("accounts")[0];
        var account = top.GetProperty("account").GetProperty("id").GetString();
        var balance = top.GetProperty("balance").GetDecimal();

        var toFloor = await HubFactory.QueryAsync(client, Add, Spend(account, balance + 3), token: admin);
        var beyond = await HubFactory.QueryAsync(client, Add, Spend(account, 0.25m), token: admin);

        Assert.Equal(0, Errors(toFloor).GetArrayLength());
        Assert.Equal("INSUFFICIENT_CREDITS", Errors(beyond)[0].GetProperty("code").GetString());
    }

    private static object Spend(string? account, decimal credits) => new
    {
        input = new { name = "兑换服务", kind = "SPEND", fromId = account, credits, date = "2026-11-30" },
    };

    private static JsonElement Errors(JsonElement answer) => answer.GetProperty("data").GetProperty("addTimeBankEntry").GetProperty("userErrors");
}
