using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Demo;

internal sealed partial class DemoGenerator
{
    /// <summary>The states the demo referrals end in, in the order they are handed out (30 referrals).</summary>
    private static readonly (ReferralStatus Status, ReferralOutcome? Outcome)[] ReferralPlan =
    [
        (ReferralStatus.Completed, ReferralOutcome.GotHelp), (ReferralStatus.InProgress, null), (ReferralStatus.Accepted, null),
        (ReferralStatus.Sent, null), (ReferralStatus.Completed, ReferralOutcome.GotHelp), (ReferralStatus.Declined, null),
        (ReferralStatus.InProgress, null), (ReferralStatus.Completed, ReferralOutcome.GotHelp), (ReferralStatus.Accepted, null),
        (ReferralStatus.Completed, ReferralOutcome.NoLongerNeeded), (ReferralStatus.Sent, null), (ReferralStatus.InProgress, null),
        (ReferralStatus.Completed, ReferralOutcome.GotHelp), (ReferralStatus.Cancelled, null), (ReferralStatus.OnHold, null),
        (ReferralStatus.Completed, ReferralOutcome.GotHelp), (ReferralStatus.Accepted, null), (ReferralStatus.InProgress, null),
        (ReferralStatus.Completed, ReferralOutcome.CouldNotHelp), (ReferralStatus.Expired, null), (ReferralStatus.Completed, ReferralOutcome.GotHelp),
        (ReferralStatus.Draft, null), (ReferralStatus.InProgress, null), (ReferralStatus.Completed, ReferralOutcome.GotHelp),
        (ReferralStatus.Accepted, null), (ReferralStatus.Declined, null), (ReferralStatus.Completed, ReferralOutcome.GotHelp),
        (ReferralStatus.Sent, null), (ReferralStatus.InProgress, null), (ReferralStatus.Completed, ReferralOutcome.GotHelp),
    ];

    private static readonly string[] ConsentScope = ["name", "address", "mobility"];

    private readonly List<long> _consentedElders = [];
    private int _referrals;

    private void CreateNeeds()
    {
        foreach (var c in _communities)
        {
            foreach (var (elderId, elder) in c.Elders) CreateElderNeed(c, elderId, elder);

            if (Chance(0.3))
            {
                var participants = Between(60, 250);
                var need = _set.Create(new Need
                {
                    Name = $"{c.Name}重阳节敬老活动场地",
                    Categories = ["venue.hall", "recreation.festival"],
                    Mode = NeedMode.Venue,
                    Window = new TimeWindow { From = DoubleNinth, To = DoubleNinth, Weekly = WeeklySchedule.Parse("Sun 09-12") },
                    Status = NeedStatus.Open,
                    Participants = participants,
                    HelpersWanted = 1,
                    IsDemo = true,
                    Description = Demo($"社区重阳节敬老活动，预计{Number(participants)}人参加，需要有音响的礼堂或活动室"),
                });
                Link(LinkType.HasNeed, c.Id, need);
                Link(LinkType.LocatedIn, need, c.Id);
            }
            if (Chance(0.12))
            {
                var need = _set.Create(new Need
                {
                    Name = $"{c.Name}重阳节文艺演出志愿者",
                    Categories = ["culture.performance"],
                    Mode = NeedMode.Venue,
                    Window = new TimeWindow { From = DoubleNinth, To = DoubleNinth, Weekly = WeeklySchedule.Parse("Sun 09-12") },
                    Status = NeedStatus.Open,
                    HelpersWanted = Between(2, 5),
                    IsDemo = true,
                    Description = Demo("社区重阳节活动需要文艺队或志愿者表演节目"),
                });
                Link(LinkType.HasNeed, c.Id, need);
                Link(LinkType.LocatedIn, need, c.Id);
            }

            foreach (var (group, service) in c.Groups)
            {
                if (!Chance(0.15)) continue;
                var smart = service == "education.smart-devices";
                var from = DayIn2026(3, 8);
                var need = _set.Create(new Need
                {
                    Name = smart ? $"{c.Name}智能手机小组需要讲师" : $"{c.Name}兴趣小组需要固定活动教室",
                    Categories = smart ? ["education.smart-devices"] : ["venue.classroom"],
                    Mode = NeedMode.Venue,
                    Window = new TimeWindow { From = from, To = from.AddMonths(4), Weekly = Pick(DemoData.ClassHours) },
                    Status = NeedStatus.Open,
                    Participants = smart ? null : Between(10, 25),
                    IsDemo = true,
                    Description = Demo(smart ? "每周一次，教老人使用智能手机" : "每周活动一次，需要有桌椅的教室"),
                });
                Link(LinkType.HasNeed, group, need);
                Link(LinkType.LocatedIn, need, c.Id);
            }
        }
    }

    private void CreateElderNeed(DemoCommunity c, long elderId, Elder elder)
    {
        (string Label, string Category, NeedMode Mode)? ask = elder.Mobility switch
        {
            Mobility.Disabled when Chance(0.9) => Chance(0.55)
                ? ("失能老人送节目上门", "culture.performance.home-delivery", NeedMode.Home)
                : ("失能老人定期探访", "companionship.visit", NeedMode.Home),
            Mobility.PartlyDisabled when Chance(0.65) => Pick<(string, string, NeedMode)>(
            [
                ("半失能老人定期探访", "companionship.visit", NeedMode.Home),
                ("半失能老人送餐上门", "meal.delivery", NeedMode.Home),
                ("半失能老人送节目上门", "culture.performance.home-delivery", NeedMode.Home),
                ("陪同就医", "companionship.escort", NeedMode.Home),
            ]),
            Mobility.Independent when Chance(0.3) => Pick<(string, string, NeedMode)>(
            [
                ("学习使用智能手机", "education.smart-devices", NeedMode.Venue),
                ("社区助餐", "meal.help", NeedMode.Venue),
                ("参加棋牌活动", "recreation.games", NeedMode.Venue),
                ("电话问候", "companionship.phone", NeedMode.Online),
            ]),
            _ => null,
        };
        if (ask is not { } a) return;

        var helper = a.Mode == NeedMode.Home && _referrals < ReferralPlan.Length && Chance(0.45) ? FindHelper(c, a.Category) : null;
        // Bathing help (助浴) is what the district's villages lack: a disabled elder's visit no one was referred to is asked as that.
        if (helper is null && c.IsVillage && a.Category == "companionship.visit" && elder.Mobility == Mobility.Disabled)
            a = ("失能老人助浴", "care.bathing", NeedMode.Home);
        var plan = helper is null ? default : ReferralPlan[_referrals];
        var status = helper is null ? NeedStatus.Open : plan.Status switch
        {
            ReferralStatus.Sent or ReferralStatus.Accepted or ReferralStatus.InProgress or ReferralStatus.OnHold => NeedStatus.Referred,
            ReferralStatus.Completed when plan.Outcome == ReferralOutcome.GotHelp => NeedStatus.Met,
            ReferralStatus.Completed when plan.Outcome == ReferralOutcome.NoLongerNeeded => NeedStatus.Closed,
            _ => NeedStatus.Open,
        };
        var from = DayIn2026(2, 9);
        var need = _set.Create(new Need
        {
            Name = $"{a.Label}（{c.Name}）",
            Categories = [a.Category],
            Situations = elder.Situations,
            Mode = a.Mode,
            Window = new TimeWindow { From = from, To = from.AddDays(Between(30, 120)), Weekly = Pick(DemoData.NeedHours) },
            Status = status,
            HelpersWanted = 1,
            IsDemo = true,
            Description = Demo("由社区社工代老人登记的需求"),
        });
        Link(LinkType.HasNeed, elderId, need);
        Link(LinkType.LocatedIn, need, c.Id);
        if (helper is { } h) CreateReferral(c, elderId, need, h, a.Label, from, plan.Status, plan.Outcome);
    }

    /// <summary>Someone near the community who offers the category, or null.</summary>
    private long? FindHelper(DemoCommunity c, string category)
    {
        switch (category)
        {
            case "culture.performance.home-delivery":
                return c.Township.HomeDeliveryTroupes.Count > 0 ? Pick(c.Township.HomeDeliveryTroupes) : null;
            case "meal.delivery":
                return c.CanteenId ?? _guozeId;
            case "companionship.escort":
                return Pick(_medicalWorkers);
            default:
                var volunteer = c.Volunteers.FirstOrDefault(v => v.Skills.Contains(category));
                return volunteer.Id != 0 ? volunteer.Id : c.TeamId ?? c.Township.TeamId;
        }
    }

    private void CreateReferral(DemoCommunity c, long elderId, long needId, long helperId, string label, DateOnly day,
        ReferralStatus status, ReferralOutcome? outcome)
    {
        var sender = c.WorkerId;
        var sent = At(day, 10);
        var history = new List<ReferralTransition> { new() { From = null, To = ReferralStatus.Draft, At = sent.AddHours(-1), ById = sender } };
        void Step(ReferralStatus to, int days, long by, string? reason = null) =>
            history.Add(new ReferralTransition { From = history[^1].To, To = to, At = sent.AddDays(days), ById = by, Reason = reason });

        if (status != ReferralStatus.Draft) Step(ReferralStatus.Sent, 0, sender);
        switch (status)
        {
            case ReferralStatus.Declined:
                Step(ReferralStatus.Declined, 1, helperId, "近期服务已排满，建议转介其他文艺队或志愿者");
                break;
            case ReferralStatus.Expired:
                Step(ReferralStatus.Expired, 7, sender, "7天内未获回复");
                break;
            case ReferralStatus.Cancelled:
                Step(ReferralStatus.Accepted, 1, helperId);
                Step(ReferralStatus.Cancelled, 3, sender, "家属已另行安排");
                break;
            case ReferralStatus.Accepted:
                Step(ReferralStatus.Accepted, 1, helperId);
                break;
            case ReferralStatus.InProgress:
            case ReferralStatus.OnHold:
            case ReferralStatus.Completed:
                Step(ReferralStatus.Accepted, 1, helperId);
                Step(ReferralStatus.InProgress, 3, helperId);
                if (status == ReferralStatus.OnHold) Step(ReferralStatus.OnHold, 8, helperId, "老人住院，暂停服务");
                if (status == ReferralStatus.Completed)
                {
                    Step(ReferralStatus.Completed, 20, helperId, outcome switch
                    {
                        ReferralOutcome.CouldNotHelp => "服务时间与老人作息无法协调",
                        ReferralOutcome.NoLongerNeeded => "老人已随子女迁居",
                        _ => null,
                    });
                }
                break;
        }

        _set.Create(new Consent
        {
            Name = "转介服务知情同意",
            ElderId = elderId,
            Purpose = "转介服务：" + label,
            Scope = ConsentScope,
            RecipientId = helperId,
            GivenAt = sent.AddDays(-1),
            IsDemo = true,
            Description = Demo("老人单独同意向服务方提供必要信息"),
        });
        _set.Create(new Referral
        {
            Name = $"转介：{label}（{c.Name}）",
            NeedId = needId,
            HelperId = helperId,
            SenderId = sender,
            Status = status,
            Outcome = outcome,
            History = history,
            IsDemo = true,
            Description = Demo("社区社工发起的转介"),
        });
        if (status != ReferralStatus.Draft) Link(LinkType.ReferredTo, needId, helperId, day);
        _consentedElders.Add(elderId);
        _referrals++;

        if (status is ReferralStatus.Completed or ReferralStatus.InProgress && outcome != ReferralOutcome.NoLongerNeeded)
        {
            for (var visit = 0; visit < (status == ReferralStatus.Completed ? 3 : 1); visit++)
            {
                _set.Create(new ServiceRecord
                {
                    Name = "转介服务记录",
                    ServedById = helperId,
                    ForId = needId,
                    Date = day.AddDays(4 + visit * 5),
                    Hours = Between(2, 8) * 0.25m,
                    Rating = Chance(0.7) ? Between(4, 5) : null,
                    IsDemo = true,
                    Description = Demo("入户服务"),
                });
            }
        }
    }

    private void CreateConsentsAndServiceRecords()
    {
        // Consents beyond referrals: community social workers visiting elders, a few withdrawn.
        var extra = 0;
        foreach (var c in _communities)
        {
            foreach (var (elderId, _) in c.Elders)
            {
                if (extra == 12 || _consentedElders.Contains(elderId) || !Chance(0.06)) continue;
                extra++;
                var given = At(DayIn2026(1, 6), 15);
                _set.Create(new Consent
                {
                    Name = "社区探访知情同意",
                    ElderId = elderId,
                    Purpose = "社区社工定期探访与建档",
                    Scope = ["name", "address", "mobility", "health"],
                    RecipientId = c.WorkerId,
                    GivenAt = given,
                    WithdrawnAt = extra % 5 == 0 ? given.AddDays(60) : null,
                    IsDemo = true,
                    Description = Demo("老人同意社区社工建立探访档案"),
                });
            }
        }

        // Volunteer hours: the time bank's earnings, plus some social-work hours.
        var withVolunteers = _communities.Where(c => c.Volunteers.Count > 0).ToList();
        var earned = new List<(DemoCommunity Community, long Volunteer, long Record, ServiceRecord Served)>();
        for (var i = 0; i < 70; i++)
        {
            var c = Pick(withVolunteers);
            var byWorker = Chance(0.15);
            var servedBy = byWorker ? c.WorkerId : Pick(c.Volunteers).Id;
            long forId = c.Elders.Count > 0 && Chance(0.6) ? Pick(c.Elders).Id
                : c.Activities.Count > 0 && Chance(0.7) ? Pick(c.Activities)
                : c.Id;
            var record = new ServiceRecord
            {
                Name = byWorker ? "社工服务记录" : "志愿服务记录",
                ServedById = servedBy,
                ForId = forId,
                Date = DayIn2026(1, 11),
                Hours = Between(2, 16) * 0.25m,
                Rating = Chance(0.5) ? Between(3, 5) : null,
                IsDemo = true,
                Description = Demo(byWorker ? "社区社工服务时长" : "志愿服务时长，计入时间银行"),
            };
            var id = _set.Create(record);
            if (!byWorker) earned.Add((c, servedBy, id, record));
        }
        CreateTimeBank(earned);
        CreateBookings();
    }

    // Bookings (场地预订): a community's social-work office books its venue for a weekly Saturday choir practice this winter
    // and for one Sunday morning meeting, where the venue is open then and hosts nothing at those hours. Chosen in order,
    // without the generator's random numbers.
    private void CreateBookings()
    {
        var practice = new TimeWindow { From = new DateOnly(2026, 12, 5), To = new DateOnly(2027, 2, 27), Weekly = WeeklySchedule.Parse("Sat 09-11") };
        var meeting = new TimeWindow { From = new DateOnly(2026, 12, 13), To = new DateOnly(2026, 12, 13), Weekly = WeeklySchedule.Parse("Sun 09-11") };
        var communities = 0;
        foreach (var c in _communities)
        {
            if (communities == 8) break;
            if (c.VenueId is not { } venue || _set.Operations.OfType<Changes.ChangeOperation.CreateNode>().FirstOrDefault(op => op.TempId == venue)?.Node is not Resource hall) continue;
            var booked = false;
            foreach (var (window, name) in new[] { (practice, "冬季合唱排练（每周六）"), (meeting, "居民议事会") })
            {
                var hosted = _hosted.GetValueOrDefault(venue) ?? [];
                if (hall.OpeningHours.Intersect(window.Weekly) != window.Weekly || hosted.Any(h => Booking.Clash(h, window))) continue;
                _set.Create(new Booking
                {
                    Name = name, VenueId = venue, BookedById = c.OfficeId, Window = window, Participants = Math.Min(30, hall.Capacity ?? 30),
                    IsDemo = true, Description = Demo("社区场地预订"),
                });
                booked = true;
            }
            if (booked) communities++;
        }
    }

    // The time bank (时间银行): every volunteer's hours earn their credits; a few volunteers then spend some on help for
    // themselves, transfer some to an elder of their community (a parent), or donate some to an elder living alone.
    // Chosen in order, without the generator's random numbers, so the rest of the demo stays as it was.
    private void CreateTimeBank(List<(DemoCommunity Community, long Volunteer, long Record, ServiceRecord Served)> earned)
    {
        var balances = new Dictionary<long, decimal>();
        foreach (var (_, volunteer, record, served) in earned)
        {
            var credits = TimeBankEntry.CreditsFor(served.Hours);
            _set.Create(new TimeBankEntry
            {
                Name = "服务时长存入",
                EntryKind = TimeBankEntryKind.Earn,
                ToId = volunteer,
                Credits = credits,
                Date = served.Date,
                ServiceRecordId = record,
                IsDemo = true,
            });
            balances[volunteer] = balances.GetValueOrDefault(volunteer) + credits;
        }
        var n = 0;
        foreach (var (c, volunteer, _, served) in earned.DistinctBy(e => e.Volunteer).Where(e => balances[e.Volunteer] >= 2).Take(9))
        {
            var day = served.Date.AddDays(10);
            var entry = (n++ % 3) switch
            {
                0 => new TimeBankEntry { Name = "兑换助餐服务", EntryKind = TimeBankEntryKind.Spend, FromId = volunteer, Credits = 1, Date = day },
                1 when c.Elders.Count > 0 => new TimeBankEntry
                {
                    Name = "转赠亲属", EntryKind = TimeBankEntryKind.Transfer, FromId = volunteer, ToId = c.Elders[0].Id, Credits = 1, Date = day, Reason = "转赠给父亲",
                },
                _ when c.Elders.Count > 1 => new TimeBankEntry
                {
                    Name = "爱心捐赠", EntryKind = TimeBankEntryKind.Donate, FromId = volunteer, ToId = c.Elders[^1].Id, Credits = 0.5m, Date = day,
                },
                _ => null,
            };
            if (entry is not null) _set.Create(entry with { IsDemo = true, Description = Demo("时间银行示例记账") });
        }
    }
}
