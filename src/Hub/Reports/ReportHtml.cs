using System.Globalization;
using System.Net;
using System.Text;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Hub.Reports;

/// <summary>
/// The report page: one self-contained HTML document (styles inline, the gap map an inline SVG, nothing fetched), laid
/// out for A4 so that headless Chromium prints it as the PDF. Chinese headings with English beside them.
/// </summary>
internal static class ReportHtml
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] CoverageColours = ["#d73027", "#fc8d59", "#fee08b", "#a6d96a", "#1a9850"];

    public static string Render(DistrictReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var h = new StringBuilder();
        var months = r.Months;
        var hours = months.Sum(m => m.HoursServed);
        var credits = months.Sum(m => m.CreditsBanked);
        var complete = r.Coverage.Count(c => c.Since.Coverage.Complete);
        h.Append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(E(r.Area.Name)).Append("五社联动支持网络报告</title><style>")
            .Append(Style).Append("</style></head><body>");
        h.Append("<h1>").Append(E(r.Area.Name)).Append("五社联动支持网络报告 <small>Support network report</small></h1>");
        h.Append("<p class=\"meta\">区划代码 Code ").Append(E(r.Area.Code)).Append(" · 统计期 Period ").Append(D(r.From)).Append(" – ").Append(D(r.To))
            .Append(" · 生成于 Made ").Append(r.MadeAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", Invariant))
            .Append("（北京时间）<br>按民政局视角汇总：只含汇总数字和去标识记录，不含任何老人的身份信息 · Read as the area's civil-affairs official: aggregates and de-identified records, no elder's identity.</p>");

        h.Append("<h2>概况 <small>Summary</small></h2><table class=\"kv\">");
        Row(h, "社区 Communities", $"{r.Coverage.Count}，五社齐全 complete {complete}（{Percent(complete, r.Coverage.Count)}）");
        Row(h, "待响应需求 Open needs", $"{r.Gaps.OpenNeeds}，无人可助 unmet {r.Gaps.UnmetNeeds.Count}");
        Row(h, "转介 Referrals sent", r.Flows.Sum(f => f.Referrals).ToString(Invariant));
        Row(h, "满足需求 Needs met", months.Sum(m => m.NeedsMet).ToString(Invariant));
        Row(h, "服务时长 Hours served", N(hours));
        Row(h, "时间币存入 Credits banked", N(credits));
        Row(h, "支持网络 Support network", $"{r.Brokers.Nodes} 节点 nodes，{r.Brokers.Ties} 关系 ties");
        h.Append("</table>");

        h.Append("<h2>五社联动覆盖 <small>Linkage coverage</small></h2>");
        h.Append("<p class=\"note\">截至 ").Append(D(r.To)).Append("：社会组织、社会工作者、志愿者、慈善资源是否服务该社区，以及五社齐全的日期 · As of the period's end: which societies serve each community, and since when all five have.</p>");
        h.Append("<table><thead><tr><th>代码 Code</th><th>社区 Community</th><th>社会组织<br>Org</th><th>社工<br>Social work</th><th>志愿者<br>Volunteer</th><th>慈善资源<br>Charity</th><th>齐全自<br>Complete since</th></tr></thead><tbody>");
        foreach (var (community, since) in r.Coverage)
        {
            h.Append("<tr><td>").Append(E(community.Code)).Append("</td><td>").Append(E(community.Name)).Append("</td>");
            foreach (var present in new[] { since.SocialOrganization, since.SocialWorker, since.Volunteer, since.CharitableResource })
                h.Append(present is null ? "<td class=\"no\">✗</td>" : "<td class=\"yes\">✓</td>");
            h.Append("<td>").Append(since.Complete is { } d ? D(d) : "—").Append("</td></tr>");
        }
        h.Append("</tbody></table>");

        h.Append("<h2 class=\"page\">服务缺口 <small>Service gaps</small></h2>");
        h.Append("<p class=\"note\">红圈：有无人可助的待响应需求的社区；颜色：五社覆盖（红 无 → 绿 齐全）· Red rings: communities with open needs no qualified helper can reach; fill: coverage (red none → green complete).</p>");
        GapMap(h, r);
        h.Append("<h3>按服务类别 <small>By category</small></h3><table><thead><tr><th>类别 Category</th><th>待响应 Open</th><th>无人可助 Unmet</th></tr></thead><tbody>");
        foreach (var g in r.Gaps.Categories)
        {
            var term = ServiceTaxonomy.Find(g.Category);
            h.Append("<tr><td>").Append(E(term is null ? g.Category : $"{term.Zh} {term.En}")).Append("</td><td>").Append(g.OpenNeeds).Append("</td><td")
                .Append(g.Unmet > 0 ? " class=\"no\"" : "").Append('>').Append(g.Unmet).Append("</td></tr>");
        }
        h.Append("</tbody></table>");
        h.Append("<h3>可及性（两步移动搜索法）<small>Accessibility, two-step floating catchment</small></h3>");
        h.Append("<p class=\"note\">每个服务方的容量按其服务范围内的待响应需求分摊，再按社区加总 · Each helper's capacity shared over the open needs in its catchment, summed per community.</p>");
        h.Append("<table><thead><tr><th>社区 Community</th><th>待响应 Open</th><th>无人可助 Unmet</th><th>可及服务方 Helpers</th><th>可及性 Accessibility</th></tr></thead><tbody>");
        var names = r.Coverage.ToDictionary(c => c.Community.Id, c => c.Community.Name);
        foreach (var c in r.Gaps.Communities.OrderByDescending(c => c.Unmet).ThenBy(c => c.Accessibility).Take(20))
        {
            h.Append("<tr><td>").Append(E(names.GetValueOrDefault(c.CommunityId, ""))).Append("</td><td>").Append(c.OpenNeeds).Append("</td><td").Append(c.Unmet > 0 ? " class=\"no\"" : "")
                .Append('>').Append(c.Unmet).Append("</td><td>").Append(c.Helpers).Append("</td><td>").Append(c.Accessibility.ToString("0.00", Invariant)).Append("</td></tr>");
        }
        h.Append("</tbody></table>");

        h.Append("<h2 class=\"page\">桥梁节点 <small>Brokers</small></h2><p class=\"note\">");
        h.Append(r.Brokers.Exact
            ? $"介数中心性，精确计算（{r.Brokers.Nodes} 个节点）· Betweenness centrality, exact over {r.Brokers.Nodes} nodes."
            : $"介数中心性，自 {r.Brokers.Sources} 个源点抽样，误差上界 ±{r.Brokers.ErrorBound:0.0000}（置信度 {Betweenness.Confidence:P0}）· Betweenness sampled from {r.Brokers.Sources} sources, error bound ±{r.Brokers.ErrorBound:0.0000} at {Betweenness.Confidence:P0}.");
        h.Append("</p><table><thead><tr><th>#</th><th>名称 Name</th><th>类型 Kind</th><th>标准化介数 Normalized</th><th>关系数 Ties</th></tr></thead><tbody>");
        var rank = 0;
        foreach (var b in r.Brokers.Brokers)
        {
            var node = r.Snapshot.Node(b.NodeId)!;
            h.Append("<tr><td>").Append(++rank).Append("</td><td>").Append(E(node.Name)).Append("</td><td>").Append(node is Organization o ? o.OrganizationKind.ToString() : node.Kind.ToString())
                .Append("</td><td>").Append(b.Normalized.ToString("0.0000", Invariant)).Append("</td><td>").Append(b.Ties).Append("</td></tr>");
        }
        h.Append("</tbody></table>");

        h.Append("<h2>转介结果 <small>Referral outcomes</small></h2><table><thead><tr><th>状态或结果 Status or outcome</th><th>数量 Count</th></tr></thead><tbody>");
        foreach (var (zh, en, count) in r.Outcomes()) h.Append("<tr><td>").Append(E(zh)).Append(' ').Append(E(en)).Append("</td><td>").Append(count).Append("</td></tr>");
        h.Append("</tbody></table><h3>主要流向 <small>Main flows</small></h3><table><thead><tr><th>转出方 From</th><th>承接方 To</th><th>转介 Referrals</th></tr></thead><tbody>");
        foreach (var f in r.Flows.Take(15))
            h.Append("<tr><td>").Append(E(r.Snapshot.Node(f.FromId)?.Name ?? "")).Append("</td><td>").Append(E(r.Snapshot.Node(f.ToId)?.Name ?? "")).Append("</td><td>").Append(f.Referrals).Append("</td></tr>");
        h.Append("</tbody></table>");

        h.Append("<h2 class=\"page\">服务时长与分月统计 <small>Hours and totals by month</small></h2><table><thead><tr><th>月份 Month</th><th>新增需求 Posted</th><th>满足需求 Met</th><th>发出转介 Referrals</th><th>服务记录 Records</th><th>服务时长 Hours</th><th>时间币 Credits</th></tr></thead><tbody>");
        foreach (var m in months)
        {
            h.Append("<tr><td>").Append(m.From.ToString("yyyy-MM", Invariant)).Append("</td><td>").Append(m.NeedsPosted).Append("</td><td>").Append(m.NeedsMet).Append("</td><td>").Append(m.ReferralsSent)
                .Append("</td><td>").Append(m.ServiceRecords).Append("</td><td>").Append(N(m.HoursServed)).Append("</td><td>").Append(N(m.CreditsBanked)).Append("</td></tr>");
        }
        h.Append("<tr class=\"total\"><td>合计 Total</td><td>").Append(months.Sum(m => m.NeedsPosted)).Append("</td><td>").Append(months.Sum(m => m.NeedsMet)).Append("</td><td>")
            .Append(months.Sum(m => m.ReferralsSent)).Append("</td><td>").Append(months.Sum(m => m.ServiceRecords)).Append("</td><td>").Append(N(hours)).Append("</td><td>").Append(N(credits)).Append("</td></tr>");
        h.Append("</tbody></table>");

        h.Append("<h2>政府购买服务成效 <small>Government-purchased projects</small></h2><table><thead><tr><th>项目 Project</th><th>指标 Target</th><th>合同 Contracted</th><th>完成 Delivered</th><th>完成率 Ratio</th></tr></thead><tbody>");
        foreach (var p in r.Projects)
        {
            var project = r.Snapshot.Node<Project>(p.ProjectId)!;
            var targets = Attainment(p);
            if (targets.Count == 0) targets.Add(("—", null, 0));
            var first = true;
            foreach (var (measure, target, delivered) in targets)
            {
                h.Append("<tr>");
                if (first) h.Append("<td rowspan=\"").Append(targets.Count).Append("\">").Append(E(project.Name)).Append("</td>");
                first = false;
                h.Append("<td>").Append(E(measure)).Append("</td><td>").Append(target is { } t ? N(t) : "—").Append("</td><td>").Append(N(delivered)).Append("</td><td>")
                    .Append(target is { } t2 && t2 > 0 ? (delivered / t2).ToString("P0", Invariant) : "—").Append("</td></tr>");
            }
        }
        h.Append("</tbody></table>");
        h.Append("<p class=\"foot\">ResourceHub 资源枢纽 · 五社联动 · ").Append(E(r.Area.Name)).Append("</p></body></html>");
        return h.ToString();
    }

    /// <summary>A project's targets against what it delivered, as rows: (measure, target, delivered).</summary>
    public static List<(string Measure, decimal? Target, decimal Delivered)> Attainment(ProjectDelivery p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var rows = new List<(string, decimal?, decimal)>();
        if (p.Targets.Activities is { } a) rows.Add(("活动场次 Activities", a, p.ActivitiesHeld));
        if (p.Targets.Hours is { } h) rows.Add(("服务时长 Hours", h, p.HoursServed));
        if (p.Targets.EldersReached is { } e) rows.Add(("服务老人 Elders reached", e, p.EldersReached));
        if (p.Targets.ReferralsCompleted is { } c) rows.Add(("转介成功 Referrals completed", c, p.ReferralsCompleted));
        return rows;
    }

    // The communities at their points, filled by coverage, gaps ringed in red: an SVG drawn here, nothing fetched.
    private static void GapMap(StringBuilder h, DistrictReport r)
    {
        const double Width = 760, Height = 520, Pad = 24;
        var placed = r.Coverage.Where(c => c.Community.Point is not null).ToList();
        if (placed.Count == 0)
        {
            h.Append("<p class=\"note\">没有可绘制的社区位置 · No community has a point to draw.</p>");
            return;
        }
        var lat = placed.Select(c => c.Community.Point!.Value.Lat).ToList();
        var lon = placed.Select(c => c.Community.Point!.Value.Lon).ToList();
        var k = Math.Cos(lat.Average() * Math.PI / 180);
        double spanX = Math.Max((lon.Max() - lon.Min()) * k, 1e-6), spanY = Math.Max(lat.Max() - lat.Min(), 1e-6);
        var scale = Math.Min((Width - 2 * Pad) / spanX, (Height - 2 * Pad) / spanY);
        var unmet = r.Gaps.Communities.ToDictionary(c => c.CommunityId, c => c.Unmet);
        h.Append("<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(Width.ToString(Invariant)).Append(' ').Append(Height.ToString(Invariant)).Append("\">");
        h.Append("<rect width=\"100%\" height=\"100%\" fill=\"#f7f9fb\" stroke=\"#d9dee3\"/>");
        foreach (var (community, since) in placed.OrderBy(c => unmet.GetValueOrDefault(c.Community.Id)))
        {
            var p = community.Point!.Value;
            var x = Pad + (p.Lon - lon.Min()) * k * scale;
            var y = Height - Pad - (p.Lat - lat.Min()) * scale;
            var present = new[] { since.SocialOrganization, since.SocialWorker, since.Volunteer, since.CharitableResource }.Count(d => d is not null);
            var gap = unmet.GetValueOrDefault(community.Id);
            h.Append("<circle cx=\"").Append(x.ToString("0.0", Invariant)).Append("\" cy=\"").Append(y.ToString("0.0", Invariant)).Append("\" r=\"7\" fill=\"").Append(CoverageColours[present])
                .Append(gap > 0 ? "\" stroke=\"#d62728\" stroke-width=\"4\"" : "\" stroke=\"#5b6b7a\" stroke-width=\"0.6\"").Append("><title>").Append(E(community.Name)).Append("</title></circle>");
            if (gap > 0)
                h.Append("<text x=\"").Append((x + 10).ToString("0.0", Invariant)).Append("\" y=\"").Append((y + 4).ToString("0.0", Invariant)).Append("\" class=\"gap\">").Append(E(community.Name)).Append(" ⚠").Append(gap).Append("</text>");
        }
        h.Append("</svg>");
    }

    private static void Row(StringBuilder h, string key, string value) => h.Append("<tr><td>").Append(E(key)).Append("</td><td>").Append(E(value)).Append("</td></tr>");

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string D(DateOnly day) => day.ToString("yyyy-MM-dd", Invariant);

    private static string N(decimal value) => value.ToString("0.##", Invariant);

    private static string Percent(int part, int whole) => whole == 0 ? "—" : ((double)part / whole).ToString("P0", Invariant);

    private const string Style = """
        @page { size: A4; margin: 16mm 14mm; }
        body { font-family: "Noto Sans CJK SC", "Noto Sans SC", sans-serif; font-size: 10.5pt; color: #1b2a38; }
        h1 { font-size: 18pt; margin: 0 0 4pt; } h2 { font-size: 13.5pt; margin: 14pt 0 5pt; border-bottom: 1px solid #9aa5b1; } h3 { font-size: 11pt; margin: 10pt 0 4pt; }
        small { color: #5b6b7a; font-weight: normal; } .meta, .note, .foot { color: #4b5967; font-size: 9pt; }
        h2.page { break-before: page; }
        table { border-collapse: collapse; width: 100%; margin: 4pt 0; font-size: 9pt; } th, td { border: 1px solid #d9dee3; padding: 2pt 4pt; text-align: left; }
        thead { display: table-header-group; } tr { break-inside: avoid; } th { background: #eef1f4; }
        table.kv td:first-child { width: 35%; color: #4b5967; } .yes { color: #1a9850; text-align: center; } .no { color: #b2182b; text-align: center; font-weight: bold; }
        tr.total td { font-weight: bold; } svg.map { width: 100%; height: auto; } svg text.gap { font-size: 11px; fill: #b2182b; }
        """;
}
