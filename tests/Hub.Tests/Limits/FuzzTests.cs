using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Schema;
using Xunit.Abstractions;

namespace ResourceHub.Hub.Tests.Limits;

/// <summary>
/// A bounded fuzz run against the real endpoint: 20,000 generated requests — documents built from the schema with
/// fields, arguments and variables right and wrong, too deep, too wide, cut short, token soup, mutations, persisted
/// hashes, odd methods and media types — as an anonymous caller and a social worker. No answer is a 5xx, none takes
/// longer than the client waits, none is an internal error, every GraphQL answer is JSON, and the hub is healthy and right
/// afterwards.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int Requests = 20_000;
    private const int Parallel = 4;

    [Fact]
    public async Task Fuzz_20000GeneratedRequests_NoServerErrorNoHang_HubHealthyAfter()
    {
        using var hub = new HubFactory(environment: "Development");
        await hub.ReadyClientAsync();
        var client = hub.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(15);
        var token = hub.DevToken("--role", "social_worker", "--area", "430112001");
        var schema = hub.Services.GetRequiredService<HubExecutor>().Schema;
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();

        await System.Threading.Tasks.Parallel.ForAsync(0, Requests, new ParallelOptions { MaxDegreeOfParallelism = Parallel }, async (i, ct) =>
        {
            var random = new Random(i);
            using var request = Request(random, new DocumentGenerator(schema, random), i % 2 == 0 ? token : null);
            var description = $"#{i} {request.Method} {request.RequestUri}";
            // The document sent, to reproduce a failure with.
            var sent = request.Content is null ? "" : await request.Content.ReadAsStringAsync(ct);
            try
            {
                using var response = await client.SendAsync(request, ct);
                var body = await response.Content.ReadAsStringAsync(ct);
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                if ((int)response.StatusCode >= 500) failures.Enqueue($"{description}: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
                else if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true && !IsJson(body))
                    failures.Enqueue($"{description}: {(int)response.StatusCode} answered a body that is not JSON");
                else if (body.Contains("INTERNAL_SERVER_ERROR", StringComparison.Ordinal))
                {
                    failures.Enqueue($"{description}: a resolver failed inside: {body[..Math.Min(300, body.Length)]}\n  sent: {sent[..Math.Min(600, sent.Length)]}");
                }
            }
            catch (TaskCanceledException)
            {
                failures.Enqueue($"{description}: no answer within {client.Timeout.TotalSeconds} s");
            }
        });

        output.WriteLine(string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(10)));
        Assert.Equal(Requests, statuses.Values.Sum());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        var after = await HubFactory.QueryAsync(client, """{ area(code: "430112") { name children { code } } }""");
        Assert.Equal("望城区", after.GetProperty("data").GetProperty("area").GetProperty("name").GetString());
    }

    private static bool IsJson(string body)
    {
        try
        {
            using var _ = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static HttpRequestMessage Request(Random random, DocumentGenerator documents, string? token)
    {
        var query = documents.Document();
        object? variables = random.Next(4) switch
        {
            0 => null,
            1 => new Dictionary<string, object?> { ["id"] = documents.Id(), ["n"] = random.Next(-5, 500), ["t"] = documents.Text() },
            2 => new Dictionary<string, object?> { ["input"] = new { name = documents.Text(), id = documents.Id(), version = random.Next(-1, 5) } },
            _ => "not an object",
        };
        object? extensions = random.Next(8) switch
        {
            0 => new { persistedQuery = new { version = random.Next(0, 3), sha256Hash = random.Next(2) == 0 ? new string('a', 64) : documents.Text() } },
            1 => "nope",
            _ => null,
        };
        var body = new Dictionary<string, object?> { ["query"] = random.Next(30) == 0 ? null : query };
        if (variables is not null) body["variables"] = variables;
        if (extensions is not null) body["extensions"] = extensions;
        if (random.Next(10) == 0) body["operationName"] = documents.Text();

        HttpRequestMessage request;
        switch (random.Next(12))
        {
            case 0:
                request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query) + (random.Next(2) == 0 ? "&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(variables)) : ""));
                break;
            case 1:
                request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(query, Encoding.UTF8, "application/graphql") };
                break;
            case 2:
                request = new HttpRequestMessage(random.Next(2) == 0 ? HttpMethod.Put : HttpMethod.Delete, "/graphql") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
                break;
            case 3:
                var raw = JsonSerializer.Serialize(body);
                request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(raw[..random.Next(raw.Length)], Encoding.UTF8, "application/json") };
                break;
            default:
                request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };
                break;
        }
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(random.Next(3) switch { 0 => "application/json", 1 => "application/graphql-response+json", _ => "*/*" }));
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", random.Next(50) == 0 ? token[..^3] + "xyz" : token);
        return request;
    }

    /// <summary>Random documents from the schema: real fields and arguments mixed with wrong ones, and broken text.</summary>
    private sealed class DocumentGenerator(ISchema schema, Random random)
    {
        private static readonly string[] Words = ["望城区", "高塘岭", "智能手机", "失能", "助餐", "x", "", "'", "\"", "\\u0000", "🙂", "a b", "null", "{", "}", "$id", "__typename"];

        public string Text() => Words[random.Next(Words.Length)] + (random.Next(3) == 0 ? random.Next(1000).ToString(System.Globalization.CultureInfo.InvariantCulture) : "");

        public string Id() => random.Next(3) switch
        {
            0 => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Kinds[random.Next(Kinds.Length)]}:{random.Next(-5, 3000)}")).TrimEnd('='),
            1 => Text(),
            _ => "QXJlYToy",
        };

        private static readonly string[] Kinds = ["Area", "Organization", "Volunteer", "Elder", "Need", "Link", "Nope"];

        public string Document() => random.Next(20) switch
        {
            0 => TokenSoup(),
            1 => "{ " + new string('{', random.Next(1, 300)) + " a " + new string('}', random.Next(0, 300)),
            2 => "{ " + string.Join(" ", Enumerable.Range(0, random.Next(1, 300)).Select(i => $"a{i}: __typename")) + " }",
            3 => "fragment F on Query { ...F } { ...F }",
            4 => "mutation { " + Selection(schema.Mutation!, 2) + " }",
            5 => "subscription { x }",
            6 => "query Q($id: ID!, $n: Int) { node(id: $id) { id } } query R { __typename }",
            7 => Cut(Operation()),
            _ => Operation(),
        };

        private string Cut(string text) => text[..random.Next(1, text.Length + 1)];

        private string Operation() => (random.Next(4) == 0 ? "query Fuzz($id: ID, $n: Int, $t: String) " : "") + "{ " + Selection(schema.Query, random.Next(1, 7)) + " }";

        private string TokenSoup()
        {
            string[] tokens = ["{", "}", "(", ")", ":", "...", "@include", "$", "!", "[", "]", "=", "query", "mutation", "fragment", "on", "node", "id", "1e999", "\"\"\"", "#", "&", "|"];
            return string.Join(" ", Enumerable.Range(0, random.Next(1, 60)).Select(_ => tokens[random.Next(tokens.Length)]));
        }

        private string Selection(IComplexGraphType type, int depth)
        {
            var fields = type.Fields.ToList();
            var parts = new List<string>();
            for (var i = 0; i < random.Next(1, 6); i++)
            {
                if (random.Next(15) == 0)
                {
                    parts.Add(Text().Replace("\"", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal));
                    continue;
                }
                var field = fields[random.Next(fields.Count)];
                var text = (random.Next(8) == 0 ? $"a{random.Next(50)}: " : "") + field.Name + Arguments(field);
                var inner = Unwrap(field.ResolvedType);
                if (inner is IComplexGraphType complex)
                {
                    if (depth <= 0) text += " { __typename }";
                    else if (inner is IAbstractGraphType abstractType)
                    {
                        var possible = schema.AllTypes.OfType<IObjectGraphType>().Where(abstractType.IsPossibleType).ToList();
                        var concrete = possible.Count > 0 ? possible[random.Next(possible.Count)] : null;
                        text += " { __typename " + (concrete is null ? "" : $"... on {concrete.Name} {{ {Selection(concrete, depth - 1)} }}") + " }";
                    }
                    else text += " { " + Selection(complex, depth - 1) + " }";
                }
                else if (random.Next(20) == 0) text += " { nope }";
                parts.Add(text);
            }
            return string.Join(" ", parts);
        }

        private string Arguments(FieldType field)
        {
            if (field.Arguments is not { Count: > 0 } arguments || random.Next(4) == 0) return "";
            var given = arguments.Where(_ => random.Next(2) == 0).Select(a => $"{a.Name}: {Value(a.ResolvedType, 2)}").ToList();
            if (random.Next(10) == 0) given.Add($"nope: {random.Next()}");
            return given.Count == 0 ? "" : "(" + string.Join(", ", given) + ")";
        }

        private string Value(IGraphType? type, int depth)
        {
            if (random.Next(12) == 0) return random.Next(3) switch { 0 => "null", 1 => "$id", _ => "\"" + Text().Replace("\"", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal) + "\"" };
            switch (type)
            {
                case NonNullGraphType nonNull: return Value(nonNull.ResolvedType, depth);
                case ListGraphType list: return "[" + string.Join(", ", Enumerable.Range(0, random.Next(0, 4)).Select(_ => Value(list.ResolvedType, depth))) + "]";
                case EnumerationGraphType e: return e.Values.Count == 0 ? "X" : e.Values.ElementAt(random.Next(e.Values.Count)).Name;
                case IntGraphType: return random.Next(-3, 300).ToString(System.Globalization.CultureInfo.InvariantCulture);
                case FloatGraphType: return (random.NextDouble() * 400 - 100).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
                case BooleanGraphType: return random.Next(2) == 0 ? "true" : "false";
                case IdGraphType: return "\"" + Id() + "\"";
                case IInputObjectGraphType input when depth > 0:
                    return "{ " + string.Join(", ", input.Fields.Where(_ => random.Next(2) == 0).Select(f => $"{f.Name}: {Value(f.ResolvedType, depth - 1)}")) + " }";
                case IInputObjectGraphType:
                    return "{}";
                default:
                    return "\"" + (random.Next(3) == 0 ? "430112001" : Text().Replace("\"", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal)) + "\"";
            }
        }

        private static IGraphType? Unwrap(IGraphType? type) => type switch
        {
            NonNullGraphType n => Unwrap(n.ResolvedType),
            ListGraphType l => Unwrap(l.ResolvedType),
            _ => type,
        };
    }
}
