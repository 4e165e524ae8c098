using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.LocalChat;

/// <summary>Settings of the local chat channel (section <c>LocalChat</c>).</summary>
public sealed class LocalChatOptions
{
    /// <summary>
    /// On or off. Null (the default) turns the channel on exactly when no Microsoft app id is configured,
    /// so a developer machine has it and a Teams deployment does not.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>The people one can play on the page. Empty means <see cref="LocalChatDefaults.Members"/>.</summary>
    public List<LocalChatMember> Members { get; set; } = [];

    /// <summary>Oldest activities of a conversation are forgotten beyond this many.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 1_000;

    /// <summary>Least recently used 1:1 conversations are forgotten beyond this many.</summary>
    [Range(2, 10_000)]
    public int MaxConversations { get; set; } = 200;

    /// <summary>
    /// False (the default): only this machine (loopback) may use the channel's endpoints. Anyone who can reach
    /// them can speak as any member, the chair included, so open them to others only on a trusted network.
    /// </summary>
    public bool AllowRemoteClients { get; set; }

    /// <summary>
    /// Base URL the bot posts its replies to (e.g. <c>http://localhost:8080</c> inside a container); the channel
    /// appends <c>/local/</c>. Null (the default): scheme, host and path base of the page's own request.
    /// </summary>
    public string? ServiceUrl { get; set; }
}

/// <summary>A simulated member of the alliance.</summary>
public sealed class LocalChatMember
{
    [Required]
    [MaxLength(LocalChatIds.MaxNameLength)]
    public string Name { get; set; } = "";

    /// <summary>Hint shown next to the name on the page, e.g. "Chair"; the bot learns roles its own way.</summary>
    [MaxLength(120)]
    public string? Role { get; set; }
}

/// <summary>Checks what data annotations cannot: each member, and that no two members share an id.</summary>
internal sealed class LocalChatOptionsValidator : IValidateOptions<LocalChatOptions>
{
    public ValidateOptionsResult Validate(string? name, LocalChatOptions options)
    {
        var failures = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Members.Count; i++)
        {
            var member = options.Members[i];
            if (string.IsNullOrWhiteSpace(member.Name) || member.Name.Length > LocalChatIds.MaxNameLength)
            {
                failures.Add($"LocalChat:Members:{i}:Name must be 1 to {LocalChatIds.MaxNameLength} characters.");
            }
            else if (!ids.Add(LocalChatIds.MemberId(member.Name)))
            {
                failures.Add($"LocalChat:Members:{i}:Name '{member.Name}' is a second member with the same id; give each member a distinct name.");
            }

            if (member.Role is { Length: > 120 })
            {
                failures.Add($"LocalChat:Members:{i}:Role must be at most 120 characters.");
            }
        }

        if (options.Members.Count > 100)
        {
            failures.Add("LocalChat:Members lists more than 100 members; keep it to the people you want to play.");
        }

        if (options.ServiceUrl is { } serviceUrl
            && !(Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            failures.Add("LocalChat:ServiceUrl must be an absolute http:// or https:// URL, such as http://localhost:8080.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
