using System.Net;
using System.Text.Json;
using ResourceHub.Schema.Limits;
using static ResourceHub.Hub.Tests.Limits.RequestLimitTests;

namespace ResourceHub.Hub.Tests.Limits;

/// <summary>
/// Persisted documents by SHA-256 in the protocol Apollo's clients speak (<c>extensions.persistedQuery</c>), trusted
/// documents registered with the hub, and an app credential held to them.
/// </summary>
public sealed class PersistedDocumentTests : IDisposable
{
    private const string Trusted = "query Districts { area(code: \"430112\") { name } }";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "resourcehub-trusted-" + Guid.NewGuid().ToString("N"));
    private readonly HubFactory _factory;

    public PersistedDocumentTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "districts.graphql"), Trusted);
        _factory = new HubFactory(environment: "Development", settings: new Dictionary<string, string?>
        {
            ["Hub:TrustedDocuments"] = _folder,
            ["Hub:TrustedDocumentsOnly:0"] = "mini-app",
        });
    }

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static object Apq(string hash, int version = 1) => new { persistedQuery = new { version, sha256Hash = hash } };

    [Fact]
    public async Task Apq_UnknownHash_ThenRegistered_ThenAnsweredByHashAlone_AlsoWithGet()
    {
        var client = await _factory.ReadyClientAsync();
        const string Query = "{ area(code: \"430112001\") { name } }";
        var hash = PersistedDocuments.Hash(Query);

        var unknown = await PostAsync(client, new { extensions = Apq(hash) });
        var registered = await PostAsync(client, new { query = Query, extensions = Apq(hash) });
        var byHash = await PostAsync(client, new { extensions = Apq(hash) });
        using var get = await client.GetAsync(new Uri("/graphql?extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(Apq(hash))), UriKind.Relative));

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", unknown.Code);
        Assert.Equal("PersistedQueryNotFound", unknown.Json.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("高塘岭街道", registered.Json.GetProperty("data").GetProperty("area").GetProperty("name").GetString());
        Assert.Equal(registered.Body, byHash.Body);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Contains("高塘岭街道", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apq_HashThatIsNotTheQuerys_IsRefused()
    {
        var client = await _factory.ReadyClientAsync();

        var answer = await PostAsync(client, new { query = "{ __typename }", extensions = Apq(new string('0', 64)) });

        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", answer.Code);
    }

    [Fact]
    public async Task Apq_OtherVersion_IsRefused()
    {
        var client = await _factory.ReadyClientAsync();

        var answer = await PostAsync(client, new { query = "{ __typename }", extensions = Apq(PersistedDocuments.Hash("{ __typename }"), version: 2) });

        Assert.Equal("PERSISTED_QUERY_UNSUPPORTED", answer.Code);
    }

    [Fact]
    public async Task PersistedMutation_SentWithGet_Is405()
    {
        var client = await _factory.ReadyClientAsync();
        const string Mutation = "mutation { deleteArea(input: {id: \"QXJlYToy\", version: 1}) { deletedId } }";
        var hash = PersistedDocuments.Hash(Mutation);
        await PostAsync(client, new { query = Mutation, extensions = Apq(hash) });

        using var get = await client.GetAsync(new Uri("/graphql?extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(Apq(hash))), UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
    }

    [Fact]
    public async Task HeldApp_RunsItsTrustedDocuments_ByTextHashOrDocumentId_AndNothingElse()
    {
        var client = await _factory.ReadyClientAsync();
        var token = _factory.DevToken("--role", "app", "--app", "mini-app");
        var hash = PersistedDocuments.Hash(Trusted);

        var byText = await PostAsync(client, new { query = Trusted }, token);
        var byHash = await PostAsync(client, new { extensions = Apq(hash) }, token);
        var byDocumentId = await PostAsync(client, new { documentId = "sha256:" + hash }, token);
        var other = await PostAsync(client, new { query = "{ __typename }" }, token);

        foreach (var answer in new[] { byText, byHash, byDocumentId })
            Assert.Equal("望城区", answer.Json.GetProperty("data").GetProperty("area").GetProperty("name").GetString());
        Assert.Equal("TRUSTED_DOCUMENTS_ONLY", other.Code);
    }

    [Fact]
    public async Task AppNotHeld_RunsAnyDocument()
    {
        var client = await _factory.ReadyClientAsync();
        var token = _factory.DevToken("--role", "app", "--app", "community-app");

        var answer = await PostAsync(client, new { query = "{ __typename }" }, token);

        Assert.Equal("Query", answer.Json.GetProperty("data").GetProperty("__typename").GetString());
    }
}
