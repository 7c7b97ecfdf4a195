using System.Text.Json;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Model;

public class WeeklyScheduleTests
{
    private const int Mon = 0, Tue = 1, Fri = 4, Sat = 5, Sun = 6;

    [Fact]
    public void Parse_ThenToString_RoundTrips()
    {
        var schedule = WeeklySchedule.Parse("Mon-Fri 09-12, Sat 14-17");

        Assert.Equal("Mon-Fri 09-12, Sat 14-17", schedule.ToString());
    }

    [Fact]
    public void Parse_DaysAndHours_SetsExactlyThoseHours()
    {
        var schedule = WeeklySchedule.Parse("Mon-Fri 09-12, Sat 14-17");

        Assert.Equal(5 * 3 + 3, schedule.Hours);
        Assert.True(schedule.Contains(Mon, 9) && schedule.Contains(Fri, 11) && schedule.Contains(Sat, 16));
        Assert.False(schedule.Contains(Mon, 8) || schedule.Contains(Mon, 12) || schedule.Contains(Sat, 9) || schedule.Contains(Sun, 14));
    }

    [Fact]
    public void ToString_SeveralRangesOnOneDay_RoundTrips()
    {
        const string text = "Mon 08-11, Mon 14-17, Tue-Sun 19-21";

        Assert.Equal(text, WeeklySchedule.Parse(text).ToString());
    }

    [Fact]
    public void Parse_LooseSpacingAndCase_GivesCanonicalText()
    {
        var schedule = WeeklySchedule.Parse(" sat 14-17 ,mon-FRI  9-12 ");

        Assert.Equal("Mon-Fri 09-12, Sat 14-17", schedule.ToString());
    }

    [Fact]
    public void Parse_OverlappingParts_UnitesThem()
    {
        var schedule = WeeklySchedule.Parse("Mon 09-12, Mon 11-14");

        Assert.Equal("Mon 09-14", schedule.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Parse_EmptyText_IsNone(string? text)
    {
        var schedule = WeeklySchedule.Parse(text);

        Assert.True(schedule.IsEmpty);
        Assert.Equal(WeeklySchedule.None, schedule);
    }

    [Fact]
    public void ToString_Always_IsWholeWeek()
    {
        Assert.Equal("Mon-Sun 00-24", WeeklySchedule.Always.ToString());
    }

    [Fact]
    public void Always_HasEveryHourOfTheWeek()
    {
        Assert.Equal(168, WeeklySchedule.Always.Hours);
    }

    [Theory]
    [InlineData("Mon-Fri")]
    [InlineData("Mon-Fri 09-12 extra")]
    [InlineData("Mon-Fri 12-09")]
    [InlineData("Mon-Fri 09-09")]
    [InlineData("Fri-Mon 09-12")]
    [InlineData("Mon-Fri 09-25")]
    [InlineData("Xyz 09-12")]
    [InlineData("Mon-Fri 9:00-12:00")]
    [InlineData("Mon 09")]
    [InlineData("Mon +9-12")]
    [InlineData("Mon 009-012")]
    public void TryParse_BadText_FailsWithErrorNamingThePart(string text)
    {
        var ok = WeeklySchedule.TryParse("Sun 08-10, " + text, out var schedule, out var error);

        Assert.False(ok);
        Assert.Contains($"'{text}' is not of the form 'Mon-Fri 09-12'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_BadPartAfterGoodOne_OutputsNone()
    {
        WeeklySchedule.TryParse("Sun 08-10, Mon 12-09", out var schedule, out _);

        Assert.Equal(WeeklySchedule.None, schedule);
    }

    [Fact]
    public void Parse_BadText_ThrowsFormatException()
    {
        var e = Assert.Throws<FormatException>(() => WeeklySchedule.Parse("Mon-Fri 18-09"));

        Assert.Contains("'Mon-Fri 18-09'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlaps_SharedHour_IsTrue()
    {
        var volunteer = WeeklySchedule.Parse("Mon-Fri 09-12");
        var need = WeeklySchedule.Parse("Wed 11-14");

        Assert.True(volunteer.Overlaps(need));
    }

    [Fact]
    public void Overlaps_RangesThatOnlyTouch_IsFalse()
    {
        var morning = WeeklySchedule.Parse("Mon 09-12");
        var afternoon = WeeklySchedule.Parse("Mon 12-14");

        Assert.False(morning.Overlaps(afternoon));
    }

    [Fact]
    public void Overlaps_SameHoursOnDifferentDays_IsFalse()
    {
        Assert.False(WeeklySchedule.Parse("Mon-Fri 09-12").Overlaps(WeeklySchedule.Parse("Sat-Sun 09-12")));
    }

    [Fact]
    public void Overlaps_SundayEvening_IsTrue()
    {
        // Sunday evening lies in the last of the three words of bits.
        Assert.True(WeeklySchedule.Parse("Sun 20-24").Overlaps(WeeklySchedule.Parse("Sat-Sun 23-24")));
    }

    [Fact]
    public void Overlaps_EmptySchedule_IsFalse()
    {
        Assert.False(WeeklySchedule.None.Overlaps(WeeklySchedule.Always));
    }

    [Fact]
    public void Intersect_TwoSchedules_KeepsSharedHours()
    {
        var shared = WeeklySchedule.Parse("Mon-Fri 09-12").Intersect(WeeklySchedule.Parse("Fri-Sat 10-15"));

        Assert.Equal("Fri 10-12", shared.ToString());
    }

    [Fact]
    public void Of_DaysAndHours_EqualsParsedText()
    {
        Assert.Equal(WeeklySchedule.Parse("Tue 19-21, Sun 19-21"), WeeklySchedule.Of([Tue, Sun], 19, 21));
    }

    [Fact]
    public void Json_RoundTrip_KeepsSchedule()
    {
        var schedule = WeeklySchedule.Parse("Mon-Fri 09-12, Sat 14-17");

        var back = JsonSerializer.Deserialize<WeeklySchedule>(JsonSerializer.Serialize(schedule));

        Assert.Equal(schedule, back);
    }

    [Fact]
    public void Json_Schedule_IsWrittenAsItsText()
    {
        var json = JsonSerializer.Serialize(new TimeWindow { Weekly = WeeklySchedule.Parse("Sat 14-17, Mon-Fri 09-12") });

        Assert.Contains("\"Weekly\":\"Mon-Fri 09-12, Sat 14-17\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_PropertyOfRecord_RoundTrips()
    {
        var window = new TimeWindow { From = new DateOnly(2026, 10, 1), To = new DateOnly(2026, 12, 31), Weekly = WeeklySchedule.Parse("Tue 19-21") };

        var back = JsonSerializer.Deserialize<TimeWindow>(JsonSerializer.Serialize(window));

        Assert.Equal(window, back);
    }

    [Fact]
    public void Json_BadText_ThrowsJsonException()
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<WeeklySchedule>("\"Mon-Fri 12-09\""));

        Assert.Contains("'Mon-Fri 12-09'", e.Message, StringComparison.Ordinal);
    }
}
