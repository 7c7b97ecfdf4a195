using System.Text;
using ResourceHub.Graph.Search;

namespace ResourceHub.Graph.Tests.Search;

public sealed class SearchTextTests
{
    [Fact]
    public void Normalize_EveryCharacterBetweenOthers_SameAsNfkc()
    {
        // The short cut for punctuation and full-width forms must give what NFKC gives, whatever comes around them.
        var wrong = new List<string>();
        for (var c = 1; c <= 0xFFFF; c++)
        {
            // Lone surrogates and U+FFFE cannot be normalised at all (see the next test).
            if (char.IsSurrogate((char)c) || c == 0xFFFE) continue;
            foreach (var text in new[] { $"a{(char)c}中", $"{(char)c}{(char)c}，Ａ" })
            {
                if (SearchText.Normalize(text) != text.Normalize(NormalizationForm.FormKC)) wrong.Add($"U+{c:X4}");
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void Normalize_LoneSurrogateOrNonCharacter_ReadAsReplacementCharacter()
    {
        Assert.Equal("a\uFFFDb\uFFFD", SearchText.Normalize("ａ\uD800ｂ\uFFFE"));
    }
}
