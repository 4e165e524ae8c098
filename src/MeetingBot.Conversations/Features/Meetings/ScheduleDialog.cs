using MeetingBot.Conversations.Dialogs;
using MeetingBot.Conversations.Features.Reminders;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.Time;
using Microsoft.Extensions.Options;

namespace MeetingBot.Conversations.Features.Meetings;

/// <summary>
/// Schedules a meeting, asking only for what is missing: the series' name and number the first time, and the
/// date and time when they were not given or could not be read.
/// </summary>
public sealed class ScheduleDialog(IMeetingStore store, WhenReader whenReader, IOptions<BotBehaviourOptions> options, TimeProvider time, MeetingReminders reminders) : Dialog
{
    public const string DialogId = "schedule";
    public const string When = "when";
    private const string SeriesTitle = "seriesTitle";
    private const string Number = "number";
    private static readonly WhenReadOptions DateAndTime = new() { RequireDate = true, RequireTime = true };

    public override string Id => DialogId;
    public override string Purpose => "scheduling a meeting";

    public override async Task<DialogStep> BeginAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var series = await store.FindSeriesAsync(context.Turn.Conversation.Key, cancellationToken);
        if (series is null)
            return DialogStep.AskFor(Prompt.Text(SeriesTitle,
                "This is the first meeting I schedule here. What are these meetings called? (e.g. Informal Meeting of the Alliance)", maxLength: 150));
        return await NextAsync(context, series, cancellationToken);
    }

    public override async Task<DialogStep> ContinueAsync(DialogContext context, PromptAnswer answer, CancellationToken cancellationToken)
    {
        switch (answer.PromptName)
        {
            case SeriesTitle:
                var title = AgendaTitle.Normalize(answer.Value, out var problem);
                if (problem is not null)
                {
                    context.Reply("Please give a short name, like Informal Meeting of the Alliance.");
                    return DialogStep.AskFor(Prompt.Text(SeriesTitle, "What are these meetings called?", maxLength: 150));
                }
                context.Values[SeriesTitle] = title;
                return DialogStep.AskFor(AskNumber());
            case Number:
                if (!int.TryParse(answer.Value.Trim().TrimEnd('.').Replace("th", "").Replace("st", "").Replace("nd", "").Replace("rd", ""), out var number) || number is < 1 or > 9999)
                {
                    context.Reply("Please give a number, like 9 for the 9th meeting (1 if it is the first).");
                    return DialogStep.AskFor(AskNumber());
                }
                context.Values[Number] = number.ToString();
                return await NextAsync(context, null, cancellationToken);
            case When:
                return await NextAsync(context, await store.FindSeriesAsync(context.Turn.Conversation.Key, cancellationToken), cancellationToken);
            default:
                return DialogStep.Finished;
        }
    }

    private static Prompt AskNumber() => Prompt.Text(Number, "Which number will this meeting be? (1 if it is the first; the next ones count on by themselves)", maxLength: 10);

    private static Prompt AskWhen() => Prompt.Text(When, "When is the meeting? (e.g. 31 Aug 15:30-17:00 Europe/Vienna on Webex)", maxLength: 300);

    private async Task<DialogStep> NextAsync(DialogContext context, MeetingSeries? series, CancellationToken cancellationToken)
    {
        if (!context.Values.TryGetValue(When, out var whenText) || string.IsNullOrWhiteSpace(whenText))
            return DialogStep.AskFor(AskWhen());

        var zone = series?.TimeZoneId ?? context.Turn.Member.TimeZoneId ?? options.Value.DefaultTimeZone;
        var when = whenReader.Read(whenText, zone, DateAndTime);
        if (!when.Succeeded)
        {
            context.Reply(when.Message);
            context.Values.Remove(When);
            return DialogStep.AskFor(AskWhen());
        }

        var now = time.GetUtcNow();
        // An IANA zone written in the command becomes the meeting's; "CET" or "GMT+2" only fix the instant.
        var meetingZone = ZoneResolver.TryResolve(when.TimeZoneId, out var resolved, out _) && !resolved.IsFixedOffset ? resolved.Id : zone;
        var isNewSeries = series is null;
        series ??= new MeetingSeries
        {
            ScopeId = context.Turn.Conversation.ScopeId,
            HomeConversationKey = context.Turn.Conversation.Key,
            Title = context.Values.GetValueOrDefault(SeriesTitle) ?? "Meeting",
            TimeZoneId = meetingZone,
            LastNumber = int.TryParse(context.Values.GetValueOrDefault(Number), out var first) ? first - 1 : 0,
        };

        var place = MeetingPlace.Read(when.Rest);
        var meeting = series.CreateMeeting(when.Start.ToUniversalTime(), now, when.End?.ToUniversalTime());
        meeting.TimeZoneId = meetingZone;
        meeting.Location = place.Location ?? series.DefaultLocation;
        meeting.JoinUrl = place.JoinUrl;
        if (place.Location is not null) series.DefaultLocation = place.Location;

        await store.SaveSeriesAsync(series, cancellationToken);
        await store.AddAsync(meeting, cancellationToken);
        var reminderLine = await reminders.ScheduledAsync(meeting.Id, cancellationToken);

        var viewer = context.Turn.Member.TimeZoneId ?? context.Turn.Message.TimeZone;
        var deadline = TimeZoneLabel.Format(meeting.AgendaDeadlineUtc, meeting.TimeZoneId);
        context.Reply(
            $"Scheduled the **{meeting.DisplayTitle}**: {meeting.WhenText(viewer)}{new MeetingPlace(meeting.Location, meeting.JoinUrl).Describe()}.\n" +
            $"Members can add agenda items until {deadline} with: agenda add <title>" +
            (isNewSeries ? $"\nStanding items: {string.Join(", ", series.StandingItems)} (change them with series standing)." : "") +
            (reminderLine.Length == 0 ? "" : $"\n{reminderLine}"));
        return DialogStep.Finished;
    }
}
