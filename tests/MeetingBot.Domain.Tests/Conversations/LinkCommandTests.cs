using System.Text.RegularExpressions;
using MeetingBot.Conversations;
using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Domain.People;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Domain.Tests.Conversations;

/// <summary>Link codes and linked scopes with in-memory stores: one-time, 15 minutes, chair only, and undone by unlink.</summary>
public sealed partial class LinkCommandTests
{
    private static readonly ConversationAddress TeamsChannel = new("msteams", "19:general@thread.tacv2", ConversationKind.Channel, TeamId: "19:team");
    private static readonly ConversationAddress SlackChannel = new("slack", "C0GENERAL", ConversationKind.Channel, TeamId: "T0ALLIANCE");
    private static readonly ConversationAddress SlackBoard = new("slack", "C0BOARD01", ConversationKind.Channel, TeamId: "T0ALLIANCE");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryMemberDirectory _members;
    private readonly ServiceProvider _services;
    private int _number;

    public LinkCommandTests()
    {
        _members = new InMemoryMemberDirectory(_time);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddConversations(new ConfigurationBuilder().Build());
        services.AddSingleton<IDialogStateStore>(new InMemoryDialogStateStore());
        services.AddSingleton<IMemberDirectory>(_members);
        services.AddSingleton<MeetingBot.Conversations.Features.Meetings.IMeetingStore>(new EmptyMeetingStore());
        _services = services.BuildServiceProvider();
    }

    private async Task<string> SayAsync(ConversationAddress where, string userId, string text)
    {
        using var scope = _services.CreateScope();
        var replies = await scope.ServiceProvider.GetRequiredService<TurnProcessor>().HandleAsync(new IncomingMessage
        {
            ActivityId = (++_number).ToString(),
            Conversation = where,
            From = new Person(userId, userId),
            Text = text,
            Timestamp = _time.GetUtcNow(),
        }, CancellationToken.None);
        return string.Join("\n", replies.Select(r => r.Text));
    }

    private async Task<string> IssueAsync() => Code().Match(await SayAsync(TeamsChannel, "29:anna", "link slack")).Value;

    [Fact]
    public async Task A_code_links_the_other_channel_into_the_teams_scope()
    {
        var code = await IssueAsync();

        var linked = await SayAsync(SlackChannel, "U0SAM", "link " + code);
        await SayAsync(SlackChannel, "U0PHIL", "help");

        Assert.StartsWith("Linked", linked);
        Assert.Equal(Role.ViceChair, _members.Members.Single(m => m.ScopeId == TeamsChannel.ScopeId && m.UserId == "U0SAM").Role);
        Assert.Equal(Role.Member, _members.Members.Single(m => m.ScopeId == TeamsChannel.ScopeId && m.UserId == "U0PHIL").Role);
        Assert.DoesNotContain(_members.Members, m => m.UserId == "U0PHIL" && m.ScopeId == SlackChannel.OwnScopeId);
    }

    [Fact]
    public async Task A_code_works_once()
    {
        var code = await IssueAsync();
        await SayAsync(SlackChannel, "U0SAM", "link " + code);

        var again = await SayAsync(SlackBoard, "U0SAM", "link " + code);

        Assert.StartsWith("That code does not work", again);
    }

    [Fact]
    public async Task A_code_expires_after_fifteen_minutes()
    {
        var code = await IssueAsync();
        _time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));

        var late = await SayAsync(SlackChannel, "U0SAM", "link " + code);

        Assert.StartsWith("That code does not work", late);
    }

    [Fact]
    public async Task The_code_is_meant_for_the_chair_alone()
    {
        using var scope = _services.CreateScope();
        var replies = await scope.ServiceProvider.GetRequiredService<TurnProcessor>().HandleAsync(new IncomingMessage
        {
            ActivityId = "x", Conversation = TeamsChannel, From = new Person("29:anna", "Anna"), Text = "link slack", Timestamp = _time.GetUtcNow(),
        }, CancellationToken.None);

        Assert.True(Assert.Single(replies).PrivateToSender);
    }

    [Fact]
    public async Task Only_a_chair_may_issue_or_use_a_code()
    {
        await SayAsync(TeamsChannel, "29:anna", "help");
        var code = await IssueAsync();
        await SayAsync(SlackChannel, "U0SAM", "help");

        Assert.StartsWith("Only the chair can use \"link\"", await SayAsync(TeamsChannel, "29:phil", "link slack"));
        Assert.StartsWith("Only the chair can use \"link\"", await SayAsync(SlackChannel, "U0PHIL", "link " + code));
    }

    [Theory]
    [InlineData("link K7MD")]
    [InlineData("link hello-world")]
    public async Task Something_that_is_not_a_code_gets_the_usage(string text)
    {
        Assert.Contains("is not a link code", await SayAsync(SlackChannel, "U0SAM", text));
    }

    [Fact]
    public async Task A_channel_of_the_same_team_has_nothing_to_link()
    {
        var code = await IssueAsync();

        Assert.StartsWith("This channel already belongs to that team", await SayAsync(TeamsChannel with { ConversationId = "19:other@thread.tacv2" }, "29:anna", "link " + code));
    }

    [Fact]
    public async Task Unlink_gives_the_channel_its_own_scope_back()
    {
        var code = await IssueAsync();
        await SayAsync(SlackChannel, "U0SAM", "link " + code);

        var unlinked = await SayAsync(SlackChannel, "U0SAM", "unlink");
        await SayAsync(SlackChannel, "U0MARIA", "help");

        Assert.StartsWith("Unlinked", unlinked);
        Assert.Contains(_members.Members, m => m.UserId == "U0MARIA" && m.ScopeId == SlackChannel.OwnScopeId);
    }

    [GeneratedRegex(@"[A-Z2-9]{4}-[A-Z2-9]{4}")]
    private static partial Regex Code();
}
