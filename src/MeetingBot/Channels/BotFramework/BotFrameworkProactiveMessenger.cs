using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using MeetingBot.Conversations.Features.Reminders;
using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Protocol.Activities;
using MeetingBot.Protocol.Connector;
using Polly.Timeout;

namespace MeetingBot.Channels.BotFramework;

/// <summary>
/// Proactive messages through the Bot Framework connector, from the conversation references the turn runner stores.
/// A 1:1 message goes to the person's known 1:1 chat, or opens one (<c>POST v3/conversations</c> with the team's
/// service URL, bot and tenant) and remembers it. Paced by <see cref="ProactiveRateLimiter"/>; 429/5xx are retried by
/// the connector (Retry-After honoured); 403/404 come back as "unreachable" with a reason a secretary can read.
/// </summary>
public sealed partial class BotFrameworkProactiveMessenger(
    IServiceScopeFactory scopes,
    IConnectorClient connector,
    ProactiveRateLimiter limits,
    ILogger<BotFrameworkProactiveMessenger> logger) : IProactiveMessenger
{
    private const int MaxRemembered = 10_000;

    // References read recently. A channel the bot was just removed from is marked inactive, but its service URL, bot
    // and tenant still open 1:1 chats with its members (who may have the bot installed personally) and the secretary.
    private readonly ConcurrentDictionary<string, ConversationReference> _remembered = new(StringComparer.Ordinal);

    public async Task<ProactiveResult> SendToConversationAsync(string conversationKey, Reply reply, CancellationToken cancellationToken)
    {
        if (await FindReferenceAsync(conversationKey, cancellationToken) is not { } reference)
            return new ProactiveResult(ProactiveOutcome.Unreachable, "I cannot post there any more: the bot was removed from it, or never talked there");
        return await PostAsync(reference, conversationKey, reply, person: false, cancellationToken);
    }

    public async Task<ProactiveResult> SendToPersonAsync(PersonalAddress to, Reply reply, CancellationToken cancellationToken)
    {
        if (to.PersonalConversationKey is { } key && await FindReferenceAsync(key, cancellationToken) is { } personal)
        {
            var sent = await PostAsync(personal, key, reply, person: true, cancellationToken);
            // A 1:1 chat that is gone may be opened again below; a refusal for any other reason stands.
            if (sent.Outcome != ProactiveOutcome.Unreachable) return sent with { PersonalConversationKey = key };
        }

        if ((await FindReferenceAsync(to.ViaConversationKey, cancellationToken) ?? _remembered.GetValueOrDefault(to.ViaConversationKey)) is not { } via)
            return new ProactiveResult(ProactiveOutcome.Unreachable, "I have no conversation with them or their team any more");
        try
        {
            await limits.WaitAsync(null, cancellationToken);
            var created = await connector.CreateConversationAsync(via.ServiceUrl, new ConversationParameters
            {
                IsGroup = false,
                Bot = via.Bot,
                Members = [new ChannelAccount { Id = to.UserId }],
                TenantId = via.Conversation.TenantId,
                ChannelData = via.Conversation.TenantId is { } tenant ? JsonSerializer.SerializeToElement(new TenantData(new TenantId(tenant)), ProactiveJson.Default.TenantData) : null,
            }, cancellationToken);
            if (created.Id is not { Length: > 0 } conversationId)
                return new ProactiveResult(ProactiveOutcome.Failed, "the channel did not open a 1:1 chat with them");

            var reference = new ConversationReference
            {
                ServiceUrl = created.ServiceUrl ?? via.ServiceUrl,
                ChannelId = via.ChannelId,
                Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = via.Conversation.TenantId },
                Bot = via.Bot,
            };
            var personalKey = await RememberAsync(reference, conversationId, cancellationToken);
            var result = await PostAsync(reference, personalKey, reply, person: true, cancellationToken);
            return result with { PersonalConversationKey = personalKey };
        }
        catch (ConnectorException ex)
        {
            return Describe(ex, person: true);
        }
        catch (Exception ex) when (IsTransport(ex, cancellationToken))
        {
            LogTransportFailed(logger, ex.Message);
            return new ProactiveResult(ProactiveOutcome.Failed, "Teams did not answer (network or timeout)");
        }
    }

    private async Task<ProactiveResult> PostAsync(ConversationReference reference, string conversationKey, Reply reply, bool person, CancellationToken cancellationToken)
    {
        // A channel reference may point into a thread ("…;messageid=…"): reminders start a new post.
        var conversationId = (reference.Conversation.Id ?? "").Split(";messageid=", 2)[0];
        var activity = BotFrameworkAdapter.ToActivity(reply, new Activity
        {
            Recipient = reference.Bot,
            Conversation = reference.Conversation with { Id = conversationId },
        });
        try
        {
            await limits.WaitAsync(conversationId, cancellationToken);
            await connector.SendToConversationAsync(reference.ServiceUrl, conversationId, activity, cancellationToken);
            return ProactiveResult.Delivered();
        }
        catch (ConnectorException ex)
        {
            if (ex.IsBotRemovedFromConversation)
            {
                LogRemoved(logger, (int)ex.StatusCode, ex.ErrorCode);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IConversationDirectory>()
                    .MarkInactiveAsync(conversationKey, $"{(int)ex.StatusCode} {ex.ErrorCode}", CancellationToken.None);
            }
            return Describe(ex, person);
        }
        catch (Exception ex) when (IsTransport(ex, cancellationToken))
        {
            LogTransportFailed(logger, ex.Message);
            return new ProactiveResult(ProactiveOutcome.Failed, "Teams did not answer (network or timeout)");
        }
    }

    /// <summary>What a connector error means for the person reading the secretary's summary.</summary>
    private static ProactiveResult Describe(ConnectorException ex, bool person)
    {
        var code = ex.ErrorCode is { Length: > 0 } c ? $" {c}" : "";
        return ex.StatusCode switch
        {
            HttpStatusCode.Forbidden when string.Equals(ex.ErrorCode, "ConversationBlockedByUser", StringComparison.OrdinalIgnoreCase) =>
                new(ProactiveOutcome.Unreachable, "blocked the bot (403 ConversationBlockedByUser)"),
            HttpStatusCode.Forbidden when string.Equals(ex.ErrorCode, "BotNotInConversationRoster", StringComparison.OrdinalIgnoreCase) =>
                new(ProactiveOutcome.Unreachable, person
                    ? "does not have the bot installed, or removed it (403 BotNotInConversationRoster)"
                    : "the bot was removed from it (403 BotNotInConversationRoster)"),
            HttpStatusCode.Forbidden when string.Equals(ex.ErrorCode, "BotDisabledByAdmin", StringComparison.OrdinalIgnoreCase) =>
                new(ProactiveOutcome.Unreachable, "an admin disabled the bot for them (403 BotDisabledByAdmin)"),
            HttpStatusCode.Forbidden => new(ProactiveOutcome.Unreachable, $"Teams refused it (403{code})"),
            HttpStatusCode.NotFound => new(ProactiveOutcome.Unreachable, person
                ? $"their chat with the bot no longer exists (404{code})"
                : $"the conversation no longer exists (404{code})"),
            HttpStatusCode.TooManyRequests => new(ProactiveOutcome.Failed, "Teams kept answering 429 (too many requests), even after waiting"),
            _ => new(ProactiveOutcome.Failed, $"Teams answered {(int)ex.StatusCode}{code}"),
        };
    }

    private static bool IsTransport(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException or TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private async Task<ConversationReference?> FindReferenceAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var json = await scope.ServiceProvider.GetRequiredService<IConversationDirectory>().FindReferenceAsync(conversationKey, cancellationToken);
        if (json is null) return null;
        try
        {
            if (JsonSerializer.Deserialize(json, BotFrameworkJsonContext.Default.ConversationReference) is not { Conversation.Id: not null } reference) return null;
            if (_remembered.Count >= MaxRemembered) _remembered.Clear();
            _remembered[conversationKey] = reference;
            return reference;
        }
        catch (JsonException)
        {
            return null; // another channel's reference (Slack) or a damaged row: not ours to send through
        }
    }

    /// <summary>Stores the new 1:1 conversation like one the person opened, so the next message goes straight there.</summary>
    private async Task<string> RememberAsync(ConversationReference reference, string conversationId, CancellationToken cancellationToken)
    {
        var address = new ConversationAddress(reference.ChannelId, conversationId, ConversationKind.Personal, reference.Conversation.TenantId);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IConversationDirectory>().UpsertAsync(
            address, JsonSerializer.Serialize(reference, BotFrameworkJsonContext.Default.ConversationReference), cancellationToken);
        return address.Key;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A proactive message found the bot removed or blocked ({Status} {Code}); marked the conversation inactive")]
    private static partial void LogRemoved(ILogger logger, int status, string? code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A proactive message did not reach the connector: {Reason}")]
    private static partial void LogTransportFailed(ILogger logger, string reason);
}

internal sealed record TenantId(string Id);

/// <summary>Teams' <c>channelData</c> for a new 1:1 conversation: <c>{"tenant":{"id":"…"}}</c>.</summary>
internal sealed record TenantData(TenantId Tenant);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(TenantData))]
internal sealed partial class ProactiveJson : System.Text.Json.Serialization.JsonSerializerContext;
