using System.Globalization;
using System.Net;
using Hangfire;
using MeetingBot.Conversations.Features.Minutes;
using MeetingBot.Conversations.Features.Reminders;
using MeetingBot.Conversations.Messages;
using MeetingBot.Documents.Minutes;
using MeetingBot.Domain.Minutes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.Infrastructure.Scheduling.Minutes;

/// <summary>The Microsoft Graph steps after approval.</summary>
public enum MinutesDeliveryStep
{
    /// <summary>Put the Word file in the team's document library, folder "Minutes".</summary>
    Archive = 1,

    /// <summary>E-mail the approved minutes to the distribution list.</summary>
    Mail = 2,
}

/// <summary><see cref="IMinutesDistribution"/> on Hangfire: one job per configured step, with ids as arguments.</summary>
internal sealed class HangfireMinutesDistribution(IBackgroundJobClient jobs, IMinutesGraph graph) : IMinutesDistribution
{
    public IReadOnlyList<string> PlannedSteps =>
    [
        .. graph.ArchivesDocuments ? ["put the Word file in the team's Minutes folder"] : Array.Empty<string>(),
        .. graph.SendsMail ? ["e-mail the minutes to the distribution list"] : Array.Empty<string>(),
    ];

    public Task EnqueueAsync(Guid meetingId, int versionNumber, CancellationToken cancellationToken)
    {
        if (graph.ArchivesDocuments)
            jobs.Enqueue<MinutesDeliveryJob>(job => job.RunAsync(meetingId, versionNumber, MinutesDeliveryStep.Archive, 1, CancellationToken.None));
        if (graph.SendsMail)
            jobs.Enqueue<MinutesDeliveryJob>(job => job.RunAsync(meetingId, versionNumber, MinutesDeliveryStep.Mail, 1, CancellationToken.None));
        return Task.CompletedTask;
    }
}

/// <summary>
/// Sends one approved version on through Graph. A failure is reported in the conversation the minutes were approved in
/// (at the first failure and when giving up) and retried by scheduling the same job again after the next configured
/// delay, so the waits are settings rather than attributes. Done steps are recorded on the version and never repeated.
/// </summary>
public sealed partial class MinutesDeliveryJob(
    IMinutesStore versions,
    IMinutesGraph graph,
    IProactiveMessenger messenger,
    IBackgroundJobClient jobs,
    IOptions<MinutesDeliveryOptions> options,
    TimeProvider time,
    ILogger<MinutesDeliveryJob> logger)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task<string> RunAsync(Guid meetingId, int versionNumber, MinutesDeliveryStep step, int attempt, CancellationToken cancellationToken)
    {
        if (await versions.GetAsync(meetingId, versionNumber, cancellationToken) is not { IsApproved: true } version)
        {
            return "not approved or gone";
        }

        if ((step == MinutesDeliveryStep.Archive && version.ArchiveUrl is not null) || (step == MinutesDeliveryStep.Mail && version.MailedAtUtc is not null))
        {
            return "already done";
        }

        var document = MinutesJson.Deserialize(version.DocumentJson);
        var fileName = MinutesFiles.BaseName(document.Title, version) + ".docx";
        try
        {
            var word = WordMinutesWriter.Write(document);
            string done;
            if (step == MinutesDeliveryStep.Archive)
            {
                var url = await graph.ArchiveAsync(fileName, word, cancellationToken);
                await versions.UpdateAsync(meetingId, versionNumber, v => v.ArchiveUrl = url, cancellationToken);
                done = $"The approved minutes (version {version.Number}) are in the team's Minutes folder: {url}";
            }
            else
            {
                await graph.SendMailAsync(new MinutesMail($"Minutes: {document.Title}", MailBody(document.Title, version), fileName, word), cancellationToken);
                var now = time.GetUtcNow();
                await versions.UpdateAsync(meetingId, versionNumber, v => v.MailedAtUtc = now, cancellationToken);
                done = $"The approved minutes (version {version.Number}) were e-mailed to the distribution list.";
            }

            if (attempt > 1) done += $" (It worked at attempt {attempt}.)";
            await messenger.SendToConversationAsync(version.ConversationKey, new Reply(done), cancellationToken);
            return "done";
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogStepFailed(logger, e, step, meetingId, versionNumber, attempt);
            var delays = options.Value.Delays;
            var what = step == MinutesDeliveryStep.Archive ? "put the minutes in the team's Minutes folder" : "e-mail the minutes to the distribution list";
            string report;
            // A refusal that waiting cannot fix (a missing permission, a wrong mailbox) is reported once, not retried.
            if (attempt <= delays.Count && e is not Graph.MinutesGraphException { IsTransient: false })
            {
                var wait = delays[attempt - 1];
                jobs.Schedule<MinutesDeliveryJob>(job => job.RunAsync(meetingId, versionNumber, step, attempt + 1, CancellationToken.None), wait);
                report = attempt == 1
                    ? $"I could not {what} just now ({Reason(e)}). The minutes are safe; I'll try again in {Describe(wait)} and say here when it works."
                    : "";
            }
            else
            {
                report = $"I could not {what} ({Reason(e)}{(attempt > 1 ? $", attempt {attempt}" : "")}), so I stopped trying. The minutes are safe: download them with minutes download and send them by hand, or approve a new version later to try again.";
            }

            if (report.Length > 0)
            {
                await messenger.SendToConversationAsync(version.ConversationKey, new Reply(report), cancellationToken);
            }

            return "failed";
        }
    }

    /// <summary>A reason members can pass on to whoever runs the bot, without internals.</summary>
    private static string Reason(Exception e) => e switch
    {
        Graph.MinutesGraphException { StatusCode: { } s } => $"Microsoft 365 answered {s} {(HttpStatusCode)s}",
        Graph.MinutesGraphException graphProblem => graphProblem.Message,
        HttpRequestException { StatusCode: { } status } => $"Microsoft 365 answered {(int)status} {status}",
        Microsoft.Graph.Models.ODataErrors.ODataError { ResponseStatusCode: var code } => $"Microsoft 365 answered {code} {(HttpStatusCode)code}",
        TimeoutException or TaskCanceledException => "Microsoft 365 did not answer in time",
        _ => "Microsoft 365 could not be reached",
    };

    private static string Describe(TimeSpan wait) =>
        wait.TotalHours >= 1 ? Amount(wait.TotalHours, "0.#", "hour")
        : wait.TotalMinutes >= 1 ? Amount(wait.TotalMinutes, "0", "minute")
        : Amount(Math.Max(1, wait.TotalSeconds), "0", "second");

    /// <summary>"1 minute", "5 minutes", "1.5 hours": singular only for exactly one.</summary>
    private static string Amount(double value, string format, string unit)
    {
        var number = value.ToString(format, CultureInfo.InvariantCulture);
        return number == "1" ? $"1 {unit}" : $"{number} {unit}s";
    }

    private static string MailBody(string title, MinutesVersion version) =>
        $"<p>Dear members,</p><p>Please find attached the approved minutes of the {WebUtility.HtmlEncode(title)} (version {version.Number}).</p>" +
        $"<p>Approved by {WebUtility.HtmlEncode(version.ApprovedByName ?? "the secretariat")}.</p>";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Minutes delivery step {Step} for meeting {MeetingId} version {Version} failed at attempt {Attempt}")]
    private static partial void LogStepFailed(ILogger logger, Exception exception, MinutesDeliveryStep step, Guid meetingId, int version, int attempt);
}
