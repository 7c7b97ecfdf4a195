namespace ResourceHub.Hub.Tests.Cli;

/// <summary>The tests that read what a verb prints: the console is one for the whole process, so they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
