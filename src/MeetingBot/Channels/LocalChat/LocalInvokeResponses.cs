using System.Text.Json;
using MeetingBot.Protocol.Activities;

namespace MeetingBot.Channels.LocalChat;

/// <summary>
/// What Teams does with the answer to an Adaptive Card <c>Action.Execute</c> invoke, done to the transcript:
/// a card replaces the card the invoke came from (its <c>replyToId</c>); a message or an error is shown as a
/// reply from the bot.
/// </summary>
internal static class LocalInvokeResponses
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    private const string Message = "application/vnd.microsoft.activity.message";
    private const string Error = "application/vnd.microsoft.error";

    public static void Apply(LocalConversation conversation, Activity invoke, string responseBody, DateTimeOffset now, ILogger logger)
    {
        LocalInvokeResponse? response;
        try
        {
            response = JsonSerializer.Deserialize(responseBody, LocalChatJsonContext.Default.LocalInvokeResponse);
        }
        catch (JsonException)
        {
            response = null;
        }

        var applied = response switch
        {
            { Type: AdaptiveCard, Value: { ValueKind: JsonValueKind.Object } card } when invoke.ReplyToId is { } cardActivityId =>
                conversation.Replace(cardActivityId, original => original with
                {
                    Attachments = [new Attachment { ContentType = AdaptiveCard, Content = card }],
                }, now) is not null,
            { Type: Message, Value: { ValueKind: JsonValueKind.String } text } => AppendBotText(conversation, invoke, text.GetString(), now),
            { Type: Error, Value: { ValueKind: JsonValueKind.Object } error } =>
                AppendBotText(conversation, invoke, error.TryGetProperty("message", out var m) ? m.GetString() : "The bot reported an error.", now),
            _ => false,
        };

        if (!applied)
        {
            LocalChatLog.InvokeResponseIgnored(logger, invoke.Id);
        }
    }

    private static bool AppendBotText(LocalConversation conversation, Activity invoke, string? text, DateTimeOffset now)
    {
        conversation.Append(new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = LocalChatDefaults.ChannelId,
            From = LocalChatDefaults.Bot,
            Recipient = invoke.From,
            ReplyToId = invoke.ReplyToId ?? invoke.Id,
            Text = text ?? "",
            TextFormat = "plain",
        }, now);
        return true;
    }
}
