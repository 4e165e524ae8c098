using System.Text.Json;
using MeetingBot.Protocol.Activities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MeetingBot.Channels.LocalChat;

/// <summary>
/// Files from the page, as Direct Line 3.0 takes them: <c>POST /v3/directline/conversations/{id}/upload?userId=…</c>
/// with <c>multipart/form-data</c>: an <c>activity</c> part (the message as JSON, optional) and one part per file. The
/// files go to <see cref="LocalChatFiles"/>; the message reaches the bot with an attachment per file whose
/// <c>contentUrl</c> is <c>GET /v3/directline/attachments/{id}</c> on this host (served as a download, never inline).
/// Up to <see cref="LocalChatDefaults.MaxUploadBytes"/> in all is taken, so the bot itself answers when a file is
/// more than it reads; more is refused with 413 and a sentence the page shows.
/// </summary>
internal static class DirectLineUploads
{
    private const string ActivityPart = "activity";
    private const int MaxNameLength = 200;
    private static readonly string MaxUploadText = $"{LocalChatDefaults.MaxUploadBytes / (1024 * 1024)} MB";

    /// <summary>File types served as themselves; any other is served as bytes to download.</summary>
    private static readonly HashSet<string> ServedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/plain", "text/csv", "text/markdown", "text/vtt", "application/json", "application/pdf",
        "image/png", "image/jpeg", "image/gif", "image/webp",
    };

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/conversations/{conversationId}/upload", UploadAsync);
        group.MapGet("/attachments/{attachmentId}", Download);
    }

    private static async Task<IResult> UploadAsync(
        HttpContext http,
        string conversationId,
        string? userId,
        [FromServices] LocalChatStore store,
        [FromServices] LocalChatFiles files,
        [FromServices] LocalChatTokens tokens,
        [FromServices] IOptions<LocalChatOptions> options,
        [FromServices] TimeProvider time,
        [FromServices] ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        if (DirectLineEndpoints.Authorize(http, conversationId, store, tokens, out var refusal) is not { } conversation)
        {
            return refusal;
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var mediaType)
            || !string.Equals(mediaType.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return BadUpload("Send multipart/form-data: an 'activity' part with the message as JSON, and one part per file.");
        }

        if (http.Request.ContentLength > LocalChatDefaults.MaxUploadBytes + LocalChatDefaults.MaxBodyBytes + 64 * 1024)
        {
            return TooLarge(fileName: null);
        }

        Upload upload;
        try
        {
            upload = await ReadAsync(new MultipartReader(boundary, http.Request.Body), cancellationToken);
        }
        catch (InvalidDataException)
        {
            return BadUpload("The multipart body is malformed; send each file as a part with a file name.");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(fileName: null);
        }

        if (upload.Error is { } error)
        {
            return error;
        }

        if (upload.Files.Count == 0)
        {
            return BadUpload("The upload has no file: add a part with a file name (Content-Disposition: form-data; name=\"file\"; filename=\"chat.txt\").");
        }

        var activity = upload.Activity ?? new Activity { Type = ActivityTypes.Message };
        activity = activity with
        {
            Type = activity.Type ?? ActivityTypes.Message,
            From = activity.From ?? (string.IsNullOrEmpty(userId) ? null : new ChannelAccount { Id = userId, Name = userId }),
        };
        if (activity.Type != ActivityTypes.Message)
        {
            return DirectLineEndpoints.BadActivity("Files are sent with a message: the 'activity' part must have type \"message\".");
        }

        if (LocalChannelActivities.Validate(activity, conversation, out var sender) is { } invalid)
        {
            return DirectLineEndpoints.BadActivity(invalid);
        }

        var baseUrl = LocalChatHttp.BaseUrl(http.Request, options.Value);
        var attachments = new List<Attachment>(activity.Attachments ?? []);
        foreach (var file in upload.Files)
        {
            var stored = files.Add(conversation.Id, file.Name, file.ContentType, file.Content);
            attachments.Add(new Attachment { ContentType = stored.ContentType, ContentUrl = LocalChatFiles.UrlOf(baseUrl, stored), Name = stored.Name });
        }

        var posted = activity with { Attachments = attachments };

        var logger = loggerFactory.CreateLogger(LocalChatLog.Category);
        LocalChatLog.FilesUploaded(logger, sender.Id ?? "", upload.Files.Count, upload.Files.Sum(f => (long)f.Content.Length));
        return await DirectLineEndpoints.DeliverAsync(http, conversation, posted, sender, options.Value, time, logger, cancellationToken);
    }

    /// <summary>An uploaded file, as a download: never shown inline on this origin, never sniffed as another type.</summary>
    private static IResult Download(HttpContext http, string attachmentId, [FromServices] LocalChatFiles files)
    {
        if (files.Find(attachmentId) is not { } file)
        {
            return LocalChatHttp.Problem(StatusCodes.Status404NotFound, "AttachmentNotFound", "The file is not here",
                "The local chat keeps uploaded files in memory only: after a restart, or once many newer files were sent, it no longer has them. Upload the file again.");
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        http.Response.Headers.CacheControl = "private, no-store";
        var type = ServedTypes.Contains(file.ContentType) ? file.ContentType : "application/octet-stream";
        return TypedResults.File(file.Content, type, file.Name);
    }

    private static async Task<Upload> ReadAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        reader.HeadersCountLimit = 16;
        reader.HeadersLengthLimit = 16 * 1024;
        Activity? activity = null;
        var files = new List<UploadedFile>();
        long total = 0;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition);
            var partName = disposition is null ? null : HeaderUtilities.RemoveQuotes(disposition.Name).Value;
            var fileName = disposition is null ? null : HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
            // The activity part is named "activity"; browsers give it a file name too ("blob") when it is sent as a Blob.
            if (string.Equals(partName, ActivityPart, StringComparison.Ordinal))
            {
                var json = await ReadLimitedAsync(section.Body, LocalChatDefaults.MaxBodyBytes, cancellationToken);
                if (json is null)
                {
                    return Upload.Failed(LocalChatHttp.TooLargeProblem());
                }

                try
                {
                    activity = JsonSerializer.Deserialize(json, BotFrameworkJsonContext.Default.Activity);
                }
                catch (JsonException e)
                {
                    return Upload.Failed(DirectLineEndpoints.BadActivity($"The 'activity' part is not a valid activity ({e.Path ?? "$"}, line {e.LineNumber + 1})."));
                }
            }
            else if (fileName is not null)
            {
                var name = CleanName(fileName);
                if (files.Count == LocalChatDefaults.MaxFilesPerUpload)
                {
                    return Upload.Failed(BadUpload($"Send at most {LocalChatDefaults.MaxFilesPerUpload} files with one message."));
                }

                var content = await ReadLimitedAsync(section.Body, LocalChatDefaults.MaxUploadBytes - total, cancellationToken);
                if (content is null)
                {
                    return Upload.Failed(TooLarge(name));
                }

                total += content.Length;
                files.Add(new UploadedFile(name, MediaTypeOf(section.ContentType), content));
            }
            else
            {
                await section.Body.CopyToAsync(Stream.Null, cancellationToken);
            }
        }

        return new Upload(activity, files, null);
    }

    /// <summary>The part's bytes, or null when there are more than <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The name without folders or control characters, at most <see cref="MaxNameLength"/> characters.</summary>
    private static string CleanName(string fileName)
    {
        var name = fileName[(fileName.LastIndexOfAny(['/', '\\']) + 1)..];
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length > MaxNameLength)
        {
            name = name[..MaxNameLength];
        }

        return name.Length == 0 ? "file" : name;
    }

    private static string MediaTypeOf(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.MediaType.Value is { Length: > 0 } type
            ? type.ToLowerInvariant()
            : "application/octet-stream";

    /// <param name="fileName">The file that went over the limit, when known.</param>
    private static IResult TooLarge(string? fileName) => LocalChatHttp.Problem(
        StatusCodes.Status413PayloadTooLarge,
        "FileTooLarge",
        "The file is too large",
        $"{(fileName is null ? "The files are" : $"'{fileName}' is")} more than the local chat takes: at most {MaxUploadText} per message. "
        + "Send a smaller file, or paste the part you need as text.");

    private static IResult BadUpload(string detail) =>
        LocalChatHttp.Problem(StatusCodes.Status400BadRequest, "BadArgument", "The upload is not valid", detail);

    private sealed record UploadedFile(string Name, string ContentType, byte[] Content);

    private sealed record Upload(Activity? Activity, IReadOnlyList<UploadedFile> Files, IResult? Error)
    {
        public static Upload Failed(IResult error) => new(null, [], error);
    }
}
