using System.Text.Json;

namespace ResourceHub.Bench;

/// <summary>
/// The POST bodies of the HTTP load for a question about needs: the GraphQL document of a file (it declares
/// <c>$id: ID!</c>, a need's global id) with each sampled need in turn, one JSON request per line, for wrk's Lua script.
/// </summary>
internal static class HttpBodies
{
    public static int Write(string documentFile, BenchSize size, string outFile)
    {
        var document = File.ReadAllText(documentFile);
        var needs = Path.Combine(Results.Directory, $"needs-{size}.txt");
        if (!File.Exists(needs))
        {
            Console.Error.WriteLine($"no need sample for {size}: run the latency verb first ({needs})");
            return 2;
        }
        File.WriteAllLines(outFile, File.ReadLines(needs).Select(id => JsonSerializer.Serialize(new { query = document, variables = new { id } })));
        return 0;
    }
}
