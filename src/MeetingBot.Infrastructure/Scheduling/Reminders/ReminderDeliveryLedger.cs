using MeetingBot.Conversations.Features.Reminders;
using MeetingBot.Domain.Reminders;
using MeetingBot.Infrastructure.Persistence;
using MeetingBot.Infrastructure.Persistence.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MeetingBot.Infrastructure.Scheduling.Reminders;

/// <summary>
/// The exactly-once guard of reminder messages: a sender inserts the row (meeting, kind, recipient) before it sends,
/// and only the one whose insert succeeds sends; then it records how it went. Each call uses its own short-lived
/// context, so a fan-out can claim for many recipients at once.
/// </summary>
public sealed class ReminderDeliveryLedger(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>True when this caller now owns the delivery; false when someone claimed it before (any instance).</summary>
    public async Task<bool> TryClaimAsync(Guid meetingId, ReminderKind kind, string recipient, DateTimeOffset dueUtc, bool late, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingBotDbContext>();
        db.ReminderDeliveries.Add(new ReminderDeliveryRecord
        {
            MeetingId = meetingId,
            Kind = kind,
            Recipient = recipient,
            Status = ReminderDeliveryStatus.Claimed,
            Late = late,
            DueUtc = dueUtc,
            ClaimedAtUtc = time.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            return false;
        }
    }

    public async Task CompleteAsync(Guid meetingId, ReminderKind kind, string recipient, ProactiveResult result, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingBotDbContext>();
        var status = result.Succeeded ? ReminderDeliveryStatus.Sent : ReminderDeliveryStatus.Failed;
        var reason = result.Reason is { Length: > 300 } text ? text[..300] : result.Reason;
        var completedAt = (DateTimeOffset?)time.GetUtcNow();
        await db.ReminderDeliveries
            .Where(d => d.MeetingId == meetingId && d.Kind == kind && d.Recipient == recipient)
            .ExecuteUpdateAsync(set => set
                .SetProperty(d => d.Status, status)
                .SetProperty(d => d.CompletedAtUtc, completedAt)
                .SetProperty(d => d.FailureReason, reason), cancellationToken);
    }

    /// <summary>Every delivery record of one reminder (all runs, all instances).</summary>
    public async Task<IReadOnlyList<ReminderDeliveryRecord>> ListAsync(Guid meetingId, ReminderKind kind, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingBotDbContext>();
        return await db.ReminderDeliveries.AsNoTracking()
            .Where(d => d.MeetingId == meetingId && d.Kind == kind)
            .ToListAsync(cancellationToken);
    }

    /// <summary>A duplicate key, and nothing else: other database errors must fail the job so that it is retried.</summary>
    private static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19, // SQLITE_CONSTRAINT
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
