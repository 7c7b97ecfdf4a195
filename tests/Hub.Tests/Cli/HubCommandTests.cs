using ResourceHub.Hub.Cli;

namespace ResourceHub.Hub.Tests.Cli;

public sealed class HubCommandTests
{
    [Fact]
    public void Parse_NoArguments_Serves()
    {
        var command = HubCommand.Parse([]);

        Assert.Equal("serve", command.Verb);
        Assert.Null(command.Error);
    }

    [Fact]
    public void Parse_ConfigurationAfterVerb_IsPassedToTheHost()
    {
        var command = HubCommand.Parse(["stats", "--Hub:DataDirectory=/tmp/x"]);

        Assert.Equal("stats", command.Verb);
        Assert.Equal(["--Hub:DataDirectory=/tmp/x"], command.ConfigArgs);
    }

    [Fact]
    public void Parse_SeedSynthetic_ReadsSizeAndSeed()
    {
        var command = HubCommand.Parse(["seed", "--synthetic", "2000", "--seed", "7"]);

        Assert.Null(command.Error);
        Assert.Equal((2000, 7, false), (command.Synthetic, command.Seed, command.Demo));
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("seed --demo --synthetic 5")]
    [InlineData("seed --synthetic")]
    [InlineData("seed --synthetic -3")]
    [InlineData("launch")]
    public void Parse_BadArguments_SaysHowToUseIt(string args)
    {
        var command = HubCommand.Parse(args.Split(' '));

        Assert.NotNull(command.Error);
        Assert.Contains("usage:", command.Error, StringComparison.Ordinal);
    }
}
