using System.Text.RegularExpressions;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Changes;

/// <summary>The rules a single node must follow on its own, whatever it is linked to.</summary>
public static partial class NodeRules
{
    /// <summary>Longest name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Longest description.</summary>
    public const int MaxDescriptionLength = 4000;

    [GeneratedRegex(@"\A[A-Za-z0-9]{6,32}\z")]
    private static partial Regex VolunteerNumberPattern();

    [GeneratedRegex(@"\A[0-9]{17}[0-9Xx]\z")]
    private static partial Regex IdCardPattern();

    [GeneratedRegex(@"\A\+?[0-9][0-9 \-]{4,19}\z")]
    private static partial Regex PhonePattern();

    /// <summary>Checks a node; returns (field, message) pairs, none when it is valid.</summary>
    public static IEnumerable<(string Field, string Message)> Check(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var name = node.Name ?? "";
        if (name.Trim().Length == 0) yield return ("name", "must not be empty");
        else if (name.Length > MaxNameLength) yield return ("name", $"must be at most {MaxNameLength} characters (has {name.Length})");
        else if (name.Any(char.IsControl)) yield return ("name", "must not contain control characters");
        if (node.Description is { Length: > MaxDescriptionLength }) yield return ("description", $"must be at most {MaxDescriptionLength} characters");
        if (node.Point is { IsValid: false } p) yield return ("point", $"({p.Lat}, {p.Lon}) is out of range: latitude -90..90, longitude -180..180");

        var specific = node switch
        {
            Area a => CheckArea(a),
            Organization o => Defined("organizationKind", o.OrganizationKind).Concat(Defined("registration", o.Registration))
                .Concat(Codes("services", o.Services, TaxonomyFacet.Service)).Concat(Codes("situations", o.Situations, TaxonomyFacet.Situation))
                .Concat(NotNegative("capacity", o.Capacity))
                .Concat(o.MaxTravelKm is { } km && (!double.IsFinite(km) || km is < 0 or > 100) ? [("maxTravelKm", "must be 0 to 100 km")] : []),
            SocialWorker s => Defined("role", s.Role).Concat(Defined("qualification", s.Qualification))
                .Concat(Codes("skills", s.Skills, TaxonomyFacet.Service)).Concat(Codes("situations", s.Situations, TaxonomyFacet.Situation))
                .Concat(NotNegative("capacity", s.Capacity)),
            Volunteer v => CheckVolunteer(v),
            Resource r => Defined("resourceKind", r.ResourceKind).Concat(Codes("services", r.Services, TaxonomyFacet.Service))
                .Concat(NotNegative("capacity", r.Capacity)).Concat(r.Quantity < 0 ? [("quantity", "must not be negative")] : []),
            Elder e => Defined("ageBand", e.AgeBand).Concat(Defined("living", e.Living)).Concat(Defined("mobility", e.Mobility))
                .Concat(Codes("situations", e.Situations, TaxonomyFacet.Situation)).Concat(Codes("interests", e.Interests, TaxonomyFacet.Service))
                .Concat(e.Phone is { } ph && !PhonePattern().IsMatch(ph) ? [("phone", "must be 5 to 20 digits, spaces or dashes, optionally after +")] : []),
            Need n => CheckNeed(n),
            Activity a => Codes("services", a.Services, TaxonomyFacet.Service).Concat(Window("schedule", a.Schedule))
                .Concat(NotNegative("participants", a.Participants)),
            Project p2 => Codes("services", p2.Services, TaxonomyFacet.Service).Concat(Window("period", p2.Period))
                .Concat(p2.Budget < 0 ? [("budget", "must not be negative")] : [])
                .Concat(NotNegative("targets.activities", p2.Targets?.Activities)).Concat(NotNegative("targets.eldersReached", p2.Targets?.EldersReached))
                .Concat(NotNegative("targets.referralsCompleted", p2.Targets?.ReferralsCompleted))
                .Concat(p2.Targets?.Hours < 0 ? [("targets.hours", "must not be negative")] : []),
            Referral r => Defined("status", r.Status).Concat(r.Outcome is { } o2 ? Defined("outcome", o2) : [])
                .Concat(r.Rating is < 1 or > 5 ? [("rating", "must be 1 to 5")] : []),
            ServiceRecord sr => (sr.Hours is <= 0 or > 24 ? [("hours", "must be more than 0 and at most 24")] : Array.Empty<(string, string)>())
                .Concat(sr.Rating is < 1 or > 5 ? [("rating", "must be 1 to 5")] : []),
            Consent c => ((c.Purpose ?? "").Trim().Length is 0 or > MaxNameLength ? [("purpose", $"must be 1 to {MaxNameLength} characters")] : Array.Empty<(string, string)>())
                .Concat((c.Scope?.Count ?? 0) == 0 ? [("scope", "must name at least one kind of data")] : [])
                .Concat(c.WithdrawnAt < c.GivenAt ? [("withdrawnAt", "must not be before givenAt")] : []),
            TimeBankEntry t => CheckEntry(t),
            Booking b => CheckBooking(b),
            Webhook w => (Webhook.IsAllowedUrl(w.Url) && w.Url.Length <= 500 ? Array.Empty<(string, string)>() : [("url", "must be an https URL of at most 500 characters (http only to this machine)")])
                .Concat(w.Events.Count == 0 || w.Events.Any(e => !Webhook.EventTypes.Contains(e)) ? [("events", $"must name one or more of {string.Join(", ", Webhook.EventTypes)}")] : [])
                .Concat(w.Secret.Length < 32 ? [("secret", "is made by the hub when the webhook is registered")] : []),
            _ => [("kind", $"unknown node type {node.GetType().Name}")],
        };
        foreach (var e in specific) yield return e;
    }

    private static IEnumerable<(string, string)> CheckArea(Area a)
    {
        if (!Enum.IsDefined(a.Level)) { yield return ("level", "must be a city, a district, a township or a community"); yield break; }
        if (!Enum.IsDefined(a.AreaKind)) { yield return ("areaKind", "must be given"); yield break; }
        if (a.Population < 0) yield return ("population", "must not be negative");
        var code = a.Code ?? "";
        var digits = a.Level switch { AreaLevel.City or AreaLevel.District => 6, AreaLevel.Township => 9, _ => 12 };
        if (code.Length != digits || !code.All(char.IsAsciiDigit))
        {
            var level = a.Level switch { AreaLevel.City => "city", AreaLevel.District => "district", AreaLevel.Township => "township", _ => "community or village" };
            yield return ("code", $"'{code}' is not a {level} code: those have {digits} digits");
            yield break;
        }
        var (kindOk, rule) = a.Level switch
        {
            AreaLevel.City => (a.AreaKind == AreaKind.City && code.EndsWith("00", StringComparison.Ordinal), "a city (市) is a city and its code ends in 00"),
            AreaLevel.District => (a.AreaKind == AreaKind.District && !code.EndsWith("00", StringComparison.Ordinal), "a district (区县) is a district and its code does not end in 00"),
            AreaLevel.Township => (int.Parse(code.AsSpan(6), provider: null), a.AreaKind) switch
            {
                ( >= 1 and <= 99, AreaKind.Subdistrict) or ( >= 100 and <= 199, AreaKind.Town) or ( >= 200 and <= 399, AreaKind.Township) => (true, ""),
                _ => (false, "a township-level code ends in 001-099 for a subdistrict (街道), 100-199 for a town (镇), 200-399 for a township (乡)"),
            },
            _ => (int.Parse(code.AsSpan(9), provider: null), a.AreaKind) switch
            {
                ( >= 1 and <= 199, AreaKind.Community) or ( >= 200 and <= 399, AreaKind.Village) => (true, ""),
                _ => (false, "a community (社区) code ends in 001-199, a village (村) code in 200-399"),
            },
        };
        if (!kindOk) yield return ("code", $"'{a.Code}' does not fit the area's kind: {rule}");
    }

    private static IEnumerable<(string, string)> CheckVolunteer(Volunteer v)
    {
        if (!VolunteerNumberPattern().IsMatch(v.VolunteerNumber ?? ""))
            yield return ("volunteerNumber", "must be the national volunteer number: 6 to 32 letters or digits (never an ID-card number)");
        else if (IdCardPattern().IsMatch(v.VolunteerNumber!))
            yield return ("volunteerNumber", "looks like an ID-card number (身份证号), which is never stored; give the national volunteer number (志愿者统一编号)");
        foreach (var e in Defined("category", v.Category)) yield return e;
        foreach (var e in Codes("skills", v.Skills, TaxonomyFacet.Service)) yield return e;
        foreach (var e in Codes("situations", v.Situations, TaxonomyFacet.Situation)) yield return e;
        if (!double.IsFinite(v.MaxTravelKm) || v.MaxTravelKm is < 0 or > 100) yield return ("maxTravelKm", "must be 0 to 100 km");
        foreach (var e in NotNegative("capacity", v.Capacity)) yield return e;
    }

    // A booking is for a bounded window: one day, or every week between two days within a year, at hours that fall on them.
    private static IEnumerable<(string, string)> CheckBooking(Booking b)
    {
        foreach (var e in Defined("status", b.Status)) yield return e;
        if (b.Window is not { From: { } from, To: { } to } w) { yield return ("window", "a booking gives its first and last day (from, to)"); yield break; }
        if (from > to) yield return ("window", $"starts ({from:yyyy-MM-dd}) after it ends ({to:yyyy-MM-dd})");
        else if (to.DayNumber - from.DayNumber > 366) yield return ("window", "a booking spans at most a year; book again for the next");
        else if (w.Weekly.IsEmpty) yield return ("window", "a booking gives its hours (weekly, e.g. \"Sat 09-11\")");
        else if (!w.HasHours) yield return ("window", $"its hours ({w.Weekly}) fall on none of the days from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}");
        foreach (var e in NotNegative("participants", b.Participants)) yield return e;
        if (b.CancelReason is { Length: > MaxNameLength }) yield return ("cancelReason", $"must be at most {MaxNameLength} characters");
        if (b.CancelReason is not null && b.Status != BookingStatus.Cancelled) yield return ("cancelReason", "only a cancelled booking has a reason for it");
    }

    // The shape of a time-bank entry by its kind: which accounts it names, and what it must say.
    private static IEnumerable<(string, string)> CheckEntry(TimeBankEntry t)
    {
        foreach (var e in Defined("entryKind", t.EntryKind)) { yield return e; yield break; }
        if (t.Credits <= 0 || t.Credits > 10_000 || t.Credits * 4 != decimal.Truncate(t.Credits * 4))
            yield return ("credits", "must be more than 0 and at most 10,000, in quarter hours (0.25, 0.5, …)");
        if (t.Date == default) yield return ("date", "must be given");
        if (t.Reason is { Length: > MaxNameLength }) yield return ("reason", $"must be at most {MaxNameLength} characters");
        var (from, to) = (t.FromId is not null, t.ToId is not null);
        (string Field, string Message)? shape = t.EntryKind switch
        {
            TimeBankEntryKind.Earn when from => ("fromId", "an EARN entry credits one account (toId) and names no fromId"),
            TimeBankEntryKind.Earn when !to => ("toId", "an EARN entry credits the volunteer who served (toId)"),
            TimeBankEntryKind.Earn when t.ServiceRecordId is null => ("serviceRecordId", "an EARN entry names the service record of the hours served"),
            TimeBankEntryKind.Spend when to => ("toId", "a SPEND entry debits one account (fromId) and names no toId"),
            TimeBankEntryKind.Spend when !from => ("fromId", "a SPEND entry debits the account that spends (fromId)"),
            TimeBankEntryKind.Transfer or TimeBankEntryKind.Donate when !from => ("fromId", "name the account the credits leave"),
            TimeBankEntryKind.Transfer or TimeBankEntryKind.Donate when !to => ("toId", "name the account the credits go to"),
            TimeBankEntryKind.Transfer or TimeBankEntryKind.Donate when t.FromId == t.ToId => ("toId", "credits go to another account than the one they leave"),
            TimeBankEntryKind.Adjust when from == to => ("toId", "an ADJUST entry names one account: toId to add, fromId to take away"),
            _ => null,
        };
        if (shape is { } wrong) yield return wrong;
        if (t.EntryKind is TimeBankEntryKind.Adjust or TimeBankEntryKind.Transfer && string.IsNullOrWhiteSpace(t.Reason))
            yield return ("reason", t.EntryKind == TimeBankEntryKind.Adjust ? "an adjustment says why" : "a transfer says who the relative is");
    }

    private static IEnumerable<(string, string)> CheckNeed(Need n)
    {
        if (n.Categories.Count == 0) yield return ("categories", "a need has at least one service category");
        foreach (var e in Codes("categories", n.Categories, TaxonomyFacet.Service)) yield return e;
        foreach (var e in Codes("situations", n.Situations, TaxonomyFacet.Situation)) yield return e;
        foreach (var e in Defined("mode", n.Mode)) yield return e;
        foreach (var e in Defined("status", n.Status)) yield return e;
        if (n.HelpersWanted is < 1 or > 100) yield return ("helpersWanted", "must be 1 to 100");
        foreach (var e in NotNegative("participants", n.Participants)) yield return e;
        foreach (var e in Window("window", n.Window)) yield return e;
        if (n.Window is { From: not null, To: not null } w && w.From <= w.To && !w.HasHours)
            yield return ("window", $"its weekly hours ({w.Weekly}) fall on none of the days from {w.From:yyyy-MM-dd} to {w.To:yyyy-MM-dd}");
    }

    private static IEnumerable<(string, string)> Defined<T>(string field, T value) where T : struct, Enum =>
        Enum.IsDefined(value) ? [] : [(field, "must be one of the values the API lists for this field")];

    private static IEnumerable<(string, string)> NotNegative(string field, int? value) =>
        value < 0 ? [(field, "must not be negative")] : [];

    private static IEnumerable<(string, string)> Window(string field, TimeWindow? w) =>
        w is null ? [(field, "must be given")] : w.From > w.To ? [(field, $"starts ({w.From:yyyy-MM-dd}) after it ends ({w.To:yyyy-MM-dd})")] : [];

    private static IEnumerable<(string, string)> Codes(string field, IReadOnlyList<string>? codes, TaxonomyFacet facet)
    {
        if (codes is null) { yield return (field, "must be a list"); yield break; }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (code is null) yield return (field, "must not contain null");
            else if (!ServiceTaxonomy.IsKnown(code, facet))
                yield return (field, $"'{code}' is not a {(facet == TaxonomyFacet.Service ? "service" : "situation")} code of the taxonomy");
            else if (!seen.Add(code)) yield return (field, $"'{code}' is listed twice");
        }
    }
}
