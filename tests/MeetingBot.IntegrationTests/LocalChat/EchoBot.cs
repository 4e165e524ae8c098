using System.Collections.Concurrent;
using System.Net.Http.Json;
using MeetingBot.Channels.BotFramework;
using MeetingBot.Protocol.Activities;

namespace MeetingBot.IntegrationTests.LocalChat;

/// <summary>
/// A stand-in for the bot: records what it receives and answers each message like the real bot would,
/// by posting a reply to <c>{serviceUrl}v3/conversations/{id}/activities/{replyToId}</c> over HTTP.
/// </summary>
internal sealed class EchoBot : IActivityIngress, IDisposable
{
    private readonly HttpClient _http = new();

    public ConcurrentQueue<Activity> Received { get; } = new();

    public async ValueTask<IngressResult> AcceptAsync(Activity activity, CancellationToken cancellationToken)
    {
        Received.Enqueue(activity);
        if (activity is { Type: ActivityTypes.Message, Text: { } text, ServiceUrl: { } serviceUrl, Conversation.Id: { } conversationId, Id: { } id })
        {
            var reply = new Activity
            {
                Type = ActivityTypes.Message,
                Text = $"echo: {text}",
                From = activity.Recipient,
                Recipient = activity.From,
                Conversation = activity.Conversation,
                ReplyToId = id,
            };
            var url = $"{serviceUrl}v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(id)}";
            using var response = await _http.PostAsJsonAsync(url, reply, BotFrameworkJsonContext.Default.Activity, cancellationToken);
            response.EnsureSuccessStatusCode();
        }

        if (activity is { Type: ActivityTypes.Invoke, Name: "adaptiveCard/action" })
        {
            return new IngressResult(200, DoneCard);
        }

        return IngressResult.Accepted;
    }

    /// <summary>The answer to every Action.Execute: a card that says "Done".</summary>
    public const string DoneCard =
        """{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Done"}]}}""";

    public void Dispose() => _http.Dispose();
}
