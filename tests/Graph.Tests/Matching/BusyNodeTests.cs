using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Demo;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Taxonomy;
using Xunit.Abstractions;

namespace ResourceHub.Graph.Tests.Matching;

/// <summary>
/// The engine's shortcuts must not change an answer: the last hop from a busy node read from its neighbours filed by
/// service, candidates bounded from their codes, place and hours before they are read, category fit as bits, and one
/// pass over a helper's records. Each is held against the plain way on a synthetic network.
/// </summary>
public sealed class BusyNodeTests(ITestOutputHelper output)
{
    private static readonly Lazy<NetworkSnapshot> Network =
        new(() => InMemoryNetwork.Build(SyntheticNetwork.Generate(404, 300), DateTimeOffset.UnixEpoch));

    [Fact]
    public void WhoCanHelp_EveryNodeBusy_GivesTheAnswersOfTheFullScan()
    {
        var s = Network.Value;
        var needs = AgreementCheck.SampleNeeds(s, 404, 85, 15);
        int runs = 0, results = 0, filed = 0;
        foreach (var need in needs)
        {
            foreach (var options in AgreementCheck.OptionSets)
            {
                var scanned = HelpFinder.Find(s, need, options with { HubDegree = int.MaxValue });
                var busy = HelpFinder.Find(s, need, options with { HubDegree = 1 });
                runs++;
                results += scanned.Count;
                filed += busy.Count(m => m.Hops == options.MaxHops);
                Assert.Equal(Show(scanned), Show(busy));
            }
        }
        output.WriteLine($"{runs} runs, {results} results, {filed} met on the last hop");
        Assert.True(filed > runs, $"only {filed} results met on the last hop in {runs} runs: the filed path is hardly tried");
    }

    [Fact]
    public void WhoCanHelp_AfterWritesNearBusyNodes_FilingsCarriedOver_GiveTheAnswersOfFilingsBuiltAfresh()
    {
        var s = Network.Value;
        var needs = AgreementCheck.SampleNeeds(s, 406, 20, 5);
        var options = AgreementCheck.OptionSets[0] with { HubDegree = 1 };
        foreach (var need in needs) HelpFinder.Find(s, need, options);
        var rng = new Random(406);
        var volunteers = s.Nodes<Volunteer>().ToList();
        var teams = s.Nodes<Organization>().ToList();
        var carried = 0;
        for (var round = 0; round < 12; round++)
        {
            // The tie by which a search last reached a helper from a busy node goes, or a helper next to filed nodes changes
            // what it offers or gains a tie: the filings around it must not hold.
            var v = s.Node<Volunteer>(volunteers[rng.Next(volunteers.Count)].Id)!;
            var set = new ChangeSet();
            var lastHops = needs.SelectMany(n => HelpFinder.Find(s, n, options)).Where(m => m.Hops == options.MaxHops && m.Path.Count >= 2).ToList();
            switch (round % 3)
            {
                case 0 when lastHops.Count > 0:
                    var m = lastHops[rng.Next(lastHops.Count)];
                    var (from, step) = (m.Path[^2].NodeId, m.Path[^1]);
                    if (step.Direction == Direction.Out) set.Unlink(step.Via!.Value, from, step.NodeId);
                    else set.Unlink(step.Via!.Value, step.NodeId, from);
                    break;
                case 1:
                    set.Update(v with { Skills = v.Skills.Contains("care.bathing") ? ["companionship.visit"] : ["care.bathing", .. v.Skills] });
                    break;
                default:
                    var team = teams[rng.Next(teams.Count)];
                    if (s.FindLink(LinkType.MemberOf, v.Id, team.Id) is null) set.Link(LinkType.MemberOf, v.Id, team.Id);
                    else set.Update(v with { MaxTravelKm = v.MaxTravelKm + 1 });
                    break;
            }
            var next = InMemoryNetwork.Apply(s, set, DateTimeOffset.UnixEpoch.AddDays(round + 1));
            var filed = HubNeighbours.Filed(next);
            carried += filed.Count;
            foreach (var id in filed) Assert.Equal(HubNeighbours.Describe(next, id, afresh: true), HubNeighbours.Describe(next, id, afresh: false));
            var afresh = NetworkSnapshot.Build([.. next.Nodes()], [.. next.Links()], next.Sequence);
            foreach (var need in needs) Assert.Equal(Show(HelpFinder.Find(afresh, need, options)), Show(HelpFinder.Find(next, need, options)));
            s = next;
        }
        output.WriteLine($"{carried} filings carried over in 12 writes");
        Assert.True(carried > 12, "hardly any filing was carried over: every write rebuilt them all");
    }

    [Fact]
    public void WhoCanHelp_EveryNodeBusy_AgreesWithTheReference()
    {
        var s = Network.Value;
        var check = new AgreementCheck(s);
        foreach (var need in AgreementCheck.SampleNeeds(s, 405, 40, 10))
            check.Check(need, [.. AgreementCheck.OptionSets.Select(o => o with { HubDegree = 1 })]);
        foreach (var problem in check.Problems.Take(30)) output.WriteLine(problem);
        Assert.True(check.Results > check.Runs * 3, $"only {check.Results} results in {check.Runs} runs");
        Assert.Empty(check.Problems);
    }

    [Fact]
    public void FitSets_EveryAskAndOffer_EqualsTheCategoryFitOfTheCodes()
    {
        var codes = ServiceTaxonomy.Services.Where(t => t.Facet == TaxonomyFacet.Service).Select(t => t.Code).ToList();
        var rng = new Random(5);
        var checkedPairs = 0;
        foreach (var ask in codes)
        {
            IReadOnlyList<string>[] asks = [[ask], [ask, codes[rng.Next(codes.Count)]]];
            foreach (var askList in asks.Select(a => a.Distinct().ToList()))
            {
                var sets = FitSets.For(askList)!;
                var spec = new NeedSpec { Categories = askList };
                foreach (var offer in codes)
                {
                    IReadOnlyList<string>[] offers = [[offer], [offer, codes[rng.Next(codes.Count)]]];
                    foreach (var offerList in offers.Select(o => o.Distinct().ToList()))
                    {
                        var helper = new Volunteer { Id = 1, Name = "志愿者", Skills = offerList };
                        Assert.Equal(HelperRules.CategoryFit(helper, spec), sets.Fit(ServiceSet.Of(offerList)));
                        checkedPairs++;
                    }
                }
            }
        }
        Assert.True(checkedPairs > codes.Count * codes.Count, $"{checkedPairs} pairs");
    }

    [Fact]
    public void FitSets_AskOutsideTheTaxonomy_LeavesFitToTheStrings() =>
        Assert.Null(FitSets.For(["culture.music", "not.a.code"]));

    [Fact]
    public void History_EveryHelper_EqualsTheRulesOneByOne()
    {
        var s = Network.Value;
        var needs = s.Nodes<Need>().Select(n => n.Id).ToList();
        int helpers = 0, open = 0, declined = 0, tracked = 0;
        foreach (var helper in s.Nodes().Where(HelperRules.IsHelper))
        {
            // A need the helper declined when there is one, else any need.
            var declinedNeed = s.ReferencedBy(helper.Id).Select(s.Node).OfType<Referral>()
                .FirstOrDefault(r => r.Status == ReferralStatus.Declined && r.HelperId == helper.Id)?.NeedId;
            var need = declinedNeed ?? needs[helpers % needs.Count];
            var history = HelperRules.History.Of(s, helper.Id, need);
            Assert.Equal(OpenReferrals(s, helper.Id), history.Open);
            Assert.Equal(Declined(s, helper.Id, need), history.Declined);
            Assert.Equal(TrackRecord(s, helper.Id), history.TrackRecord);
            Assert.False(HelperRules.History.Of(s, helper.Id, null).Declined);
            helpers++;
            if (history.Open > 0) open++;
            if (history.Declined) declined++;
            if (history.TrackRecord != 0.5) tracked++;
        }
        output.WriteLine($"{helpers} helpers: {open} with open referrals, {declined} declined, {tracked} with a track record");
        Assert.True(open > 0 && declined > 0 && tracked > 0, "the network must hold every kind of history");
    }

    // The rules one by one, each its own pass over the records naming the helper, as the engine read them before
    // History read them in one pass.
    private static readonly ReferralStatus[] OpenStatuses = [ReferralStatus.Accepted, ReferralStatus.InProgress, ReferralStatus.OnHold];

    private static int OpenReferrals(NetworkSnapshot s, long helperId) =>
        s.ReferencedBy(helperId).Select(s.Node).OfType<Referral>().Count(r => r.HelperId == helperId && OpenStatuses.Contains(r.Status));

    private static bool Declined(NetworkSnapshot s, long helperId, long needId) =>
        s.ReferencedBy(helperId).Select(s.Node).OfType<Referral>().Any(r => r.Status == ReferralStatus.Declined && r.HelperId == helperId && r.NeedId == needId);

    private static double TrackRecord(NetworkSnapshot s, long helperId)
    {
        double good = 1, total = 2;
        foreach (var record in s.ReferencedBy(helperId).Select(s.Node))
        {
            switch (record)
            {
                case Referral { Status: ReferralStatus.Completed, Outcome: not ReferralOutcome.NoLongerNeeded } r when r.HelperId == helperId:
                    total++;
                    if (r.Outcome == ReferralOutcome.GotHelp) good++;
                    break;
                case Referral { Status: ReferralStatus.Failed } r when r.HelperId == helperId:
                    total++;
                    break;
            }
            if (record is Referral { Rating: { } stars } rated && rated.HelperId == helperId)
            {
                total++;
                good += (stars - 1) / 4.0;
            }
            switch (record)
            {
                case ServiceRecord { Rating: { } rating } r when r.ServedById == helperId:
                    total++;
                    good += (rating - 1) / 4.0;
                    break;
            }
        }
        return Math.Round(good / total, 6);
    }

    private static List<string> Show(IReadOnlyList<HelperMatch> matches) =>
        [.. matches.Select(m => $"{m.Helper.Id} {m.Score} {m.Reach} {m.Hops} {m.DistanceKm} [{string.Join(' ', m.Path.Select(p => $"{p.Via}{p.Direction}:{p.NodeId}"))}]")];
}
