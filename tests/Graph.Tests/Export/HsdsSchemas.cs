using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ResourceHub.Graph.Tests.Export;

/// <summary>
/// The HSDS 3.0 schemas in tests/hsds-3.0 (copies of Open Referral's, with their NOTICE): the compiled object schemas, the API's list shapes, and, where the folder
/// has no file of their own, the schemas of a location, a taxonomy and a taxonomy term as the compiled schemas embed
/// them, and the API's Page and <c>/</c> answers from openapi.json. Formats (uuid, date-time, uri, email) are checked.
/// </summary>
public static class HsdsSchemas
{
    // HSDS declares JSON Schema 2020-12 (openapi.json's jsonSchemaDialect); its schemas carry keywords of their own
    // (name, constraints, datapackage_metadata …), which that draft takes as annotations.
    private static readonly BuildOptions Build = new() { Dialect = Dialect.Draft202012 };

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private static readonly Lazy<JsonSchema> OrganizationSchema = File("organization.json");
    private static readonly Lazy<JsonSchema> ServiceSchema = File("service.json");
    private static readonly Lazy<JsonSchema> ServiceAtLocationSchema = File("service_at_location.json");
    private static readonly Lazy<JsonSchema> OrganizationListSchema = File("organization_list.json");
    private static readonly Lazy<JsonSchema> ServiceListSchema = File("service_list.json");
    private static readonly Lazy<JsonSchema> ServiceAtLocationListSchema = File("service_at_location_list.json");
    private static readonly Lazy<JsonSchema> LocationSchema = Part("service_at_location.json", "properties", "location");
    private static readonly Lazy<JsonSchema> TaxonomyTermSchema = Part("service.json", "properties", "attributes", "items", "properties", "taxonomy_term");
    private static readonly Lazy<JsonSchema> TaxonomySchema = Part("service.json", "properties", "attributes", "items", "properties", "taxonomy_term", "properties", "taxonomy_detail");
    private static readonly Lazy<JsonSchema> PageSchema = Part("openapi.json", "components", "schemas", "Page");
    private static readonly Lazy<JsonSchema> ApiInfoSchema = Part("openapi.json", "paths", "/", "get", "responses", "200", "content", "application/json", "schema");

    /// <summary>The folder of the schemas.</summary>
    public static string Folder { get; } = typeof(HsdsSchemas).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "HsdsSchemaDirectory").Value!;

    public static JsonSchema Organization => OrganizationSchema.Value;
    public static JsonSchema Service => ServiceSchema.Value;
    public static JsonSchema ServiceAtLocation => ServiceAtLocationSchema.Value;
    public static JsonSchema OrganizationList => OrganizationListSchema.Value;
    public static JsonSchema ServiceList => ServiceListSchema.Value;
    public static JsonSchema ServiceAtLocationList => ServiceAtLocationListSchema.Value;
    public static JsonSchema Location => LocationSchema.Value;
    public static JsonSchema TaxonomyTerm => TaxonomyTermSchema.Value;
    public static JsonSchema Taxonomy => TaxonomySchema.Value;
    public static JsonSchema Page => PageSchema.Value;
    public static JsonSchema ApiInfo => ApiInfoSchema.Value;

    /// <summary>Fails with the schema's complaints (where and what, the first twenty) unless the instance is valid.</summary>
    public static void AssertValid(JsonSchema schema, JsonElement instance, string what)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var result = schema.Evaluate(instance, Options);
        if (result.IsValid) return;
        var problems = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .Take(20).ToList();
        Assert.Fail($"{what} is not valid HSDS:\n  {string.Join("\n  ", problems)}\n{instance.GetRawText()[..Math.Min(2000, instance.GetRawText().Length)]}");
    }

    /// <summary>True when the instance is valid: for tests that a schema does refuse what it should.</summary>
    public static bool IsValid(JsonSchema schema, JsonElement instance)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema.Evaluate(instance, Options).IsValid;
    }

    private static string PathOf(string file)
    {
        var path = Path.Combine(Folder, file);
        if (!System.IO.File.Exists(path)) throw new FileNotFoundException($"The HSDS 3.0 schemas are expected in {Folder} (tests/hsds-3.0); {file} is not there.", path);
        return path;
    }

    private static Lazy<JsonSchema> File(string file) => new(() =>
        JsonSchema.FromText(System.IO.File.ReadAllText(PathOf(file)), Build, baseUri: new Uri("https://hsds.schemas.test/" + file)));

    private static Lazy<JsonSchema> Part(string file, params string[] path) => new(() =>
    {
        var node = JsonNode.Parse(System.IO.File.ReadAllText(PathOf(file)))!;
        foreach (var step in path) node = node[step] ?? throw new InvalidOperationException($"{file} has no {string.Join('/', path)}");
        return JsonSchema.FromText(node.ToJsonString(), Build, baseUri: new Uri($"https://hsds.schemas.test/{file}/{string.Join('/', path.Select(Uri.EscapeDataString))}"));
    });
}
