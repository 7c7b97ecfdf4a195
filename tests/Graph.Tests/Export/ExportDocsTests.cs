using System.Reflection;
using ResourceHub.Graph.Export;

namespace ResourceHub.Graph.Tests.Export;

/// <summary>docs/exports.md documents every column an export writes, under the table that has it.</summary>
public sealed class ExportDocsTests
{
    private static readonly string Docs = File.ReadAllText(typeof(ExportDocsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ExportDocs").Value!);

    private static string Section(string heading)
    {
        var start = Docs.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/exports.md has no '{heading}'");
        var end = Docs.IndexOf("\n### ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? Docs[start..] : Docs[start..end];
    }

    [Fact]
    public void Docs_ListEveryColumnOfEveryTable()
    {
        Assert.All(ExportColumns.Common, c => Assert.Contains($"| `{c.Name}` |", Section("### Every table"), StringComparison.Ordinal));
        foreach (var kind in ExportColumns.Kinds)
        {
            var section = Section($"### `{ExportColumns.TableOf(kind)}.csv`");
            Assert.All(ExportColumns.Of(kind).Skip(ExportColumns.Common.Count), c => Assert.Contains($"| `{c.Name}` |", section, StringComparison.Ordinal));
        }
        Assert.All(ExportColumns.Links, c => Assert.Contains($"| `{c.Name}` |", Section("### `links.csv`"), StringComparison.Ordinal));
    }
}
