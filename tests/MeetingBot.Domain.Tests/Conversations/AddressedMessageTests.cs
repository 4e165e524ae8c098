using MeetingBot.Conversations;
using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Domain.People;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Domain.Tests.Conversations;

/// <summary>
/// Messages Teams delivers only because of RSC (in a channel or group chat, without mentioning the bot) pass the
/// observers but are never answered and never make anyone chair; an observer can keep or take over any message.
/// </summary>
public sealed class AddressedMessageTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryMemberDirectory _members;
    private readonly RecordingObserver _observer = new();
    private readonly ServiceProvider _services;
    private int _number;

    public AddressedMessageTests()
    {
        _members = new InMemoryMemberDirectory(_time);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddConversations(new ConfigurationBuilder().Build());
        services.AddSingleton<IDialogStateStore>(new InMemoryDialogStateStore());
        services.AddSingleton<IMemberDirectory>(_members);
        services.AddSingleton<MeetingBot.Conversations.Features.Meetings.IMeetingStore>(new EmptyMeetingStore());
        services.AddSingleton<IMessageObserver>(_observer);
        _services = services.BuildServiceProvider();
    }

    private async Task<IReadOnlyList<Reply>> SayAsync(string text, bool addressed, string userId = "u-anna")
    {
        using var scope = _services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TurnProcessor>().HandleAsync(new IncomingMessage
        {
            ActivityId = (++_number).ToString(),
            Conversation = new ConversationAddress("msteams", "conv-1", ConversationKind.Channel, TeamId: "team-1"),
            From = new Person(userId, "Anna"),
            Text = text,
            IsAddressedToBot = addressed,
            Timestamp = _time.GetUtcNow(),
        }, CancellationToken.None);
    }

    [Fact]
    public async Task A_message_not_addressed_to_the_bot_is_seen_but_never_answered()
    {
        var help = await SayAsync("help", addressed: false);
        var unknown = await SayAsync("dance please", addressed: false);

        Assert.Empty(help);
        Assert.Empty(unknown);
        Assert.Equal([(false, false), (false, false)], _observer.Seen.Select(r => (r.IsAddressedToBot, r.IsCommand)));
    }

    [Fact]
    public async Task Chatting_without_mentioning_the_bot_does_not_make_anyone_chair()
    {
        await SayAsync("good morning", addressed: false);
        await SayAsync("help", addressed: true, userId: "u-phil");

        Assert.Equal(Role.Member, _members.Members.Single(m => m.UserId == "u-anna").Role);
        Assert.Equal(Role.Chair, _members.Members.Single(m => m.UserId == "u-phil").Role);
    }

    [Fact]
    public async Task Text_an_observer_keeps_is_not_answered_but_commands_still_are()
    {
        _observer.Answer = Observation.Kept;

        var chat = await SayAsync("dance please", addressed: true);
        var help = await SayAsync("help", addressed: true);

        Assert.Empty(chat);
        Assert.StartsWith("Here is what you can ask me", Assert.Single(help).Text);
        Assert.True(_observer.Seen[1].IsCommand);
    }

    [Fact]
    public async Task An_observer_that_handles_a_message_ends_the_turn()
    {
        _observer.Answer = Observation.Handled;

        var replies = await SayAsync("help", addressed: true);

        Assert.Equal("seen", Assert.Single(replies).Text);
    }

    private sealed class RecordingObserver : IMessageObserver
    {
        public Observation Answer { get; set; } = Observation.Continue;
        public List<MessageRouting> Seen { get; } = [];

        public Task<Observation> ObserveAsync(TurnContext turn, MessageRouting routing, CancellationToken cancellationToken)
        {
            Seen.Add(routing);
            if (Answer == Observation.Handled) turn.Reply("seen");
            return Task.FromResult(Answer);
        }
    }
}
