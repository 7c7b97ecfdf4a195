using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Search;

namespace ResourceHub.Graph.Tests.Search;

/// <summary>Realistic queries over the demo network of 望城区: what a social worker typing them would expect to see first.</summary>
public sealed class DemoNetworkSearchTests
{
    private static NetworkSnapshot Demo => SearchFixture.DemoSnapshot;

    private static List<Node> Top(string text, int first) => Demo.Search(text, first).Select(h => Demo.Node(h.NodeId)!).ToList();

    private static IReadOnlyList<string> Codes(Node node) => node switch
    {
        Organization o => o.Services,
        Resource r => r.Services,
        Activity a => a.Services,
        Project p => p.Services,
        Need n => n.Categories,
        Volunteer v => v.Skills,
        SocialWorker w => w.Skills,
        _ => [],
    };

    private static bool Holds(Node node, string text) =>
        node.Name.Contains(text, StringComparison.Ordinal) || (node.Description?.Contains(text, StringComparison.Ordinal) ?? false);

    [Fact]
    public void Search_Choir_FindsChoirGroupsFirst()
    {
        var top = Top("合唱", 10);

        Assert.Equal(10, top.Count);
        Assert.All(top, n => Assert.Contains("合唱", n.Name, StringComparison.Ordinal));
        Assert.All(top, n => Assert.Contains("culture.music", Codes(n)));
    }

    [Fact]
    public void Search_PerformancesDeliveredAtHome_FindsThemByNameAndService()
    {
        var top = Top("送节目上门", 10);

        Assert.Contains("送节目上门", top[0].Name, StringComparison.Ordinal);
        Assert.All(top, n => Assert.Contains("culture.performance.home-delivery", Codes(n)));
    }

    [Fact]
    public void Search_UniversityForTheElderly_FindsItsCoursesAndTheUniversity()
    {
        var top = Top("老年大学", 20);

        Assert.All(top.Take(10), n => Assert.True(Codes(n).Contains("education.elder-university") && Holds(n, "老年大学"), n.Name));
        Assert.Contains(top, n => n.Name == "长沙市快乐老人大学");
    }

    [Fact]
    public void Search_TownshipName_FindsTheTownshipFirstThenWhatIsNamedAfterIt()
    {
        var top = Top("高塘岭街道", 10);

        Assert.Equal("高塘岭街道", Assert.IsType<Area>(top[0]).Name);
        Assert.All(top.Skip(1), n => Assert.StartsWith("高塘岭街道", n.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Search_MealHelp_FindsCanteensNeedsAndFundingForMeals()
    {
        var top = Top("助餐", 20);

        Assert.All(top, n => Assert.True(Codes(n).Any(c => c.StartsWith("meal", StringComparison.Ordinal)) || Holds(n, "助餐"), n.Name));
        Assert.Contains(top, n => n is Organization o && o.Services.Contains("meal.help"));
    }

    [Theory]
    [InlineData("老人")]
    [InlineData("示例")]
    [InlineData("服务")]
    [InlineData("某")]
    public void Search_CommonWords_NeverReturnElderOrCaseRecords(string text)
    {
        var hits = Top(text, 5000);

        Assert.NotEmpty(hits);
        Assert.All(hits, n => Assert.Contains(n.Kind, NetworkSearch.IndexedKinds));
        Assert.DoesNotContain(hits, n => n.Kind is NodeKind.Elder or NodeKind.Referral or NodeKind.ServiceRecord or NodeKind.Consent);
    }
}
