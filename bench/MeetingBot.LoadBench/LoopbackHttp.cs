namespace MeetingBot.LoadBench;

/// <summary>One pooled HttpClient shape for the driver and the baseline: many connections, no proxy, recycled sockets.</summary>
public static class LoopbackHttp
{
    public static HttpClient CreateClient() => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 1024,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        UseProxy = false,
        AllowAutoRedirect = false,
        UseCookies = false,
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };
}
