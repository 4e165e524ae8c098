using MeetingBot.Protocol.Activities;

namespace MeetingBot.Channels.LocalChat;

/// <summary>
/// Fixed names of the local chat channel: where its page and endpoints live, and the ids it gives the bot,
/// the simulated team and its conversations.
/// </summary>
public static class LocalChatDefaults
{
    /// <summary>Configuration section of <see cref="LocalChatOptions"/>.</summary>
    public const string SectionName = "LocalChat";

    /// <summary>Path of the chat page (served from <c>wwwroot/chat/</c> by the static files middleware).</summary>
    public const string PagePath = "/chat/";

    /// <summary>Base path of the Direct Line 3.0 subset the page (or Web Chat) talks to.</summary>
    public const string DirectLinePath = "/v3/directline";

    /// <summary>
    /// Path the bot's <c>serviceUrl</c> points to; the bot's connector client appends <c>v3/conversations/…</c>.
    /// </summary>
    public const string ConnectorPath = "/local";

    /// <summary>Configuration the page reads: the bot and the simulated members.</summary>
    public const string PageConfigPath = "/local/chat/config";

    public const string ChannelId = "directline";
    public const string TenantId = "local";
    public const string TeamId = "local-team";
    public const string TeamName = "Local alliance team";

    public const string ChannelConversationId = "local-channel";
    public const string ChannelConversationName = "General";
    public const string PersonalConversationPrefix = "local-dm-";
    public const string MemberIdPrefix = "local-";

    public const string BotId = "meetingbot";
    public const string BotName = "MeetingBot";

    /// <summary>Largest request body either side may send: Direct Line's limit per activity.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>
    /// Where uploaded files are served (<c>GET {AttachmentsPath}/{id}</c>): the <c>contentUrl</c> of their attachments.
    /// </summary>
    public const string AttachmentsPath = DirectLinePath + "/attachments";

    /// <summary>
    /// Most the files of one upload may hold together. Well above what the bot reads (it answers "too large" itself, in the
    /// conversation); beyond it the upload is refused with 413.
    /// </summary>
    public const int MaxUploadBytes = 20 * 1024 * 1024;

    /// <summary>Files in one upload.</summary>
    public const int MaxFilesPerUpload = 10;

    /// <summary>Direct Line tokens live 30 minutes (<c>expires_in</c> 1800).</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(30);

    /// <summary>The bot as the channel presents it: the <c>recipient</c> of every user activity.</summary>
    public static ChannelAccount Bot => new() { Id = BotId, Name = BotName, Role = "bot" };

    /// <summary>Members of a fictional NGO alliance, used when <c>LocalChat:Members</c> is empty.</summary>
    public static IReadOnlyList<LocalChatMember> Members { get; } =
    [
        new() { Name = "Anna Alvarez", Role = "Chair" },
        new() { Name = "Tobias Keller", Role = "Secretary" },
        new() { Name = "Phil Reichel", Role = "Member, Clean Water Initiative" },
        new() { Name = "Maria Costa", Role = "Member, Food Bank Network" },
        new() { Name = "Jo Dedeyne", Role = "Member, Youth Mentoring Project" },
        new() { Name = "Kwame Mensah", Role = "Member, Refugee Support Office" },
    ];
}
