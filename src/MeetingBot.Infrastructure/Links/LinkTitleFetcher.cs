using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using MeetingBot.Conversations.Features.InMeeting;
using MeetingBot.Domain.InMeeting;
using MeetingBot.Domain.Meetings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.Infrastructure.Links;

/// <summary>A page's title, or why there is none.</summary>
public sealed record TitleFetchResult(string? Title, string? Problem)
{
    public static TitleFetchResult Refused(string problem) => new(null, problem);
}

/// <summary>Thrown by the connection step when a host resolves to an address the policy refuses.</summary>
public sealed class AddressNotAllowedException(string host, IPAddress address)
    : IOException($"{host} resolves to {address}, which is not a public address.")
{
    public IPAddress Address { get; } = address;
}

/// <summary>
/// Fetches the &lt;title&gt; of a shared page, guarded against server-side request forgery: every connection (the first
/// and each redirect hop, followed by hand) resolves the host itself and refuses, before connecting, any address the
/// <see cref="IAddressPolicy"/> rejects; the address actually connected is checked again. No proxy, no cookies, short
/// timeouts, at most <see cref="InMeetingOptions.LinkTitleMaxBytes"/> read, HTML only.
/// </summary>
public sealed partial class LinkTitleFetcher(HttpClient client, IOptions<InMeetingOptions> options, ILogger<LinkTitleFetcher> logger)
{
    public const int MaxRedirects = 3;

    /// <summary>The handler every fetch goes through; <paramref name="policy"/> decides which addresses it may reach.</summary>
    public static SocketsHttpHandler CreateHandler(IAddressPolicy policy, TimeSpan timeout) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        ConnectTimeout = timeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
        MaxResponseHeadersLength = 64,
        ConnectCallback = (context, cancellationToken) => ConnectAsync(policy, context.DnsEndPoint, cancellationToken),
    };

    public async Task<TitleFetchResult> FetchAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return TitleFetchResult.Refused("not an absolute address");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.LinkTitleTimeout);
        try
        {
            for (var hop = 0; hop <= MaxRedirects; hop++)
            {
                if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                {
                    return TitleFetchResult.Refused($"{uri.Scheme} links are not fetched");
                }

                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
                request.Headers.UserAgent.Add(new ProductInfoHeaderValue("MeetingBot", "1.0"));
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    uri = location.IsAbsoluteUri ? location : new Uri(uri, location);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    return TitleFetchResult.Refused($"the page answered {(int)response.StatusCode}");
                }

                if (response.Content.Headers.ContentType?.MediaType is not ("text/html" or "application/xhtml+xml"))
                {
                    return TitleFetchResult.Refused("not an HTML page");
                }

                var html = await ReadCappedAsync(response.Content, options.Value.LinkTitleMaxBytes, timeout.Token);
                return TitleOf(html) is { } title ? new TitleFetchResult(title, null) : TitleFetchResult.Refused("the page has no title");
            }

            return TitleFetchResult.Refused($"more than {MaxRedirects} redirects");
        }
        catch (HttpRequestException ex) when (FindRefusal(ex) is { } refusal)
        {
            LogRefused(logger, refusal.Address.ToString());
            return TitleFetchResult.Refused($"not a public address ({refusal.Address})");
        }
        catch (AddressNotAllowedException refusal)
        {
            LogRefused(logger, refusal.Address.ToString());
            return TitleFetchResult.Refused($"not a public address ({refusal.Address})");
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or SocketException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return TitleFetchResult.Refused(ex is OperationCanceledException ? "timed out" : "could not be reached");
        }
    }

    /// <summary>The text of the first &lt;title&gt;, decoded, cleaned and cut to <see cref="SharedLink.MaxTitleLength"/>.</summary>
    public static string? TitleOf(string html)
    {
        var match = TitleElement().Match(html);
        if (!match.Success)
        {
            return null;
        }

        var title = PlainText.Clean(WebUtility.HtmlDecode(match.Groups["title"].Value));
        if (title.Length == 0)
        {
            return null;
        }

        return title.Length <= SharedLink.MaxTitleLength ? title : title[..(SharedLink.MaxTitleLength - 1)] + "…";
    }

    private static async ValueTask<Stream> ConnectAsync(IAddressPolicy policy, DnsEndPoint endPoint, CancellationToken cancellationToken)
    {
        var host = endPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new IOException($"{host} has no address.");
        }

        // One refused answer refuses the host: a name that resolves to a public and a private address is a trick.
        foreach (var address in addresses)
        {
            if (!policy.Allows(address, endPoint.Port)) throw new AddressNotAllowedException(host, address);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, cancellationToken);
            if (socket.RemoteEndPoint is IPEndPoint connected)
            {
                var address = connected.Address.IsIPv4MappedToIPv6 ? connected.Address.MapToIPv4() : connected.Address;
                if (!policy.Allows(address, connected.Port)) throw new AddressNotAllowedException(host, address);
            }

            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async Task<string> ReadCappedAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[maxBytes];
        var read = 0;
        while (read < maxBytes)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read, maxBytes - read), cancellationToken);
            if (n == 0) break;
            read += n;
        }

        var encoding = content.Headers.ContentType?.CharSet is { Length: > 0 } charset ? TryEncoding(charset.Trim('"')) : null;
        return (encoding ?? Encoding.UTF8).GetString(buffer, 0, read);
    }

    private static Encoding? TryEncoding(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static AddressNotAllowedException? FindRefusal(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is AddressNotAllowedException refusal) return refusal;
        }

        return null;
    }

    [GeneratedRegex(@"<title\b[^>]*>(?<title>[^<]{0,2000})</title\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleElement();

    [LoggerMessage(Level = LogLevel.Information, Message = "Did not fetch a link title: the host resolves to {Address}, which is not public")]
    private static partial void LogRefused(ILogger logger, string address);
}
