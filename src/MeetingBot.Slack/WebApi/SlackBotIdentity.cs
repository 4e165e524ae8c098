namespace MeetingBot.Slack.WebApi;

/// <summary>
/// The bot's own Slack user id: taken from each event's <c>authorizations</c> when present, otherwise asked once with
/// <c>auth.test</c>. Needed to strip the bot's mention and to ignore the bot's own messages.
/// </summary>
public sealed class SlackBotIdentity(ISlackWebApi api)
{
    private string? _userId;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async ValueTask<string?> GetUserIdAsync(string? fromEvent, CancellationToken cancellationToken)
    {
        if (fromEvent is { Length: > 0 })
        {
            _userId ??= fromEvent;
            return fromEvent;
        }
        if (_userId is not null) return _userId;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_userId is null)
            {
                try
                {
                    _userId = (await api.AuthTestAsync(cancellationToken).ConfigureAwait(false)).UserId;
                }
                catch (SlackApiException)
                {
                    // Without it the bot still works; it only cannot tell its own mention apart. Asked again next time.
                }
            }
            return _userId;
        }
        finally
        {
            _gate.Release();
        }
    }
}
