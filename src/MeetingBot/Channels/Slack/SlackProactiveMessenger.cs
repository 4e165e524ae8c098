using System.Text.Json;
using MeetingBot.Conversations.Features.Reminders;
using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Slack;
using MeetingBot.Slack.Json;
using MeetingBot.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.Slack;

/// <summary>
/// Messages the bot sends on its own into Slack (reminders, notices, the tour's nudges): to a conversation by its
/// stored reference, or 1:1 through <c>conversations.open</c>. Pace and retries are the Web API client's (tier limits,
/// Retry-After); Slack's error codes become outcomes the callers understand.
/// </summary>
public sealed partial class SlackProactiveMessenger(
    IServiceScopeFactory scopes,
    ISlackWebApi slack,
    IOptionsMonitor<SlackOptions> options,
    ILogger<SlackProactiveMessenger> logger) : IProactiveMessenger
{
    public async Task<ProactiveResult> SendToConversationAsync(string conversationKey, Reply reply, CancellationToken cancellationToken)
    {
        if (!options.CurrentValue.Enabled) return new ProactiveResult(ProactiveOutcome.Failed, "Slack is not configured (Slack:SigningSecret, Slack:BotToken)");
        await using var scope = scopes.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IConversationDirectory>();
        var json = await directory.FindReferenceAsync(conversationKey, cancellationToken);
        if (json is null || Deserialize(json) is not { } reference)
            return new ProactiveResult(ProactiveOutcome.Unreachable, "I am not in that Slack conversation (removed, or never added)");
        return await PostAsync(reference.Channel, reply, conversationKey, directory, personalKey: null, cancellationToken);
    }

    public async Task<ProactiveResult> SendToPersonAsync(PersonalAddress to, Reply reply, CancellationToken cancellationToken)
    {
        if (!options.CurrentValue.Enabled) return new ProactiveResult(ProactiveOutcome.Failed, "Slack is not configured (Slack:SigningSecret, Slack:BotToken)");
        string channel;
        try
        {
            channel = to.PersonalConversationKey is { } known && known.StartsWith(SlackAdapter.KeyPrefix, StringComparison.Ordinal)
                ? SlackAdapter.ChannelOf(known)
                : await slack.OpenDirectMessageAsync(to.UserId, cancellationToken);
        }
        catch (SlackApiException ex)
        {
            return Outcome(ex);
        }
        await using var scope = scopes.CreateAsyncScope();
        var key = SlackAdapter.KeyPrefix + channel;
        return await PostAsync(channel, reply, key, scope.ServiceProvider.GetRequiredService<IConversationDirectory>(), key, cancellationToken);
    }

    private async Task<ProactiveResult> PostAsync(string channel, Reply reply, string conversationKey, IConversationDirectory directory, string? personalKey, CancellationToken cancellationToken)
    {
        var rendering = BlockKitRenderer.Render(reply);
        try
        {
            await slack.PostMessageAsync(new PostMessageRequest { Channel = channel, Text = rendering.Text, Blocks = rendering.Blocks }, cancellationToken);
            return ProactiveResult.Delivered(personalKey);
        }
        catch (SlackApiException ex)
        {
            LogFailed(logger, ex.Method, ex.Error ?? ((int)ex.StatusCode).ToString());
            if (ex.IsBotRemoved) await directory.MarkInactiveAsync(conversationKey, $"slack {ex.Error}", CancellationToken.None);
            return Outcome(ex);
        }
    }

    private static ProactiveResult Outcome(SlackApiException ex) => ex.Kind switch
    {
        SlackFailureKind.BotRemoved => new ProactiveResult(ProactiveOutcome.Unreachable, $"I was removed from the Slack conversation or it is gone ({ex.Error})"),
        SlackFailureKind.Unreachable => new ProactiveResult(ProactiveOutcome.Unreachable, $"Slack cannot deliver to them ({ex.Error})"),
        SlackFailureKind.RateLimited => new ProactiveResult(ProactiveOutcome.Failed, "Slack kept answering 429 (too many requests)"),
        SlackFailureKind.Configuration => new ProactiveResult(ProactiveOutcome.Failed, $"the Slack app's token or scopes need attention ({ex.Error})"),
        _ => new ProactiveResult(ProactiveOutcome.Failed, $"Slack refused the message ({ex.Error ?? ((int)ex.StatusCode).ToString()})"),
    };

    private static SlackConversationReference? Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, SlackJsonContext.Default.SlackConversationReference);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Method} failed for a proactive message: {Error}")]
    private static partial void LogFailed(ILogger logger, string method, string error);
}
