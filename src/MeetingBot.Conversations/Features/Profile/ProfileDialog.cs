using MeetingBot.Conversations.Dialogs;
using MeetingBot.Conversations.Turns;
using MeetingBot.Domain.People;
using MeetingBot.Domain.Time;

namespace MeetingBot.Conversations.Features.Profile;

/// <summary>Asks for organisation and time zone, confirms, then saves them to the member.</summary>
public sealed class ProfileDialog(IMemberDirectory members) : Dialog
{
    public const string DialogId = "profile";
    private const string Organisation = "organisation";
    private const string TimeZone = "timeZone";
    private const string Confirm = "confirm";
    private const string OtherZone = "Another time zone";

    public override string Id => DialogId;
    public override string Purpose => "editing your profile";

    public override Task<DialogStep> BeginAsync(DialogContext context, CancellationToken cancellationToken) =>
        Task.FromResult(DialogStep.AskFor(Prompt.Text(Organisation,
            $"Which organisation do you represent? (now: {context.Turn.Member.Organisation ?? "not set"})",
            optional: true, maxLength: Member.MaxOrganisationLength)));

    public override Task<DialogStep> ContinueAsync(DialogContext context, PromptAnswer answer, CancellationToken cancellationToken)
    {
        switch (answer.PromptName)
        {
            case Organisation:
                return Task.FromResult(AskTimeZone(context));
            case TimeZone when answer.Value == OtherZone:
                return Task.FromResult(DialogStep.AskFor(Prompt.Text(TimeZone + "Typed", "Type your time zone as a city id, e.g. Europe/Vienna or America/New_York.", maxLength: 64)));
            case TimeZone:
            case TimeZone + "Typed":
                if (!ZoneResolver.TryResolve(answer.Value, out var zone, out var problem))
                {
                    context.Reply(problem);
                    return Task.FromResult(DialogStep.AskFor(Prompt.Text(TimeZone + "Typed", "Type your time zone as a city id, e.g. Europe/Vienna.", maxLength: 64)));
                }
                context.Values[TimeZone] = zone.Id;
                return Task.FromResult(DialogStep.AskFor(Prompt.Confirm(Confirm,
                    $"Save organisation \"{Show(context.Values.GetValueOrDefault(Organisation))}\" and time zone {zone.Id}?")));
            case Confirm:
                return SaveAsync(context, answer.Confirmed == true, cancellationToken);
            default:
                return Task.FromResult(DialogStep.Finished);
        }
    }

    private static DialogStep AskTimeZone(DialogContext context)
    {
        var choices = new List<string>();
        foreach (var candidate in new[] { context.Turn.Member.TimeZoneId, context.Turn.Message.TimeZone })
            if (candidate is { Length: > 0 } && !choices.Contains(candidate)) choices.Add(candidate);
        choices.Add(OtherZone);
        return DialogStep.AskFor(Prompt.Choice(TimeZone, "Which time zone are you in?", choices));
    }

    private async Task<DialogStep> SaveAsync(DialogContext context, bool confirmed, CancellationToken cancellationToken)
    {
        if (!confirmed)
        {
            context.Reply("All right, I changed nothing.");
            return DialogStep.Finished;
        }
        var member = context.Turn.Member;
        var organisation = context.Values.GetValueOrDefault(Organisation);
        member.Organisation = string.IsNullOrWhiteSpace(organisation) ? member.Organisation : organisation;
        member.TimeZoneId = context.Values.GetValueOrDefault(TimeZone) ?? member.TimeZoneId;
        await members.SaveAsync(member, cancellationToken);
        context.Reply($"Saved: {Show(member.Organisation)}, {member.TimeZoneId}.");
        return DialogStep.Finished;
    }

    private static string Show(string? value) => string.IsNullOrWhiteSpace(value) ? "not set" : value;
}
