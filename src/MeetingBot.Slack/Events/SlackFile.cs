namespace MeetingBot.Slack.Events;

/// <summary>
/// A file shared with a message (<c>files</c> of a <c>message</c> with subtype <c>file_share</c>, or of an
/// <c>app_mention</c>). Downloading <see cref="UrlPrivateDownload"/> needs the bot token (scope <c>files:read</c>).
/// Files of Slack Connect channels may come with only an <see cref="Id"/> (<c>file_access: check_file_info</c>).
/// </summary>
public sealed record SlackFile
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Title { get; init; }
    public string? Mimetype { get; init; }
    public string? Filetype { get; init; }
    public long? Size { get; init; }
    public string? UrlPrivate { get; init; }
    public string? UrlPrivateDownload { get; init; }
    /// <summary><c>hosted</c>, <c>external</c>, <c>snippet</c>, <c>post</c>, <c>tombstone</c> (deleted), …</summary>
    public string? Mode { get; init; }
}
