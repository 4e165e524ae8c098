using MeetingBot.Conversations.Messages;
using MeetingBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.IntegrationTests.Attachments;

/// <summary>
/// The attachment readers as the channels register them (Bot Framework, Slack, local chat), in a container of their
/// own: quicker than a whole bot when a test only reads files.
/// </summary>
internal static class AttachmentReaders
{
    public const long FiveMegabytes = 5 * 1024 * 1024;

    public static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        configure?.Invoke(services);
        services.AddBotFrameworkChannel(configuration);
        MeetingBot.Channels.LocalChat.LocalChatServiceCollectionExtensions.AddLocalChat(services, configuration);
        services.AddSlackChannel(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>The reader the feature would pick for a channel: the one that serves it.</summary>
    public static IAttachmentReader For(IServiceProvider services, string channelId) =>
        Assert.Single(services.GetServices<IAttachmentReader>(), r => r.Serves(channelId));

    public static IncomingMessage Message(string channelId, string conversationId = "a:personal-anna", params IncomingAttachment[] attachments) => new()
    {
        ActivityId = "1",
        Conversation = new ConversationAddress(channelId, conversationId, ConversationKind.Personal),
        From = new Person("29:anna", "Anna Alvarez"),
        Text = "import chat",
        Attachments = attachments,
        Timestamp = DateTimeOffset.UtcNow,
    };

    public static Task<AttachmentText> ReadAsync(IServiceProvider services, string channelId, IncomingAttachment attachment, long maxBytes = FiveMegabytes) =>
        For(services, channelId).ReadTextAsync(Message(channelId, attachments: attachment), attachment, maxBytes, CancellationToken.None);
}
