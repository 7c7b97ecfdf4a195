using System.Net.Http.Headers;
using System.Text.Json;
using ResourceHub.Graph.Tests.Export;

namespace ResourceHub.Hub.Tests.Endpoints.Hsds;

/// <summary>One hub with the demo network for the read-only tests of the downloads and the HSDS API.</summary>
public sealed class HsdsHubFixture : IAsyncLifetime
{
    public HubFactory Hub { get; } = new(environment: "Development");

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync() => Client = await Hub.ReadyClientAsync();

    public async Task DisposeAsync() => await Hub.DisposeAsync();

    /// <summary>GETs a path; the status, the media type and the body.</summary>
    public async Task<(System.Net.HttpStatusCode Status, string? MediaType, byte[] Body, HttpResponseMessage Response)> GetAsync(string path, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await Client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsByteArrayAsync(), response);
    }

    /// <summary>GETs a path that answers 200 with JSON.</summary>
    public async Task<JsonElement> JsonAsync(string path)
    {
        var (status, mediaType, body, _) = await GetAsync(path);
        Assert.True(status == System.Net.HttpStatusCode.OK, $"{path}: {(int)status} {System.Text.Encoding.UTF8.GetString(body)}");
        Assert.Equal("application/json", mediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>GETs a list: a valid HSDS Page, every item valid against <paramref name="itemSchema"/>.</summary>
    public async Task<JsonElement> PageAsync(string path, Json.Schema.JsonSchema itemSchema)
    {
        var page = await JsonAsync(path);
        HsdsSchemas.AssertValid(HsdsSchemas.Page, page, path);
        foreach (var item in page.GetProperty("contents").EnumerateArray()) HsdsSchemas.AssertValid(itemSchema, item, $"{path}: {item.GetProperty("id")}");
        Assert.Equal(page.GetProperty("size").GetInt32(), page.GetProperty("contents").GetArrayLength());
        return page;
    }

    /// <summary>GETs a path that answers with a problem: its status and detail.</summary>
    public async Task<(int Status, string Detail)> ProblemAsync(string path)
    {
        var (status, mediaType, body, _) = await GetAsync(path);
        Assert.Equal("application/problem+json", mediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return ((int)status, problem.GetProperty("detail").GetString()!);
    }
}
