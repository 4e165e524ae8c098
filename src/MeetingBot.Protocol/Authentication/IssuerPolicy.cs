namespace MeetingBot.Protocol.Authentication;

/// <summary>Which token issuers the bot trusts (protocol.md §4a step 3) and how an Entra issuer names its tenant.</summary>
internal sealed class IssuerPolicy
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    private const string StsPrefix = "https://sts.windows.net/";
    private const string LoginPrefix = "https://login.microsoftonline.com/";
    private const string LoginSuffix = "/v2.0";

    /// <summary>Microsoft's own tenants (Emulator, Bot Framework services), trusted as the Agents SDK sample does.</summary>
    internal static readonly string[] MicrosoftTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    private readonly HashSet<string> _issuers;

    public IssuerPolicy(BotAuthenticationOptions options)
    {
        _issuers = new HashSet<string>(StringComparer.Ordinal) { BotFrameworkIssuer };
        var tenants = MicrosoftTenants.AsEnumerable();
        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            tenants = tenants.Append(options.MicrosoftAppTenantId.Trim());
        }

        foreach (var tenant in tenants)
        {
            _issuers.Add(StsPrefix + tenant + "/");
            _issuers.Add(LoginPrefix + tenant + LoginSuffix);
        }

        foreach (var extra in options.ValidIssuers.Where(i => !string.IsNullOrWhiteSpace(i)))
        {
            _issuers.Add(extra.Trim());
        }
    }

    public IReadOnlyCollection<string> ValidIssuers => _issuers;

    public bool IsAllowed(string? issuer) => issuer is not null && _issuers.Contains(issuer);

    public static bool IsBotFramework(string? issuer) => string.Equals(issuer, BotFrameworkIssuer, StringComparison.Ordinal);

    /// <summary>The tenant id in an Entra issuer (<c>sts.windows.net/{tid}/</c> or <c>login.microsoftonline.com/{tid}/v2.0</c>), else null.</summary>
    public static string? TenantOf(string? issuer)
    {
        if (issuer is null)
        {
            return null;
        }

        if (issuer.StartsWith(StsPrefix, StringComparison.OrdinalIgnoreCase) && issuer.EndsWith('/'))
        {
            var tenant = issuer[StsPrefix.Length..^1];
            return tenant.Length > 0 && !tenant.Contains('/') ? tenant : null;
        }

        if (issuer.StartsWith(LoginPrefix, StringComparison.OrdinalIgnoreCase) && issuer.EndsWith(LoginSuffix, StringComparison.OrdinalIgnoreCase))
        {
            var tenant = issuer[LoginPrefix.Length..^LoginSuffix.Length];
            return tenant.Length > 0 && !tenant.Contains('/') ? tenant : null;
        }

        return null;
    }
}
