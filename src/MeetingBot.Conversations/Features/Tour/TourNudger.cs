using MeetingBot.Conversations.Features.InMeeting;
using MeetingBot.Conversations.Features.Reminders;
using MeetingBot.Conversations.Messages;
using MeetingBot.Domain.InMeeting;
using Microsoft.Extensions.Options;

namespace MeetingBot.Conversations.Features.Tour;

/// <summary>
/// The gentle nudge when a speaker has had their time (<see cref="InMeetingOptions.TourSpeakerTimeLimit"/>). Run by a
/// scheduled job, posting through the channel's <see cref="IProactiveMessenger"/>; does nothing when the speaker it was meant for has finished, or was called again since.
/// </summary>
public sealed class TourNudger(IMeetingRecordStore records, IProactiveMessenger messenger, IOptions<InMeetingOptions> options)
{
    public async Task<bool> NudgeAsync(Guid meetingId, Guid speakerId, DateTimeOffset calledAtUtc, CancellationToken cancellationToken)
    {
        var record = await records.GetAsync(meetingId, cancellationToken);
        if (record is not { IsRunning: true, TourStatus: TourStatus.Running } || record.CurrentSpeaker is not { } speaker
            || speaker.Id != speakerId || speaker.CalledAtUtc is not { } called || (called - calledAtUtc).Duration() > TimeSpan.FromMilliseconds(1))
        {
            return false;
        }

        var reply = new Reply($"@{speaker.Name}, a gentle nudge: you have had your {Duration(options.Value.TourSpeakerTimeLimit)}. " +
                              "Please wrap up, and say done when you have finished.")
        {
            Mentions = [new Mention(speaker.UserId, speaker.Name)],
        };
        return (await messenger.SendToConversationAsync(record.ConversationKey, reply, cancellationToken)).Succeeded;
    }

    private static string Duration(TimeSpan limit) => limit.TotalMinutes >= 1
        ? $"{Math.Round(limit.TotalMinutes):0} minute{(Math.Round(limit.TotalMinutes) == 1 ? "" : "s")}"
        : $"{Math.Round(limit.TotalSeconds):0} second{(Math.Round(limit.TotalSeconds) == 1 ? "" : "s")}";
}
