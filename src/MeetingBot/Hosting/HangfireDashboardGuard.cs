using System.Net;
using System.Security.Cryptography;
using System.Text;
using Hangfire.Dashboard;

namespace MeetingBot.Hosting;

/// <summary>Options of the Hangfire dashboard at /hangfire; bound from "Hangfire".</summary>
public sealed class HangfireDashboardOptions
{
    public const string Section = "Hangfire";

    /// <summary>
    /// When set, the dashboard is also reachable from other hosts with HTTP Basic auth (user "admin", this password).
    /// When empty, only requests from the machine itself (loopback) may open it.
    /// </summary>
    public string? DashboardPassword { get; set; }
}

/// <summary>
/// Lets loopback requests through, and others only with the configured password. Sends a Basic challenge so a
/// browser asks for it.
/// </summary>
internal sealed class HangfireDashboardGuard(string? password) : IDashboardAsyncAuthorizationFilter
{
    public Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (IsLoopback(http)) return Task.FromResult(true);
        if (string.IsNullOrEmpty(password)) return Task.FromResult(false);

        var header = http.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                var expected = Encoding.UTF8.GetBytes("admin:" + password);
                if (CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(pair), expected))
                    return Task.FromResult(true);
            }
            catch (FormatException)
            {
            }
        }
        http.Response.Headers.WWWAuthenticate = "Basic realm=\"MeetingBot scheduler\"";
        return Task.FromResult(false);
    }

    private static bool IsLoopback(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)
        && !http.Request.Headers.ContainsKey("X-Forwarded-For");
}
