using Hangfire;
using MeetingBot.Conversations.Features.InMeeting;
using MeetingBot.Conversations.Features.Tour;
using MeetingBot.Infrastructure.Links;
using Microsoft.Extensions.Options;

namespace MeetingBot.Infrastructure.Scheduling.InMeeting;

/// <summary><see cref="IInMeetingJobs"/> on Hangfire: jobs take ids, so they can be retried and re-run from storage.</summary>
internal sealed class HangfireInMeetingJobs(IBackgroundJobClient jobs) : IInMeetingJobs
{
    public void ScheduleNudge(Guid meetingId, Guid speakerId, DateTimeOffset calledAtUtc, TimeSpan after) =>
        jobs.Schedule<TourNudgeJob>(job => job.RunAsync(meetingId, speakerId, calledAtUtc, CancellationToken.None), after);

    public void FetchLinkTitle(Guid meetingId, Guid linkId) =>
        jobs.Enqueue<FetchLinkTitleJob>(job => job.RunAsync(meetingId, linkId, CancellationToken.None));
}

/// <summary>The gentle nudge of a speaker who has had their time; a no-op when they have finished meanwhile.</summary>
public sealed class TourNudgeJob(TourNudger nudger)
{
    // A nudge late or twice is worse than none.
    [AutomaticRetry(Attempts = 0)]
    public Task<bool> RunAsync(Guid meetingId, Guid speakerId, DateTimeOffset calledAtUtc, CancellationToken cancellationToken) =>
        nudger.NudgeAsync(meetingId, speakerId, calledAtUtc, cancellationToken);
}

/// <summary>Fetches the title of a newly shared link (public addresses only) and stores it with the link.</summary>
public sealed class FetchLinkTitleJob(IMeetingRecordStore records, LinkTitleFetcher fetcher, IOptions<InMeetingOptions> options, TimeProvider time)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task<string?> RunAsync(Guid meetingId, Guid linkId, CancellationToken cancellationToken)
    {
        if (!options.Value.FetchLinkTitles || await records.GetAsync(meetingId, cancellationToken) is not { } record
            || record.Links.Find(l => l.Id == linkId) is not { } link)
        {
            return null;
        }

        var result = await fetcher.FetchAsync(link.Url, cancellationToken);
        var now = time.GetUtcNow();
        await records.UpdateAsync(meetingId, r =>
        {
            var stored = r.Links.Find(l => l.Id == linkId);
            if (stored is not null)
            {
                stored.Title = result.Title;
                stored.TitleCheckedAtUtc = now;
            }

            return stored is not null;
        }, cancellationToken);
        return result.Title ?? result.Problem;
    }
}
