using System.Globalization;
using System.Text;
using CsvHelper;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Hub.Reports;

/// <summary>The report as CSV tables, one file a table, UTF-8 with a byte-order mark (so Excel reads the Chinese), headers in Chinese and English.</summary>
internal static class ReportCsv
{
    /// <summary>The tables' file names, in the order they are written.</summary>
    public static readonly string[] Files = ["coverage.csv", "gaps-categories.csv", "gaps-communities.csv", "brokers.csv", "referrals.csv", "flows.csv", "totals.csv", "projects.csv"];

    public static async Task WriteAsync(DistrictReport r, string folder, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(r);
        Directory.CreateDirectory(folder);
        var names = r.Coverage.ToDictionary(c => c.Community.Id, c => c.Community);
        await Table(folder, "coverage.csv", ["社区代码 code", "社区 community", "社会组织 social_organization", "社工 social_worker", "志愿者 volunteer", "慈善资源 charitable_resource", "齐全 complete", "齐全自 complete_since"],
            r.Coverage.Select(c => new object?[] { c.Community.Code, c.Community.Name, Flag(c.Since.SocialOrganization), Flag(c.Since.SocialWorker), Flag(c.Since.Volunteer), Flag(c.Since.CharitableResource),
                c.Since.Coverage.Complete ? 1 : 0, c.Since.Complete?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }), cancel);
        await Table(folder, "gaps-categories.csv", ["类别代码 category", "类别 label", "待响应 open_needs", "无人可助 unmet"],
            r.Gaps.Categories.Select(g => new object?[] { g.Category, ServiceTaxonomy.Find(g.Category)?.Zh, g.OpenNeeds, g.Unmet }), cancel);
        await Table(folder, "gaps-communities.csv", ["社区代码 code", "社区 community", "待响应 open_needs", "无人可助 unmet", "可及服务方 helpers", "可及性 accessibility"],
            r.Gaps.Communities.Select(c => new object?[] { names[c.CommunityId].Code, names[c.CommunityId].Name, c.OpenNeeds, c.Unmet, c.Helpers, Math.Round(c.Accessibility, 6) }), cancel);
        await Table(folder, "brokers.csv", ["排名 rank", "名称 name", "类型 kind", "介数 betweenness", "标准化介数 normalized", "关系数 ties", "精确 exact", "误差上界 error_bound"],
            r.Brokers.Brokers.Select((b, i) => new object?[] { i + 1, r.Snapshot.Node(b.NodeId)!.Name, r.Snapshot.Node(b.NodeId)!.Kind, Math.Round(b.Betweenness, 6), Math.Round(b.Normalized, 6), b.Ties,
                r.Brokers.Exact ? 1 : 0, r.Brokers.ErrorBound }), cancel);
        await Table(folder, "referrals.csv", ["状态或结果 status_or_outcome", "英文 english", "数量 count"], r.Outcomes().Select(o => new object?[] { o.Zh, o.En, o.Count }), cancel);
        await Table(folder, "flows.csv", ["转出方 from", "承接方 to", "转介 referrals", "获得帮助 got_help"],
            r.Flows.Select(f => new object?[] { r.Snapshot.Node(f.FromId)?.Name, r.Snapshot.Node(f.ToId)?.Name, f.Referrals, f.ByOutcome.GetValueOrDefault(ReferralOutcome.GotHelp) }), cancel);
        await Table(folder, "totals.csv", ["开始 from", "结束 to", "新增需求 needs_posted", "满足需求 needs_met", "发出转介 referrals_sent", "服务记录 service_records", "服务时长 hours_served", "时间币 credits_banked"],
            r.Months.Select(m => new object?[] { m.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.NeedsPosted, m.NeedsMet, m.ReferralsSent,
                m.ServiceRecords, m.HoursServed, m.CreditsBanked }), cancel);
        await Table(folder, "projects.csv", ["项目 project", "指标 measure", "合同 target", "完成 delivered"],
            r.Projects.SelectMany(p => ReportHtml.Attainment(p).Select(a => new object?[] { r.Snapshot.Node(p.ProjectId)!.Name, a.Measure, a.Target, a.Delivered })), cancel);
    }

    private static int Flag(DateOnly? since) => since is null ? 0 : 1;

    private static async Task Table(string folder, string file, string[] header, IEnumerable<object?[]> rows, CancellationToken cancel)
    {
        await using var writer = new StreamWriter(Path.Combine(folder, file), false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var h in header) csv.WriteField(h);
        await csv.NextRecordAsync();
        foreach (var row in rows)
        {
            cancel.ThrowIfCancellationRequested();
            foreach (var field in row) csv.WriteField(field);
            await csv.NextRecordAsync();
        }
    }
}
