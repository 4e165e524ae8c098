using System.Collections.Concurrent;
using MeetingBot.Conversations.Features.Calendar;
using MeetingBot.Conversations.Features.Linking;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Conversations.Features.Reminders;
using MeetingBot.Conversations.Messages;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.People;
using MeetingBot.Domain.Reminders;
using MeetingBot.Infrastructure.Persistence;
using MeetingBot.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.Infrastructure.Scheduling.Reminders;

/// <summary>What a run of a reminder did.</summary>
public enum FanOutOutcome
{
    /// <summary>Sent (to everyone it could reach; see the delivery records).</summary>
    Delivered,

    /// <summary>The reminder moved, was switched off or already ran: this run was not the one to send it.</summary>
    Stale,

    /// <summary>Its time passed while the bot was down and the meeting has started (or late sending is off).</summary>
    Dropped,
}

/// <param name="Sent">Messages this run delivered.</param>
/// <param name="AlreadyClaimed">Recipients another run (or instance) had claimed: not sent again.</param>
/// <param name="NotReached">Recipients the channel refused or failed.</param>
public sealed record FanOutResult(FanOutOutcome Outcome, int Sent = 0, int AlreadyClaimed = 0, int NotReached = 0, bool Late = false);

/// <summary>
/// Sends one reminder of one meeting: once to its channel (unless the kind is muted there) and once 1:1 to each member
/// who said "remind me", each claimed in <see cref="ReminderDeliveryLedger"/> before it is sent. The pace is the
/// channel adapter's (rate limits, Retry-After); a member who removed or blocked the bot is skipped without holding up
/// the others, and the secretary gets one summary of everyone not reached.
/// </summary>
public sealed partial class ReminderFanOut(
    MeetingBotDbContext db,
    IMeetingStore meetings,
    IReminderSettingsStore settings,
    ReminderDeliveryLedger ledger,
    IProactiveMessenger messenger,
    IConversationLinkStore links,
    CalendarLinks calendar,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderFanOut> logger)
{
    public async Task<FanOutResult> RunAsync(Guid meetingId, ReminderKind kind, DateTimeOffset dueUtc, CancellationToken cancellationToken)
    {
        var row = await db.ScheduledReminders.FirstOrDefaultAsync(r => r.MeetingId == meetingId && r.Kind == kind, cancellationToken);
        if (row is null || row.State != ScheduledReminderState.Pending || row.DueUtc != dueUtc)
        {
            LogStale(logger, kind, meetingId, dueUtc);
            return new FanOutResult(FanOutOutcome.Stale);
        }

        var settingsNow = options.Value;
        var meeting = await meetings.GetAsync(meetingId, cancellationToken);
        var now = time.GetUtcNow();
        if (meeting is null || meeting.Status != MeetingStatus.Scheduled || now >= meeting.StartUtc)
        {
            await FinishAsync(row, ScheduledReminderState.Dropped, late: true, "its meeting had started (or was cancelled) before it could be sent", cancellationToken);
            LogDroppedStarted(logger, kind, meetingId, dueUtc);
            return new FanOutResult(FanOutOutcome.Dropped);
        }

        var late = now - dueUtc > settingsNow.LateAfter;
        if (late && !settingsNow.SendLate)
        {
            await FinishAsync(row, ScheduledReminderState.Dropped, late, "late, and Reminders:SendLate is off", cancellationToken);
            LogDroppedLate(logger, kind, meetingId, dueUtc);
            return new FanOutResult(FanOutOutcome.Dropped);
        }

        var run = new Run(meeting, kind, dueUtc, late);
        var plan = await settings.GetPlanAsync(meeting.SeriesId, cancellationToken);
        var members = await db.Members.AsNoTracking().Where(m => m.ScopeId == meeting.ScopeId).ToDictionaryAsync(m => m.UserId, cancellationToken);
        var optedIn = await db.ReminderPreferences.AsNoTracking()
            .Where(p => p.ScopeId == meeting.ScopeId && p.Personal == PersonalReminders.On)
            .ToListAsync(cancellationToken);

        // The day before, the reminder offers the meeting's calendar file (one signed link for everyone).
        var calendarLine = kind == ReminderKind.DayBefore
            ? $"\n{CalendarLinks.AddToCalendar}: {await calendar.InvitationAsync(meeting, cancellationToken)}"
            : "";
        if (!plan.IsMutedInChannel(kind))
        {
            await DeliverAsync(run, ReminderDeliveryRecord.ChannelRecipient,
                () => messenger.SendToConversationAsync(meeting.ConversationKey, new Reply(ReminderMessages.ForChannel(meeting, kind, time.GetUtcNow(), late) + calendarLine), cancellationToken),
                cancellationToken);
            // Channels linked into this series from the other platform (a Slack channel sharing a Teams series) get it too.
            foreach (var linked in await links.ListLinkedConversationsAsync(meeting.ScopeId, cancellationToken))
            {
                if (linked.HomeConversationKey != meeting.ConversationKey) continue;
                await DeliverAsync(run, LinkedRecipient(linked.ConversationKey),
                    () => messenger.SendToConversationAsync(linked.ConversationKey, new Reply(ReminderMessages.ForChannel(meeting, kind, time.GetUtcNow(), late) + calendarLine), cancellationToken),
                    cancellationToken);
            }
        }

        var learned = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(optedIn, new ParallelOptions { MaxDegreeOfParallelism = settingsNow.MaxParallelSends, CancellationToken = cancellationToken },
            async (preference, token) =>
            {
                var member = members.GetValueOrDefault(preference.UserId);
                var to = new PersonalAddress(preference.UserId, meeting.ConversationKey, preference.PersonalConversationKey);
                var result = await DeliverAsync(run, ReminderDeliveryRecord.Member(preference.UserId),
                    () => messenger.SendToPersonAsync(to, new Reply(ReminderMessages.ForMember(meeting, kind, time.GetUtcNow(), late, member?.TimeZoneId) + calendarLine), token),
                    token);
                if (result?.PersonalConversationKey is { } key && key != preference.PersonalConversationKey) learned[preference.UserId] = key;
            });

        await RememberPersonalConversationsAsync(meeting.ScopeId, learned, cancellationToken);
        await FinishAsync(row, ScheduledReminderState.Done, late, null, cancellationToken);
        if (run.Failed > 0)
            await SendSummaryAsync(run, members, cancellationToken);
        LogDelivered(logger, kind, meetingId, run.Sent, run.AlreadyClaimed, run.Failed, late);
        return new FanOutResult(FanOutOutcome.Delivered, run.Sent, run.AlreadyClaimed, run.Failed, late);
    }

    /// <summary>Claims, sends, records. Null when someone else had claimed it.</summary>
    private async Task<ProactiveResult?> DeliverAsync(Run run, string recipient, Func<Task<ProactiveResult>> send, CancellationToken cancellationToken)
    {
        if (!await ledger.TryClaimAsync(run.Meeting.Id, run.Kind, recipient, run.DueUtc, run.Late, cancellationToken))
        {
            Interlocked.Increment(ref run.AlreadyClaimed);
            return null;
        }

                ProactiveResult result;
        try
        {
            result = await send();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Claimed and possibly half-sent: never sent again, but reported.
            LogSendFailed(logger, run.Kind, run.Meeting.Id, ex);
            result = new ProactiveResult(ProactiveOutcome.Failed, "an error on my side (see the bot's log)");
        }

        await ledger.CompleteAsync(run.Meeting.Id, run.Kind, recipient, result, CancellationToken.None);
        if (result.Succeeded) Interlocked.Increment(ref run.Sent);
        else Interlocked.Increment(ref run.Failed);
        return result;
    }

    /// <summary>
    /// One message to the secretary (or, without one, the chair) listing everyone not reached and why. Read from the
    /// ledger, so failures of an earlier, interrupted run of the same reminder are listed too.
    /// </summary>
    private async Task SendSummaryAsync(Run run, IReadOnlyDictionary<string, Member> members, CancellationToken cancellationToken)
    {
        var deliveries = (await ledger.ListAsync(run.Meeting.Id, run.Kind, cancellationToken))
            .Where(d => !d.Recipient.StartsWith(ReminderDeliveryRecord.Summary(""), StringComparison.Ordinal))
            .ToList();
        var failures = deliveries
            .Where(d => d.Status == ReminderDeliveryStatus.Failed)
            .Select(d => new NotReached(Who(d.Recipient, members), d.FailureReason ?? "not delivered"))
            .ToList();
        if (failures.Count == 0) return;
        var text = ReminderMessages.NotReachedSummary(run.Meeting, run.Kind, failures, deliveries.Count);
        LogNotReached(logger, run.Kind, run.Meeting.Id, failures.Count, string.Join("; ", failures.Select(f => f.Why).Distinct()));

        var managers = members.Values.Where(m => m.Role == Role.Secretary).ToList();
        if (managers.Count == 0) managers = members.Values.Where(m => m.Role == Role.Chair).ToList();
        if (managers.Count == 0) LogNoSecretary(logger, run.Meeting.ScopeId);
        foreach (var manager in managers)
        {
            var recipient = ReminderDeliveryRecord.Summary(manager.UserId);
            if (!await ledger.TryClaimAsync(run.Meeting.Id, run.Kind, recipient, run.DueUtc, run.Late, cancellationToken)) continue;
            var preference = await db.ReminderPreferences.AsNoTracking()
                .FirstOrDefaultAsync(p => p.ScopeId == manager.ScopeId && p.UserId == manager.UserId, cancellationToken);
            var result = await messenger.SendToPersonAsync(
                new PersonalAddress(manager.UserId, run.Meeting.ConversationKey, preference?.PersonalConversationKey), new Reply(text), cancellationToken);
            await ledger.CompleteAsync(run.Meeting.Id, run.Kind, recipient, result, CancellationToken.None);
            if (!result.Succeeded) LogSummaryFailed(logger, run.Meeting.Id, result.Reason);
        }
    }

    private static string Who(string recipient, IReadOnlyDictionary<string, Member> members)
    {
        if (recipient == ReminderDeliveryRecord.ChannelRecipient) return "the meeting's channel";
        if (recipient.StartsWith(LinkedRecipientPrefix, StringComparison.Ordinal)) return "a linked channel (" + recipient[LinkedRecipientPrefix.Length..] + ")";
        var userId = recipient.StartsWith(ReminderDeliveryRecord.Member(""), StringComparison.Ordinal) ? recipient[ReminderDeliveryRecord.Member("").Length..] : recipient;
        return members.TryGetValue(userId, out var member) ? member.DisplayName : userId;
    }

    private const string LinkedRecipientPrefix = "linked:";

    /// <summary>The delivery record's recipient for a linked conversation (see Features/Linking).</summary>
    private static string LinkedRecipient(string conversationKey)
    {
        var recipient = LinkedRecipientPrefix + conversationKey;
        return recipient.Length <= 220 ? recipient : recipient[..220];
    }

    /// <summary>Keeps the 1:1 conversations opened by this run, so the next reminder does not open them again.</summary>
    private async Task RememberPersonalConversationsAsync(string scopeId, IReadOnlyDictionary<string, string> learned, CancellationToken cancellationToken)
    {
        if (learned.Count == 0) return;
        foreach (var batch in learned.Chunk(500))
        {
            var userIds = batch.Select(p => p.Key).ToList();
            var preferences = await db.ReminderPreferences.Where(p => p.ScopeId == scopeId && userIds.Contains(p.UserId)).ToListAsync(cancellationToken);
            foreach (var preference in preferences) preference.PersonalConversationKey = learned[preference.UserId];
            await db.SaveChangesAsync(cancellationToken);
            foreach (var preference in preferences) db.Entry(preference).State = EntityState.Detached;
        }
    }

    private async Task FinishAsync(ScheduledReminderRecord row, ScheduledReminderState state, bool late, string? note, CancellationToken cancellationToken)
    {
        row.State = state;
        row.Late = late;
        row.Note = note;
        row.UpdatedAtUtc = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(row).State = EntityState.Detached;
    }

    /// <summary>One run's counters, shared by its parallel sends.</summary>
    private sealed class Run(Meeting meeting, ReminderKind kind, DateTimeOffset dueUtc, bool late)
    {
        public Meeting Meeting { get; } = meeting;
        public ReminderKind Kind { get; } = kind;
        public DateTimeOffset DueUtc { get; } = dueUtc;
        public bool Late { get; } = late;
        public int Sent;
        public int Failed;
        public int AlreadyClaimed;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The {Kind} reminder of meeting {MeetingId} planned for {DueUtc:u} has moved, gone or run already; nothing to do")]
    private static partial void LogStale(ILogger logger, ReminderKind kind, Guid meetingId, DateTimeOffset dueUtc);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped the {Kind} reminder of meeting {MeetingId} due {DueUtc:u}: the meeting had started (or was cancelled) when it could finally run")]
    private static partial void LogDroppedStarted(ILogger logger, ReminderKind kind, Guid meetingId, DateTimeOffset dueUtc);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped the {Kind} reminder of meeting {MeetingId} due {DueUtc:u}: it is late and Reminders:SendLate is off")]
    private static partial void LogDroppedLate(ILogger logger, ReminderKind kind, Guid meetingId, DateTimeOffset dueUtc);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent the {Kind} reminder of meeting {MeetingId}: {Sent} delivered, {AlreadyClaimed} already claimed, {Failed} not reached, late {Late}")]
    private static partial void LogDelivered(ILogger logger, ReminderKind kind, Guid meetingId, int sent, int alreadyClaimed, int failed, bool late);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending the {Kind} reminder of meeting {MeetingId} failed for one recipient")]
    private static partial void LogSendFailed(ILogger logger, ReminderKind kind, Guid meetingId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Kind} reminder of meeting {MeetingId} did not reach {Count} recipient(s): {Reasons}")]
    private static partial void LogNotReached(ILogger logger, ReminderKind kind, Guid meetingId, int count, string reasons);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not send the not-reached summary of meeting {MeetingId} to a secretary: {Reason}")]
    private static partial void LogSummaryFailed(ILogger logger, Guid meetingId, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scope {ScopeId} has neither a secretary nor a chair to tell about undelivered reminders")]
    private static partial void LogNoSecretary(ILogger logger, string scopeId);
}
