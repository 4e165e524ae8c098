using MeetingBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Infrastructure.Persistence.Stores;

internal static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// The stores behind the turn pipeline. The one place where <see cref="StorageMode"/> chooses between answering
    /// from memory (single instance) and asking the database every time (several instances). Call it after the
    /// database migrator is registered: the duplicate check reads its table when it starts.
    /// </summary>
    public static IServiceCollection AddStores(this IServiceCollection services, StorageMode mode)
    {
        services.AddSingleton(mode);
        services.AddSingleton(mode.SingleInstance ? new MemberCache() : MemberCache.Disabled);
        services.AddSingleton(mode.SingleInstance ? new DialogStateIndex() : DialogStateIndex.Disabled);
        services.AddSingleton(mode.SingleInstance ? new MeetingRecordIndex() : MeetingRecordIndex.Disabled);
        services.AddSingleton<MemberCacheInvalidation>();

        services.AddScoped<IMemberDirectory, EfMemberDirectory>();
        services.AddScoped<IDialogStateStore, EfDialogStateStore>();
        services.AddScoped<IConversationDirectory, EfConversationDirectory>();

        if (mode.SingleInstance)
        {
            services.AddSingleton<WriteBehindInboundDeduplicator>();
            services.AddSingleton<IInboundDeduplicator>(sp => sp.GetRequiredService<WriteBehindInboundDeduplicator>());
            services.AddHostedService(sp => sp.GetRequiredService<WriteBehindInboundDeduplicator>());
        }
        else
        {
            services.AddSingleton<IInboundDeduplicator, DatabaseClaimInboundDeduplicator>();
        }
        return services;
    }
}
