using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using MeetingBot.Protocol.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.Protocol.Tests.Authentication;

/// <summary>
/// Serves Bot Framework and Entra OpenID metadata plus JWKS from a loopback Kestrel, with RSA keys made here.
/// Keys can be added while running (rotation).
/// </summary>
public sealed class OpenIdMetadataFixture : IAsyncLifetime
{
    public const string BotFrameworkKid = "bf-key-1";
    public const string EntraKid = "entra-key-1";
    public static readonly string[] Endorsements = ["msteams", "directline", "webchat"];

    private readonly ConcurrentDictionary<string, JsonObject> _botFrameworkKeys = new();
    private readonly ConcurrentDictionary<string, JsonObject> _entraKeys = new();
    private LoopbackServer? _server;
    private int _botFrameworkKeySetRequests;

    public RSA BotFrameworkKey { get; } = RSA.Create(2048);
    public RSA EntraKey { get; } = RSA.Create(2048);
    /// <summary>Published nowhere: signs forgeries.</summary>
    public RSA ForgerKey { get; } = RSA.Create(2048);

    public string BotFrameworkMetadataUrl => $"{Base}botframework/.well-known/openidconfiguration";
    public string EntraMetadataUrlTemplate => $"{Base}{{tenant}}/v2.0/.well-known/openid-configuration";

    private Uri Base => _server?.BaseAddress ?? throw new InvalidOperationException("The metadata server is not running.");

    /// <summary>How often the Bot Framework JWKS was fetched.</summary>
    public int BotFrameworkKeySetRequests => Volatile.Read(ref _botFrameworkKeySetRequests);

    public void AddBotFrameworkKey(string kid, RSA key, params string[] endorsements) => _botFrameworkKeys[kid] = Jwk(kid, key, endorsements);

    public async Task InitializeAsync()
    {
        AddBotFrameworkKey(BotFrameworkKid, BotFrameworkKey, Endorsements);
        _entraKeys[EntraKid] = Jwk(EntraKid, EntraKey, []);

        _server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/botframework/.well-known/openidconfiguration", () => Results.Text(
                Metadata("https://api.botframework.com", $"{Base}botframework/keys"), "application/json"));
            app.MapGet("/botframework/keys", () =>
            {
                Interlocked.Increment(ref _botFrameworkKeySetRequests);
                return Results.Text(KeySet(_botFrameworkKeys), "application/json");
            });
            app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Text(
                Metadata($"https://login.microsoftonline.com/{tenant}/v2.0", $"{Base}entra/keys"), "application/json"));
            app.MapGet("/entra/keys", () => Results.Text(KeySet(_entraKeys), "application/json"));
        });
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        BotFrameworkKey.Dispose();
        EntraKey.Dispose();
        ForgerKey.Dispose();
    }

    private static string Metadata(string issuer, string jwksUri) => new JsonObject
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = jwksUri,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    }.ToJsonString();

    private static string KeySet(ConcurrentDictionary<string, JsonObject> keys) =>
        new JsonObject { ["keys"] = new JsonArray(keys.Values.Select(k => (JsonNode)k.DeepClone()).ToArray()) }.ToJsonString();

    private static JsonObject Jwk(string kid, RSA key, string[] endorsements)
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements.Length > 0)
        {
            jwk["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)JsonValue.Create(e)).ToArray());
        }

        return jwk;
    }
}
