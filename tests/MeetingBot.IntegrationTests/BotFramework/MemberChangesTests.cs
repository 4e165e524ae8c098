using MeetingBot.Conversations.Turns;
using MeetingBot.Domain.People;
using MeetingBot.Infrastructure.Persistence;
using MeetingBot.IntegrationTests.Support;
using MeetingBot.Protocol.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.IntegrationTests.BotFramework;

/// <summary>
/// With SQLite the bot answers "who is this and what is their role" from memory; these check that every way of
/// changing a member is seen by the next turn, and that members handed out are copies.
/// </summary>
public sealed class MemberChangesTests : IAsyncLifetime
{
    private const string TeamScope = "msteams|team|19:team@thread.tacv2";
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

    [Fact]
    public async Task A_role_given_with_the_role_command_is_seen_by_the_next_turn()
    {
        await SayAsync("help"); // Anna, first in the team: chair
        await PhilIsKnownAsync();
        var give = Activities.ChannelMessage(_channel.ServiceUrl, "role <at>Phil Reichel</at> secretary") with
        {
            Entities =
            [
                new Entity { Type = "mention", Text = "<at>MeetingBot</at>", Mentioned = new ChannelAccount { Id = Activities.BotId, Name = "MeetingBot" } },
                new Entity { Type = "mention", Text = "<at>Phil Reichel</at>", Mentioned = new ChannelAccount { Id = "29:phil", Name = "Phil Reichel" } },
            ],
        };
        var answer = await SendAsync(give);

        var help = await SayAsync("help", "29:phil", "Phil Reichel");

        Assert.Contains("is now secretary", answer);
        Assert.Contains("you are secretary here", help);
    }

    [Fact]
    public async Task A_role_saved_through_the_directory_is_seen_by_the_next_turn()
    {
        await SayAsync("help");
        await PhilIsKnownAsync();

        await using (var scope = _bot.Services.CreateAsyncScope())
        {
            var members = scope.ServiceProvider.GetRequiredService<IMemberDirectory>();
            var phil = await members.FindAsync(TeamScope, "29:phil", CancellationToken.None);
            phil!.Role = Role.Treasurer;
            await members.SaveAsync(phil, CancellationToken.None);
        }

        Assert.Contains("you are treasurer here", await SayAsync("help", "29:phil", "Phil Reichel"));
    }

    [Fact]
    public async Task A_member_changed_by_another_store_is_seen_by_the_next_turn()
    {
        await SayAsync("help");
        await PhilIsKnownAsync();

        // Not through the directory: any SaveChanges that touches a member must reach the directory's memory.
        await using (var scope = _bot.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MeetingBotDbContext>();
            var phil = await db.Members.SingleAsync(m => m.ScopeId == TeamScope && m.UserId == "29:phil");
            phil.Role = Role.ViceChair;
            await db.SaveChangesAsync();
        }

        Assert.Contains("you are vice-chair here", await SayAsync("help", "29:phil", "Phil Reichel"));
    }

    [Fact]
    public async Task Turns_get_their_own_member_and_a_change_not_saved_is_not_seen_by_another()
    {
        await PhilIsKnownAsync();
        await using var one = _bot.Services.CreateAsyncScope();
        await using var other = _bot.Services.CreateAsyncScope();

        var mine = await one.ServiceProvider.GetRequiredService<IMemberDirectory>().FindAsync(TeamScope, "29:phil", CancellationToken.None);
        mine!.Role = Role.Guest;
        var theirs = await other.ServiceProvider.GetRequiredService<IMemberDirectory>().FindAsync(TeamScope, "29:phil", CancellationToken.None);

        Assert.NotSame(mine, theirs);
        Assert.Equal(Role.Chair, theirs!.Role);
    }

    [Fact]
    public async Task Saving_one_change_does_not_undo_another_turns_change_to_the_same_member()
    {
        await PhilIsKnownAsync();
        await using var slow = _bot.Services.CreateAsyncScope();
        var slowDirectory = slow.ServiceProvider.GetRequiredService<IMemberDirectory>();
        var stale = await slowDirectory.FindAsync(TeamScope, "29:phil", CancellationToken.None);

        await using (var quick = _bot.Services.CreateAsyncScope())
        {
            var members = quick.ServiceProvider.GetRequiredService<IMemberDirectory>();
            var phil = await members.FindAsync(TeamScope, "29:phil", CancellationToken.None);
            phil!.Role = Role.Secretary;
            await members.SaveAsync(phil, CancellationToken.None);
        }
        stale!.TimeZoneId = "Europe/Vienna";
        await slowDirectory.SaveAsync(stale, CancellationToken.None);

        await using var check = _bot.Services.CreateAsyncScope();
        var saved = await check.ServiceProvider.GetRequiredService<MeetingBotDbContext>().Members.AsNoTracking()
            .SingleAsync(m => m.ScopeId == TeamScope && m.UserId == "29:phil");
        Assert.Equal(Role.Secretary, saved.Role);
        Assert.Equal("Europe/Vienna", saved.TimeZoneId);
    }

    [Fact]
    public async Task Every_property_of_a_member_survives_a_save_and_the_next_reads()
    {
        await PhilIsKnownAsync();
        var now = DateTimeOffset.UtcNow;
        await using (var scope = _bot.Services.CreateAsyncScope())
        {
            var members = scope.ServiceProvider.GetRequiredService<IMemberDirectory>();
            var phil = await members.FindAsync(TeamScope, "29:phil", CancellationToken.None);
            phil!.AadObjectId = "aad-phil";
            phil.DisplayName = "Philip Reichel";
            phil.Role = Role.Secretary;
            phil.Title = "Intern";
            phil.Organisation = "UNODC";
            phil.TimeZoneId = "Europe/Vienna";
            phil.LastSeen = now;
            await members.SaveAsync(phil, CancellationToken.None);
        }

        Member? fromDatabase, fromMemory;
        await using (var scope = _bot.Services.CreateAsyncScope())
            fromDatabase = await scope.ServiceProvider.GetRequiredService<IMemberDirectory>().FindAsync(TeamScope, "29:phil", CancellationToken.None);
        await using (var scope = _bot.Services.CreateAsyncScope())
            fromMemory = await scope.ServiceProvider.GetRequiredService<IMemberDirectory>().FindAsync(TeamScope, "29:phil", CancellationToken.None);

        // Reflection, so that a property added to Member later and forgotten by the cache's copy fails here.
        foreach (var property in typeof(Member).GetProperties().Where(p => p.CanWrite))
            Assert.True(Equals(property.GetValue(fromDatabase), property.GetValue(fromMemory)), $"{property.Name} differs between database and memory");
        Assert.Equal("Intern", fromMemory!.Title);
        Assert.Equal(Role.Secretary, fromMemory.Role);
    }

    /// <summary>Phil's first turn adds him, his second reads him back: from then on the bot answers from memory.</summary>
    private async Task PhilIsKnownAsync()
    {
        await SayAsync("help", "29:phil", "Phil Reichel");
        await SayAsync("help", "29:phil", "Phil Reichel");
    }

    private Task<string> SayAsync(string text, string fromId = "29:anna", string fromName = "Anna Alvarez") =>
        SendAsync(Activities.ChannelMessage(_channel.ServiceUrl, text, fromId, fromName));

    private async Task<string> SendAsync(Activity message)
    {
        var before = _channel.Messages.Count;
        await _bot.PostActivityAsync(message);
        var replies = await _channel.WaitForMessagesAsync(before + 1);
        return replies[before].Activity.Text!;
    }
}
