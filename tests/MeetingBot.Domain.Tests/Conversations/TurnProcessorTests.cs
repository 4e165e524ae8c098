using MeetingBot.Conversations;
using MeetingBot.Conversations.Dialogs;
using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Domain.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Domain.Tests.Conversations;

/// <summary>The turn pipeline with in-memory stores: routing, roles, dialogs, cancel and expiry.</summary>
public sealed class TurnProcessorTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryDialogStateStore _states = new();
    private readonly InMemoryMemberDirectory _members;
    private readonly ServiceProvider _services;
    private int _messageNumber;

    public TurnProcessorTests()
    {
        _members = new InMemoryMemberDirectory(_time);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddConversations(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MeetingBot:DialogTimeout"] = "00:30:00",
        }).Build());
        services.AddSingleton<IDialogStateStore>(_states);
        services.AddSingleton<IMemberDirectory>(_members);
        services.AddSingleton<MeetingBot.Conversations.Features.Meetings.IMeetingStore>(new EmptyMeetingStore());
        _services = services.BuildServiceProvider();
    }

    private async Task<IReadOnlyList<Reply>> SayAsync(string text, string userId = "u-anna", string name = "Anna", IReadOnlyList<Mention>? mentions = null)
    {
        using var scope = _services.CreateScope();
        var processor = scope.ServiceProvider.GetRequiredService<TurnProcessor>();
        return await processor.HandleAsync(new IncomingMessage
        {
            ActivityId = (++_messageNumber).ToString(),
            Conversation = new ConversationAddress("test", "conv-1", ConversationKind.Channel, TeamId: "team-1"),
            From = new Person(userId, name),
            Text = text,
            Mentions = mentions ?? [],
            Timestamp = _time.GetUtcNow(),
            TimeZone = "Europe/Vienna",
        }, CancellationToken.None);
    }

    [Fact]
    public async Task An_unknown_command_gets_a_hint_to_ask_for_help()
    {
        var replies = await SayAsync("dance please");

        Assert.Equal("I don't know the command \"dance\". Say help to see what I can do.", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Cancel_without_a_dialog_says_there_is_nothing_to_cancel()
    {
        var replies = await SayAsync("cancel");

        Assert.StartsWith("There is nothing to cancel", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task The_first_person_in_a_team_becomes_chair_and_the_next_a_member()
    {
        await SayAsync("help");
        await SayAsync("help", "u-phil", "Phil");

        Assert.Equal(Role.Chair, _members.Members.Single(m => m.UserId == "u-anna").Role);
        Assert.Equal(Role.Member, _members.Members.Single(m => m.UserId == "u-phil").Role);
    }

    [Fact]
    public async Task A_dialog_that_waited_too_long_expires_politely_and_the_text_is_read_as_a_command()
    {
        await SayAsync("profile edit");
        _time.Advance(TimeSpan.FromMinutes(31));

        var replies = await SayAsync("help");

        Assert.StartsWith("I waited too long for an answer about editing your profile", replies[0].Text);
        Assert.StartsWith("Here is what you can ask me", replies[1].Text);
        Assert.Empty(_states.States);
    }

    [Fact]
    public async Task A_dialog_within_its_time_keeps_waiting()
    {
        await SayAsync("profile edit");
        _time.Advance(TimeSpan.FromMinutes(29));

        var replies = await SayAsync("Alliance Secretariat");

        Assert.Contains("Which time zone", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Three_answers_that_do_not_fit_end_the_dialog()
    {
        await SayAsync("profile edit");
        await SayAsync("Org");
        await SayAsync("99");
        await SayAsync("98");

        var replies = await SayAsync("97");

        Assert.Contains("I have stopped editing your profile", Assert.Single(replies).Text);
        Assert.Empty(_states.States);
    }

    [Fact]
    public async Task A_command_interrupts_a_choice_prompt_and_says_so()
    {
        await SayAsync("profile edit");
        await SayAsync("Org");

        var replies = await SayAsync("help");

        Assert.Equal("(I have set aside editing your profile.)", replies[0].Text);
        Assert.StartsWith("Here is what you can ask me", replies[1].Text);
    }

    [Fact]
    public async Task Text_prompts_take_command_words_as_answers()
    {
        await SayAsync("profile edit");

        var replies = await SayAsync("help");

        Assert.Contains("Which time zone", Assert.Single(replies).Text);
        Assert.Equal("help", _states.States.Single().Value.Values["organisation"]);
    }

    [Fact]
    public async Task Dialogs_of_two_people_in_one_conversation_do_not_mix()
    {
        await SayAsync("profile edit");
        await SayAsync("profile edit", "u-phil", "Phil");

        await SayAsync("Anna's org");
        await SayAsync("Phil's org", "u-phil", "Phil");

        Assert.Equal("Anna's org", _states.States[("test|conv-1", "u-anna")].Values["organisation"]);
        Assert.Equal("Phil's org", _states.States[("test|conv-1", "u-phil")].Values["organisation"]);
    }

    [Fact]
    public async Task The_chair_gives_a_role_by_mention()
    {
        await SayAsync("help");
        await SayAsync("help", "u-tobias", "Tobias");

        var replies = await SayAsync("role @Tobias secretary", mentions: [new Mention("u-tobias", "Tobias")]);

        Assert.Equal("Tobias is now secretary.", Assert.Single(replies).Text);
        Assert.Equal(Role.Secretary, _members.Members.Single(m => m.UserId == "u-tobias").Role);
    }

    [Fact]
    public async Task The_only_chair_cannot_step_down_without_a_successor()
    {
        await SayAsync("help");

        var replies = await SayAsync("role @Anna member", mentions: [new Mention("u-anna", "Anna")]);

        Assert.Equal("Anna is the only chair. Make someone else chair first.", Assert.Single(replies).Text);
    }
}
