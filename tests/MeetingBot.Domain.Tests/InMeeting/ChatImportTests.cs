using MeetingBot.Domain.InMeeting;
using static MeetingBot.Domain.Tests.InMeeting.MeetingRecordFixtures;

namespace MeetingBot.Domain.Tests.InMeeting;

/// <summary>A saved Webex or Zoom chat added to a record: links under their senders, senders in the attendance, once.</summary>
public sealed class ChatImportTests
{
    private static readonly DateTimeOffset Now = Start.AddHours(3);

    [Fact]
    public void Links_go_under_their_senders_at_the_time_of_day_on_the_meetings_day_and_senders_are_matched_by_name()
    {
        // The meeting starts 31 Aug 2027 13:30 UTC, 15:30 in Vienna (the default zone).
        var record = Running("Évelyn Dürmayer");
        ImportedChatMessage[] chat =
        [
            new("evelyn  durmayer", new TimeOnly(15, 40), "Our report: https://example.org/report?utm_source=zoom"),
            new("Ian Tennant", new TimeOnly(15, 45), "See https://example.org/blog and https://example.org/report"),
            new("Ian Tennant", null, "no link here"),
        ];

        var outcome = record.ImportChat("hash-1", "Zoom", "chat.txt", chat, "Tobias Keller", Now);

        Assert.Equal(new ChatImportOutcome(false, 3, 2, 3, 1), outcome);
        var report = Assert.Single(record.Links, l => l.Url == "https://example.org/report");
        Assert.Equal(["Évelyn Dürmayer", "Ian Tennant"], report.Shares.Select(s => s.Name));
        Assert.Equal(Start.AddMinutes(10), report.Shares[0].SharedAtUtc);
        var ian = Assert.Single(record.Attendees, a => a.Name == "Ian Tennant");
        Assert.Equal(MeetingRecord.ImportedUserPrefix + "ian tennant", ian.UserId);
        Assert.True(ian.Sources.HasFlag(AttendanceSources.ImportedChat));
        Assert.Equal(2, record.Attendees.Count);
    }

    [Fact]
    public void The_same_file_twice_changes_nothing_and_an_overlapping_one_adds_only_what_is_new()
    {
        var record = Running("Anna Alvarez");
        ImportedChatMessage[] first = [new("Ian Tennant", new TimeOnly(15, 45), "https://example.org/blog")];
        ImportedChatMessage[] overlapping = [.. first, new("Mei Tanaka", new TimeOnly(15, 50), "https://example.org/un")];
        record.ImportChat("hash-1", "Webex", "chat.txt", first, "Tobias Keller", Now);

        var again = record.ImportChat("hash-1", "Webex", "chat (1).txt", first, "Anna Alvarez", Now.AddHours(1));
        var more = record.ImportChat("hash-2", "Webex", "full chat.txt", overlapping, "Tobias Keller", Now.AddHours(2));

        Assert.True(again.AlreadyImported);
        Assert.Equal("Tobias Keller", again.Previous?.ImportedByName);
        Assert.Equal(new ChatImportOutcome(false, 2, 1, 1, 1), more);
        Assert.Equal(2, record.Links.Count);
        Assert.Equal(3, record.Attendees.Count);
        Assert.Equal(2, record.ChatImports.Count);
    }

    [Fact]
    public void Someone_excused_who_wrote_in_the_chat_was_there_after_all()
    {
        var record = Running("Anna Alvarez");
        record.MarkApologies(Person("Phil Reichel"), "travelling");

        record.ImportChat("hash-1", "Zoom", "chat.txt", [new("Phil Reichel", new TimeOnly(16, 0), "Made it after all")], "Tobias Keller", Now);

        var phil = Assert.Single(record.Attendees, a => a.UserId == Id("Phil Reichel"));
        Assert.Equal(AttendanceStatus.Present, phil.Status);
        Assert.Null(phil.ApologyReason);
    }

    [Fact]
    public void A_chat_running_past_midnight_goes_on_the_next_day_whatever_time_the_record_started()
    {
        var record = Running("Anna Alvarez"); // 31 Aug 2027, 15:30 in Vienna
        ImportedChatMessage[] chat =
        [
            new("Ian Tennant", new TimeOnly(23, 58), "https://example.org/late"),
            new("Ian Tennant", new TimeOnly(23, 57, 59), "https://example.org/jitter"),
            new("Mei Tanaka", new TimeOnly(0, 3), "https://example.org/after-midnight"),
            new("Mei Tanaka", new TimeOnly(9, 0), "https://example.org/morning"),
        ];

        record.ImportChat("hash-1", "Zoom", "chat.txt", chat, "Tobias Keller", Now);

        string At(string url) => record.Links.Single(l => l.Url == url).FirstSharedAtUtc.ToString("yyyy-MM-dd HH:mm:ss");
        Assert.Equal("2027-08-31 21:58:00", At("https://example.org/late"));
        Assert.Equal("2027-08-31 21:57:59", At("https://example.org/jitter"));
        Assert.Equal("2027-08-31 22:03:00", At("https://example.org/after-midnight"));
        Assert.Equal("2027-09-01 07:00:00", At("https://example.org/morning"));
    }
}
