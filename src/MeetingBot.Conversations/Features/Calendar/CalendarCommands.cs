using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Conversations.Messages;
using MeetingBot.Domain.People;

namespace MeetingBot.Conversations.Features.Calendar;

/// <summary>"calendar": an "Add to calendar" file for the next meeting.</summary>
public sealed class CalendarCommand(MeetingFinder finder, CalendarLinks calendar) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["calendar"];
    public string Usage => "calendar";
    public string Description => "Gives a calendar file (.ics) for the next meeting; a moved meeting updates the same calendar entry.";
    public Permission Permission => Permission.Anyone;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var target = await finder.ResolveOneAsync(context, _ => true, askWhenSeveral: false, "", cancellationToken);
        if (target is null) return;
        var meeting = target.Meeting;
        var reply = new Reply($"**{meeting.DisplayTitle}**: {meeting.WhenText(context.Turn.Member.TimeZoneId ?? context.Turn.Message.TimeZone)}. " +
                              "Open the file to add it to your calendar; if the meeting moves, a new file updates the same entry. " +
                              "To have every meeting of the series in your calendar, say calendar feed.")
        {
            Card = new Card($"Add the {meeting.DisplayTitle} to your calendar") { Subtitle = meeting.WhenText(null) },
        };
        context.Turn.Reply(await calendar.WithInvitationAsync(reply, meeting, cancellationToken));
    }
}

/// <summary>"calendar feed": the series' subscribable address; "calendar feed revoke" (chair) makes the old address stop working.</summary>
public sealed class CalendarFeedCommand(IMeetingStore meetings, CalendarLinks calendar) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["calendar feed", "calendar feed revoke"];
    public string Usage => "calendar feed | calendar feed revoke";
    public string Description => "Gives the address to subscribe to this series' meetings in Outlook or Google Calendar; the chair can revoke it.";
    public Permission Permission => Permission.Member;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Turn.Conversation.Kind == ConversationKind.Personal)
        {
            context.Reply("A calendar feed belongs to a series of meetings: ask for it in the series' team channel or group chat.");
            return;
        }

        var series = await meetings.FindSeriesAsync(context.Turn.Conversation.Key, cancellationToken);
        if (series is null)
        {
            context.Reply("No series of meetings is kept here yet, so there is no feed. Schedule a meeting first (say schedule).");
            return;
        }

        if (context.Name == "calendar feed revoke")
        {
            if (!Permission.Chair.Allows(context.Turn.Member, context.Turn.IsAdmin))
            {
                context.Reply($"Only {Permission.Chair.WhoMay()} can revoke the calendar feed.");
                return;
            }

            if (series.CalendarFeedToken is null)
            {
                context.Reply($"The {series.Title} has no calendar feed, so there is nothing to revoke.");
                return;
            }

            series.CalendarFeedToken = null;
            await meetings.SaveSeriesAsync(series, cancellationToken);
            context.Reply($"The calendar feed of the {series.Title} is revoked: calendars subscribed to it stop updating. Say calendar feed to make a new address.");
            return;
        }

        var isNew = series.CalendarFeedToken is null;
        if (isNew)
        {
            series.CalendarFeedToken = CalendarLinks.NewFeedToken();
            await meetings.SaveSeriesAsync(series, cancellationToken);
        }

        var url = calendar.FeedUrl(series, series.CalendarFeedToken ?? "");
        context.Turn.Reply(new Reply(
            $"Subscribe to this address to see every meeting of the {series.Title} in your calendar (in Outlook: Add calendar → Subscribe from web; in Google Calendar: Other calendars → From URL):\n{url}\n" +
            "Keep it within the team: anyone with the address can read the meetings' times and agendas. The chair can revoke it with calendar feed revoke.")
        {
            PrivateToSender = true,
        });
    }
}
