using System.ComponentModel.DataAnnotations;

namespace MeetingBot.Infrastructure.Graph;

/// <summary>
/// Microsoft Graph for the minutes, bound from the "Graph" section. Each part is on only when its section is set:
/// <see cref="Invitations"/> (who was invited), <see cref="Archive"/> (upload the Word file), <see cref="Mail"/> (send
/// the approved minutes). With none set the bot runs without Graph. App-only credentials: a client secret
/// (<see cref="TenantId"/>, <see cref="ClientId"/>, <see cref="ClientSecret"/>) or a managed identity.
/// </summary>
public sealed class GraphOptions : IValidatableObject
{
    public const string Section = "Graph";
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>Directory (tenant) id of the app registration; with <see cref="ClientSecret"/>.</summary>
    public string? TenantId { get; set; }

    /// <summary>Application (client) id of the app registration; with <see cref="ClientSecret"/>.</summary>
    public string? ClientId { get; set; }

    /// <summary>Client secret of the app registration. Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Client id of a user-assigned managed identity, instead of a client secret.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Use the host's system-assigned managed identity, instead of a client secret.</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>Graph's root, version included; settable for national clouds and for tests on loopback.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Entra authority for the client secret (e.g. https://login.microsoftonline.us); default the public cloud.</summary>
    public string? AuthorityHost { get; set; }

    /// <summary>Retries of a request Graph answered 429, 503 (or 504 to a GET/PUT), before the call fails.</summary>
    [Range(0, 10, ErrorMessage = "Graph:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay in seconds, doubled at each retry; a Retry-After from Graph takes precedence.</summary>
    [Range(0, 180, ErrorMessage = "Graph:RetryDelaySeconds must be between 0 and 180.")]
    public int RetryDelaySeconds { get; set; } = 3;

    public GraphInvitationsOptions Invitations { get; set; } = new();
    public GraphArchiveOptions Archive { get; set; } = new();
    public GraphMailOptions Mail { get; set; } = new();

    public bool AnyPartOn => Invitations.IsOn || Archive.IsOn || Mail.IsOn;

    public bool UsesClientSecret => Has(ClientSecret);

    public bool UsesManagedIdentity => UseManagedIdentity || Has(ManagedIdentityClientId);

    /// <summary>The settings that switch Graph on, for messages ("Graph:Mail:Sender, …").</summary>
    public IEnumerable<string> PartsOnSettings()
    {
        if (Invitations.IsOn) yield return "Graph:Invitations:Mailbox";
        if (Archive.IsOn) yield return Has(Archive.GroupId) ? "Graph:Archive:GroupId" : "Graph:Archive:DriveId";
        if (Mail.IsOn) yield return "Graph:Mail:Sender";
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var problem in ValidateConnection().Concat(Invitations.Validate()).Concat(Archive.Validate()).Concat(Mail.Validate()))
            yield return new ValidationResult(problem);
    }

    private IEnumerable<string> ValidateConnection()
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var baseUri)
            || !(baseUri.Scheme == Uri.UriSchemeHttps || (baseUri.Scheme == Uri.UriSchemeHttp && baseUri.IsLoopback)))
            yield return $"Graph:BaseUrl must be an absolute https address such as {DefaultBaseUrl} (plain http only on loopback, for tests).";
        if (Has(AuthorityHost) && !(Uri.TryCreate(AuthorityHost, UriKind.Absolute, out var authority) && authority.Scheme == Uri.UriSchemeHttps))
            yield return "Graph:AuthorityHost must be an absolute https address such as https://login.microsoftonline.com, or be left out.";

        if (UsesClientSecret && UsesManagedIdentity)
            yield return "Graph:ClientSecret and a managed identity (Graph:ManagedIdentityClientId or Graph:UseManagedIdentity) are both set: keep one of them.";
        if (UsesClientSecret && !Has(TenantId))
            yield return "Graph:ClientSecret is set but Graph:TenantId is empty: set it to the directory (tenant) id of the app registration.";
        if (UsesClientSecret && !Has(ClientId))
            yield return "Graph:ClientSecret is set but Graph:ClientId is empty: set it to the application (client) id of the app registration.";
        if (Has(ManagedIdentityClientId) && !Guid.TryParse(ManagedIdentityClientId, out _))
            yield return "Graph:ManagedIdentityClientId must be the client id (a GUID) of the user-assigned managed identity.";
    }

    internal static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);

    /// <summary>A mailbox given as an address (meetings@alliance.org) or as a user's object id.</summary>
    internal static bool IsMailboxOrUserId(string value) => Guid.TryParse(value, out _) || IsEmailAddress(value);

    internal static bool IsEmailAddress(string value) =>
        System.Net.Mail.MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim() && address.Host.Contains('.');
}

/// <summary>(a) "Graph:Invitations": whose calendar holds the alliance's meetings.</summary>
public sealed class GraphInvitationsOptions
{
    /// <summary>The mailbox (address or user id) whose calendar has the meeting events; sets the part on.</summary>
    public string? Mailbox { get; set; }

    public bool IsOn => GraphOptions.Has(Mailbox);

    internal IEnumerable<string> Validate()
    {
        if (IsOn && !GraphOptions.IsMailboxOrUserId(Mailbox!))
            yield return $"Graph:Invitations:Mailbox is '{Mailbox}', which is neither a mailbox address (meetings@alliance.org) nor a user id (GUID).";
    }
}

/// <summary>(b) "Graph:Archive": the team's document library and the folder the Word files go to.</summary>
public sealed class GraphArchiveOptions
{
    public const string DefaultFolder = "Minutes";
    private static readonly char[] ForbiddenInFolder = ['"', '*', ':', '<', '>', '?', '\\', '|', '#', '%'];

    /// <summary>The team's Microsoft 365 group id; its default document library is used. Sets the part on.</summary>
    public string? GroupId { get; set; }

    /// <summary>A document library's drive id, instead of <see cref="GroupId"/>. Sets the part on.</summary>
    public string? DriveId { get; set; }

    /// <summary>Folder in the library, "/" between levels; default "Minutes". Created by the first upload.</summary>
    public string? Folder { get; set; }

    public bool IsOn => GraphOptions.Has(GroupId) || GraphOptions.Has(DriveId);

    /// <summary>The folder path without leading or trailing '/'.</summary>
    public string FolderPath => GraphOptions.Has(Folder) ? Folder!.Trim().Trim('/') : DefaultFolder;

    internal IEnumerable<string> Validate()
    {
        if (GraphOptions.Has(GroupId) && GraphOptions.Has(DriveId))
            yield return "Graph:Archive:GroupId and Graph:Archive:DriveId are both set: keep one of them.";
        // The default folder written out (as appsettings.sample.json does) is not a half-configured part.
        if (!IsOn && GraphOptions.Has(Folder) && FolderPath != DefaultFolder)
            yield return "Graph:Archive:Folder is set but neither Graph:Archive:GroupId nor Graph:Archive:DriveId is: set one of them to archive the minutes, or remove Graph:Archive:Folder.";
        if (GraphOptions.Has(GroupId) && !Guid.TryParse(GroupId, out _))
            yield return $"Graph:Archive:GroupId is '{GroupId}', which is not a Microsoft 365 group id (a GUID, shown in the Entra admin centre under Groups).";
        if (IsOn && (FolderPath.Length == 0 || FolderPath.IndexOfAny(ForbiddenInFolder) >= 0 || FolderPath.Split('/').Any(s => s.Trim().Length == 0 || s != s.Trim())))
            yield return $"Graph:Archive:Folder is '{Folder}', which is not a folder path: use names such as Minutes or Minutes/2026, without \" * : < > ? \\ | # %.";
    }
}

/// <summary>(c) "Graph:Mail": who sends the approved minutes, and to which distribution list.</summary>
public sealed class GraphMailOptions
{
    private static readonly char[] Separators = [';', ','];

    /// <summary>The mailbox (address or user id) the minutes are sent as; sets the part on with <see cref="To"/>.</summary>
    public string? Sender { get; set; }

    /// <summary>The distribution list's address; several separated by ';' or ','.</summary>
    public string? To { get; set; }

    public bool IsOn => GraphOptions.Has(Sender) && GraphOptions.Has(To);

    /// <summary>The addresses of <see cref="To"/>, trimmed, each once.</summary>
    public IReadOnlyList<string> Recipients =>
        (To ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    internal IEnumerable<string> Validate()
    {
        if (GraphOptions.Has(Sender) && !GraphOptions.Has(To))
            yield return "Graph:Mail:Sender is set but Graph:Mail:To is empty: set it to the distribution list's address (several separated by ;), or remove Graph:Mail:Sender.";
        if (GraphOptions.Has(To) && !GraphOptions.Has(Sender))
            yield return "Graph:Mail:To is set but Graph:Mail:Sender is empty: set it to the mailbox the minutes are sent from, or remove Graph:Mail:To.";
        if (GraphOptions.Has(Sender) && !GraphOptions.IsMailboxOrUserId(Sender!))
            yield return $"Graph:Mail:Sender is '{Sender}', which is neither a mailbox address (secretariat@alliance.org) nor a user id (GUID).";
        if (GraphOptions.Has(To))
        {
            var recipients = Recipients;
            if (recipients.Count == 0)
                yield return "Graph:Mail:To has no address: set it to the distribution list's address.";
            foreach (var address in recipients.Where(a => !GraphOptions.IsEmailAddress(a)))
                yield return $"Graph:Mail:To has '{address}', which is not an e-mail address.";
        }
    }
}
