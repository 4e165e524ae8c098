using MeetingBot.Conversations.Features.InMeeting;
using MeetingBot.Infrastructure.Links;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MeetingBot.Infrastructure.Scheduling.InMeeting;

public static class InMeetingJobsServiceCollectionExtensions
{
    /// <summary>The tour's nudge and the link title jobs, and the guarded title fetcher they use.</summary>
    public static IServiceCollection AddInMeetingJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IInMeetingJobs, HangfireInMeetingJobs>();
        services.AddScoped<TourNudgeJob>();
        services.AddScoped<FetchLinkTitleJob>();
        services.TryAddSingleton<IAddressPolicy, PublicAddressPolicy>();
        // No resilience handler on purpose: a title is a nicety, never worth a retry against someone else's site.
        services.AddHttpClient<LinkTitleFetcher>()
            .ConfigurePrimaryHttpMessageHandler(sp => LinkTitleFetcher.CreateHandler(
                sp.GetRequiredService<IAddressPolicy>(), sp.GetRequiredService<IOptions<InMeetingOptions>>().Value.LinkTitleTimeout));
        return services;
    }
}
