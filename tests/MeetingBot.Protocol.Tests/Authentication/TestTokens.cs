using System.Security.Cryptography;
using MeetingBot.Protocol.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.Protocol.Tests.Authentication;

/// <summary>What goes into a test token; each case changes one thing of a valid Bot Framework token.</summary>
internal sealed record TokenSpec(RSA Key, string Kid)
{
    public string Issuer { get; init; } = "https://api.botframework.com";
    public string Audience { get; init; } = TestConfiguration.AppId;
    public DateTime NotBefore { get; init; } = DateTime.UtcNow.AddMinutes(-5);
    public DateTime Expires { get; init; } = DateTime.UtcNow.AddMinutes(55);
    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;
    public Dictionary<string, object> Claims { get; init; } = new() { ["serviceurl"] = TestTokens.ServiceUrl };

    public string Create() => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        IssuedAt = NotBefore,
        NotBefore = NotBefore,
        Expires = Expires,
        Claims = Claims,
        SigningCredentials = new SigningCredentials(new RsaSecurityKey(Key) { KeyId = Kid }, Algorithm),
    });
}

internal static class TestTokens
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
}
