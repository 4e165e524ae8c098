namespace MeetingBot.Protocol.Authentication;

/// <summary>
/// Which <c>serviceUrl</c>s the bot trusts: replies carry the bot's token there, so a forged serviceUrl could steal it
/// (protocol.md §4a step 4). Https only, except loopback hosts that are explicitly allowed (tests, local tools).
/// </summary>
public sealed class ServiceUrlPolicy
{
    private readonly string[] _exactHosts;
    private readonly string[] _suffixes;

    public ServiceUrlPolicy(IEnumerable<string> allowedHosts)
    {
        var hosts = allowedHosts.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim().TrimEnd('.')).ToList();
        _exactHosts = hosts.Where(h => !h.StartsWith("*.", StringComparison.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _suffixes = hosts.Where(h => h.StartsWith("*.", StringComparison.Ordinal)).Select(h => h[1..]).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    public bool IsAllowed(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && IsAllowed(uri);

    public bool IsAllowed(Uri uri)
    {
        var schemeOk = uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
        if (!schemeOk || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return false;
        }

        var host = uri.IdnHost.TrimEnd('.');
        return _exactHosts.Any(h => string.Equals(h, host, StringComparison.OrdinalIgnoreCase))
            || _suffixes.Any(s => host.Length > s.Length && host.EndsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Same service URL, ignoring case and a trailing slash.</summary>
    public static bool AreSame(string? left, string? right) =>
        left is not null && right is not null
        && string.Equals(left.Trim().TrimEnd('/'), right.Trim().TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
