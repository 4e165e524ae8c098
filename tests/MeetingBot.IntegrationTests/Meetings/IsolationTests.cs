using MeetingBot.IntegrationTests.Support;
using static MeetingBot.IntegrationTests.Support.ChatDriver;

namespace MeetingBot.IntegrationTests.Meetings;

/// <summary>Data of one team is never visible from another, including through a 1:1 chat.</summary>
public sealed class IsolationTests : IAsyncLifetime
{
    private FakeChannelServer _channel = null!;
    private BotHost _bot = null!;
    private ChatDriver _chat = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannelServer.StartAsync();
        _bot = await BotHost.StartAsync();
        _chat = new ChatDriver(_bot, _channel);
        // Team A: Anna chairs, Phil is a member. Team B: Tobias chairs and has a confidential item.
        await _chat.SayAsync(Anna, "schedule 31 Aug 2027 15:30-17:00 Europe/Vienna");
        await _chat.SayAsync(Anna, "Informal Meeting of the Alliance");
        await _chat.SayAsync(Anna, "9");
        await _chat.SayAsync(Phil, "help");
        await _chat.SayAsync(Tobias, "schedule 1 Sep 2027 10:00-11:00 Europe/Vienna", ChannelB, TeamB);
        await _chat.SayAsync(Tobias, "Board meeting", ChannelB, TeamB);
        await _chat.SayAsync(Tobias, "1", ChannelB, TeamB);
        await _chat.SayAsync(Tobias, "agenda add Confidential staffing matter", ChannelB, TeamB);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task A_member_of_team_A_sees_only_team_As_agenda_in_a_1to1_chat()
    {
        var agenda = await _chat.SayPrivatelyAsync(Phil, "agenda");
        var next = await _chat.SayPrivatelyAsync(Phil, "next meeting");

        Assert.Contains("Informal Meeting of the Alliance", agenda[0]);
        Assert.DoesNotContain("Confidential", agenda[0]);
        Assert.DoesNotContain("Board meeting", next[0]);
    }

    [Fact]
    public async Task A_member_of_team_A_adds_to_team_A_from_a_1to1_chat_never_to_team_B()
    {
        var added = await _chat.SayPrivatelyAsync(Phil, "agenda add Budget 2028");

        Assert.Contains("Informal Meeting of the Alliance", Assert.Single(added));
        Assert.DoesNotContain("Budget 2028", (await _chat.SayAsync(Tobias, "agenda", ChannelB, TeamB))[0]);
    }

    [Fact]
    public async Task A_member_of_team_A_cannot_change_team_Bs_items_from_a_1to1_chat()
    {
        var attempt = await _chat.SayPrivatelyAsync(Phil, "agenda withdraw 4");
        var bAgenda = await _chat.SayAsync(Tobias, "agenda", ChannelB, TeamB);

        Assert.Contains("Item 4 is a standing item", Assert.Single(attempt));
        Assert.Contains("4. Confidential staffing matter", bAgenda[0]);
    }

    [Fact]
    public async Task Someone_who_never_spoke_in_a_team_reaches_no_meeting_from_a_1to1_chat()
    {
        var replies = await _chat.SayPrivatelyAsync(Maria, "agenda add Something");

        Assert.StartsWith("I don't know of a coming meeting of any team you are in", Assert.Single(replies));
    }

    [Fact]
    public async Task Team_As_chair_has_no_rights_in_team_B()
    {
        var replies = await _chat.SayAsync(Anna, "agenda remove 4", ChannelB, TeamB);

        Assert.StartsWith("Only the chair, vice-chair or secretary", Assert.Single(replies));
    }
}
