using GraphQL;
using GraphQL.Utilities;

namespace ResourceHub.Schema.Tests;

public sealed class SchemaTests
{
    [Fact]
    public async Task Schema_Printed_MatchesPublishedSchemaFile()
    {
        var printed = (await DemoHub.Shared).Executor.Schema.Print(new PrintOptions { IncludeDescriptions = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = Path.Combine(RepositoryRoot(), "schema.graphql");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1") File.WriteAllText(path, printed);

        var published = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";

        Assert.True(published == printed,
            "schema.graphql differs from the schema the hub serves. Regenerate it with " +
            "`UPDATE_SCHEMA=1 dotnet test tests/Schema.Tests --filter SchemaTests` (or `dotnet run --project src/Hub -- schema > schema.graphql`), " +
            "review the diff and commit it; never edit the file by hand.");
    }

    [Fact]
    public async Task Schema_EveryTypeFieldAndArgument_HasADescription()
    {
        var schema = (await DemoHub.Shared).Executor.Schema;
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !IsBuiltInScalar(t.Name)))
        {
            if (string.IsNullOrWhiteSpace(type.Description)) missing.Add(type.Name);
            if (type is GraphQL.Types.IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description)) missing.Add($"{type.Name}.{field.Name}");
                    foreach (var arg in field.Arguments ?? [])
                    {
                        if (string.IsNullOrWhiteSpace(arg.Description)) missing.Add($"{type.Name}.{field.Name}({arg.Name})");
                    }
                }
            }
        }
        Assert.Empty(missing);
    }

    private static bool IsBuiltInScalar(string name) =>
        name is "String" or "Int" or "Float" or "Boolean" or "ID" or "Long" or "Decimal" or "DateTimeOffset" or "DateOnly";

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ResourceHub.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("ResourceHub.sln not found above the test folder");
    }
}
