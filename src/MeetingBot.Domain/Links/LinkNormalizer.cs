using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MeetingBot.Domain.Links;

/// <summary>Why a candidate is not kept as a link.</summary>
public enum LinkRefusal
{
    None,

    /// <summary>No scheme, or not the shape of a web address.</summary>
    Unreadable,

    /// <summary>Anything but http and https: <c>javascript:</c>, <c>data:</c>, <c>file:</c>, <c>mailto:</c>, <c>ftp:</c>…</summary>
    SchemeNotAllowed,

    /// <summary>Longer than <see cref="LinkNormalizer.MaxLength"/> characters.</summary>
    TooLong,
}

/// <summary>
/// One form per web address, so the same link shared twice is kept once: scheme and host lower-cased, default ports,
/// credentials and tracking parameters dropped, an empty path written "/", everything else (path case, other
/// parameters and their order, the fragment) kept as shared.
/// </summary>
/// <remarks>
/// Hosts: an internationalised host is kept readable ("bücher.de", whether shared so or as "xn--bcher-kva.de"), unless a
/// label mixes Latin with Cyrillic or Greek letters, the classic look-alike trick: then it stays in its ASCII form
/// ("xn--…") so nobody mistakes it for the real site. "user:password@" is dropped: it is a credential, and
/// "https://trusted.org@evil.example/" hides the real host.
/// </remarks>
public static partial class LinkNormalizer
{
    public const int MaxLength = 2048;

    /// <summary>Parameters that only say where a click came from. Names starting with "utm_" go as well.</summary>
    public static readonly IReadOnlySet<string> TrackingParameters = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid",
        "twclid", "ttclid", "li_fat_id", "_hsenc", "_hsmi", "mkt_tok", "vero_id", "vero_conv", "oly_anon_id",
        "oly_enc_id", "rb_clickid", "s_cid", "_ga", "_gl", "wickedid",
    };

    private static readonly IdnMapping Idn = new() { AllowUnassigned = false, UseStd3AsciiRules = false };

    /// <summary>The normalised link, or null with the reason in <paramref name="refusal"/>.</summary>
    public static string? Normalize(string? candidate, out LinkRefusal refusal)
    {
        refusal = LinkRefusal.Unreadable;
        var text = candidate?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Length > MaxLength)
        {
            refusal = LinkRefusal.TooLong;
            return null;
        }

        if (text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            text = "http://" + text;
        }

        var scheme = Scheme().Match(text);
        if (!scheme.Success)
        {
            return null;
        }

        var schemeName = scheme.Groups["scheme"].Value.ToLowerInvariant();
        if (schemeName is not ("http" or "https"))
        {
            refusal = LinkRefusal.SchemeNotAllowed;
            return null;
        }

        if (text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) || !text.AsSpan(scheme.Length).StartsWith("//"))
        {
            return null;
        }

        var afterSlashes = text[(scheme.Length + 2)..];
        var authorityEnd = afterSlashes.IndexOfAny(['/', '?', '#', '\\']);
        var authority = authorityEnd < 0 ? afterSlashes : afterSlashes[..authorityEnd];
        var rest = authorityEnd < 0 ? "" : afterSlashes[authorityEnd..];
        if (rest.StartsWith('\\'))
        {
            return null;
        }

        // Credentials go; the host is what follows the last "@".
        var at = authority.LastIndexOf('@');
        var hostPort = at < 0 ? authority : authority[(at + 1)..];
        if (!TrySplitHostPort(hostPort, out var host, out var port) || Host(host) is not { } normalizedHost)
        {
            return null;
        }

        var defaultPort = schemeName == "http" ? 80 : 443;
        var result = new StringBuilder(text.Length);
        result.Append(schemeName).Append("://").Append(normalizedHost);
        if (port is { } p && p != defaultPort)
        {
            result.Append(':').Append(p.ToString(CultureInfo.InvariantCulture));
        }

        var fragmentStart = rest.IndexOf('#');
        var fragment = fragmentStart < 0 ? "" : rest[fragmentStart..];
        var beforeFragment = fragmentStart < 0 ? rest : rest[..fragmentStart];
        var queryStart = beforeFragment.IndexOf('?');
        var path = queryStart < 0 ? beforeFragment : beforeFragment[..queryStart];
        var query = queryStart < 0 ? "" : beforeFragment[(queryStart + 1)..];

        result.Append(path.Length == 0 ? "/" : path);
        var keptQuery = WithoutTracking(query);
        if (keptQuery.Length > 0)
        {
            result.Append('?').Append(keptQuery);
        }

        if (fragment.Length > 1)
        {
            result.Append(fragment);
        }

        var normalized = result.ToString();
        if (normalized.Length > MaxLength)
        {
            refusal = LinkRefusal.TooLong;
            return null;
        }

        if (!Uri.TryCreate(normalized, UriKind.Absolute, out _))
        {
            return null;
        }

        refusal = LinkRefusal.None;
        return normalized;
    }

    /// <summary>True when the parameter only tracks where a click came from.</summary>
    public static bool IsTrackingParameter(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);

    private static string WithoutTracking(string query)
    {
        if (query.Length == 0)
        {
            return "";
        }

        var kept = new List<string>();
        foreach (var pair in query.Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var name = pair.Split('=', 2)[0];
            string decoded;
            try
            {
                decoded = Uri.UnescapeDataString(name.Replace('+', ' '));
            }
            catch (UriFormatException)
            {
                decoded = name;
            }

            if (!IsTrackingParameter(decoded.Trim()))
            {
                kept.Add(pair);
            }
        }

        return string.Join('&', kept);
    }

    private static bool TrySplitHostPort(string hostPort, out string host, out int? port)
    {
        host = hostPort;
        port = null;
        string? portText = null;
        if (hostPort.StartsWith('['))
        {
            var close = hostPort.IndexOf(']');
            if (close < 0)
            {
                return false;
            }

            host = hostPort[..(close + 1)];
            var after = hostPort[(close + 1)..];
            if (after.Length > 0)
            {
                if (after[0] != ':')
                {
                    return false;
                }

                portText = after[1..];
            }
        }
        else
        {
            var colon = hostPort.LastIndexOf(':');
            if (colon >= 0)
            {
                host = hostPort[..colon];
                portText = hostPort[(colon + 1)..];
            }
        }

        if (portText is { Length: > 0 })
        {
            if (portText.Length > 5 || !portText.All(char.IsAsciiDigit) || !int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 65535)
            {
                return false;
            }

            port = number;
        }

        return host.Length > 0;
    }

    /// <summary>The host lower-cased and in one form (see the remarks); null when it is not a valid host name or address.</summary>
    private static string? Host(string host)
    {
        if (host.StartsWith('['))
        {
            return Uri.CheckHostName(host.Trim('[', ']')) == UriHostNameType.IPv6 ? host.ToLowerInvariant() : null;
        }

        var name = host.TrimEnd('.');
        if (name.Length == 0 || name.Contains('%'))
        {
            return null;
        }

        string ascii;
        try
        {
            ascii = Idn.GetAscii(name.Normalize(NormalizationForm.FormC)).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (Uri.CheckHostName(ascii) is not (UriHostNameType.Dns or UriHostNameType.IPv4))
        {
            return null;
        }

        if (!ascii.Contains("xn--", StringComparison.Ordinal))
        {
            return ascii;
        }

        var unicode = Idn.GetUnicode(ascii).ToLowerInvariant();
        return unicode.Split('.').Any(MixesLookAlikeScripts) ? ascii : unicode;
    }

    /// <summary>A label with Latin letters and Cyrillic or Greek ones ("аpple" with a Cyrillic "а").</summary>
    private static bool MixesLookAlikeScripts(string label)
    {
        bool latin = false, other = false;
        foreach (var c in label)
        {
            if (c is >= 'a' and <= 'z' || c is >= '\u00C0' and <= '\u024F') latin = true;
            else if (c is >= '\u0370' and <= '\u03FF' || c is >= '\u0400' and <= '\u052F') other = true;
        }

        return latin && other;
    }

    [GeneratedRegex(@"^(?<scheme>[a-zA-Z][a-zA-Z0-9+.\-]*):", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();
}
