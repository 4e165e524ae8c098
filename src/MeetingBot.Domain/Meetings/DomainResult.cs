namespace MeetingBot.Domain.Meetings;

/// <summary>
/// The outcome of something a member asked for. User errors (a past date, a missing permission) are not exceptions:
/// they come back here with a sentence saying what to do instead, ready to send.
/// </summary>
public sealed record DomainResult(bool Succeeded, string Message)
{
    public static DomainResult Ok(string message) => new(true, message);

    public static DomainResult Fail(string message) => new(false, message);
}
