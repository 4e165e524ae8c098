using MeetingBot.IntegrationTests.Support;

namespace MeetingBot.IntegrationTests.Dialogs;

/// <summary>Dialog state lives in the database, so a restart between two turns loses nothing.</summary>
public sealed class DialogRestartTests : IAsyncLifetime
{
    private FakeChannelServer _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeChannelServer.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task A_dialog_interrupted_by_a_restart_resumes_at_the_same_prompt()
    {
        var folder = TempFolder.Create();
        await using (var before = await BotHost.StartAsync(folder))
        {
            await before.PostActivityAsync(Activities.PersonalMessage(_channel.ServiceUrl, "profile edit"));
            var asked = await _channel.WaitForMessagesAsync(1);
            Assert.Contains("Which organisation", asked[0].Activity.Text);
        }

        await using var after = await BotHost.StartAsync(folder);
        await after.PostActivityAsync(Activities.PersonalMessage(_channel.ServiceUrl, "UNODC-CST"));
        var replies = await _channel.WaitForMessagesAsync(2);

        Assert.Contains("Which time zone", replies[1].Activity.Text);
        Assert.Contains("Europe/Vienna", replies[1].Activity.Text);
    }

    [Fact]
    public async Task A_profile_dialog_runs_to_the_end_and_saves()
    {
        await using var bot = await BotHost.StartAsync();
        string[] answers = ["profile edit", "UNODC-CST", "1", "yes", "profile"];
        for (var i = 0; i < answers.Length; i++)
        {
            await bot.PostActivityAsync(Activities.PersonalMessage(_channel.ServiceUrl, answers[i]));
            await _channel.WaitForMessagesAsync(i + 1);
        }

        var last = _channel.Messages[^1].Activity.Text!;
        Assert.Contains("Organisation: UNODC-CST", last);
        Assert.Contains("Time zone: Europe/Vienna", last);
    }

    [Fact]
    public async Task Cancel_ends_a_dialog_and_saves_nothing()
    {
        await using var bot = await BotHost.StartAsync();
        string[] answers = ["profile edit", "Some Org", "cancel", "profile"];
        for (var i = 0; i < answers.Length; i++)
        {
            await bot.PostActivityAsync(Activities.PersonalMessage(_channel.ServiceUrl, answers[i]));
            await _channel.WaitForMessagesAsync(i + 1);
        }

        Assert.StartsWith("Cancelled editing your profile", _channel.Messages[2].Activity.Text);
        Assert.Contains("Organisation: not set", _channel.Messages[3].Activity.Text);
    }

    [Fact]
    public async Task An_answer_that_does_not_fit_is_asked_again_with_the_reason()
    {
        await using var bot = await BotHost.StartAsync();
        string[] answers = ["profile edit", "skip", "7"];
        for (var i = 0; i < answers.Length; i++)
        {
            await bot.PostActivityAsync(Activities.PersonalMessage(_channel.ServiceUrl, answers[i]));
            await _channel.WaitForMessagesAsync(i + 1);
        }

        var retry = _channel.Messages[2].Activity.Text!;
        Assert.StartsWith("Please pick one of the options", retry);
        Assert.Contains("Which time zone", retry);
    }
}
