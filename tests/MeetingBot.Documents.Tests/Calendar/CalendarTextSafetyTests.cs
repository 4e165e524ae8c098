using System.Text;
using MeetingBot.Documents.Calendar;
using static MeetingBot.Documents.Tests.Calendar.CalendarSamples;

namespace MeetingBot.Documents.Tests.Calendar;

/// <summary>
/// Whatever a member typed into a title, a place or the agenda stays text: it cannot end the event, start another
/// one or add a property, and it reads back as typed, less the control characters.
/// </summary>
public sealed class CalendarTextSafetyTests
{
    private const string HostileTitle = "Budget; votes, \\ \"quotes\"\r\nBEGIN:VEVENT\nUID:evil@x\u0007\u0000 \u202Eend";
    private const string HostileLocation = "Room 3, VIC; floor \\2\nEND:VEVENT\nBEGIN:VEVENT";
    private const string HostileAgenda = "1. Welcome, chair; notes \\ here\r\nBEGIN:VEVENT\r\nSUMMARY:Injected\nEND:VEVENT\n\u001B[31m2. Tour de table\t(all)\u0085END:VCALENDAR";

    private static CalendarEntry Hostile() =>
        NinthMeeting() with { Title = HostileTitle, Location = HostileLocation, Description = HostileAgenda };

    [Fact]
    public void Hostile_text_adds_no_component_and_no_property()
    {
        var ics = MeetingCalendarWriter.Invitation(Hostile());

        var calendar = Parse(ics);
        var meeting = Assert.Single(calendar.Events);
        Assert.Equal(1, Count(ics, "BEGIN:VEVENT"));
        Assert.Equal(1, Count(ics, "END:VEVENT"));
        Assert.Equal(1, Count(ics, "END:VCALENDAR"));
        Assert.Equal(1, UnfoldedLines(ics).Count(l => l.StartsWith("UID", StringComparison.Ordinal)));
        Assert.Equal(1, UnfoldedLines(ics).Count(l => l.StartsWith("SUMMARY", StringComparison.Ordinal)));
        Assert.Equal("0f8fad5bd9cb469fa16570867728950e@meetingbot", meeting.Uid);
    }

    [Fact]
    public void Hostile_text_reads_back_as_typed_less_control_characters()
    {
        var meeting = SingleEvent(MeetingCalendarWriter.Invitation(Hostile()));

        // A title and a place are one line; the agenda keeps its lines.
        Assert.Equal("Budget; votes, \\ \"quotes\" BEGIN:VEVENT UID:evil@x end", meeting.Summary);
        Assert.Equal("Room 3, VIC; floor \\2 END:VEVENT BEGIN:VEVENT", meeting.Location);
        Assert.Equal(
            "Join online: https://alliance.webex.com/meet/informal\n\n"
            + "1. Welcome, chair; notes \\ here\nBEGIN:VEVENT\nSUMMARY:Injected\nEND:VEVENT\n[31m2. Tour de table (all)\nEND:VCALENDAR",
            meeting.Description);
    }

    [Fact]
    public void Commas_semicolons_backslashes_and_newlines_are_escaped_as_rfc_5545_says()
    {
        var entry = NinthMeeting() with { Title = "A, B; C \\ D", Description = "line one\nline two" };

        var lines = UnfoldedLines(MeetingCalendarWriter.Invitation(entry));

        Assert.Contains("SUMMARY:A\\, B\\; C \\\\ D", lines);
        Assert.Contains("DESCRIPTION:line one\\nline two", lines);
    }

    [Fact]
    public void Every_line_ends_with_crlf_and_no_bare_cr_or_lf_remains()
    {
        var ics = MeetingCalendarWriter.Invitation(Hostile());

        Assert.EndsWith("END:VCALENDAR\r\n", ics);
        var withoutCrlf = ics.Replace("\r\n", "", StringComparison.Ordinal);
        Assert.DoesNotContain('\r', withoutCrlf);
        Assert.DoesNotContain('\n', withoutCrlf);
    }

    [Fact]
    public void Long_lines_are_folded_at_75_octets_without_splitting_characters()
    {
        var agenda = string.Join('\n', Enumerable.Range(1, 5).Select(i =>
            $"{i}. Dürmayer, Evelyn — Überblick über die Sitzungen der Suchtstoffkommission 🌍 und 犯罪预防 {new string('x', 40)}"));
        var entry = NinthMeeting() with { Title = new string('é', 80) + " 🌍🌍🌍 " + new string('a', 80), Description = agenda };

        var ics = MeetingCalendarWriter.Invitation(entry);

        var physicalLines = ics.Split("\r\n");
        Assert.All(physicalLines, line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75));
        Assert.Contains(physicalLines, line => line.StartsWith(' '));
        Assert.All(physicalLines, line => Assert.DoesNotContain('\uFFFD', line));
        Assert.All(physicalLines, line => Assert.False(line.Length > 0 && char.IsHighSurrogate(line[^1]), line));
        var meeting = SingleEvent(ics);
        Assert.Equal(entry.Title, meeting.Summary);
        Assert.EndsWith(agenda, meeting.Description);
    }
}
