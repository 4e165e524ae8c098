using System.Globalization;
using MeetingBot.Domain.Reminders;
using MeetingBot.Infrastructure.Persistence;
using MeetingBot.Infrastructure.Persistence.Entities;
using MeetingBot.Infrastructure.Scheduling.Reminders;
using MeetingBot.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.IntegrationTests.Support.ChatDriver;

namespace MeetingBot.IntegrationTests.Reminders;

/// <summary>
/// The reminder scenarios' cast and meeting: Anna chairs team A, Tobias is its secretary, Phil and Maria (in New York)
/// are members. The 9th Informal Meeting of the Alliance is on Thu 1 Apr 2027, 15:00-16:30 Vienna (13:00 UTC), so its
/// "starting soon" reminder is due at 12:45 UTC.
/// </summary>
public sealed class ReminderScenario : IAsyncDisposable
{
    public const string When = "1 Apr 2027 15:00-16:30 Europe/Vienna https://example.webex.com/meet/alliance";
    public static readonly DateTimeOffset Start = Utc("2027-04-01T13:00Z");
    public static readonly DateTimeOffset SoonDue = Utc("2027-04-01T12:45Z");

    private ReminderScenario(FakeChannelServer channel, ShiftedClock clock, string folder)
    {
        Channel = channel;
        Clock = clock;
        Folder = folder;
    }

    public FakeChannelServer Channel { get; }
    public ShiftedClock Clock { get; }
    public string Folder { get; }
    public BotHost Bot { get; private set; } = null!;
    public ChatDriver Chat { get; private set; } = null!;

    public static DateTimeOffset Utc(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static async Task<ReminderScenario> StartAsync(DateTimeOffset now, IDictionary<string, string?>? settings = null)
    {
        var scenario = new ReminderScenario(await FakeChannelServer.StartAsync(), new ShiftedClock(now), TempFolder.Create());
        await scenario.StartBotAsync(settings);
        return scenario;
    }

    /// <summary>Starts the bot (again) on the same data folder: a restart.</summary>
    public async Task StartBotAsync(IDictionary<string, string?>? settings = null)
    {
        Bot = await BotHost.StartAsync(Folder, settings, services => services.AddSingleton<TimeProvider>(Clock));
        Chat = new ChatDriver(Bot, Channel);
    }

    public async Task StopBotAsync() => await Bot.DisposeAsync();

    /// <summary>Anna installs the bot (chair), makes Tobias secretary; Phil and Maria say hello; Maria is in New York.</summary>
    public async Task MeetTheTeamAsync()
    {
        await Chat.SayAsync(Anna, "help");
        await Chat.SayAsync(Tobias, "help");
        await Chat.SendAsync(Chat.ChannelActivity(Phil, "help"));
        await Chat.SendAsync(Chat.ChannelActivity(Maria, "help") with { LocalTimezone = "America/New_York" });
        var role = await Chat.SayAsync(Anna, $"role @{Tobias.Name} secretary", ChannelA, TeamA, Tobias);
        Assert.DoesNotContain("Only", Assert.Single(role));
    }

    /// <summary>Anna schedules the 9th meeting; returns the bot's answer.</summary>
    public async Task<string> ScheduleAsync(string when = When)
    {
        var asked = await Chat.SayAsync(Anna, "schedule " + when);
        Assert.Contains("What are these meetings called?", Assert.Single(asked));
        await Chat.SayAsync(Anna, "Informal Meeting of the Alliance");
        var done = Assert.Single(await Chat.SayAsync(Anna, "9"));
        Assert.StartsWith("Scheduled the **9th Informal Meeting of the Alliance**", done);
        return done;
    }

    /// <summary>Messages the bot sent on its own (not replies to a member's message) that are reminders.</summary>
    public IReadOnlyList<ReceivedActivity> Reminders(string containing) =>
        Channel.Messages.Where(m => m.ReplyToId is null && m.Activity.ReplyToId is null && (m.Activity.Text ?? "").Contains(containing, StringComparison.Ordinal)).ToList();

    /// <summary>Waits until at least <paramref name="count"/> proactive messages containing the text have arrived.</summary>
    public async Task<IReadOnlyList<ReceivedActivity>> WaitForRemindersAsync(string containing, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Reminders(containing).Count < count)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Expected {count} reminder(s) containing \"{containing}\", got {Reminders(containing).Count}: " +
                                           string.Join(" | ", Channel.Messages.Select(m => m.Activity.Text)));
            await Task.Delay(100);
        }
        return Reminders(containing);
    }

    public async Task<IReadOnlyList<ScheduledReminderRecord>> ScheduledAsync()
    {
        await using var scope = Bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MeetingBotDbContext>().ScheduledReminders.AsNoTracking().ToListAsync();
    }

    public async Task<ScheduledReminderRecord> ScheduledAsync(ReminderKind kind) => (await ScheduledAsync()).Single(r => r.Kind == kind);

    public async Task<IReadOnlyList<ReminderDeliveryRecord>> DeliveriesAsync()
    {
        await using var scope = Bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MeetingBotDbContext>().ReminderDeliveries.AsNoTracking().ToListAsync();
    }

    /// <summary>Runs the reminder's Hangfire job method directly, as a worker would.</summary>
    public async Task<FanOutResult> RunJobAsync(ScheduledReminderRecord reminder)
    {
        await using var scope = Bot.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService<ReminderFanOut>();
        return await job.RunAsync(reminder.MeetingId, reminder.Kind, reminder.DueUtc, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
