using Hangfire;
using Hangfire.States;
using MeetingBot.Conversations.Features.Reminders;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.Reminders;
using MeetingBot.Infrastructure.Persistence;
using MeetingBot.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Infrastructure.Scheduling.Reminders;

/// <summary>
/// Keeps <c>scheduled_reminders</c> (the truth) and Hangfire jobs (the alarm clock) in step with meetings and plans.
/// Each pending reminder has one job that runs <see cref="SendReminderJob"/> at its time; a job whose reminder has
/// moved or gone finds its row changed and does nothing, so a stale or doubled job is harmless. Idempotent.
/// </summary>
public sealed partial class HangfireReminderScheduler(
    MeetingBotDbContext db,
    IReminderSettingsStore settings,
    IBackgroundJobClient jobs,
    JobStorage storage,
    TimeProvider time,
    ILogger<HangfireReminderScheduler> logger) : IReminderScheduler
{
    private static readonly string[] LiveStates = [ScheduledState.StateName, EnqueuedState.StateName, ProcessingState.StateName, AwaitingState.StateName];

    public async Task<IReadOnlyList<DueReminder>> MeetingChangedAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        return meeting is null ? [] : await SyncAsync(meeting, cancellationToken);
    }

    public async Task<int> MeetingCancelledAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        var pending = await db.ScheduledReminders
            .Where(r => r.MeetingId == meetingId && r.State == ScheduledReminderState.Pending)
            .ToListAsync(cancellationToken);
        foreach (var row in pending)
        {
            DeleteJob(row);
            Set(row, ScheduledReminderState.Cancelled, "the meeting was cancelled");
        }
        await db.SaveChangesAsync(cancellationToken);
        Forget(pending);
        return pending.Count;
    }

    /// <summary>
    /// Rebuilds the schedule from the database (at every start and every half hour): every coming meeting's reminders
    /// are synchronised, so a job lost with in-memory storage is scheduled again, and a pending reminder whose time
    /// passed while the bot was down runs now (it is sent late, or dropped if its meeting has started).
    /// </summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // Filtered on the start in memory: SQLite stores instants as numbers EF cannot compare in SQL.
        var scheduled = await db.Meetings.AsNoTracking().Where(m => m.Status == MeetingStatus.Scheduled).ToListAsync(cancellationToken);
        var coming = scheduled.Where(m => m.StartUtc > now).ToList();
        var pending = 0;
        foreach (var meeting in coming)
            pending += (await SyncAsync(meeting, cancellationToken)).Count;

        // Pending reminders of meetings that are not coming any more (started, over, cancelled without us): dropped.
        var comingIds = coming.Select(m => m.Id).ToHashSet();
        var stillPending = await db.ScheduledReminders.Where(r => r.State == ScheduledReminderState.Pending).ToListAsync(cancellationToken);
        var orphans = stillPending.Where(r => !comingIds.Contains(r.MeetingId)).ToList();
        Forget(stillPending.Where(r => comingIds.Contains(r.MeetingId)));
        foreach (var row in orphans)
        {
            DeleteJob(row);
            Set(row, ScheduledReminderState.Dropped, "its meeting had started or was cancelled before it could be sent");
            LogDropped(logger, row.MeetingId, row.Kind, row.DueUtc);
        }
        await db.SaveChangesAsync(cancellationToken);
        Forget(orphans);
        LogRebuilt(logger, coming.Count, pending);
        return pending;
    }

    private async Task<IReadOnlyList<DueReminder>> SyncAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var plan = await settings.GetPlanAsync(meeting.SeriesId, cancellationToken);
        var rows = await db.ScheduledReminders.Where(r => r.MeetingId == meeting.Id).ToListAsync(cancellationToken);
        var toRun = new List<ScheduledReminderRecord>();
        foreach (var kind in ReminderKinds.All)
        {
            var row = rows.FirstOrDefault(r => r.Kind == kind);
            var due = meeting.Status == MeetingStatus.Scheduled ? plan.DueUtc(meeting, kind) : null;
            if (due is not { } dueUtc)
            {
                if (row is { State: ScheduledReminderState.Pending })
                {
                    DeleteJob(row);
                    Set(row, meeting.Status switch
                    {
                        MeetingStatus.Scheduled => ScheduledReminderState.Off,
                        MeetingStatus.Cancelled => ScheduledReminderState.Cancelled,
                        _ => ScheduledReminderState.Dropped,
                    }, meeting.Status == MeetingStatus.Scheduled ? "switched off in the series' plan" : $"the meeting is {meeting.Status.ToString().ToLowerInvariant()}");
                }
                continue;
            }

            var firstPlanned = false;
            if (row is null)
            {
                row = new ScheduledReminderRecord { MeetingId = meeting.Id, Kind = kind, DueUtc = dueUtc, State = ScheduledReminderState.Pending, UpdatedAtUtc = now };
                db.ScheduledReminders.Add(row);
                rows.Add(row);
                firstPlanned = true;
            }
            else if (row.State is ScheduledReminderState.Done or ScheduledReminderState.Dropped)
            {
                continue; // sent (or given up) once; the delivery records would refuse a second copy anyway
            }
            else if (row.DueUtc != dueUtc || row.State is ScheduledReminderState.Off or ScheduledReminderState.Cancelled)
            {
                DeleteJob(row);
                row.DueUtc = dueUtc;
                Set(row, ScheduledReminderState.Pending, null);
                firstPlanned = true;
            }
            else if (row.State == ScheduledReminderState.Skipped)
            {
                continue;
            }

            if (firstPlanned && dueUtc <= now)
            {
                // Planned after its time (a meeting scheduled three days ahead has no "7 days before"): not sent late.
                Set(row, ScheduledReminderState.Skipped, "its time had passed when the meeting was scheduled or moved");
                continue;
            }
            toRun.Add(row);
        }

        // Rows first, jobs after: a job that runs at once must find its row.
        await db.SaveChangesAsync(cancellationToken);
        foreach (var row in toRun)
            EnsureJob(row, now);
        await db.SaveChangesAsync(cancellationToken);
        Forget(rows);
        return toRun.Select(r => new DueReminder(r.Kind, r.DueUtc)).OrderBy(r => r.DueUtc).ToList();
    }

    /// <summary>Schedules the row's job unless a live job for exactly this reminder and time exists.</summary>
    private void EnsureJob(ScheduledReminderRecord row, DateTimeOffset now)
    {
        var (meetingId, kind, due) = (row.MeetingId, row.Kind, row.DueUtc);
        var delay = due - now;
        if (row.JobId is { } existing && LiveStateOf(existing, row) is { } state)
        {
            // Durable storage (PostgreSQL) keeps the job across a restart; one whose time passed meanwhile runs now.
            if (delay <= TimeSpan.Zero && state == ScheduledState.StateName) jobs.Requeue(existing);
            return;
        }
        row.JobId = delay > TimeSpan.Zero
            ? jobs.Schedule<SendReminderJob>(job => job.RunAsync(meetingId, kind, due, CancellationToken.None), delay)
            : jobs.Enqueue<SendReminderJob>(job => job.RunAsync(meetingId, kind, due, CancellationToken.None));
        LogScheduled(logger, kind, meetingId, due, row.JobId);
    }

    /// <summary>
    /// A job id from the database may name nothing (in-memory storage lost at a restart) or, worse, another job
    /// that got the same number in the new storage: check it is ours, for this time, and not finished.
    /// </summary>
    private string? LiveStateOf(string jobId, ScheduledReminderRecord row)
    {
        using var connection = storage.GetConnection();
        var data = connection.GetJobData(jobId);
        return data is { Job: { } job } && LiveStates.Contains(data.State)
               && job.Type == typeof(SendReminderJob)
               && job.Args is [Guid meetingId, ReminderKind kind, DateTimeOffset due, ..]
               && meetingId == row.MeetingId && kind == row.Kind && due == row.DueUtc
            ? data.State
            : null;
    }

    /// <summary>Stops tracking our rows only: the scope's context may hold the turn's entities too.</summary>
    private void Forget(IEnumerable<ScheduledReminderRecord> rows)
    {
        foreach (var row in rows) db.Entry(row).State = EntityState.Detached;
    }

    private void DeleteJob(ScheduledReminderRecord row)
    {
        if (row.JobId is not { } jobId) return;
        jobs.Delete(jobId);
        row.JobId = null;
    }

    private void Set(ScheduledReminderRecord row, ScheduledReminderState state, string? note)
    {
        row.State = state;
        row.Note = note;
        row.UpdatedAtUtc = time.GetUtcNow();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Scheduled the {Kind} reminder of meeting {MeetingId} for {DueUtc:u} (job {JobId})")]
    private static partial void LogScheduled(ILogger logger, ReminderKind kind, Guid meetingId, DateTimeOffset dueUtc, string jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped the {Kind} reminder of meeting {MeetingId} due {DueUtc:u}: the meeting had started or was cancelled before it could be sent")]
    private static partial void LogDropped(ILogger logger, Guid meetingId, ReminderKind kind, DateTimeOffset dueUtc);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder schedule rebuilt from the database: {Meetings} coming meeting(s), {Pending} pending reminder(s)")]
    private static partial void LogRebuilt(ILogger logger, int meetings, int pending);
}
