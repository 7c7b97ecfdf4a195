namespace ResourceHub.Schema.Tests;

/// <summary>
/// One writable demo hub for a whole test class (<c>IClassFixture&lt;DemoHubFixture&gt;</c>): the tests of a class run
/// one after another, each writing nodes of its own, so they share the hub without stepping on each other.
/// </summary>
public sealed class DemoHubFixture : IAsyncLifetime
{
    private DemoHub? _hub;

    /// <summary>The hub; written to by the tests of the class.</summary>
    public DemoHub Hub => _hub ?? throw new InvalidOperationException("the fixture is not initialized");

    public async Task InitializeAsync() => _hub = await DemoHub.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_hub is not null) await _hub.DisposeAsync();
    }
}
