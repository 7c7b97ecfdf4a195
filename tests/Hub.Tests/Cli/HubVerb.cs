using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Hub.Cli;

namespace ResourceHub.Hub.Tests.Cli;

/// <summary>
/// A verb of the hub run in this process on a data directory, as <c>dotnet run -- VERB …</c> runs it, with what it prints
/// (on the console and through Spectre.Console) captured. Tests using it belong to <see cref="ConsoleCollection"/>.
/// </summary>
internal static class HubVerb
{
    public static async Task<(int Exit, string Output)> RunAsync(string directory, params string[] args)
    {
        var (exit, output, _) = await RunAsync(directory, args, _ => Task.FromResult(0));
        return (exit, output);
    }

    /// <summary>Runs the verb, then <paramref name="after"/> on its host before it is disposed (to read the database it wrote).</summary>
    public static async Task<(int Exit, string Output, T After)> RunAsync<T>(string directory, string[] args, Func<WebApplication, Task<T>> after)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(after);
        var command = HubCommand.Parse([.. args, $"--Hub:DataDirectory={directory}"]);
        Assert.Null(command.Error);
        var builder = WebApplication.CreateBuilder(command.ConfigArgs);
        builder.Services.AddResourceHub(builder.Configuration, builder.Environment);
        await using var app = builder.Build();
        var output = new StringWriter();
        var before = Console.Out;
        var ansi = Spectre.Console.AnsiConsole.Console;
        Console.SetOut(output);
        Spectre.Console.AnsiConsole.Console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(output) });
        try
        {
            var exit = await command.RunAsync(app);
            return (exit, output.ToString(), await after(app));
        }
        finally
        {
            Console.SetOut(before);
            Spectre.Console.AnsiConsole.Console = ansi;
            SqliteConnection.ClearAllPools();
        }
    }
}
