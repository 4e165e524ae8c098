using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Conversations.Turns;
using MeetingBot.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.IntegrationTests.Support.ChatDriver;

namespace MeetingBot.IntegrationTests.Meetings;

public sealed class AgendaConcurrencyTests
{
    [Fact]
    public async Task A_hundred_members_adding_at_once_get_numbers_1_to_100_with_nothing_lost()
    {
        await using var channel = await FakeChannelServer.StartAsync();
        await using var bot = await BotHost.StartAsync();
        var chat = new ChatDriver(bot, channel);
        await chat.ScheduleWithEmptyAgendaAsync();

        // A hundred members of team A, each adding from their own 1:1 chat: the turns run in parallel.
        var members = await chat.AddTeamMembersAsync(100);
        var titles = members.ToDictionary(m => m.Id, m => $"Proposal {Guid.NewGuid():N}");
        var posts = members.Select(m => bot.PostActivityAsync(
            Activities.PersonalMessage(channel.ServiceUrl, "agenda add " + titles[m.Id], m.Id, m.Name)));
        foreach (var response in await Task.WhenAll(posts)) response.EnsureSuccessStatusCode();
        await bot.WhenIdleAsync();

        await using var check = bot.Services.CreateAsyncScope();
        var store = check.ServiceProvider.GetRequiredService<IMeetingStore>();
        var meetings = await store.ListComingAsync("msteams|team|" + TeamA, DateTimeOffset.UtcNow, CancellationToken.None);
        var items = Assert.Single(meetings).ActiveItems;
        Assert.Equal(Enumerable.Range(1, 100), items.Select(i => i.Position).Order());
        Assert.Equal(titles.Values.Order(), items.Select(i => i.Title).Order());
        Assert.All(items, i => Assert.Equal(titles[i.ProposedByUserId], i.Title));
        Assert.Equal(100, channel.Messages.Count(m => m.Activity.Text?.StartsWith("Added as item") == true));
    }
}
