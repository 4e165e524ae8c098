using MeetingBot.Conversations.Dialogs;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Domain.Meetings;
using Person = MeetingBot.Domain.Meetings.Person;
using AgendaRules = MeetingBot.Domain.Meetings.Agenda;

namespace MeetingBot.Conversations.Features.Agenda;

/// <summary>Completes an "agenda add": asks for the title if missing, warns about a likely duplicate, then adds.</summary>
public sealed class AgendaAddDialog(IMeetingStore store, MeetingFinder finder, TimeProvider time) : Dialog
{
    public const string DialogId = "agenda-add";
    public const string MeetingId = "meetingId";
    public const string Title = "title";
    public const string PresenterName = "presenterName";
    public const string PresenterId = "presenterId";
    public const string Minutes = "minutes";
    private const string ConfirmDuplicate = "confirmDuplicate";

    public override string Id => DialogId;
    public override string Purpose => "adding an agenda item";

    public override Task<DialogStep> BeginAsync(DialogContext context, CancellationToken cancellationToken) =>
        NextAsync(context, duplicateConfirmed: false, cancellationToken);

    public override Task<DialogStep> ContinueAsync(DialogContext context, PromptAnswer answer, CancellationToken cancellationToken)
    {
        if (answer.PromptName == ConfirmDuplicate && answer.Confirmed != true)
        {
            context.Reply("All right, I did not add it.");
            return Task.FromResult(DialogStep.Finished);
        }
        return NextAsync(context, duplicateConfirmed: answer.PromptName == ConfirmDuplicate, cancellationToken);
    }

    private async Task<DialogStep> NextAsync(DialogContext context, bool duplicateConfirmed, CancellationToken cancellationToken)
    {
        if (!context.Values.TryGetValue(Title, out var rawTitle) || rawTitle.Length == 0)
            return DialogStep.AskFor(Prompt.Text(Title, "What is the agenda item? (a short title, e.g. Nominations for Board positions)", maxLength: AgendaTitle.MaxLength));

        var title = AgendaTitle.Normalize(rawTitle, out var problem);
        if (problem is not null)
        {
            context.Reply(problem);
            context.Values.Remove(Title);
            return DialogStep.AskFor(Prompt.Text(Title, "What is the agenda item?", maxLength: AgendaTitle.MaxLength));
        }

        var target = await finder.FindAsync(context.Turn, Guid.Parse(context.Values[MeetingId]), cancellationToken);
        if (target is null)
        {
            context.Reply("That meeting is no longer coming up, so I did not add the item.");
            return DialogStep.Finished;
        }

        if (!duplicateConfirmed && AgendaRules.FindLikelyDuplicate(target.Meeting, title) is { } similar)
            return DialogStep.AskFor(Prompt.Confirm(ConfirmDuplicate,
                $"Item {similar.Position} \"{similar.Title}\" (proposed by {similar.ProposedByName}) looks like the same topic. Add \"{title}\" anyway?"));

        var from = context.Turn.Message.From;
        var presenter = context.Values.TryGetValue(PresenterName, out var presenterName)
            ? new Presenter(presenterName, context.Values.GetValueOrDefault(PresenterId))
            : null;
        int? minutes = int.TryParse(context.Values.GetValueOrDefault(Minutes), out var m) ? m : null;
        var result = await store.UpdateAsync(target.Meeting.Id,
            meeting => AgendaRules.Add(meeting, title, new Person(from.Id, from.Name), presenter, minutes, time.GetUtcNow(), target.CanManage),
            cancellationToken);
        context.Reply(result.Message);
        return DialogStep.Finished;
    }
}
