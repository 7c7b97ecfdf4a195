using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Demo;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using Xunit.Abstractions;

namespace ResourceHub.Graph.Tests.Matching;

/// <summary>
/// The matching engine against the brute-force <see cref="ReferenceMatcher"/> on synthetic networks of 300
/// communities (three seeds): a hundred needs per network (open needs and needs described on the spot), each
/// under two of the four option sets of <see cref="AgreementCheck.OptionSets"/>; whom-can-I-help against
/// who-can-help on a smaller one. See <see cref="AgreementCheck"/> for what must agree.
/// </summary>
public sealed class MatchingAgreementTests(ITestOutputHelper output)
{
    private const int Communities = 300;
    private const int StoredNeeds = 85;
    private const int AdHocNeeds = 15;

    private static readonly int[] Seeds = [101, 202, 303];
    private static readonly Lazy<NetworkSnapshot>[] Networks =
        [.. Seeds.Select(seed => new Lazy<NetworkSnapshot>(() => InMemoryNetwork.Build(SyntheticNetwork.Generate(seed, Communities), DateTimeOffset.UnixEpoch)))];

    // Whom-can-I-help asks who-can-help of every open need, and asks it again for each candidate need of each
    // helper: a smaller network keeps that quick.
    private static readonly Lazy<NetworkSnapshot> Small = new(() => InMemoryNetwork.Build(SyntheticNetwork.Generate(7, 80), DateTimeOffset.UnixEpoch));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void WhoCanHelp_SyntheticNetwork_AgreesWithTheReference(int network)
    {
        var s = Networks[network].Value;
        var check = new AgreementCheck(s);

        var needs = AgreementCheck.SampleNeeds(s, Seeds[network], StoredNeeds, AdHocNeeds);
        // Each need under two of the four option sets in turn, so each set sees half the needs of every network
        // (the whole cross product takes twice as long and found nothing more when run by hand).
        var sets = AgreementCheck.OptionSets;
        for (var i = 0; i < needs.Count; i++) check.Check(needs[i], [sets[i % sets.Count], sets[(i + 2) % sets.Count]]);

        output.WriteLine($"seed {Seeds[network]}: {s.NodeCount} nodes, {check.Needs} needs, {check.Runs} runs, {check.Results} results, {check.DisagreeingRuns} runs disagree");
        foreach (var problem in check.Problems.Take(30)) output.WriteLine(problem);
        Assert.Equal(StoredNeeds + AdHocNeeds, check.Needs);
        // The check must have something to compare: most runs find helpers.
        Assert.True(check.Results > check.Runs * 3, $"only {check.Results} results in {check.Runs} runs");
        Assert.Empty(check.Problems);
    }

    [Theory]
    [InlineData(2, null)]
    [InlineData(1, 3.0)]
    public void WhomCanIHelp_SyntheticNetwork_AgreesWithWhoCanHelp(int maxHops, double? maxKm)
    {
        var s = Small.Value;
        var check = new AgreementCheck(s);
        // Every 41st helper (volunteers, social workers, organizations and resources of all sorts) and two city-wide hubs.
        var city = (int)s.AreaByCode("990100")!.Id;
        var all = s.Nodes().Where(n => n is Volunteer or SocialWorker or Organization or Resource).ToList();
        var hubs = all.OfType<Organization>().Where(o => o.Services.Count > 0 && s.Edges(o.Id, Direction.Out, LinkType.Serves).OtherIds.Contains(city)).Take(2);
        var helpers = all.Where((_, i) => i % 41 == 0).Concat(hubs).Select(n => n.Id).Distinct().ToList();

        var qualified = check.CheckWhomCanIHelp(helpers, new() { MaxHops = maxHops, MaxKm = maxKm, First = 20 });

        output.WriteLine($"{helpers.Count} helpers qualify for {qualified} open needs in all");
        foreach (var problem in check.Problems.Take(30)) output.WriteLine(problem);
        Assert.True(qualified > helpers.Count / 2, $"only {qualified} needs for {helpers.Count} helpers");
        Assert.Empty(check.Problems);
    }
}
