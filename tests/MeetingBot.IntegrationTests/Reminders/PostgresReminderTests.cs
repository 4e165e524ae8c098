using Hangfire;
using Hangfire.States;
using MeetingBot.Domain.Reminders;
using MeetingBot.Infrastructure.Persistence.Entities;
using MeetingBot.Infrastructure.Scheduling.Reminders;
using MeetingBot.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static MeetingBot.IntegrationTests.Support.ChatDriver;

namespace MeetingBot.IntegrationTests.Reminders;

/// <summary>
/// Production mode: two app instances share one PostgreSQL database and one Hangfire storage. Both rebuild the schedule
/// at start, both run Hangfire servers, and the job is even run on both at once: each reminder arrives once.
/// Each run gets a database of its own, dropped afterwards.
/// </summary>
public sealed class PostgresReminderTests
{
    [PostgresFact]
    public async Task Two_instances_sharing_the_database_deliver_each_reminder_once()
    {
        var database = "meetingbot_test_" + Guid.NewGuid().ToString("N")[..12];
        var admin = PostgresFactAttribute.ConnectionString ?? "";
        await ExecuteAsync(admin, $"CREATE DATABASE {database}");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(admin) { Database = database, Pooling = false }.ConnectionString;
            var settings = new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Postgres",
                ["Storage:PostgresConnectionString"] = connection,
            };
            await using var scenario = await ReminderScenario.StartAsync(ReminderScenario.SoonDue.AddMinutes(-2), settings);
            await scenario.MeetTheTeamAsync();
            await scenario.Chat.SayAsync(Maria, "remind me");
            scenario.Clock.Set(ReminderScenario.SoonDue.AddSeconds(-6));
            await scenario.ScheduleAsync();

            // The second instance: same database, same Hangfire schema, its own clock reading the same time.
            await using var second = await BotHost.StartAsync(TempFolder.Create(), settings,
                services => services.AddSingleton<TimeProvider>(scenario.Clock));
            var soon = await scenario.ScheduledAsync(ReminderKind.StartingSoon);
            await Task.WhenAll(scenario.RunJobAsync(soon), RunJobOnAsync(second, soon));
            // Hangfire's own job then runs on one of the two servers (PostgreSQL storage polls its queue every few
            // seconds) and must find nothing left to send.
            Assert.NotNull(soon.JobId);
            await WaitForJobToFinishAsync(second, soon.JobId);

            Assert.Single(scenario.Reminders("starts in"), r => r.ConversationId == ChannelA);
            Assert.Single(scenario.Reminders("starts in"), r => r.ConversationId == FakeChannelServer.PersonalConversationId(Maria.Id));
            Assert.Equal(2, scenario.Reminders("starts in").Count);
            Assert.Equal(ScheduledReminderState.Done, (await scenario.ScheduledAsync(ReminderKind.StartingSoon)).State);
            Assert.Equal(2, (await scenario.DeliveriesAsync()).Count(d => d.Status == ReminderDeliveryStatus.Sent));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static async Task WaitForJobToFinishAsync(BotHost host, string jobId)
    {
        var storage = host.Services.GetRequiredService<JobStorage>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(45);
        while (true)
        {
            using (var connection = storage.GetConnection())
                if (connection.GetJobData(jobId)?.State == SucceededState.StateName) return;
            Assert.True(DateTime.UtcNow < deadline, $"Hangfire job {jobId} did not finish in time.");
            await Task.Delay(250);
        }
    }

    private static async Task RunJobOnAsync(BotHost host, ScheduledReminderRecord reminder)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var fanOut = scope.ServiceProvider.GetRequiredService<ReminderFanOut>();
        await fanOut.RunAsync(reminder.MeetingId, reminder.Kind, reminder.DueUtc, CancellationToken.None);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
