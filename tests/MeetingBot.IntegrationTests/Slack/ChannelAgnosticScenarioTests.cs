using MeetingBot.IntegrationTests.Support;

namespace MeetingBot.IntegrationTests.Slack;

/// <summary>
/// One meeting described once and replayed on both channels: as Teams-shaped activities through /api/messages and as
/// signed Slack events and slash commands through /api/slack/*. The same replies on both prove the meeting features do
/// not know which channel they run on.
/// </summary>
public sealed class ChannelAgnosticScenarioTests
{
    /// <summary>Who says what (as a mention of the bot, or with "/" as Slack's slash command) and a part of the answer.</summary>
    public sealed record Step(string Who, string Text, string Expected);

    /// <summary>The chair schedules, members add items and apologies, someone is refused, the agenda shows it all.</summary>
    public static readonly IReadOnlyList<Step> Meeting =
    [
        new("Anna", "schedule 31 Aug 2027 15:30-17:00 Europe/Vienna on Webex", "What are these meetings called?"),
        new("Anna", "Informal Meeting of the Alliance", "Which number will this meeting be?"),
        new("Anna", "/9", "Scheduled the 9th Informal Meeting of the Alliance"),
        new("Phil", "next meeting", "Tue 31 Aug 2027, 15:30 - 17:00 (Europe/Vienna, GMT+2)"),
        new("Phil", "/agenda add Nominations for Board positions by me 10 min", "Added as item 4 on the agenda of the 9th Informal Meeting of the Alliance: Nominations for Board positions."),
        new("Maria", "agenda add Board position nominations", "looks like the same topic"),
        new("Maria", "no", "All right, I did not add it."),
        new("Maria", "agenda add Website relaunch by @Phil Reichel", "Added as item 5"),
        new("Maria", "/apologies travelling to New York", "Thank you, Maria Costa"),
        new("Phil", "agenda move 4 to 1", "Only the chair, vice-chair or secretary can use \"agenda move\""),
        new("Anna", "apologies list", "- Maria Costa (travelling to New York)"),
        new("Tobias", "agenda", "4. Nominations for Board positions — Phil Reichel, 10 min (proposed by Phil Reichel)"),
        new("Tobias", "agenda", "5. Website relaunch — Phil Reichel (proposed by Maria Costa)"),
        new("Phil", "dance please", "I don't know the command \"dance\""),
        new("Anna", "cancel", "There is nothing to cancel"),
    ];

    private interface IChannelChat : IAsyncDisposable
    {
        Task<IReadOnlyList<string>> SayAsync(string who, string text);
    }

    [Theory]
    [InlineData("msteams")]
    [InlineData("slack")]
    public async Task The_same_meeting_reads_the_same_on_every_channel(string channel)
    {
        await using var chat = channel == "slack" ? await SlackChat.StartAsync() : (IChannelChat)await TeamsChat.StartAsync();

        foreach (var step in Meeting)
        {
            var replies = await chat.SayAsync(step.Who, step.Text);

            Assert.True(replies.Any(r => r.Contains(step.Expected, StringComparison.Ordinal)),
                $"{channel}: {step.Who} said \"{step.Text}\" and expected \"{step.Expected}\", got: {string.Join(" | ", replies)}");
        }
    }

    private sealed class TeamsChat(FakeChannelServer channel, BotHost bot) : IChannelChat
    {
        private static readonly Dictionary<string, ChatDriver.Member> People = new()
        {
            ["Anna"] = ChatDriver.Anna, ["Tobias"] = ChatDriver.Tobias, ["Phil"] = ChatDriver.Phil, ["Maria"] = ChatDriver.Maria,
        };

        private readonly ChatDriver _chat = new(bot, channel);

        public static async Task<TeamsChat> StartAsync() => new(await FakeChannelServer.StartAsync(), await BotHost.StartAsync());

        public async Task<IReadOnlyList<string>> SayAsync(string who, string text)
        {
            // Teams has no slash command: the same words, mentioning the bot.
            text = text.TrimStart('/');
            var mentioned = People.Values.Where(p => text.Contains("@" + p.Name, StringComparison.Ordinal)).ToArray();
            var replies = await _chat.SayAsync(People[who], text, ChatDriver.ChannelA, ChatDriver.TeamA, mentioned);
            return replies.Select(r => r.Replace("**", "")).ToList();
        }

        public async ValueTask DisposeAsync()
        {
            await bot.DisposeAsync();
            await channel.DisposeAsync();
        }
    }

    private sealed class SlackChat(FakeSlackServer slack, BotHost bot) : IChannelChat
    {
        private static readonly Dictionary<string, SlackDriver.Member> People = new()
        {
            ["Anna"] = SlackDriver.Anna, ["Tobias"] = SlackDriver.Tobias, ["Phil"] = SlackDriver.Phil, ["Maria"] = SlackDriver.Maria,
        };

        private readonly SlackDriver _chat = new(bot, slack);

        public static async Task<SlackChat> StartAsync()
        {
            var slack = await FakeSlackServer.StartAsync();
            SlackDriver.AddPeople(slack);
            return new SlackChat(slack, await BotHost.StartAsync(settings: SlackDriver.Settings(slack)));
        }

        public Task<IReadOnlyList<string>> SayAsync(string who, string text) =>
            text.StartsWith('/') ? _chat.CommandAsync(People[who], text[1..]) : _chat.SayAsync(People[who], text);

        public async ValueTask DisposeAsync()
        {
            await bot.DisposeAsync();
            await slack.DisposeAsync();
        }
    }
}
