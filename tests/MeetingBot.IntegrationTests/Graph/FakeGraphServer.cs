using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace MeetingBot.IntegrationTests.Graph;

/// <summary>
/// A stand-in for Microsoft Graph on 127.0.0.1, serving the few routes the minutes use under <c>/v1.0</c>:
/// <c>GET users/{mailbox}/calendarView</c> (answers <see cref="Events"/>), <c>GET groups/{id}/drive</c>,
/// <c>PUT drives/{id}/root:/{path}:/content</c>, <c>POST drives/{id}/root:/{path}:/createUploadSession</c> with its
/// upload URL (also on loopback) and <c>POST users/{sender}/sendMail</c>. Records every request, including those
/// answered with a scripted failure (<see cref="AnswerNextWith"/>, <see cref="AlwaysAnswerWith"/>).
/// </summary>
public sealed partial class FakeGraphServer : IAsyncDisposable
{
    public const string GroupDriveId = "b!group-drive-1";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<GraphRequest> _requests = new();
    private readonly ConcurrentQueue<(int Status, int? RetryAfterSeconds)> _scripted = new();
    private readonly ConcurrentDictionary<string, UploadSession> _sessions = new();
    private (int Status, int? RetryAfterSeconds)? _always;

    private FakeGraphServer(WebApplication app) => _app = app;

    /// <summary>http://127.0.0.1:{port}, no trailing '/'.</summary>
    public string Root { get; private set; } = "";

    /// <summary>What Graph:BaseUrl points at.</summary>
    public string BaseUrl => Root + "/v1.0";

    public IReadOnlyList<GraphRequest> Requests => _requests.ToArray();

    /// <summary>The events calendarView answers, as Graph's JSON objects (any window, any mailbox).</summary>
    public List<object> Events { get; } = [];

    /// <summary>Files stored in any drive, by drive id and path ("b!group-drive-1/Minutes/x.docx").</summary>
    public ConcurrentDictionary<string, byte[]> Files { get; } = new();

    public static async Task<FakeGraphServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeGraphServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.Root = app.Urls.First().TrimEnd('/');
        return server;
    }

    /// <summary>The web address the fake gives a stored file.</summary>
    public string WebUrlFor(string driveId, string path) => $"{Root}/sites/alliance/{Uri.EscapeDataString(driveId)}/{path}";

    /// <summary>The next request, whatever it is, gets this status (with a Graph error body) instead of its answer.</summary>
    public void AnswerNextWith(int status, int? retryAfterSeconds = null) => _scripted.Enqueue((status, retryAfterSeconds));

    /// <summary>Every request from now on gets this status.</summary>
    public void AlwaysAnswerWith(int status) => _always = (status, null);

    public IReadOnlyList<GraphRequest> RequestsTo(string method, string pathPrefix) =>
        Requests.Where(r => r.Method == method && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal)).ToList();

    private async Task HandleAsync(HttpContext http)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body);
        var request = new GraphRequest(
            http.Request.Method,
            http.Request.Path.Value ?? "",
            http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "",
            http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body.ToArray(),
            DateTimeOffset.UtcNow);
        _requests.Enqueue(request);

        (int Status, int? RetryAfterSeconds)? answer = _scripted.TryDequeue(out var next) ? next : _always;
        if (answer is { } scripted)
        {
            http.Response.StatusCode = scripted.Status;
            if (scripted.RetryAfterSeconds is { } seconds) http.Response.Headers.RetryAfter = seconds.ToString();
            await http.Response.WriteAsJsonAsync(new { error = new { code = "scripted", message = $"Scripted answer {scripted.Status}." } });
            return;
        }

        var path = request.Path;
        switch (request.Method)
        {
            case "GET" when CalendarView().IsMatch(path):
                await http.Response.WriteAsJsonAsync(new Dictionary<string, object> { ["value"] = Events.ToList() });
                break;
            case "GET" when GroupDrive().Match(path) is { Success: true }:
                await http.Response.WriteAsJsonAsync(new { id = GroupDriveId, driveType = "documentLibrary" });
                break;
            case "PUT" when DriveContent().Match(path) is { Success: true } content:
                var key = content.Groups["drive"].Value + "/" + content.Groups["path"].Value;
                Files[key] = request.Body;
                http.Response.StatusCode = StatusCodes.Status201Created;
                await http.Response.WriteAsJsonAsync(Item(content.Groups["drive"].Value, content.Groups["path"].Value, request.Body.Length));
                break;
            case "POST" when CreateUploadSession().Match(path) is { Success: true } create:
                var id = Guid.NewGuid().ToString("N");
                _sessions[id] = new UploadSession(create.Groups["drive"].Value, create.Groups["path"].Value);
                await http.Response.WriteAsJsonAsync(new
                {
                    uploadUrl = $"{Root}/upload/{id}",
                    expirationDateTime = DateTimeOffset.UtcNow.AddHours(1).ToString("o"),
                    nextExpectedRanges = new[] { "0-" },
                });
                break;
            case "PUT" when UploadSlice().Match(path) is { Success: true } slice && _sessions.TryGetValue(slice.Groups["id"].Value, out var session):
                await ReceiveSliceAsync(http, session, request);
                break;
            case "POST" when SendMail().IsMatch(path):
                http.Response.StatusCode = StatusCodes.Status202Accepted;
                break;
            default:
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                await http.Response.WriteAsJsonAsync(new { error = new { code = "itemNotFound", message = $"No route {request.Method} {path} in the fake." } });
                break;
        }
    }

    private async Task ReceiveSliceAsync(HttpContext http, UploadSession session, GraphRequest request)
    {
        // Content-Range: bytes {from}-{to}/{total}
        var range = ContentRange().Match(request.Headers.GetValueOrDefault("Content-Range") ?? "");
        if (!range.Success)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var from = long.Parse(range.Groups["from"].Value);
        var total = long.Parse(range.Groups["total"].Value);
        lock (session)
        {
            session.Content ??= new byte[total];
            request.Body.CopyTo(session.Content, from);
            session.Received += request.Body.Length;
            session.Slices.Add(request.Headers["Content-Range"]);
        }
        if (session.Received < total)
        {
            http.Response.StatusCode = StatusCodes.Status202Accepted;
            await http.Response.WriteAsJsonAsync(new
            {
                expirationDateTime = DateTimeOffset.UtcNow.AddHours(1).ToString("o"),
                nextExpectedRanges = new[] { $"{session.Received}-" },
            });
            return;
        }
        Files[session.DriveId + "/" + session.Path] = session.Content;
        http.Response.StatusCode = StatusCodes.Status201Created;
        await http.Response.WriteAsJsonAsync(Item(session.DriveId, session.Path, session.Content.Length));
    }

    /// <summary>The Content-Range headers of every slice of every upload session, in order.</summary>
    public IReadOnlyList<string> UploadedSlices => _sessions.Values.SelectMany(s => s.Slices).ToList();

    private object Item(string driveId, string path, int size) => new Dictionary<string, object>
    {
        ["id"] = "item-" + Math.Abs(path.GetHashCode()),
        ["name"] = path.Split('/')[^1],
        ["size"] = size,
        ["webUrl"] = WebUrlFor(driveId, path),
    };

    [GeneratedRegex("^/v1.0/users/[^/]+/calendarView$")]
    private static partial Regex CalendarView();

    [GeneratedRegex("^/v1.0/groups/[^/]+/drive$")]
    private static partial Regex GroupDrive();

    [GeneratedRegex("^/v1.0/drives/(?<drive>[^/]+)/root:/(?<path>.+):/content$")]
    private static partial Regex DriveContent();

    [GeneratedRegex("^/v1.0/drives/(?<drive>[^/]+)/root:/(?<path>.+):/createUploadSession$")]
    private static partial Regex CreateUploadSession();

    [GeneratedRegex("^/upload/(?<id>[^/]+)$")]
    private static partial Regex UploadSlice();

    [GeneratedRegex("^/v1.0/users/[^/]+/sendMail$")]
    private static partial Regex SendMail();

    [GeneratedRegex(@"^bytes (?<from>\d+)-(?<to>\d+)/(?<total>\d+)$")]
    private static partial Regex ContentRange();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class UploadSession(string driveId, string path)
    {
        public string DriveId { get; } = driveId;
        public string Path { get; } = path;
        public byte[]? Content { get; set; }
        public long Received { get; set; }
        public List<string> Slices { get; } = [];
    }
}

/// <summary>One request as the fake received it; <see cref="Path"/> is decoded, <see cref="RawTarget"/> is as sent.</summary>
public sealed record GraphRequest(
    string Method,
    string Path,
    string RawTarget,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body,
    DateTimeOffset ArrivedAt)
{
    public string Authorization => Headers.GetValueOrDefault("Authorization") ?? "";

    public JsonElement Json() => JsonDocument.Parse(Body).RootElement;
}
