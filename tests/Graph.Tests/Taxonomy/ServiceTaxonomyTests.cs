using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Tests.Taxonomy;

public class ServiceTaxonomyTests
{
    public static TheoryData<string> AllCodes() =>
        [.. ServiceTaxonomy.Services.Concat(ServiceTaxonomy.Situations).Select(t => t.Code)];

    [Fact]
    public void Fit_SameCode_IsExact()
    {
        Assert.Equal(CategoryFit.Exact, ServiceTaxonomy.Fit(offer: "education.smart-devices", ask: "education.smart-devices"));
    }

    [Fact]
    public void Fit_MoreSpecificOffer_IsSpecific()
    {
        Assert.Equal(CategoryFit.Specific, ServiceTaxonomy.Fit(offer: "culture.performance.home-delivery", ask: "culture.performance"));
    }

    [Fact]
    public void Fit_OfferTwoLevelsBelowAsk_IsSpecific()
    {
        Assert.Equal(CategoryFit.Specific, ServiceTaxonomy.Fit(offer: "culture.performance.home-delivery", ask: "culture"));
    }

    [Fact]
    public void Fit_MoreGeneralOffer_IsGeneral()
    {
        Assert.Equal(CategoryFit.General, ServiceTaxonomy.Fit(offer: "education", ask: "education.smart-devices"));
    }

    [Theory]
    [InlineData("meal.help", "cleaning.help")]
    [InlineData("culture.dance", "culture.music")]
    [InlineData("venue.hall", "education")]
    public void Fit_UnrelatedCodes_IsNone(string offer, string ask)
    {
        Assert.Equal(CategoryFit.None, ServiceTaxonomy.Fit(offer, ask));
    }

    [Theory]
    [InlineData("culture.musical", "culture.music")]
    [InlineData("culture.music", "culture.musical")]
    [InlineData("cultures", "culture")]
    public void Fit_PrefixButNotChild_IsNone(string offer, string ask)
    {
        Assert.Equal(CategoryFit.None, ServiceTaxonomy.Fit(offer, ask));
    }

    [Fact]
    public void Fit_FullFitsRankAboveGeneral()
    {
        Assert.True(CategoryFit.Specific > CategoryFit.General && CategoryFit.Exact > CategoryFit.General && CategoryFit.General > CategoryFit.None);
    }

    [Theory]
    [InlineData("culture.performance", "culture")]
    [InlineData("culture.performance.home-delivery", "culture")]
    [InlineData("culture.performance.home-delivery", "culture.performance")]
    public void IsWithin_Descendant_IsTrue(string code, string ancestor)
    {
        Assert.True(ServiceTaxonomy.IsWithin(code, ancestor));
    }

    [Fact]
    public void IsWithin_ItsOwnCode_IsTrue()
    {
        Assert.True(ServiceTaxonomy.IsWithin("meal.help", "meal.help"));
    }

    [Fact]
    public void IsWithin_Ancestor_IsFalse()
    {
        Assert.False(ServiceTaxonomy.IsWithin("culture", "culture.performance"));
    }

    [Theory]
    [InlineData("culture.musical", "culture.music")]
    [InlineData("mealtime", "meal")]
    [InlineData("culture.music", "culture.musi")]
    public void IsWithin_PrefixButNotChild_IsFalse(string code, string ancestor)
    {
        Assert.False(ServiceTaxonomy.IsWithin(code, ancestor));
    }

    [Fact]
    public void IsWithin_SiblingOfSameLength_IsFalse()
    {
        Assert.False(ServiceTaxonomy.IsWithin("meal.help", "meal.hel1"));
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Terms_EveryTerm_HasChineseAndEnglishLabels(string code)
    {
        var term = ServiceTaxonomy.Find(code)!;

        Assert.Contains(term.Zh, c => c is >= '\u4e00' and <= '\u9fff');
        Assert.Matches(@"^[A-Z][A-Za-z0-9 ()+,\-]*$", term.En);
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Terms_EveryTerm_HasItsParentInTheSameFacet(string code)
    {
        var term = ServiceTaxonomy.Find(code)!;

        if (term.ParentCode is { } parentCode)
            Assert.Equal(term.Facet, ServiceTaxonomy.Find(parentCode)?.Facet);
        else
            Assert.Equal(1, term.Depth);
    }

    [Fact]
    public void Terms_Codes_AreUnique()
    {
        var codes = ServiceTaxonomy.Services.Concat(ServiceTaxonomy.Situations).Select(t => t.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Terms_EachFacetList_HoldsOnlyItsFacet()
    {
        Assert.All(ServiceTaxonomy.Services, t => Assert.Equal(TaxonomyFacet.Service, t.Facet));
        Assert.All(ServiceTaxonomy.Situations, t => Assert.Equal(TaxonomyFacet.Situation, t.Facet));
    }

    [Theory]
    [InlineData("culture.performance")]
    [InlineData("culture.performance.home-delivery")]
    [InlineData("education.smart-devices")]
    [InlineData("education.elder-university")]
    [InlineData("recreation.games")]
    [InlineData("companionship.visit")]
    [InlineData("health.check")]
    [InlineData("meal.help")]
    [InlineData("cleaning.help")]
    [InlineData("venue.hall")]
    [InlineData("venue.square")]
    public void IsKnown_ServiceCodesNamedInDesign_AreServices(string code)
    {
        Assert.True(ServiceTaxonomy.IsKnown(code, TaxonomyFacet.Service));
    }

    [Theory]
    [InlineData("高龄")]
    [InlineData("失能")]
    [InlineData("半失能")]
    [InlineData("独居")]
    [InlineData("空巢")]
    [InlineData("低保")]
    public void Situations_LabelsNamedInDesign_AreThere(string zh)
    {
        Assert.Contains(ServiceTaxonomy.Situations, t => t.Zh == zh);
    }

    [Fact]
    public void IsKnown_ServiceCodeAsSituation_IsFalse()
    {
        Assert.False(ServiceTaxonomy.IsKnown("culture", TaxonomyFacet.Situation));
    }

    [Fact]
    public void Find_UnknownCode_IsNull()
    {
        Assert.Null(ServiceTaxonomy.Find("culture.musical"));
    }

    [Fact]
    public void ParentCode_OfNestedTerm_IsItsParent()
    {
        var term = ServiceTaxonomy.Find("culture.performance.home-delivery")!;

        Assert.Equal(("culture.performance", 3), (term.ParentCode, term.Depth));
    }
}
