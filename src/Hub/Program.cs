using ResourceHub.Hub.Cli;

// serve (default) | seed --demo | seed --synthetic N | stats | schema — see HubCommand.
var command = HubCommand.Parse(args);
if (command.Error is { } error)
{
    await Console.Error.WriteLineAsync(error);
    return 2;
}

// appsettings.json ships beside the program; relative paths in settings are taken from the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = command.ConfigArgs, ContentRootPath = AppContext.BaseDirectory });
// Only the server prints telemetry to its console; a verb's output stays its own.
if (command.Verb != "serve") builder.Configuration["Hub:Telemetry:Console"] = "false";
if (command.Verb != "serve") builder.Logging.SetMinimumLevel(LogLevel.Warning);

WebApplication app;
try
{
    builder.Services.AddResourceHub(builder.Configuration, builder.Environment);
    app = builder.Build();
    ResourceHub.Hub.Startup.HubSettingsCheck.Run(app.Services);
}
catch (InvalidOperationException e)
{
    // A setting that is wrong or missing: said in a sentence that names it (Hub:Store, ConnectionStrings:HubReplica …).
    await Console.Error.WriteLineAsync($"ResourceHub cannot start: {e.Message}");
    return 2;
}
app.MapResourceHub();
return await command.RunAsync(app);

/// <summary>The hub's entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
