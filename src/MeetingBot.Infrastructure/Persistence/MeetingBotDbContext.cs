using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.People;
using MeetingBot.Domain.Reminders;
using MeetingBot.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MeetingBot.Infrastructure.Persistence;

/// <summary>
/// The bot's data. One model for both providers; each provider has its own subclass only so that its
/// migrations live apart (SQLite and PostgreSQL generate different SQL).
/// </summary>
public abstract class MeetingBotDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Member> Members => Set<Member>();
    public DbSet<DialogStateRecord> DialogStates => Set<DialogStateRecord>();
    public DbSet<ConversationRecord> Conversations => Set<ConversationRecord>();
    public DbSet<ProcessedDeliveryRecord> ProcessedDeliveries => Set<ProcessedDeliveryRecord>();
    public DbSet<MeetingSeries> Series => Set<MeetingSeries>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingBot.Domain.InMeeting.MeetingRecord> MeetingRecords => Set<MeetingBot.Domain.InMeeting.MeetingRecord>();
    public DbSet<MeetingBot.Domain.Minutes.MinutesVersion> MinutesVersions => Set<MeetingBot.Domain.Minutes.MinutesVersion>();
    public DbSet<ReminderPlan> ReminderPlans => Set<ReminderPlan>();
    public DbSet<ReminderPreference> ReminderPreferences => Set<ReminderPreference>();
    public DbSet<ScheduledReminderRecord> ScheduledReminders => Set<ScheduledReminderRecord>();
    public DbSet<ReminderDeliveryRecord> ReminderDeliveries => Set<ReminderDeliveryRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MeetingBotDbContext).Assembly);
}

public sealed class SqliteMeetingBotDbContext(DbContextOptions<SqliteMeetingBotDbContext> options) : MeetingBotDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset; store UTC ticks instead.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgresMeetingBotDbContext(DbContextOptions<PostgresMeetingBotDbContext> options) : MeetingBotDbContext(options);
