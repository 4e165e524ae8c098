using System.Text.Json;
using MeetingBot.Conversations.Features.Reminders;
using MeetingBot.Conversations.Messages;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.People;
using MeetingBot.Domain.Reminders;
using MeetingBot.Hosting;
using MeetingBot.Infrastructure.Persistence;
using MeetingBot.Infrastructure.Persistence.Entities;
using MeetingBot.Protocol.Activities;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.ReminderBench;

/// <summary>
/// The real bot (MeetingBotApp.Create: SQLite file in a temp folder, in-memory Hangfire, authentication off) with one
/// team, its channel, a meeting and <c>members</c> members who said "remind me", seeded straight into the database.
/// </summary>
public sealed class ReminderBot : IAsyncDisposable
{
    private const string Tenant = "bench-tenant";
    private const string TeamId = "19:bench-team@thread.tacv2";
    private static readonly ConversationAddress Channel =
        new("msteams", "19:bench-channel@thread.tacv2", ConversationKind.Channel, Tenant, TeamId, "General");

    private readonly WebApplication _app;

    private ReminderBot(WebApplication app, string dataFolder)
    {
        _app = app;
        DataFolder = dataFolder;
    }

    public string DataFolder { get; }
    public IServiceProvider Services => _app.Services;

    public static async Task<ReminderBot> StartAsync(bool limited)
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "meetingbot-reminderbench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataFolder);
        var settings = new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = Path.Combine(dataFolder, "meetingbot.db"),
            ["LocalChat:Enabled"] = "false",
        };
        if (!limited)
        {
            settings["Reminders:PerBotPerSecond"] = "0";
            settings["Reminders:PerConversationPerSecond"] = "0";
        }
        var app = MeetingBotApp.Create([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Environment.ContentRootPath = dataFolder;
            builder.Configuration.AddInMemoryCollection(settings);
        });
        await app.StartAsync();
        return new ReminderBot(app, dataFolder);
    }

    /// <summary>
    /// Seeds the team and a meeting (its time is set by <see cref="ScheduleAsync"/>).
    /// With <paramref name="knownChats"/>, every member already has a 1:1 chat with the bot (they said "remind me"
    /// there), so each reminder is one connector call; without, the bot opens each chat first.
    /// </summary>
    public async Task<Guid> SeedAsync(string serviceUrl, int members, bool knownChats)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingBotDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = DateTimeOffset.UtcNow;
        var bot = new ChannelAccount { Id = "28:bench-bot", Name = "MeetingBot" };

        db.Conversations.Add(Record(Channel, Reference(serviceUrl, Channel.ConversationId, "channel", bot), now));
        var series = new MeetingSeries { ScopeId = Channel.ScopeId, HomeConversationKey = Channel.Key, Title = "Informal Meeting of the Alliance", LastNumber = 8 };
        var meeting = series.CreateMeeting(now.AddHours(1), now);
        meeting.JoinUrl = "https://example.webex.com/meet/alliance";
        db.Series.Add(series);
        db.Meetings.Add(meeting);
        db.Members.Add(new Member { ScopeId = Channel.ScopeId, UserId = "29:secretary", DisplayName = "Tobias Keller", Role = Role.Secretary, FirstSeen = now, LastSeen = now });
        await db.SaveChangesAsync();

        string[] zones = ["Europe/Vienna", "America/New_York", "Asia/Tokyo", "Africa/Nairobi", "America/Sao_Paulo"];
        for (var start = 0; start < members; start += 1000)
        {
            db.ChangeTracker.Clear();
            for (var i = start; i < Math.Min(members, start + 1000); i++)
            {
                var userId = $"29:member-{i:D6}";
                db.Members.Add(new Member { ScopeId = Channel.ScopeId, UserId = userId, DisplayName = $"Member {i}", TimeZoneId = zones[i % zones.Length], FirstSeen = now, LastSeen = now });
                string? personalKey = null;
                if (knownChats)
                {
                    var personal = new ConversationAddress("msteams", "a:dm-" + userId, ConversationKind.Personal, Tenant);
                    db.Conversations.Add(Record(personal, Reference(serviceUrl, personal.ConversationId, "personal", bot), now));
                    personalKey = personal.Key;
                }
                db.ReminderPreferences.Add(new ReminderPreference
                {
                    ScopeId = Channel.ScopeId, UserId = userId, Personal = PersonalReminders.On, PersonalConversationKey = personalKey, UpdatedAtUtc = now,
                });
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }
        return meeting.Id;
    }

    /// <summary>
    /// Puts the meeting 15 minutes and <paramref name="lead"/> ahead, so its "starting soon" reminder is due after the
    /// lead, then does what the meeting's change hook does in production: schedules its reminders (a Hangfire job each).
    /// </summary>
    public async Task<IReadOnlyList<DueReminder>> ScheduleAsync(Guid meetingId, TimeSpan lead)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingBotDbContext>();
        var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId);
        meeting.StartUtc = DateTimeOffset.UtcNow + lead + TimeSpan.FromMinutes(15);
        meeting.EndUtc = meeting.StartUtc.AddMinutes(90);
        await db.SaveChangesAsync();
        return await scope.ServiceProvider.GetRequiredService<IReminderScheduler>().MeetingChangedAsync(meetingId, CancellationToken.None);
    }

    /// <summary>The delivery ledger: rows by status.</summary>
    public async Task<IReadOnlyDictionary<ReminderDeliveryStatus, int>> LedgerAsync(Guid meetingId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingBotDbContext>();
        return (await db.ReminderDeliveries.AsNoTracking().Where(d => d.MeetingId == meetingId).Select(d => d.Status).ToListAsync())
            .GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
    }

    private static ConversationRecord Record(ConversationAddress address, ConversationReference reference, DateTimeOffset now) => new()
    {
        Key = address.Key,
        ChannelId = address.ChannelId,
        ConversationId = address.ConversationId,
        ScopeId = address.ScopeId,
        Kind = address.Kind.ToString(),
        Name = address.Name,
        ReferenceJson = JsonSerializer.Serialize(reference, BotFrameworkJsonContext.Default.ConversationReference),
        UpdatedAt = now,
    };

    private static ConversationReference Reference(string serviceUrl, string conversationId, string type, ChannelAccount bot) => new()
    {
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = type, TenantId = Tenant },
        Bot = bot,
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(DataFolder, recursive: true); }
        catch (IOException) { } // SQLite may still hold the file for a moment; the OS temp cleaner will get it
        catch (UnauthorizedAccessException) { }
    }
}
