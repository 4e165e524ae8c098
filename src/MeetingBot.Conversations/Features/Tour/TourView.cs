using System.Text;
using MeetingBot.Conversations.Features.InMeeting;
using MeetingBot.Conversations.Messages;
using MeetingBot.Domain.InMeeting;

namespace MeetingBot.Conversations.Features.Tour;

/// <summary>How the tour de table reads in chat: the call of the next speaker, its status and its summary.</summary>
public static class TourView
{
    /// <summary>"@Phil Reichel, your update? (3 of 18) — reply here, or say pass / later", with a real mention.</summary>
    public static Reply Call(MeetingRecord record, TourSpeaker speaker, string? before = null)
    {
        var call = $"@{speaker.Name}, your update? ({record.CalledNumber} of {record.Speakers.Count}) — reply here, or say pass / later";
        return new Reply(string.IsNullOrEmpty(before) ? call : before + "\n" + call) { Mentions = [new Mention(speaker.UserId, speaker.Name)] };
    }

    /// <summary>The replies for a step: its sentence, the next call, and the summary when the tour ended.</summary>
    public static IReadOnlyList<Reply> Render(MeetingRecord record, TourOutcome outcome)
    {
        if (!outcome.Succeeded)
        {
            return [new Reply(outcome.Message)];
        }

        var replies = new List<Reply>();
        if (outcome.Called is { } called) replies.Add(Call(record, called, outcome.Message));
        else if (outcome.Message.Length > 0) replies.Add(new Reply(outcome.Message));
        if (outcome.Ended) replies.Add(Summary(record));
        return replies;
    }

    public static Reply Status(MeetingRecord record)
    {
        if (record.TourStatus == TourStatus.NotStarted)
        {
            return new Reply("There has been no tour de table in this meeting yet. The chair starts one with tour start.");
        }

        if (record.TourStatus == TourStatus.Ended)
        {
            return Summary(record);
        }

        var text = new StringBuilder("**Tour de table**");
        if (record.TourStatus == TourStatus.Paused) text.Append(" (paused)");
        text.Append('\n');
        if (record.CurrentSpeaker is { } current)
        {
            text.Append($"Now: {current.Name} ({record.CalledNumber} of {record.Speakers.Count}, since {MeetingRoom.Clock(current.CalledAtUtc ?? record.CreatedAtUtc, record.TimeZoneId)})\n");
        }

        AppendGroup(text, "Spoke", record, TourSpeakerStatus.Spoke);
        AppendGroup(text, "Passed", record, TourSpeakerStatus.Passed);
        AppendGroup(text, "Skipped", record, TourSpeakerStatus.Skipped);
        AppendGroup(text, "Left before their turn", record, TourSpeakerStatus.Absent);
        var waiting = record.TourSpeakers.Where(s => s.Status == TourSpeakerStatus.Waiting).Select(s => s.Name).ToList();
        text.Append("Still to come: ").Append(waiting.Count == 0 ? "nobody" : string.Join(", ", waiting));
        return new Reply(text.ToString());
    }

    /// <summary>Who spoke, who passed, who was skipped or not reached, and who was absent.</summary>
    public static Reply Summary(MeetingRecord record)
    {
        var text = new StringBuilder("**Tour de table: summary**\n");
        AppendGroup(text, "Spoke", record, TourSpeakerStatus.Spoke);
        AppendGroup(text, "Passed", record, TourSpeakerStatus.Passed);
        AppendGroup(text, "Skipped", record, TourSpeakerStatus.Skipped);
        AppendGroup(text, "Not reached", record, TourSpeakerStatus.NotReached);
        var absent = Absent(record);
        text.Append("Absent: ").Append(absent.Count == 0 ? "nobody" : string.Join(", ", absent));
        return new Reply(text.ToString().TrimEnd());
    }

    /// <summary>Apologies, people on the roster who never came, and speakers who had left when called.</summary>
    public static IReadOnlyList<string> Absent(MeetingRecord record)
    {
        var names = new List<string>();
        foreach (var attendee in record.Attendees.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase))
        {
            if (attendee.Status == AttendanceStatus.Apologies) names.Add($"{attendee.Name} (apologies)");
            else if (attendee.Status == AttendanceStatus.Invited) names.Add(attendee.Name);
        }

        names.AddRange(record.TourSpeakers.Where(s => s.Status == TourSpeakerStatus.Absent).Select(s => $"{s.Name} (left)"));
        return names;
    }

    private static void AppendGroup(StringBuilder text, string label, MeetingRecord record, TourSpeakerStatus status)
    {
        var names = record.TourSpeakers.Where(s => s.Status == status).OrderBy(s => s.FinishedStep ?? int.MaxValue).Select(s => s.Name).ToList();
        if (names.Count > 0 || status is TourSpeakerStatus.Spoke or TourSpeakerStatus.Passed)
        {
            text.Append(label).Append($" ({names.Count}): ").Append(names.Count == 0 ? "nobody" : string.Join(", ", names)).Append('\n');
        }
    }
}
