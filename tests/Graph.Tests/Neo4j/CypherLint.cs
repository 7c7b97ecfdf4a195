using System.Text.Json;

namespace ResourceHub.Graph.Tests.Neo4j;

/// <summary>Neo4j's own Cypher linter (npm @neo4j-cypher/language-support, run by tools/lint.mjs), over statements as current Cypher.</summary>
internal static class CypherLint
{
    /// <summary>What the linter said of each statement: its errors and its warnings.</summary>
    public sealed record Finding(string Statement, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);

    /// <summary>Lints the statements; the linter's name and version, and a finding for each.</summary>
    public static async Task<(string Linter, IReadOnlyList<Finding> Findings)> LintAsync(IEnumerable<string> statements)
    {
        await Neo4jServer.EnsureInstalledAsync();
        var file = Path.Combine(Path.GetTempPath(), $"resourcehub-cypher-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(statements.Distinct().ToList()));
        try
        {
            var (exit, output) = await Neo4jServer.RunAsync("node", ["lint.mjs", file], Neo4jServer.Tools, TimeSpan.FromMinutes(2));
            Assert.True(exit == 0, $"lint.mjs failed ({exit}): {output}");
            using var doc = JsonDocument.Parse(output);
            var findings = doc.RootElement.GetProperty("results").EnumerateArray().Select(r => new Finding(
                r.GetProperty("statement").GetString()!,
                [.. r.GetProperty("errors").EnumerateArray().Select(e => $"{e.GetProperty("line")}:{e.GetProperty("column")} {e.GetProperty("message").GetString()}")],
                [.. r.GetProperty("warnings").EnumerateArray().Select(e => $"{e.GetProperty("line")}:{e.GetProperty("column")} {e.GetProperty("message").GetString()}")])).ToList();
            return (doc.RootElement.GetProperty("linter").GetString()!, findings);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Asserts the linter finds no error in any statement, naming each that has one.</summary>
    public static async Task AssertNoErrorsAsync(IReadOnlyCollection<string> statements)
    {
        var (linter, findings) = await LintAsync(statements);
        Assert.Equal(statements.Distinct().Count(), findings.Count);
        var wrong = findings.Where(f => f.Errors.Count > 0).Select(f => $"{f.Statement}\n  {string.Join("\n  ", f.Errors)}").ToList();
        Assert.True(wrong.Count == 0, $"{linter} found errors in {wrong.Count} statements:\n{string.Join("\n", wrong)}");
    }
}
