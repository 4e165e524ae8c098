using MeetingBot.Documents.Calendar;
using static MeetingBot.Documents.Tests.Calendar.CalendarSamples;

namespace MeetingBot.Documents.Tests.Calendar;

/// <summary>
/// An invitation is read back with Ical.Net and must describe the same meeting: the same instants whatever the
/// season, a UID that survives moves, and a cancellation that removes the entry.
/// </summary>
public sealed class CalendarInvitationTests
{
    [Fact]
    public void Invitation_round_trips_uid_sequence_method_status_and_text()
    {
        var ics = MeetingCalendarWriter.Invitation(NinthMeeting());

        var calendar = Parse(ics);
        var meeting = Assert.Single(calendar.Events);
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal("0f8fad5bd9cb469fa16570867728950e@meetingbot", meeting.Uid);
        Assert.Equal(0, meeting.Sequence);
        Assert.Equal("CONFIRMED", meeting.Status);
        Assert.Equal("9th Informal Meeting of the Alliance", meeting.Summary);
        Assert.Equal("https://alliance.webex.com/meet/informal", meeting.Location);
        Assert.Equal(new Uri("https://alliance.webex.com/meet/informal"), meeting.Url);
        Assert.Equal("1. Welcome by the chair\n2. Briefing on the CCPCJ\n3. Tour de table", meeting.Description);
        Assert.Equal(new DateTime(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc), meeting.DtStamp?.AsUtc);
        Assert.Equal("Tobias Krachler, Secretary", meeting.Organizer?.CommonName);
        Assert.Equal(new Uri("mailto:secretary@alliance.example.org"), meeting.Organizer?.Value);
    }

    [Fact]
    public void Invitation_gives_start_and_end_in_the_meeting_zone_with_the_right_instants()
    {
        var ics = MeetingCalendarWriter.Invitation(NinthMeeting());

        var meeting = SingleEvent(ics);
        Assert.Equal("Europe/Vienna", meeting.DtStart?.TzId);
        Assert.Equal(new DateTime(2027, 3, 25, 14, 0, 0, DateTimeKind.Utc), meeting.DtStart?.AsUtc);
        Assert.Equal(new DateTime(2027, 3, 25, 15, 30, 0, DateTimeKind.Utc), meeting.DtEnd?.AsUtc);
        Assert.Contains("DTSTART;TZID=Europe/Vienna:20270325T150000", UnfoldedLines(ics));
        Assert.Contains("DTEND;TZID=Europe/Vienna:20270325T163000", UnfoldedLines(ics));
    }

    [Theory]
    [InlineData("Europe/Vienna", "2027-03-25T15:00:00", "2027-03-25T14:00:00")] // CET, before the 28 March change
    [InlineData("Europe/Vienna", "2027-04-01T15:00:00", "2027-04-01T13:00:00")] // CEST, after it
    [InlineData("Europe/Vienna", "2027-10-28T15:00:00", "2027-10-28T13:00:00")] // CEST, before 31 October
    [InlineData("Europe/Vienna", "2027-11-04T15:00:00", "2027-11-04T14:00:00")] // CET again
    [InlineData("America/New_York", "2027-03-11T09:00:00", "2027-03-11T14:00:00")] // EST, before 14 March
    [InlineData("America/New_York", "2027-03-15T09:00:00", "2027-03-15T13:00:00")] // EDT
    [InlineData("America/New_York", "2027-11-04T09:00:00", "2027-11-04T13:00:00")] // EDT, before 7 November
    [InlineData("America/New_York", "2027-11-08T09:00:00", "2027-11-08T14:00:00")] // EST
    public void Wall_clock_time_maps_to_the_right_instant_across_daylight_saving_changes(
        string zoneId, string localStart, string expectedUtc)
    {
        var entry = At(zoneId, DateTime.Parse(localStart, System.Globalization.CultureInfo.InvariantCulture));

        var meeting = SingleEvent(MeetingCalendarWriter.Invitation(entry));

        var expected = DateTime.SpecifyKind(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
        Assert.Equal(zoneId, meeting.DtStart?.TzId);
        Assert.Equal(expected, meeting.DtStart?.AsUtc);
        Assert.Equal(expected.AddMinutes(90), meeting.DtEnd?.AsUtc);
    }

    [Fact]
    public void Meeting_that_spans_the_spring_change_keeps_its_real_length()
    {
        // 01:30 EST to 03:30 EDT on 14 March 2027: two hours on the wall clock, one real hour.
        var start = new DateTimeOffset(2027, 3, 14, 6, 30, 0, TimeSpan.Zero);
        var entry = NinthMeeting() with { TimeZoneId = "America/New_York", StartUtc = start, EndUtc = start.AddHours(1) };

        var meeting = SingleEvent(MeetingCalendarWriter.Invitation(entry));

        Assert.Equal(start.UtcDateTime, meeting.DtStart?.AsUtc);
        Assert.Equal(start.AddHours(1).UtcDateTime, meeting.DtEnd?.AsUtc);
    }

    [Theory]
    [InlineData(5, 30)] // 01:30 EDT, the first of the two 01:30s on 7 November 2027
    [InlineData(6, 30)] // 01:30 EST, the second one: a TZID time would be read as the first
    public void Meeting_in_the_repeated_hour_keeps_its_instant(int utcHour, int utcMinute)
    {
        var start = new DateTimeOffset(2027, 11, 7, utcHour, utcMinute, 0, TimeSpan.Zero);
        var entry = NinthMeeting() with { TimeZoneId = "America/New_York", StartUtc = start, EndUtc = start.AddHours(2) };

        var meeting = SingleEvent(MeetingCalendarWriter.Invitation(entry));

        Assert.Equal(start.UtcDateTime, meeting.DtStart?.AsUtc);
        Assert.Equal(start.AddHours(2).UtcDateTime, meeting.DtEnd?.AsUtc);
    }

    [Fact]
    public void Moved_meeting_keeps_its_uid_with_the_next_sequence_and_new_times()
    {
        var first = NinthMeeting();
        var moved = first with
        {
            StartUtc = new DateTimeOffset(2027, 4, 1, 13, 0, 0, TimeSpan.Zero),
            EndUtc = new DateTimeOffset(2027, 4, 1, 14, 30, 0, TimeSpan.Zero),
            Sequence = 1,
            StampUtc = Stamp.AddDays(10),
        };

        var before = SingleEvent(MeetingCalendarWriter.Invitation(first));
        var after = SingleEvent(MeetingCalendarWriter.Invitation(moved));

        Assert.Equal(before.Uid, after.Uid);
        Assert.Equal(1, after.Sequence);
        Assert.Equal("CONFIRMED", after.Status);
        Assert.Equal(new DateTime(2027, 4, 1, 13, 0, 0, DateTimeKind.Utc), after.DtStart?.AsUtc);
        Assert.Equal(new DateTime(2027, 4, 1, 14, 30, 0, DateTimeKind.Utc), after.DtEnd?.AsUtc);
        Assert.Equal(Stamp.AddDays(10).UtcDateTime, after.DtStamp?.AsUtc);
    }

    [Fact]
    public void Cancellation_is_method_cancel_status_cancelled_with_the_same_uid()
    {
        var cancelled = NinthMeeting() with { Sequence = 2, Cancelled = true, StampUtc = Stamp.AddDays(20) };

        var ics = MeetingCalendarWriter.Invitation(cancelled);

        var calendar = Parse(ics);
        var meeting = Assert.Single(calendar.Events);
        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal("CANCELLED", meeting.Status);
        Assert.Equal(2, meeting.Sequence);
        Assert.Equal("0f8fad5bd9cb469fa16570867728950e@meetingbot", meeting.Uid);
        Assert.Equal(new DateTime(2027, 3, 25, 14, 0, 0, DateTimeKind.Utc), meeting.DtStart?.AsUtc);
    }

    [Theory]
    [InlineData("Etc/GMT-2", "Etc/GMT-2", 2 * 60)]
    [InlineData("UTC+02:00", "Etc/GMT-2", 2 * 60)]
    [InlineData("GMT-5", "Etc/GMT+5", -5 * 60)]
    [InlineData("UTC", "Etc/UTC", 0)]
    [InlineData("UTC+05:30", "UTC+05:30", (5 * 60) + 30)]
    [InlineData("W. Europe Standard Time", "Europe/Berlin", 60)]
    public void Fixed_offset_and_windows_zones_are_written_with_ids_other_apps_know(
        string zoneId, string expectedTzId, int expectedOffsetMinutes)
    {
        var start = new DateTimeOffset(2027, 1, 12, 14, 0, 0, TimeSpan.Zero);
        var entry = NinthMeeting() with { TimeZoneId = zoneId, StartUtc = start, EndUtc = start.AddHours(1) };

        var ics = MeetingCalendarWriter.Invitation(entry);

        var meeting = SingleEvent(ics);
        var local = start.ToOffset(TimeSpan.FromMinutes(expectedOffsetMinutes));
        Assert.Equal(expectedTzId, meeting.DtStart?.TzId);
        Assert.Equal(start.UtcDateTime, meeting.DtStart?.AsUtc);
        Assert.Equal(local.DateTime, meeting.DtStart?.Value);
        Assert.Equal(expectedTzId, Assert.Single(Parse(ics).TimeZones).TzId);
    }

    [Fact]
    public void Place_is_the_location_and_the_join_link_opens_the_description()
    {
        var entry = NinthMeeting() with { Location = "Vienna International Centre, Room M1" };

        var meeting = SingleEvent(MeetingCalendarWriter.Invitation(entry));

        Assert.Equal("Vienna International Centre, Room M1", meeting.Location);
        Assert.Equal(new Uri("https://alliance.webex.com/meet/informal"), meeting.Url);
        Assert.StartsWith("Join online: https://alliance.webex.com/meet/informal\n\n1. Welcome", meeting.Description);
    }

    [Fact]
    public void Join_text_that_is_not_a_web_address_is_a_location_but_not_a_url()
    {
        var entry = NinthMeeting() with { JoinUrl = "javascript:alert(1)" };

        var meeting = SingleEvent(MeetingCalendarWriter.Invitation(entry));

        Assert.Null(meeting.Url);
        Assert.Equal("javascript:alert(1)", meeting.Location);
    }

    [Fact]
    public void Meeting_without_place_link_agenda_or_organiser_has_none_of_those_properties()
    {
        var entry = NinthMeeting() with
        {
            JoinUrl = null, Description = "  ", OrganizerEmail = null, OrganizerName = null,
        };

        var lines = UnfoldedLines(MeetingCalendarWriter.Invitation(entry));

        Assert.DoesNotContain(lines, l => l.StartsWith("LOCATION", StringComparison.Ordinal)
                                          || l.StartsWith("URL", StringComparison.Ordinal)
                                          || l.StartsWith("DESCRIPTION", StringComparison.Ordinal)
                                          || l.StartsWith("ORGANIZER", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("secretary@alliance.example.org\r\nATTENDEE:mailto:x@y.z")]
    [InlineData("Tobias <secretary@alliance.example.org>")]
    public void Organizer_needs_a_plain_address(string email)
    {
        var meeting = SingleEvent(MeetingCalendarWriter.Invitation(NinthMeeting() with { OrganizerEmail = email }));

        Assert.Null(meeting.Organizer);
        Assert.Empty(meeting.Attendees);
    }

    [Fact]
    public void Organizer_name_with_quotes_and_commas_stays_one_parameter()
    {
        var entry = NinthMeeting() with { OrganizerName = "Krachler, Tobias \"Tobi\"; Secretary" };

        var meeting = SingleEvent(MeetingCalendarWriter.Invitation(entry));

        Assert.Equal("Krachler, Tobias Tobi; Secretary", meeting.Organizer?.CommonName);
        Assert.Equal(new Uri("mailto:secretary@alliance.example.org"), meeting.Organizer?.Value);
    }

    [Fact]
    public void Meeting_that_ends_before_it_starts_is_refused()
    {
        var entry = NinthMeeting() with { EndUtc = NinthMeeting().StartUtc };

        Assert.Throws<ArgumentException>(() => MeetingCalendarWriter.Invitation(entry));
    }

    [Fact]
    public void Unknown_zone_is_refused_with_a_sentence()
    {
        var entry = NinthMeeting() with { TimeZoneId = "Mars/Olympus_Mons" };

        var error = Assert.Throws<TimeZoneNotFoundException>(() => MeetingCalendarWriter.Invitation(entry));
        Assert.Contains("Mars/Olympus_Mons", error.Message);
    }

    [Theory]
    [InlineData("9th Informal Meeting of the Alliance", "Europe/Vienna", "9th-informal-meeting-of-the-alliance-2027-03-25.ics")]
    [InlineData("Réunion d'été: «Bilan» / 2027", "Europe/Vienna", "reunion-d-ete-bilan-2027-2027-03-25.ics")]
    [InlineData("../../etc/passwd", "Europe/Vienna", "etc-passwd-2027-03-25.ics")]
    [InlineData("会议", "Europe/Vienna", "meeting-2027-03-25.ics")]
    [InlineData("9th Informal Meeting of the Alliance", "Pacific/Kiritimati", "9th-informal-meeting-of-the-alliance-2027-03-26.ics")]
    public void File_name_is_the_title_made_safe_and_the_local_date(string title, string zoneId, string expected)
    {
        var entry = NinthMeeting() with { Title = title, TimeZoneId = zoneId };

        Assert.Equal(expected, MeetingCalendarWriter.FileName(entry));
    }

    [Fact]
    public void Long_title_makes_a_file_name_cut_at_a_word()
    {
        var entry = NinthMeeting() with { Title = string.Join(' ', Enumerable.Repeat("Alliance", 20)) };

        var name = MeetingCalendarWriter.FileName(entry);

        Assert.Matches("^(alliance-){5}alliance-2027-03-25\\.ics$", name);
    }

    [Fact]
    public void Invitation_matches_the_golden_file()
    {
        var entry = NinthMeeting() with { Location = "Vienna International Centre, Room M1" };
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Calendar", "invitation-9th-meeting.ics"));

        var ics = MeetingCalendarWriter.Invitation(entry);

        // Git may check the fixture out with either line ending; the CRLF test covers the writer's own endings.
        Assert.Equal(expected.ReplaceLineEndings("\r\n"), ics);
    }
}
