using ResourceHub.Graph.Model;
using ResourceHub.Graph.Search;
using static ResourceHub.Graph.Tests.Search.SearchFixture;

namespace ResourceHub.Graph.Tests.Search;

public sealed class NetworkSearchTests
{
    [Fact]
    public void Search_ChineseWord_FindsTheNodeWhoseNameHoldsIt()
    {
        var network = Network(Organization("舞蹈队"), Organization("智能手机课堂"), Organization("书法班"));

        Assert.Equal(["智能手机课堂"], Names(network, "智能手机"));
    }

    [Fact]
    public void Search_ChineseWord_RanksItAboveItsCharactersScatteredInADescription()
    {
        var network = Network(
            Organization("便民服务站", "提供智能血压计借用，也帮老人给手机充值"),
            Organization("智能手机课堂"));

        Assert.Equal(["智能手机课堂", "便民服务站"], Names(network, "智能手机"));
    }

    [Fact]
    public void Search_ChineseWord_RanksItAboveItsCharactersApartInTheSameField()
    {
        var network = Network(Organization("便民服务站", "智能音箱和手机培训"), Organization("社区学堂", "智能手机使用培训"));

        Assert.Equal(["社区学堂", "便民服务站"], Names(network, "智能手机"));
    }

    [Fact]
    public void Search_ChineseServiceLabel_FindsOrganizationsOfferingTheService()
    {
        var network = Network(
            Organization("幸福食堂", "社区长者食堂", "meal.help"),
            Organization("洁净家园", null, "cleaning.help"),
            Organization("合唱团", null, "culture.music"));

        var hits = network.Search("助餐", 10);

        var hit = Assert.Single(hits);
        Assert.Equal("幸福食堂", network.Node(hit.NodeId)!.Name);
        Assert.Equal(["services"], hit.MatchedFields);
    }

    [Fact]
    public void Search_EnglishServiceLabel_FindsVolunteersWithTheSkill()
    {
        var network = Network(
            Volunteer("王某芳", "WC000001", "education.smart-devices"),
            Volunteer("李某华", "WC000002", "culture.dance"),
            Organization("手机维修点"));

        var hits = network.Search("smart devices", 10);

        var hit = Assert.Single(hits);
        Assert.Equal("王某芳", network.Node(hit.NodeId)!.Name);
        Assert.Equal(["skills"], hit.MatchedFields);
    }

    [Fact]
    public void Search_WordsOnlyInAServiceLabel_FindOfferers()
    {
        var network = Network(
            Organization("幸福食堂", null, "meal.delivery"),
            Volunteer("王某芳", "WC000001", "culture.opera"),
            Organization("合唱团", null, "culture.music"));

        Assert.Equal(["幸福食堂"], Names(network, "送餐"));
        Assert.Equal(["王某芳"], Names(network, "Huagu"));
        Assert.Equal(["王某芳"], Names(network, "花鼓戏"));
    }

    [Fact]
    public void Search_ServiceCode_FindsOfferersOfThatCodeFirst()
    {
        var network = Network(Organization("洁净家园", null, "cleaning.help"), Organization("幸福食堂", null, "meal.help"));

        Assert.Equal(["幸福食堂", "洁净家园"], Names(network, "meal.help"));
    }

    [Fact]
    public void Search_BroaderServiceLabel_FindsOfferersOfNarrowerServices()
    {
        var network = Network(Organization("合唱团", null, "culture.music"), Organization("幸福食堂", null, "meal.help"));

        Assert.Equal(["合唱团"], Names(network, "文化"));
    }

    [Fact]
    public void Search_ElderWhoseNameMatches_NeverReturned()
    {
        var network = Network(Elder("智能手机"), Organization("智能手机课堂"), Elder("张某兰"));

        Assert.Equal(["智能手机课堂"], Names(network, "智能手机", allow: _ => true));
        Assert.Empty(network.Search("张某兰", 10));
        Assert.Empty(network.Search("smart devices", 10));
        Assert.DoesNotContain(NodeKind.Elder, NetworkSearch.IndexedKinds);
    }

    [Fact]
    public void Search_Allow_LeavesOutHiddenNodesBeforeTheLimit()
    {
        var network = Network(Organization("合唱团"), Organization("合唱团一队"), Organization("合唱团二队"));

        var hits = network.Search("合唱团", 2, node => node.Id != 1);

        Assert.Equal([2L, 3L], hits.Select(h => h.NodeId));
    }

    [Fact]
    public void Search_First_LimitsTheHits()
    {
        var network = Network(Organization("合唱团一队"), Organization("合唱团二队"), Organization("合唱团三队"));

        Assert.Equal(2, network.Search("合唱", 2).Count);
        Assert.Empty(network.Search("合唱", 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => network.Search("合唱", -1));
    }

    [Fact]
    public void Search_EqualScores_TiesGoToTheSmallerId()
    {
        var network = Network(Organization("读书会"), Organization("合唱团"), Organization("读书会"), Organization("读书会"));

        var hits = network.Search("读书会", 10);

        Assert.Equal([1L, 3L, 4L], hits.Select(h => h.NodeId));
        Assert.Single(hits.Select(h => h.Score).Distinct());
    }

    [Fact]
    public void Search_LatinText_IgnoresCase()
    {
        var network = Network(Organization("Smart Seniors Club"), Organization("Dance Club"));

        Assert.Equal(["Smart Seniors Club"], Names(network, "SMART seniors"));
        Assert.Equal(Names(network, "club"), Names(network, "CLUB"));
    }

    [Fact]
    public void Search_FullWidthLetters_MatchTheirAsciiForms()
    {
        var network = Network(Organization("Smart Seniors Club"), Organization("ＡＩ课堂"), Organization("Dance Club"));

        Assert.Equal(["Smart Seniors Club"], Names(network, "ｓｍａｒｔ"));
        Assert.Equal(["ＡＩ课堂"], Names(network, "ai"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("，。！？……")]
    [InlineData("--- ...")]
    public void Search_TextWithoutLettersOrCharacters_NoHits(string text)
    {
        var network = Network(Organization("合唱团"), Organization("Smart Club"));

        Assert.Empty(network.Search(text, 10));
    }

    [Fact]
    public void Search_TextLongerThanTheLimit_CutAtOneHundredCharacters()
    {
        var network = Network(Organization("书法班"), Organization("舞蹈队"));
        var text = "书法" + new string(' ', NetworkSearch.MaxTextLength - 2) + "舞蹈";

        Assert.Equal(["书法班"], Names(network, text));
        Assert.Equal(["书法班", "舞蹈队"], Names(network, "书法 舞蹈"));
    }

    [Fact]
    public void Search_MixedChineseAndEnglish_MatchesBoth()
    {
        var network = Network(Organization("老年大学 Python 班"), Organization("老年大学书法班"), Organization("Python 兴趣小组"));

        Assert.Equal("老年大学 Python 班", Names(network, "python老年大学")[0]);
    }

    [Fact]
    public void Search_Punctuation_SeparatesButIsIgnored()
    {
        var network = Network(Organization("智能手机课堂"), Organization("Smart Seniors Club"));

        Assert.Equal(["智能手机课堂"], Names(network, "「智能」、手机！"));
        Assert.Equal(["Smart Seniors Club"], Names(network, "smart, seniors?"));
    }

    [Fact]
    public void Search_ExactName_RanksAboveLongerNamesHoldingIt()
    {
        var network = Network(Organization("合唱团排练", "合唱团每周排练，合唱团员六十人"), Organization("合唱团"), Organization("社区合唱团活动室"));

        Assert.Equal("合唱团", Names(network, "合唱团")[0]);
    }

    [Fact]
    public void Search_Phrase_RanksAboveTheSameWordsApart()
    {
        // The same words, as many, in the same field: only their order tells the two apart.
        var network = Network(
            Organization("Phone help desk", "Smart watches and devices"),
            Organization("Learning corner", "Smart devices and watches"));

        Assert.Equal(["Learning corner", "Phone help desk"], Names(network, "smart devices"));
    }

    [Fact]
    public void Search_EveryWord_RanksAboveOneWordMatchedStrongly()
    {
        var network = Network(Organization("合唱团"), Organization("老年活动中心", "开设合唱与 Python 课程"));

        Assert.Equal(["老年活动中心", "合唱团"], Names(network, "合唱 Python"));
    }

    [Fact]
    public void Search_WordSaidTwice_RanksAboveSaidOnce()
    {
        var network = Network(Organization("文化站", "合唱 舞蹈 书法"), Organization("活动站", "合唱 书法 合唱"));

        Assert.Equal(["活动站", "文化站"], Names(network, "合唱"));
    }

    [Fact]
    public void Search_NameMatch_RanksAboveDescriptionMatch()
    {
        var network = Network(Organization("社区服务站", "每周组织合唱排练"), Organization("合唱排练队", "社区服务"));

        Assert.Equal(["合唱排练队", "社区服务站"], Names(network, "合唱排练"));
    }

    [Fact]
    public void Search_SingleChineseCharacter_FindsItAnywhereInAWord()
    {
        var network = Network(Organization("读书会"), Organization("书法班"), Organization("舞蹈队"));

        Assert.Equal(["书法班", "读书会"], Names(network, "书").Order(StringComparer.Ordinal));
        Assert.Equal(["读书会"], Names(network, "会"));
    }

    [Fact]
    public void Search_Hit_NamesEveryPropertyThatMatched()
    {
        var network = Network(
            Organization("社区食堂", "为老年人提供助餐", "meal.help"),
            Venue("社区活动室", "钢琴", "音响"));

        var meal = Assert.Single(network.Search("助餐", 10));
        var piano = Assert.Single(network.Search("钢琴", 10));

        Assert.Equal(["description", "services"], meal.MatchedFields);
        Assert.Equal(["equipment"], piano.MatchedFields);
    }
}
