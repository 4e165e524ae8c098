using MeetingBot.Conversations.Messages;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.LocalChat;

/// <summary>Composition of the local chat channel: <see cref="AddLocalChat"/> then <see cref="MapLocalChat"/>.</summary>
public static class LocalChatServiceCollectionExtensions
{
    /// <summary>Configuration keys that hold the bot's Microsoft app id; any of them set turns the default off.</summary>
    private static readonly string[] AppIdKeys = ["MicrosoftAppId", "BotFramework:MicrosoftAppId", "BotFramework:AppId"];

    /// <summary>
    /// Whether the channel runs: <c>LocalChat:Enabled</c> if set, else true exactly when no Microsoft app id
    /// is configured (<c>MicrosoftAppId</c>, <c>BotFramework:MicrosoftAppId</c> or <c>BotFramework:AppId</c>).
    /// </summary>
    public static bool IsLocalChatEnabled(this IConfiguration configuration)
    {
        var enabled = configuration.GetSection(LocalChatDefaults.SectionName).GetValue<bool?>(nameof(LocalChatOptions.Enabled));
        return enabled ?? AppIdKeys.All(key => string.IsNullOrWhiteSpace(configuration[key]));
    }

    /// <summary>
    /// Binds <see cref="LocalChatOptions"/> and, when the channel is enabled (see <see cref="IsLocalChatEnabled"/>),
    /// validates them at start-up and registers the in-memory transcripts, the tokens, the uploaded files and their
    /// <see cref="IAttachmentReader"/>. The bot itself must be registered as
    /// <see cref="BotFramework.IActivityIngress"/>.
    /// </summary>
    public static IServiceCollection AddLocalChat(this IServiceCollection services, IConfiguration configuration)
    {
        // Bound even when off, so LocalChatOptions.Enabled reads as configured everywhere.
        var optionsBuilder = services.AddOptions<LocalChatOptions>().Bind(configuration.GetSection(LocalChatDefaults.SectionName));
        if (!configuration.IsLocalChatEnabled())
        {
            return services;
        }

        optionsBuilder
            .PostConfigure(bound =>
            {
                // Defaults are added here, not in the initialiser: the binder appends to a pre-filled list.
                if (bound.Members.Count == 0)
                {
                    bound.Members.AddRange(LocalChatDefaults.Members.Select(m => new LocalChatMember { Name = m.Name, Role = m.Role }));
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LocalChatOptions>, LocalChatOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LocalChatStore>();
        services.TryAddSingleton<LocalChatTokens>();
        services.TryAddSingleton<LocalChatFiles>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAttachmentReader, LocalChatAttachmentReader>());
        return services;
    }

    /// <summary>
    /// Maps the Direct Line subset (<c>/v3/directline</c>, with file uploads), the local connector (<c>/local/v3/conversations</c>)
    /// and the page's configuration (<c>/local/chat/config</c>); nothing when the channel is disabled.
    /// The page itself (<c>wwwroot/chat/</c>) needs <c>UseDefaultFiles()</c> and <c>UseStaticFiles()</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapLocalChat(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<LocalChatStore>() is null)
        {
            return endpoints;
        }

        DirectLineEndpoints.Map(endpoints);
        LocalConnectorEndpoints.Map(endpoints);
        endpoints.MapGet(LocalChatDefaults.PageConfigPath, (LocalChatStore store) => TypedResults.Json(
                new LocalChatPageConfig(
                    LocalChatDefaults.Bot,
                    store.ConfiguredMembers,
                    LocalChatDefaults.ChannelConversationId,
                    LocalChatDefaults.ChannelConversationName,
                    LocalChatDefaults.TeamName),
                LocalChatJsonContext.Default.LocalChatPageConfig))
            .AllowAnonymous()
            .AddEndpointFilterFactory((context, next) => LocalChatHttp.LocalOnly(context, next, connectorErrors: false))
            .WithTags("LocalChat");
        return endpoints;
    }
}
