namespace MeetingBot.Channels.LocalChat;

/// <summary>
/// Files uploaded on the local chat page, in memory, each under an unguessable id and tied to the conversation it was
/// sent in. Bounded: beyond <see cref="MaxFiles"/> files or <see cref="MaxTotalBytes"/> bytes the oldest are forgotten
/// (a message then still shows its attachment, whose address answers 404).
/// </summary>
internal sealed class LocalChatFiles(TimeProvider time)
{
    public const int MaxFiles = 200;
    public const long MaxTotalBytes = 100L * 1024 * 1024;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, LocalChatFile> _files = new(StringComparer.Ordinal);
    private readonly Queue<LocalChatFile> _byAge = new();
    private long _totalBytes;

    public LocalChatFile Add(string conversationId, string name, string contentType, byte[] content)
    {
        var file = new LocalChatFile(LocalChatIds.NewSecret(), conversationId, name, contentType, content, time.GetUtcNow());
        lock (_gate)
        {
            while (_byAge.Count > 0 && (_byAge.Count >= MaxFiles || _totalBytes + content.Length > MaxTotalBytes))
            {
                var oldest = _byAge.Dequeue();
                _files.Remove(oldest.Id);
                _totalBytes -= oldest.Content.Length;
            }

            _files[file.Id] = file;
            _byAge.Enqueue(file);
            _totalBytes += content.Length;
        }

        return file;
    }

    public LocalChatFile? Find(string id)
    {
        if (!LocalChatIds.IsSecretShaped(id))
        {
            return null;
        }

        lock (_gate)
        {
            return _files.GetValueOrDefault(id);
        }
    }

    /// <summary>The address a file is served at (the <c>contentUrl</c> of its attachment).</summary>
    public static string UrlOf(string baseUrl, LocalChatFile file) => $"{baseUrl}{LocalChatDefaults.AttachmentsPath}/{file.Id}";

    /// <summary>The file id in an address made by <see cref="UrlOf"/>, whatever its host; null for any other address.</summary>
    public static string? IdOf(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var path = uri.AbsolutePath;
        var marker = LocalChatDefaults.AttachmentsPath + "/";
        var at = path.LastIndexOf(marker, StringComparison.Ordinal);
        var id = at < 0 ? "" : path[(at + marker.Length)..];
        return LocalChatIds.IsSecretShaped(id) ? id : null;
    }
}

/// <summary>An uploaded file.</summary>
internal sealed record LocalChatFile(string Id, string ConversationId, string Name, string ContentType, byte[] Content, DateTimeOffset UploadedAt);
