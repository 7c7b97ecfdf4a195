using System.Globalization;
using GraphQL;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Demo;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence;
using ResourceHub.Hub.Identity;
using ResourceHub.Hub.Startup;
using ResourceHub.Schema;
using Spectre.Console;

namespace ResourceHub.Hub.Cli;

/// <summary>
/// The verbs of the hub program: <c>serve</c> (default), <c>seed --demo</c>, <c>seed --synthetic N [--seed S]</c>,
/// <c>stats</c>, <c>export --format F [--area CODE] [--out PATH]</c>, <c>schema</c>, <c>dev-token</c>. Anything after
/// the verb that starts with <c>--Section:Key=value</c> is configuration.
/// </summary>
internal sealed class HubCommand
{
    private const string Usage = """
        usage: ResourceHub.Hub [serve | seed --demo | seed --synthetic N [--seed S] | stats | export --format F ... | report ... | import FILE... | schema | dev-token --role ROLE ...] [--Hub:DataDirectory=DIR] [--urls=URL]
          serve              serve GraphQL at /graphql, the explorer for browsers, the map at /map, downloads at /export, the HSDS API at /hsds, /healthz (default)
          seed --demo        load the demo network of 望城区 into an empty database
          seed --synthetic N add a synthetic network of N communities (about 50 nodes each)
          stats              print the counts of the network by kind
          export             write an area's public network (no elders, needs, records or volunteer numbers):
                               --format F     json, csv, graphml, geojson or hsds (HSDS 3.0 JSON)
                               --area CODE    the area's statistical code (default: the whole network)
                               --out PATH     the file to write (csv: the folder, one file per table); default resourcehub-CODE.EXT here
          schema             print the GraphQL schema (SDL)
          report             write a district report, as the area's civil-affairs official reads it:
                               --area CODE    the area, e.g. 430112
                               --from DAY --to DAY   the period, YYYY-MM-DD (default: this year to today)
                               --out FILE     FILE.pdf (printed by headless Chromium), FILE.html, or a folder for CSV tables
          import FILE...     import JSON or CSV files (docs/import.md), all or nothing, every problem told by file and line;
                               --dry-run      check them without writing
          dev-token          print a development bearer token (Development only):
                               --role ROLE    app, volunteer, org_admin, social_worker, official or admin (repeatable)
                               --area CODE    a statistical code in the caller's scope (repeatable)
                               --station ID   global id of a social work station in the caller's scope (repeatable)
                               --node ID      global id of the caller's own node (a volunteer, an organization)
                               --app ID       the client id of the app the token is for (an app held to trusted documents)
                               --name NAME    a display name; --subject SUB the subject; --hours H its lifetime (default 12)
        """;

    private HubCommand(string verb, string[] configArgs, bool demo, int synthetic, int seed, string? error, DevTokenRequest? token = null, ExportRequest? export = null)
    {
        Export = export;
        Token = token;
        Verb = verb;
        ConfigArgs = configArgs;
        Demo = demo;
        Synthetic = synthetic;
        Seed = seed;
        Error = error;
    }

    public string Verb { get; }
    public string[] ConfigArgs { get; }
    public bool Demo { get; }
    public int Synthetic { get; }
    public int Seed { get; }
    public string? Error { get; }
    public DevTokenRequest? Token { get; }
    public Reports.ReportRequest? Report { get; private init; }
    public ImportCommand? Import { get; private init; }
    public ExportRequest? Export { get; }

    public static HubCommand Parse(string[] args)
    {
        // Settings may come before the verb (dotnet run puts --environment=Development there); they are configuration.
        var config = new List<string>();
        var at = 0;
        while (at < args.Length && args[at].StartsWith("--", StringComparison.Ordinal) && args[at].Contains('=', StringComparison.Ordinal)) config.Add(args[at++]);
        args = args[at..];
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        var rest = args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args;
        bool demo = false;
        int synthetic = 0, seed = 1;
        string? error = verb is "serve" or "seed" or "stats" or "schema" or "dev-token" or "report" or "import" or "export" ? null : $"unknown verb '{verb}'\n{Usage}";
        if (verb == "import")
        {
            var (import, importError, rest4) = ImportCommand.Parse(rest);
            return new HubCommand(verb, [.. config, .. rest4], false, 0, 1, importError is null ? null : $"{importError}\n{Usage}") { Import = import };
        }
        if (verb == "report")
        {
            var (report, reportError, rest3) = Reports.ReportRequest.Parse(rest, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)));
            return new HubCommand(verb, [.. config, .. rest3], false, 0, 1, reportError is null ? null : $"{reportError}\n{Usage}") { Report = report };
        }
        if (verb == "dev-token" && error is null)
        {
            var (token, tokenError, rest2) = DevTokenRequest.Parse(rest);
            return new HubCommand(verb, [.. config, .. rest2], false, 0, 1, tokenError is null ? null : $"{tokenError}\n{Usage}", token);
        }
        if (verb == "export" && error is null)
        {
            var (export, exportError, rest3) = ExportRequest.Parse(rest);
            return new HubCommand(verb, [.. config, .. rest3], false, 0, 1, exportError is null ? null : $"{exportError}\n{Usage}", export: export);
        }
        for (var i = 0; i < rest.Length && error is null; i++)
        {
            switch (rest[i])
            {
                case "--demo": demo = true; break;
                case "--synthetic" when i + 1 < rest.Length && int.TryParse(rest[i + 1], CultureInfo.InvariantCulture, out synthetic) && synthetic > 0: i++; break;
                case "--seed" when i + 1 < rest.Length && int.TryParse(rest[i + 1], CultureInfo.InvariantCulture, out seed): i++; break;
                case "--synthetic" or "--seed": error = $"{rest[i]} takes a positive whole number\n{Usage}"; break;
                case "-h" or "--help": error = Usage; break;
                default: config.Add(rest[i]); break;
            }
        }
        if (error is null && verb == "seed" && demo == (synthetic > 0)) error = $"seed takes --demo or --synthetic N\n{Usage}";
        return new HubCommand(verb, config.ToArray(), demo, synthetic, seed, error);
    }

    public async Task<int> RunAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        switch (Verb)
        {
            case "serve":
                app.Lifetime.ApplicationStarted.Register(() =>
                {
                    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
                    foreach (var address in addresses)
                        Console.WriteLine($"ResourceHub 资源枢纽 is serving {address} — explorer and GraphQL at {address}/graphql, health at {address}/healthz");
                });
                await app.RunAsync();
                return 0;
            case "schema":
                Console.WriteLine(app.Services.GetRequiredService<HubExecutor>().Schema.Print(new GraphQL.Utilities.PrintOptions { IncludeDescriptions = true }));
                return 0;
            case "dev-token":
                if (!app.Environment.IsDevelopment())
                {
                    await Console.Error.WriteLineAsync($"dev-token mints development tokens, which a hub accepts only in the Development environment; this one is '{app.Environment.EnvironmentName}'. Run it with dotnet run (the project runs in Development), or give --environment=Development.");
                    return 2;
                }
                Console.WriteLine(Token!.Mint(app.Services.GetRequiredService<DevTokens>(), TimeProvider.System.GetUtcNow()));
                return 0;
        }

        var loader = app.Services.GetRequiredService<NetworkLoader>();
        await loader.LoadAsync(seedDemo: false, CancellationToken.None);
        var index = app.Services.GetRequiredService<NetworkIndex>();
        if (Verb == "report") return await Reports.ReportCommand.RunAsync(Report!, index.Current, app.Services);
        if (Verb == "import") return await Import!.RunAsync(app.Services.GetRequiredService<NetworkWriter>(), index.Current);
        if (Verb == "export") return await Export!.RunAsync(index.Current, Console.Out, Console.Error);
        if (Verb == "seed")
        {
            if (Demo && index.Current.NodeCount > 0)
            {
                Console.WriteLine($"The database already holds {index.Current.NodeCount} nodes; the demo network is loaded only into an empty one. Nothing added.");
                return 0;
            }
            var set = Demo ? DemoNetwork.Build() : SyntheticNetwork.Generate(Seed, Synthetic);
            var result = await app.Services.GetRequiredService<NetworkWriter>().CommitAsync(set, Demo ? DemoNetwork.Actor : SyntheticNetwork.Actor);
            if (!result.Succeeded)
            {
                foreach (var e in result.Errors.Take(20)) await Console.Error.WriteLineAsync(e.ToString());
                return 1;
            }
            Console.WriteLine($"Added {set.Operations.Count(o => o is ChangeOperation.CreateNode)} nodes (change log at {result.Sequence}).");
        }
        PrintStats(index.Current, app.Services.GetRequiredService<HubOptions>());
        return 0;
    }

    private static void PrintStats(NetworkSnapshot s, HubOptions options)
    {
        var table = new Table().Title($"ResourceHub · {Markup.Escape(options.DatabaseDescription)}")
            .AddColumn("kind 类型").AddColumn(new TableColumn("count 数量").RightAligned());
        foreach (var kind in Enum.GetValues<NodeKind>()) table.AddRow(kind.ToString(), s.Count(kind).ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("[bold]nodes 节点[/]", $"[bold]{s.NodeCount.ToString("N0", CultureInfo.InvariantCulture)}[/]");
        table.AddRow("[bold]links 关系[/]", $"[bold]{s.LinkCount.ToString("N0", CultureInfo.InvariantCulture)}[/]");
        table.AddRow("change log 变更序号", s.Sequence.ToString(CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
    }
}
