using System.Globalization;
using System.Text;
using MeetingBot.Conversations.Features.InMeeting;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Domain.InMeeting;
using MeetingBot.Domain.Meetings;
using MeetingBot.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.IntegrationTests.InMeeting;

/// <summary>The stored record of a meeting as text, every field the minutes will use, times in UTC, for exact comparison.</summary>
public static class RecordSnapshot
{
    public static async Task<(Meeting Meeting, MeetingRecord Record)> LoadAsync(BotHost bot, string conversationKey)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<IMeetingRecordStore>();
        var record = await records.FindLatestAsync(conversationKey, CancellationToken.None) ?? throw new InvalidOperationException("No record.");
        var meeting = await scope.ServiceProvider.GetRequiredService<IMeetingStore>().GetAsync(record.MeetingId, CancellationToken.None)
                      ?? throw new InvalidOperationException("No meeting.");
        return (meeting, record);
    }

    public static string Render(Meeting meeting, MeetingRecord record)
    {
        var text = new StringBuilder();
        text.AppendLine($"{record.MeetingTitle} | {meeting.Status} {T(meeting.ActualStartUtc)}-{T(meeting.ActualEndUtc)} | record {T(record.StartedAtUtc)}-{T(record.EndedAtUtc)} | online meeting {record.ChannelMeetingId} | ad hoc {record.IsAdHoc} | off the record {record.OffTheRecord}");
        text.AppendLine("Attendance:");
        foreach (var a in record.Attendees.OrderBy(a => a.ArrivalNumber ?? int.MaxValue).ThenBy(a => a.Name, StringComparer.Ordinal))
        {
            var parts = new List<string> { $"{(a.ArrivalNumber is { } n ? n + "." : "-")} {a.Name} ({a.UserId})", a.Status.ToString() };
            if (a.Role is { } role) parts.Add(role.ToString());
            if (a.MeetingRole is { } meetingRole) parts.Add(meetingRole);
            if (a.FirstJoinedAtUtc is { } joined) parts.Add($"joined {T(joined)}");
            if (a.LeftAtUtc is { } left) parts.Add($"left {T(left)}");
            if (a.IsLate) parts.Add("late");
            if (a.ApologyReason is { } reason) parts.Add($"\"{reason}\"");
            parts.Add(a.Sources.ToString());
            text.AppendLine("  " + string.Join(" | ", parts));
        }

        text.AppendLine($"Tour: {record.TourStatus} {record.TourOrder} {T(record.TourStartedAtUtc)}-{T(record.TourEndedAtUtc)}");
        foreach (var s in record.TourSpeakers)
        {
            text.AppendLine($"  {s.Name} | {s.Status}{(s.JoinedLate ? " | late" : "")} | called {T(s.CalledAtUtc)} finished {T(s.FinishedAtUtc)}{(s.Update is null ? "" : $" | \"{s.Update.Replace("\n", " / ")}\"")}");
        }

        text.AppendLine("Links:");
        foreach (var l in record.Links.OrderBy(l => l.Number))
        {
            text.AppendLine($"  {l.Number}. {l.Url}{(l.Title is null ? "" : $" \"{l.Title}\"")}");
            foreach (var share in l.Shares.OrderBy(s => s.SharedAtUtc))
                text.AppendLine($"     {share.Name} {T(share.SharedAtUtc)}: \"{share.Context}\"");
        }

        text.AppendLine("Notes:");
        foreach (var n in record.Notes.OrderBy(n => n.Number))
        {
            var item = n.ItemNumber is { } number ? $"item {number} {n.ItemTitle}" : "general";
            var action = n.Kind == NoteKind.Action ? $" | owner {n.OwnerName} ({n.OwnerUserId}) | due {n.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : "";
            text.AppendLine($"  {n.Number}. {n.Kind} | {item} | {n.Text}{action} | by {n.AuthorName} {T(n.CreatedAtUtc)}");
        }

        return text.ToString();
    }

    private static string T(DateTimeOffset? instant) => instant?.ToUniversalTime().ToString("HH:mm", CultureInfo.InvariantCulture) ?? "…";
}
