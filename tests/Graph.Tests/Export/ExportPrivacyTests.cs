using System.Globalization;
using System.Text;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Export;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Export;

/// <summary>
/// No export holds what the public may not see: no elder's name, phone or address, no volunteer number; and changing
/// all of that changes no byte of any export (the non-interference the API holds itself to).
/// </summary>
public sealed class ExportPrivacyTests
{
    private static IEnumerable<ExportScope> Scopes(NetworkSnapshot s) =>
        [ExportScope.Of(s, DemoExports.District.Id), ExportScope.Of(s, DemoExports.Township.Id), ExportScope.Whole(s)];

    /// <summary>Every export of a scope as text; CSV as its tables (the ZIP compresses them).</summary>
    private static async Task<Dictionary<string, string>> TextsAsync(ExportScope scope)
    {
        var texts = new Dictionary<string, string>();
        foreach (var format in Enum.GetValues<ExportFormat>().Where(f => f != ExportFormat.Csv))
            texts[format.ToString()] = Encoding.UTF8.GetString(await DemoExports.ExportAsync(scope, format));
        foreach (var (table, text) in await DemoExports.CsvTablesAsync(scope)) texts["csv " + table] = text;
        return texts;
    }

    private static async Task<Dictionary<string, byte[]>> BytesAsync(ExportScope scope)
    {
        var bytes = new Dictionary<string, byte[]>();
        foreach (var format in Enum.GetValues<ExportFormat>()) bytes[format.ToString()] = await DemoExports.ExportAsync(scope, format);
        return bytes;
    }

    [Fact]
    public async Task NoExport_OfTheDemo_HoldsAnEldersNameOrAddress_OrAVolunteerNumber()
    {
        var s = DemoExports.Snapshot;
        // Demo names are short (张某兰): one an elder shares with a public person or text tells nothing of the elder.
        var publicText = string.Join('\n', s.Nodes().Where(n => ExportScope.IsExported(n.Kind)).Select(n => n.Name + " " + n.Description));
        var elders = s.Nodes<Elder>().ToList();
        var names = elders.Select(e => e.Name).Where(n => !publicText.Contains(n, StringComparison.Ordinal)).Distinct().ToList();
        var secrets = names
            .Concat(elders.Select(e => e.Phone).OfType<string>())
            .Concat(elders.Select(e => e.Address).OfType<string>().Distinct())
            .Concat(s.Nodes<Volunteer>().Select(v => v.VolunteerNumber))
            .ToList();
        Assert.True(names.Count > elders.Count / 2, $"only {names.Count} of {elders.Count} elders' names are not also public ones");
        Assert.Contains("示例地址", secrets);

        foreach (var scope in Scopes(s))
        {
            foreach (var (what, text) in await TextsAsync(scope))
            {
                var leaked = secrets.FirstOrDefault(secret => text.Contains(secret, StringComparison.Ordinal));
                Assert.True(leaked is null, $"the {what} export of {scope.FileStem} holds '{leaked}'");
            }
        }
    }

    [Fact]
    public async Task ChangingEveryEldersData_AndEveryVolunteerNumber_ChangesNoByteOfAnyExport()
    {
        var s = DemoExports.Snapshot;
        var changes = new ChangeSet();
        var i = 0;
        foreach (var elder in s.Nodes<Elder>())
        {
            i++;
            changes.Update(elder with
            {
                Name = "隐某" + (char)('甲' + i % 50),
                Phone = "139 0000 " + i.ToString("0000", CultureInfo.InvariantCulture),
                Address = $"隐私路{i}号",
                Point = new GeoPoint(28.1 + i * 1e-5, 112.6 + i * 1e-5),
                Description = $"私密备注{i}",
                HealthNotes = $"健康记录{i}",
                Mobility = elder.Mobility == Mobility.Disabled ? Mobility.Independent : Mobility.Disabled,
                Situations = elder.Situations.Contains("living-alone") ? [] : ["living-alone"],
            });
        }
        foreach (var need in s.Nodes<Need>().Where(n => s.IsPersonalNeed(n.Id)))
            changes.Update(need with { Name = $"私密需求{need.Id}", Description = $"私密描述{need.Id}" });
        foreach (var volunteer in s.Nodes<Volunteer>())
            changes.Update(volunteer with { VolunteerNumber = "PRIV" + volunteer.Id.ToString("000000", CultureInfo.InvariantCulture) });
        var changed = InMemoryNetwork.Apply(s, changes, DemoExports.Now.AddDays(1));
        Assert.Equal("隐私路1号", changed.Nodes<Elder>().First().Address);

        foreach (var (before, after) in Scopes(s).Zip(Scopes(changed)))
        {
            var was = await BytesAsync(before);
            var now = await BytesAsync(after);
            foreach (var format in was.Keys) Assert.True(was[format].AsSpan().SequenceEqual(now[format]), $"the {format} export of {before.FileStem} changed");
            foreach (var (what, text) in await TextsAsync(after))
                Assert.False(text.Contains("隐私路", StringComparison.Ordinal) || text.Contains("PRIV0", StringComparison.Ordinal) || text.Contains("私密", StringComparison.Ordinal), $"the {what} export holds changed personal data");
        }
    }
}
