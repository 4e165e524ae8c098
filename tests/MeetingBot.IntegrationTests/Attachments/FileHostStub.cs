using System.Collections.Concurrent;
using MeetingBot.Protocol.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.IntegrationTests.Attachments;

/// <summary>A request the stub saw: its path and the Authorization header it carried ("" when none).</summary>
internal sealed record StubRequest(string Path, string Authorization);

/// <summary>
/// A file host on http://127.0.0.1 (SharePoint, files.slack.com, a connector's attachment store, as tests need):
/// records every request, and answers each path with what the test put there.
/// </summary>
internal sealed class FileHostStub : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<StubRequest> _requests = new();
    private LoopbackServer? _server;

    public IReadOnlyList<StubRequest> Requests => _requests.ToArray();

    /// <summary>Body bytes the stub managed to write for the streamed answers (<see cref="ServeSlowly"/>, <see cref="ServeEndlessly"/>).</summary>
    public long BodyBytesWritten => Interlocked.Read(ref _bodyBytesWritten);
    private long _bodyBytesWritten;

    /// <summary>Set when the client went away before the stub finished a streamed answer.</summary>
    public TaskCompletionSource ClientLeft { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<FileHostStub> StartAsync()
    {
        var stub = new FileHostStub();
        stub._server = await LoopbackServer.StartAsync(app => app.Map("/{**path}", stub.HandleAsync));
        return stub;
    }

    public string Url(string path) => new Uri(_server!.BaseAddress, path.TrimStart('/')).ToString();

    public void Serve(string path, byte[] content, string contentType = "text/plain; charset=utf-8") =>
        _answers["/" + path.TrimStart('/')] = async http =>
        {
            http.Response.ContentType = contentType;
            http.Response.ContentLength = content.Length;
            await http.Response.Body.WriteAsync(content);
        };

    public void Answer(string path, Func<HttpContext, Task> answer) => _answers["/" + path.TrimStart('/')] = answer;

    /// <summary>
    /// Announces <paramref name="length"/> bytes, sends the headers, then waits (up to 10 s) before writing the body: a
    /// reader that decides from Content-Length leaves before a byte of it is written.
    /// </summary>
    public void ServeSlowly(string path, long length) =>
        _answers["/" + path.TrimStart('/')] = async http =>
        {
            http.Response.ContentType = "text/plain";
            http.Response.ContentLength = length;
            await http.Response.StartAsync();
            await http.Response.Body.FlushAsync();
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(10), http.RequestAborted);
                await WriteAsync(http, length);
            }
            catch (OperationCanceledException)
            {
                ClientLeft.TrySetResult();
            }
        };

    /// <summary>Streams up to <paramref name="length"/> bytes of text without a Content-Length (chunked), as fast as the reader takes them.</summary>
    public void ServeEndlessly(string path, long length) =>
        _answers["/" + path.TrimStart('/')] = async http =>
        {
            http.Response.ContentType = "text/plain";
            try
            {
                await WriteAsync(http, length);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or ConnectionAbortedException)
            {
                ClientLeft.TrySetResult();
            }
        };

    private async Task WriteAsync(HttpContext http, long length)
    {
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'a');
        for (long sent = 0; sent < length; sent += chunk.Length)
        {
            var size = (int)Math.Min(chunk.Length, length - sent);
            await http.Response.Body.WriteAsync(chunk.AsMemory(0, size), http.RequestAborted);
            await http.Response.Body.FlushAsync(http.RequestAborted);
            Interlocked.Add(ref _bodyBytesWritten, size);
            // Kestrel drops writes to a closed connection without an error, and learns of the close a moment later:
            // pace the writes so the stub is still writing when it does.
            await Task.Delay(TimeSpan.FromMilliseconds(2), http.RequestAborted);
        }
    }

    private async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        _requests.Enqueue(new StubRequest(path, http.Request.Headers.Authorization.ToString()));
        if (_answers.TryGetValue(path, out var answer)) await answer(http);
        else http.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
