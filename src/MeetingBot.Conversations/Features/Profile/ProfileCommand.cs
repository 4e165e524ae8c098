using MeetingBot.Conversations.Commands;
using MeetingBot.Domain.People;

namespace MeetingBot.Conversations.Features.Profile;

/// <summary>"profile" shows your details; "profile edit" asks for organisation and time zone.</summary>
public sealed class ProfileCommand : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["profile edit", "profile", "me", "whoami"];
    public string Usage => "profile [edit]";
    public string Description => "Shows your name, role, organisation and time zone here; \"profile edit\" changes them.";
    public Permission Permission => Permission.Anyone;

    public Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Name == "profile edit" || context.Arguments.Equals("edit", StringComparison.OrdinalIgnoreCase))
            return context.BeginDialogAsync(ProfileDialog.DialogId, null, cancellationToken);

        var member = context.Turn.Member;
        context.Reply(
            $"**{member.DisplayName}**\n" +
            $"- Role: {member.Role.Display()}{(member.Title is null ? "" : $" ({member.Title})")}\n" +
            $"- Organisation: {member.Organisation ?? "not set"}\n" +
            $"- Time zone: {member.TimeZoneId ?? "not set"}\n" +
            "Say profile edit to change them.");
        return Task.CompletedTask;
    }
}
