using System.Text.Json;
using MeetingBot.Conversations.Messages;
using MeetingBot.Protocol.Activities;

namespace MeetingBot.Channels.BotFramework;

/// <summary>
/// The files of an activity, as <see cref="IncomingAttachment"/>s whose <see cref="IncomingAttachment.Source"/> is the
/// address to download them from (read with <see cref="BotFrameworkAttachmentReader"/>):
/// <list type="bullet">
/// <item>Teams, 1:1 chat: <c>application/vnd.microsoft.teams.file.download.info</c>, its <c>content.downloadUrl</c>
/// (pre-authenticated, short-lived, on SharePoint).</item>
/// <item>Emulator, Web Chat, Direct Line, the local chat page, images pasted in Teams: a media type with a
/// <c>contentUrl</c>.</item>
/// </list>
/// Cards (<c>application/vnd.microsoft.*</c>) and attachments without an address (the <c>text/html</c> copy of a Teams
/// message) are not files. Teams does not give bots the files of channel or group chat messages (at most an HTML copy of
/// the message or a Graph <c>reference</c>; reading them needs Microsoft Graph), so those messages have no attachments
/// here: ask for the file in a 1:1 chat, or for its text.
/// </summary>
public static class BotFrameworkAttachments
{
    public const string TeamsFileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";
    private const string BotFrameworkTypes = "application/vnd.microsoft.";
    /// <summary>A SharePoint file as Microsoft Graph refers to it: readable only through Graph.</summary>
    private const string GraphFileReference = "reference";
    private const string UnknownType = "application/octet-stream";

    public static IReadOnlyList<IncomingAttachment> ToIncoming(Activity activity)
    {
        if (activity.Attachments is not { Count: > 0 } attachments) return [];
        var files = new List<IncomingAttachment>(attachments.Count);
        foreach (var attachment in attachments)
            if (ToIncoming(attachment) is { } file) files.Add(file);
        return files.Count == 0 ? [] : files;
    }

    private static IncomingAttachment? ToIncoming(Attachment attachment)
    {
        var type = attachment.ContentType?.Trim() ?? "";
        if (type.Equals(TeamsFileDownloadInfo, StringComparison.OrdinalIgnoreCase))
        {
            if (ReadString(attachment.Content, "downloadUrl") is not { Length: > 0 } downloadUrl) return null;
            var fileType = ReadString(attachment.Content, "fileType")?.Trim().TrimStart('.').ToLowerInvariant();
            var name = NameOf(attachment.Name) ?? (fileType is { Length: > 0 } ? "file." + fileType : "file");
            return new IncomingAttachment(name, MediaTypeOf(fileType ?? Path.GetExtension(name).TrimStart('.').ToLowerInvariant()), downloadUrl);
        }

        if (type.StartsWith(BotFrameworkTypes, StringComparison.OrdinalIgnoreCase)
            || type.Equals(GraphFileReference, StringComparison.OrdinalIgnoreCase)
            || attachment.ContentUrl is not { Length: > 0 } contentUrl)
            return null;
        var fileName = NameOf(attachment.Name) ?? NameOf(LastSegment(contentUrl)) ?? "file";
        return new IncomingAttachment(fileName, type.Length == 0 ? UnknownType : type, contentUrl);
    }

    /// <summary>The media type of Teams' <c>fileType</c> (an extension), for the few a text import can use.</summary>
    private static string MediaTypeOf(string? extension) => extension switch
    {
        "txt" or "log" => "text/plain",
        "md" => "text/markdown",
        "csv" => "text/csv",
        "vtt" => "text/vtt",
        "json" => "application/json",
        "htm" or "html" => "text/html",
        _ => UnknownType,
    };

    private static string? NameOf(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();

    private static string? LastSegment(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Segments is [.., var last] && last != "/"
            ? Uri.UnescapeDataString(last.TrimEnd('/'))
            : null;

    private static string? ReadString(JsonElement? element, string property)
    {
        if (element is not { ValueKind: JsonValueKind.Object } content) return null;
        foreach (var field in content.EnumerateObject())
            if (field.Name.Equals(property, StringComparison.OrdinalIgnoreCase) && field.Value.ValueKind == JsonValueKind.String)
                return field.Value.GetString();
        return null;
    }
}
