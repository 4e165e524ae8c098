namespace MeetingBot.Conversations.Features.Minutes;

/// <summary>
/// Sends an approved version on through Microsoft Graph (document library, e-mail) in the background, retrying and
/// reporting failures in the conversation it was approved in. Infrastructure implements it with Hangfire jobs.
/// </summary>
public interface IMinutesDistribution
{
    /// <summary>What approving will do, for the reply: "I'll put it in the team's Minutes folder and e-mail it to …".</summary>
    IReadOnlyList<string> PlannedSteps { get; }

    Task EnqueueAsync(Guid meetingId, int versionNumber, CancellationToken cancellationToken);
}

/// <summary>Graph is not configured: approving only freezes the version.</summary>
internal sealed class NoMinutesDistribution : IMinutesDistribution
{
    public IReadOnlyList<string> PlannedSteps => [];

    public Task EnqueueAsync(Guid meetingId, int versionNumber, CancellationToken cancellationToken) => Task.CompletedTask;
}
