using System.Text;
using Microsoft.VisualBasic.FileIO;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Export;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Export;

public sealed class CsvExportTests
{
    private static List<string[]> Parse(string text)
    {
        using var parser = new TextFieldParser(new StringReader(text)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields()!);
        return rows;
    }

    [Fact]
    public async Task Tables_ParsedBack_HaveTheDocumentedColumns_AndARowPerNodeOfTheirKind()
    {
        var scope = DemoExports.DistrictScope;
        var tables = await DemoExports.CsvTablesAsync(scope);

        Assert.Equal(CsvExportWriter.Tables, tables.Keys);
        foreach (var kind in ExportColumns.Kinds)
        {
            var text = tables[ExportColumns.TableOf(kind)];
            Assert.StartsWith("\uFEFF", text, StringComparison.Ordinal);
            var rows = Parse(text[1..]);
            Assert.Equal(ExportColumns.Of(kind).Select(c => c.Name), rows[0]);
            Assert.Equal(scope.Nodes().Count(n => n.Kind == kind), rows.Count - 1);
            Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
        }
        var links = Parse(tables[ExportColumns.LinksTable][1..]);
        Assert.Equal(ExportColumns.Links.Select(c => c.Name), links[0]);
        Assert.Equal(scope.Links().Count(), links.Count - 1);
        Assert.Contains("\r\n", tables["links"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cells_ReadBackAsTheyWere_ChineseListsAndNumbers()
    {
        var scope = DemoExports.DistrictScope;
        var rows = Parse((await DemoExports.CsvTablesAsync(scope))["organizations"][1..]);
        var header = rows[0].ToList();
        var station = scope.Nodes<Organization>().First(o => o.Name == "高塘岭街道社工站");
        var row = rows.Single(r => r[header.IndexOf("id")] == station.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal("高塘岭街道社工站", row[header.IndexOf("name")]);
        Assert.Equal(string.Join(';', station.Services), row[header.IndexOf("services")]);
        Assert.Equal("SOCIAL_WORK_STATION", row[header.IndexOf("organization_kind")]);
        Assert.Equal("430112001", row[header.IndexOf("area_code")]);
        Assert.Equal(station.Point?.Lat.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "", row[header.IndexOf("lat")]);
    }

    [Fact]
    public async Task Text_WithCommasQuotesAndLineBreaks_IsQuoted_AndAFormulaIsDisarmed()
    {
        var s = DemoExports.Snapshot;
        var station = s.Nodes<Organization>().First(o => o.Name == "高塘岭街道社工站");
        var renamed = InMemoryNetwork.Apply(s, new ChangeSet().Update(station with
        {
            Name = "=HYPERLINK(\"http://x\",\"点我\")",
            Description = "第一行，有逗号, \"引号\"\n第二行",
        }), DemoExports.Now);
        var rows = Parse((await DemoExports.CsvTablesAsync(ExportScope.Of(renamed, DemoExports.District.Id)))["organizations"][1..]);
        var header = rows[0].ToList();
        var row = rows.Single(r => r[header.IndexOf("id")] == station.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal("'=HYPERLINK(\"http://x\",\"点我\")", row[header.IndexOf("name")]);
        Assert.Equal("第一行，有逗号, \"引号\"\n第二行", row[header.IndexOf("description")]);
    }

    [Fact]
    public async Task Zip_HoldsEveryTable_AsTheTablesAlone()
    {
        var scope = DemoExports.DistrictScope;
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(await DemoExports.ExportAsync(scope, ExportFormat.Csv)));
        var tables = await DemoExports.CsvTablesAsync(scope);

        Assert.Equal(CsvExportWriter.Tables.Select(t => t + ".csv"), zip.Entries.Select(e => e.FullName));
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
            Assert.Equal(tables[Path.GetFileNameWithoutExtension(entry.FullName)], await reader.ReadToEndAsync());
        }
    }
}
