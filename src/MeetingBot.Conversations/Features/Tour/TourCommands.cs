using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Features.InMeeting;
using MeetingBot.Conversations.Messages;
using MeetingBot.Domain.People;

namespace MeetingBot.Conversations.Features.Tour;

/// <summary>The chair runs the tour de table: start (in an order), stop for a while, resume, end.</summary>
public sealed class TourCommand(TourDesk desk, MeetingRoom room) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["tour start", "tour stop", "tour pause", "tour resume", "tour end"];
    public string Usage => "tour start [alphabetical | by arrival | @a @b …] | tour stop | tour resume | tour end";
    public string Description => "Runs the tour de table: I call each participant in turn and record their update.";
    public Permission Permission => Permission.ManageMeetings;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Name == "tour start")
        {
            Reply(context, await desk.StartAsync(context.Turn, context.Arguments, cancellationToken));
            return;
        }

        if (await room.FindRunningAsync(context.Turn.Conversation, cancellationToken) is not { } running)
        {
            context.Reply(MeetingRoom.NotRunning);
            return;
        }

        var now = room.Now;
        Reply(context, await desk.ApplyAsync(running.MeetingId, context.Name switch
        {
            "tour stop" or "tour pause" => r => r.PauseTour(),
            "tour resume" => r => r.ResumeTour(now),
            _ => r => r.EndTour(now),
        }, cancellationToken));
    }

    internal static void Reply(CommandContext context, IReadOnlyList<Reply> replies)
    {
        foreach (var reply in replies) context.Turn.Reply(reply);
    }
}

/// <summary>"tour status": who speaks now, who has spoken or passed, who is still to come; the summary once it has ended.</summary>
public sealed class TourStatusCommand(MeetingRoom room) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["tour status", "tour"];
    public string Usage => "tour status";
    public string Description => "Shows where the tour de table is: who speaks now and who is still to come.";
    public Permission Permission => Permission.Anyone;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (await room.FindCurrentOrLatestAsync(context.Turn.Conversation, cancellationToken) is not { StartedAtUtc: not null } record)
        {
            context.Reply(MeetingRoom.NotRunning);
            return;
        }

        context.Turn.Reply(TourView.Status(record));
    }
}

/// <summary>
/// The steps of the tour as commands (done, pass, later; back and skip @name for the chair), so that they are listed in
/// help and work when the bot is mentioned. In a meeting chat they also work on their own (see <see cref="TourWords"/>).
/// </summary>
public sealed class TourStepCommand(TourDesk desk) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["done", "pass", "later", "back", "skip"];
    public string Usage => "done | pass | later (your turn) · next | back | skip @name (the chair)";
    public string Description => "Steps of the tour de table: finish your update, pass, or go last; the chair moves on, goes back or skips someone.";
    public Permission Permission => Permission.Anyone;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var word = TourWords.FromCommandName(context.Name) ?? TourWord.Done;
        Mention? target = word == TourWord.Skip && context.Turn.Message.Mentions.Count > 0 ? context.Turn.Message.Mentions[0] : null;
        TourCommand.Reply(context, await desk.StepAsync(context.Turn, word, target, cancellationToken));
    }
}
