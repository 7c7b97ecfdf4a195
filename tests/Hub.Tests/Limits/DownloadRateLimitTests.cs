using System.Net;

namespace ResourceHub.Hub.Tests.Limits;

/// <summary>The downloads and the HSDS API draw on the caller's one bucket, with /graphql.</summary>
public sealed class DownloadRateLimitTests
{
    [Fact]
    public async Task ExportsHsdsAndGraphQL_ShareTheCallersBucket_AndAreRefused429OverIt()
    {
        using var hub = new HubFactory(settings: new Dictionary<string, string?>
        {
            ["Hub:RateLimits:AnonymousPerSecond"] = "1",
            ["Hub:RateLimits:AnonymousBurst"] = "2",
        });
        var client = await hub.ReadyClientAsync();

        var export = await client.GetAsync(new Uri("/export/json?area=430112001", UriKind.Relative));
        var hsds = await client.GetAsync(new Uri("/hsds/services", UriKind.Relative));
        var third = await client.GetAsync(new Uri("/hsds/taxonomies", UriKind.Relative));
        var graphql = await client.GetAsync(new Uri("/graphql?query=%7B__typename%7D", UriKind.Relative));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            new[] { export, hsds, third, graphql }.Select(r => r.StatusCode));
        Assert.NotNull(third.Headers.RetryAfter);
    }
}
