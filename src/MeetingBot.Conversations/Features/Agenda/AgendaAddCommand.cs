using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Domain.Meetings;
using Person = MeetingBot.Domain.Meetings.Person;
using MeetingBot.Domain.People;

namespace MeetingBot.Conversations.Features.Agenda;

/// <summary>
/// "agenda add Nominations for Board positions [by @Phil] [10 min]". Asks which meeting when several are open,
/// for a title when none was given, and whether to add a title that looks like an existing item.
/// </summary>
public sealed class AgendaAddCommand(MeetingFinder finder, TimeProvider time) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["agenda add", "add item", "add"];
    public string Usage => "agenda add <title> [by @name | by me] [10 min]";
    public string Description => "Adds an item to the agenda of the next meeting.";
    public Permission Permission => Permission.Member;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var target = await finder.ResolveOneAsync(context, m => m.Meeting.IsOpenForItems(now), askWhenSeveral: true,
            "No coming meeting takes agenda items now (its agenda is closed, or it has started). Ask the chair or the secretary.", cancellationToken);
        if (target is null) return;
        if (target.Member.Role < Role.Member && !context.Turn.IsAdmin)
        {
            context.Reply("Guests cannot add agenda items. Ask a member or the secretary to add it for you.");
            return;
        }

        var from = context.Turn.Message.From;
        var request = AgendaRequest.Read(context.Arguments, new Person(from.Id, from.Name), context.Turn.Message.Mentions);
        var values = new Dictionary<string, string> { [AgendaAddDialog.MeetingId] = target.Meeting.Id.ToString() };
        if (request.Title.Length > 0) values[AgendaAddDialog.Title] = request.Title;
        if (request.Presenter is { } presenter)
        {
            values[AgendaAddDialog.PresenterName] = presenter.Name;
            if (presenter.UserId is not null) values[AgendaAddDialog.PresenterId] = presenter.UserId;
        }
        if (request.Minutes is { } minutes) values[AgendaAddDialog.Minutes] = minutes.ToString();
        await context.BeginDialogAsync(AgendaAddDialog.DialogId, values, cancellationToken);
    }
}
