using System.Text;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Conversations.Messages;
using MeetingBot.Domain.Meetings;
using AgendaRules = MeetingBot.Domain.Meetings.Agenda;

namespace MeetingBot.Conversations.Features.Agenda;

/// <summary>The agenda as text (every channel) and as a card with an "Add item" box (Teams, local chat).</summary>
public static class AgendaView
{
    public static Reply Render(Meeting meeting, string? viewerZoneId)
    {
        var lines = meeting.ActiveItems.Select(Line).ToList();
        var header = $"{meeting.WhenText(viewerZoneId)}{new MeetingPlace(meeting.Location, meeting.JoinUrl).Describe()}";
        var planned = AgendaRules.PlannedText(meeting);
        var state = meeting.AgendaClosed ? "The agenda is closed." : "Add an item with: agenda add <title> [by @name] [10 min]";

        var text = new StringBuilder($"**Agenda of the {meeting.DisplayTitle}**\n{header}\n");
        if (lines.Count == 0) text.Append("No items yet.\n");
        foreach (var line in lines) text.Append(line).Append('\n');
        text.Append(planned).Append(". ").Append(state);

        var card = new Card($"Agenda: {meeting.DisplayTitle}")
        {
            Subtitle = header,
            // Number and title as facts: a card's text blocks would each restart a numbered list at 1.
            Facts = meeting.ActiveItems.Select(i => new CardFact($"{i.Position}.", Line(i)[(i.Position.ToString().Length + 2)..])).ToList(),
            Items = lines.Count == 0 ? ["No items yet."] : [],
            Note = $"{planned}.{(meeting.AgendaClosed ? " The agenda is closed." : "")}",
            Input = meeting.AgendaClosed ? null : new CardInput("title", "A new item, e.g. Nominations for Board positions", AgendaTitle.MaxLength),
            Buttons = meeting.AgendaClosed ? [] : [new CardButton("Add item", "agenda add")],
        };
        return new Reply(text.ToString()) { Card = card };
    }

    /// <summary>"3. Nominations for Board positions — Phil Reichel, 10 min (proposed by Anna; late, awaiting approval)".</summary>
    public static string Line(AgendaItem item)
    {
        var line = new StringBuilder($"{item.Position}. {item.Title}");
        if (item.PresenterName is not null || item.Minutes is not null)
        {
            line.Append(" — ");
            if (item.PresenterName is not null) line.Append(item.PresenterName);
            if (item.PresenterName is not null && item.Minutes is not null) line.Append(", ");
            if (item.Minutes is { } minutes) line.Append(minutes).Append(" min");
        }
        var notes = new List<string>();
        if (!item.IsStanding) notes.Add($"proposed by {item.ProposedByName}");
        if (item.Status == AgendaItemStatus.AwaitingApproval) notes.Add("late, awaiting approval");
        else if (item.IsLate) notes.Add("late");
        if (item.CarriedOverFromMeetingId is not null) notes.Add("carried over");
        if (notes.Count > 0) line.Append(" (").AppendJoin("; ", notes).Append(')');
        return line.ToString();
    }
}
