using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Features.Reminders;
using MeetingBot.Domain.People;
using MeetingBot.Domain.Time;

namespace MeetingBot.Conversations.Features.Meetings;

/// <summary>"reschedule 2 Sep 15:00": moves the next meeting; its agenda moves with it.</summary>
public sealed class RescheduleCommand(MeetingFinder finder, IMeetingStore store, WhenReader whenReader, TimeProvider time, MeetingReminders reminders) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["reschedule", "move meeting"];
    public string Usage => "reschedule <date time>";
    public string Description => "Moves the next meeting to another date or time.";
    public Permission Permission => Permission.ManageMeetings;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Arguments.Length == 0)
        {
            context.Reply("Say when to, e.g. reschedule 2 Sep 15:00-16:30.");
            return;
        }
        var target = await finder.ResolveOneAsync(context, m => m.CanManage, askWhenSeveral: false,
            "Only the chair or the secretary of the meeting's team can move it.", cancellationToken);
        if (target is null) return;

        var meeting = target.Meeting;
        var when = whenReader.Read(context.Arguments, meeting.TimeZoneId, new WhenReadOptions { RequireDate = true, RequireTime = true });
        if (!when.Succeeded)
        {
            context.Reply(when.Message);
            return;
        }
        var start = when.Start.ToUniversalTime();
        var end = when.End?.ToUniversalTime() ?? start + meeting.Duration;
        var zone = ZoneResolver.TryResolve(when.TimeZoneId, out var resolved, out _) && !resolved.IsFixedOffset ? resolved.Id : meeting.TimeZoneId;
        var place = MeetingPlace.Read(when.Rest);
        var result = await store.UpdateAsync(meeting.Id, m =>
        {
            var moved = m.Reschedule(start, end, zone, time.GetUtcNow());
            if (moved.Succeeded && place.Location is not null) m.Location = place.Location;
            if (moved.Succeeded && place.JoinUrl is not null) m.JoinUrl = place.JoinUrl;
            return (moved, Text: m.WhenText(context.Turn.Member.TimeZoneId ?? context.Turn.Message.TimeZone));
        }, cancellationToken);
        var reminderLine = result.moved.Succeeded ? await reminders.MovedAsync(context.Turn, meeting.Id, cancellationToken) : "";
        context.Reply(result.moved.Succeeded ? $"Moved the **{meeting.DisplayTitle}** to {result.Text}. {reminderLine}".TrimEnd() : result.moved.Message);
    }
}
