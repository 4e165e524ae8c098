using MeetingBot.Conversations.Turns;
using MeetingBot.IntegrationTests.Support;
using MeetingBot.Protocol.Activities;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;

namespace MeetingBot.IntegrationTests.BotFramework;

/// <summary>The stored conversation reference: refreshed from activities, dropped when the bot is removed.</summary>
public sealed class ConversationReferenceTests : IAsyncLifetime
{
    private FakeChannelServer _channel = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannelServer.StartAsync();
        _bot = await BotHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    private async Task<string?> StoredReferenceAsync(string conversationKey)
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IConversationDirectory>().FindReferenceAsync(conversationKey, CancellationToken.None);
    }

    [Fact]
    public async Task Every_activity_stores_where_and_as_whom_to_post_later()
    {
        var message = Activities.ChannelMessage(_channel.ServiceUrl, "help");

        await _bot.PostActivityAsync(message);
        await _channel.WaitForMessagesAsync(1);

        var json = await StoredReferenceAsync("msteams|" + message.Conversation!.Id);
        var reference = JsonSerializer.Deserialize(json!, BotFrameworkJsonContext.Default.ConversationReference)!;
        Assert.Equal(_channel.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(Activities.BotId, reference.Bot?.Id);
        Assert.Equal("tenant-1", reference.Conversation.TenantId);
    }

    [Fact]
    public async Task A_403_bot_not_in_roster_marks_the_conversation_inactive_without_retrying()
    {
        _channel.AnswerNextWith(403, "{\"error\":{\"code\":\"BotNotInConversationRoster\",\"message\":\"The bot is not part of the conversation roster.\"}}");
        var message = Activities.ChannelMessage(_channel.ServiceUrl, "help");

        await _bot.PostActivityAsync(message);
        await _bot.WhenIdleAsync();

        Assert.Equal(1, _channel.Attempts);
        Assert.Null(await StoredReferenceAsync("msteams|" + message.Conversation!.Id));
    }

    [Fact]
    public async Task A_new_activity_after_removal_makes_the_conversation_active_again()
    {
        _channel.AnswerNextWith(403, "{\"error\":{\"code\":\"BotNotInConversationRoster\",\"message\":\"removed\"}}");
        await _bot.PostActivityAsync(Activities.ChannelMessage(_channel.ServiceUrl, "help"));
        await _bot.WhenIdleAsync();

        var again = Activities.ChannelMessage(_channel.ServiceUrl, "help");
        await _bot.PostActivityAsync(again);
        await _channel.WaitForMessagesAsync(1);

        Assert.NotNull(await StoredReferenceAsync("msteams|" + again.Conversation!.Id));
    }
}
