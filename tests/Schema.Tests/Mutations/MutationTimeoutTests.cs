using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Schema.Limits;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests.Mutations;

/// <summary>
/// A document of several mutations that runs out of time: the mutations that started before the deadline commit and
/// report their results, those that had not started are refused at their own paths with TIMEOUT and write nothing. The
/// hub's clock here moves only when a commit reads it, so where the deadline falls does not depend on the machine.
/// </summary>
public sealed class MutationTimeoutTests
{
    // Every read of the wall clock (a commit stamping its nodes) moves the request clock on by a second.
    private sealed class CommitClock : TimeProvider
    {
        private long _ticks;

        public override DateTimeOffset GetUtcNow()
        {
            Interlocked.Add(ref _ticks, TimestampFrequency);
            return DemoHub.Now;
        }

        public override long GetTimestamp() => Interlocked.Read(ref _ticks);
    }

    [Fact]
    public async Task Deadline_MidDocument_EarlierMutationsStand_LaterOnesAreRefusedAndNotWritten()
    {
        await using var hub = await DemoHub.CreateAsync(configure: services =>
        {
            services.AddSingleton<TimeProvider>(new CommitClock());
            services.AddSingleton(new RequestLimits { Timeout = TimeSpan.FromSeconds(2.5) });
        });
        var parent = GlobalId.Encode(hub.Snapshot.AreaByCode("430112001")!);
        var codes = Enumerable.Range(0, 6).Select(i => $"430112001{150 + i}").ToList();
        var document = "mutation { " + string.Join(" ", codes.Select((code, i) =>
            $$"""m{{i}}: createArea(input: {name: "时限社区{{i}}", code: "{{code}}", level: COMMUNITY, kind: COMMUNITY, parentId: "{{parent}}"}) { area { code } userErrors { code } }""")) + " }";

        var result = await hub.RunJsonAsync(document);

        Assert.Equal(codes[0], result.Text("data.m0.area.code"));
        Assert.Equal(JsonValueKind.Null, result.At("data.m5").ValueKind);
        var refused = result.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path")[0].GetString()).ToList();
        Assert.All(result.ErrorCodes(), code => Assert.Equal("TIMEOUT", code));
        for (var i = 0; i < codes.Count; i++)
        {
            var stored = hub.Snapshot.AreaByCode(codes[i]) is not null;
            Assert.Equal(stored, result.At($"data.m{i}").ValueKind != JsonValueKind.Null);
            Assert.Equal(!stored, refused.Contains($"m{i}"));
        }
    }
}
