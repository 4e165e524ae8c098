using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;

namespace MeetingBot.Infrastructure.Graph;

/// <summary>(b) The Word file into the document library: one PUT up to 4 MiB, an upload session in slices above.</summary>
public sealed partial class GraphMinutesClient
{
    /// <summary>Largest file sent in one PUT; larger ones go through an upload session.</summary>
    public const int SimpleUploadLimit = 4 * 1024 * 1024;

    /// <summary>Slice of an upload session: a multiple of 320 KiB, as Graph requires.</summary>
    public const int UploadSliceSize = 10 * 320 * 1024;

    private static readonly char[] ForbiddenInFileName = ['"', '*', ':', '<', '>', '?', '/', '\\', '|'];

    public async Task<string> ArchiveAsync(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        RequireOn(ArchivesDocuments, "archive the minutes", "Graph:Archive:GroupId (or Graph:Archive:DriveId)");
        if (string.IsNullOrWhiteSpace(fileName) || fileName != fileName.Trim() || fileName.IndexOfAny(ForbiddenInFileName) >= 0)
            throw new ArgumentException($"'{fileName}' cannot be a SharePoint file name: it must not be empty, start or end with a space, or contain \" * : < > ? / \\ |.", nameof(fileName));

        var folder = _options.Archive.FolderPath;
        // Each segment escaped once; the SDK's path template keeps the '/' between them and the escapes as they are.
        var itemPath = string.Join('/', folder.Split('/').Append(fileName).Select(Uri.EscapeDataString));

        var webUrl = await CallAsync(MinutesGraphPart.Archive, $"upload {fileName} to the {folder} folder", async graph =>
        {
            var driveId = await DriveIdAsync(graph, cancellationToken);
            var item = content.Length <= SimpleUploadLimit
                ? await UploadInOneAsync(graph, driveId, itemPath, content, cancellationToken)
                : await UploadInSlicesAsync(graph, driveId, itemPath, content, cancellationToken);
            return item?.WebUrl;
        }, cancellationToken);

        if (string.IsNullOrEmpty(webUrl))
            throw new MinutesGraphException(MinutesGraphPart.Archive,
                $"Microsoft Graph took {fileName} but gave no web address for it; look for it in the {folder} folder.", null, false, null);
        Archived(_logger, fileName, content.Length, folder);
        return webUrl;
    }

    private static async Task<DriveItem?> UploadInOneAsync(GraphServiceClient graph, string driveId, string itemPath, byte[] content, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content, writable: false);
        // PUT …/root:/{path}:/content replaces a file of the same name; missing folders are created.
        return await graph.Drives[driveId].Root.ItemWithPath(itemPath).Content.PutAsync(stream, cancellationToken: cancellationToken);
    }

    private static async Task<DriveItem?> UploadInSlicesAsync(GraphServiceClient graph, string driveId, string itemPath, byte[] content, CancellationToken cancellationToken)
    {
        var properties = new DriveItemUploadableProperties();
        properties.AdditionalData["@microsoft.graph.conflictBehavior"] = "replace";
        var session = await graph.Drives[driveId].Root.ItemWithPath(itemPath).CreateUploadSession
            .PostAsync(new CreateUploadSessionPostRequestBody { Item = properties }, cancellationToken: cancellationToken);
        if (session?.UploadUrl is null)
            throw new MinutesGraphException(MinutesGraphPart.Archive,
                "Microsoft Graph opened no upload session for the minutes (its answer had no uploadUrl). The bot tries again later.", null, true, null);

        using var stream = new MemoryStream(content, writable: false);
        var upload = new LargeFileUploadTask<DriveItem>(session, stream, UploadSliceSize, graph.RequestAdapter);
        var result = await upload.UploadAsync(cancellationToken: cancellationToken);
        if (!result.UploadSucceeded)
            throw new MinutesGraphException(MinutesGraphPart.Archive,
                "Microsoft Graph's upload session for the minutes ended without the file. The bot tries again later.", null, true, null);
        return result.ItemResponse;
    }

    /// <summary>The configured drive, or the group's default document library, asked once and then remembered.</summary>
    private async Task<string> DriveIdAsync(GraphServiceClient graph, CancellationToken cancellationToken)
    {
        var archive = _options.Archive;
        if (GraphOptions.Has(archive.DriveId)) return archive.DriveId!.Trim();
        if (Volatile.Read(ref _groupDriveId) is { } cached) return cached;

        var groupId = archive.GroupId!.Trim();
        var drive = await graph.Groups[groupId].Drive.GetAsync(request => request.QueryParameters.Select = ["id", "webUrl"], cancellationToken);
        if (string.IsNullOrEmpty(drive?.Id))
            throw new MinutesGraphException(MinutesGraphPart.Archive,
                $"Microsoft Graph found no document library for the group {groupId}: check Graph:Archive:GroupId, or set Graph:Archive:DriveId.", null, false, null);
        Volatile.Write(ref _groupDriveId, drive.Id);
        return drive.Id;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Archived {FileName} ({Bytes} bytes) in the {Folder} folder")]
    private static partial void Archived(ILogger logger, string fileName, int bytes, string folder);
}
