using System.Globalization;

namespace MeetingBot.Protocol.Connector;

/// <summary>
/// Builds connector URLs: the stored serviceUrl may or may not end in '/', and Teams ids contain ':' ';' '@' '=',
/// so every id is escaped as one path segment.
/// </summary>
internal static class ConnectorUrls
{
    public static Uri Conversations(string serviceUrl) => Build(serviceUrl, "v3/conversations");

    public static Uri Activities(string serviceUrl, string conversationId) =>
        Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities");

    public static Uri Activity(string serviceUrl, string conversationId, string activityId) =>
        Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}");

    public static Uri Member(string serviceUrl, string conversationId, string memberId) =>
        Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}");

    public static Uri PagedMembers(string serviceUrl, string conversationId, int? pageSize, string? continuationToken)
    {
        var query = new List<string>(2);
        if (pageSize is { } size)
        {
            query.Add("pageSize=" + size.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add("continuationToken=" + Uri.EscapeDataString(continuationToken));
        }

        var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers";
        return Build(serviceUrl, query.Count == 0 ? path : path + "?" + string.Join('&', query));
    }

    private static string Escape(string id) => Uri.EscapeDataString(id);

    private static Uri Build(string serviceUrl, string relative)
    {
        if (!Uri.TryCreate(serviceUrl?.Trim(), UriKind.Absolute, out var baseUri)
            || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(baseUri.Query))
        {
            throw new ArgumentException("The serviceUrl must be an absolute http(s) URL without a query.", nameof(serviceUrl));
        }

        return new Uri(baseUri.AbsoluteUri.TrimEnd('/') + "/" + relative, UriKind.Absolute);
    }
}
