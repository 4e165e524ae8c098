using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Features.InMeeting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MeetingBot.Conversations.Features.Linking;

public static class LinkingServiceCollectionExtensions
{
    /// <summary>
    /// Links between conversations across channels: the link commands, the scope resolver consulted where turns start,
    /// and a view of the meeting record that lets linked conversations reach the running meeting. Call it after the
    /// meeting record store is registered (it wraps it). The database link store comes from persistence; without it,
    /// links are kept in memory.
    /// </summary>
    public static IServiceCollection AddConversationLinking(this IServiceCollection services)
    {
        services.TryAddSingleton<IConversationLinkStore, InMemoryConversationLinkStore>();
        services.TryAddSingleton<LinkedScopeCache>();
        services.TryAddScoped<IScopeResolver, ScopeResolver>();
        services.AddCommand<LinkCommand>();
        services.AddCommand<UnlinkCommand>();

        // Wrap the record store registered so far (the database one, or the no-op default).
        var records = services.LastOrDefault(d => d.ServiceType == typeof(IMeetingRecordStore));
        if (records is not null)
        {
            services.Remove(records);
            services.Add(ServiceDescriptor.Describe(typeof(IMeetingRecordStore),
                provider => new LinkedMeetingRecordStore((IMeetingRecordStore)Resolve(provider, records), provider.GetRequiredService<IScopeResolver>()),
                records.Lifetime));
        }
        return services;
    }

    private static object Resolve(IServiceProvider provider, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);
}
