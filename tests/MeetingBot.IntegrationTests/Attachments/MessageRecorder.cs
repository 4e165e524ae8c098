using System.Collections.Concurrent;
using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.IntegrationTests.Attachments;

/// <summary>
/// Sees every message that reaches a turn, as the bot's features do (an <see cref="IMessageObserver"/> that changes
/// nothing): lets a test check what a channel delivered without a product command that reports it.
/// </summary>
internal sealed class MessageRecorder
{
    public ConcurrentQueue<IncomingMessage> Messages { get; } = new();

    /// <summary>Registers the recorder; call before the bot's own services so it observes first.</summary>
    public static MessageRecorder AddTo(IServiceCollection services)
    {
        var recorder = new MessageRecorder();
        services.AddSingleton(recorder);
        services.AddScoped<IMessageObserver>(_ => new Observer(recorder));
        return recorder;
    }

    private sealed class Observer(MessageRecorder recorder) : IMessageObserver
    {
        public Task<Observation> ObserveAsync(TurnContext turn, MessageRouting routing, CancellationToken cancellationToken)
        {
            recorder.Messages.Enqueue(turn.Message);
            return Task.FromResult(Observation.Continue);
        }
    }
}
