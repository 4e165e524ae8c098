namespace MeetingBot.Protocol.Authentication;

/// <summary>The values of <c>MicrosoftAppType</c>, spelled as Azure Bot Service names them.</summary>
public static class BotAppTypes
{
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";
    /// <summary>Legacy: new Azure bots cannot be multi-tenant since 2025-07-31.</summary>
    public const string MultiTenant = "MultiTenant";

    public static bool IsKnown(string? appType) =>
        Is(appType, SingleTenant) || Is(appType, UserAssignedMsi) || Is(appType, MultiTenant);

    public static bool Is(string? appType, string expected) =>
        string.Equals(appType, expected, StringComparison.OrdinalIgnoreCase);
}
