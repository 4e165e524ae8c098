using MeetingBot.Domain.InMeeting;
using MeetingBot.Domain.Meetings;

namespace MeetingBot.Domain.Tests.InMeeting;

internal static class MeetingRecordFixtures
{
    public static readonly DateTimeOffset Start = new(2027, 8, 31, 13, 30, 0, TimeSpan.Zero);
    public static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(10);

    /// <summary>A started record with these people present, arriving a minute apart in the order given.</summary>
    public static MeetingRecord Running(params string[] names)
    {
        var meeting = new Meeting { Title = "Informal Meeting of the Alliance", Number = 9, StartUtc = Start, EndUtc = Start.AddMinutes(90), ScopeId = "team", ConversationKey = "conv" };
        var record = MeetingRecord.For(meeting, "conv", Start);
        record.Start(Start, "meeting-1");
        for (var i = 0; i < names.Length; i++)
        {
            record.MarkPresent(Person(names[i]), AttendanceSources.JoinEvent, Start.AddMinutes(i), LateAfter);
        }

        return record;
    }

    public static ParticipantInfo Person(string name) => new(Id(name), name);

    public static string Id(string name) => "29:" + name.Split(' ')[0].ToLowerInvariant();

    public static string Statuses(MeetingRecord record) =>
        string.Join(", ", record.TourSpeakers.Select(s => $"{s.Name.Split(' ')[0]}={s.Status}"));
}
