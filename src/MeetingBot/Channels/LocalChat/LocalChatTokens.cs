namespace MeetingBot.Channels.LocalChat;

/// <summary>
/// Direct Line tokens of the local channel: random and opaque, each bound to one conversation, valid for
/// <see cref="LocalChatDefaults.TokenLifetime"/>. In memory and bounded: the oldest are forgotten first.
/// </summary>
internal sealed class LocalChatTokens(TimeProvider time)
{
    private const int MaxTokens = 10_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);
    private readonly Queue<IssuedToken> _byAge = new();

    public IssuedToken Issue(string conversationId)
    {
        var now = time.GetUtcNow();
        var token = new IssuedToken(
            LocalChatIds.NewSecret(),
            conversationId,
            now + LocalChatDefaults.TokenLifetime);
        lock (_gate)
        {
            while (_byAge.Count > 0 && (_byAge.Peek().ExpiresAt <= now || _byAge.Count >= MaxTokens))
            {
                _tokens.Remove(_byAge.Dequeue().Value);
            }

            _tokens[token.Value] = token;
            _byAge.Enqueue(token);
        }

        return token;
    }

    /// <summary>Reads the bearer token of a request and checks it, optionally against a conversation.</summary>
    public TokenCheck Check(string? authorizationHeader, string? conversationId = null)
    {
        const string scheme = "Bearer ";
        if (authorizationHeader is null
            || !authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            || authorizationHeader.Length == scheme.Length)
        {
            return new TokenCheck(TokenStatus.Missing, null);
        }

        IssuedToken? token;
        lock (_gate)
        {
            _tokens.TryGetValue(authorizationHeader[scheme.Length..].Trim(), out token);
        }

        return token switch
        {
            null => new TokenCheck(TokenStatus.Unknown, null),
            _ when token.ExpiresAt <= time.GetUtcNow() => new TokenCheck(TokenStatus.Expired, token),
            _ when conversationId is not null && !string.Equals(token.ConversationId, conversationId, StringComparison.Ordinal)
                => new TokenCheck(TokenStatus.OtherConversation, token),
            _ => new TokenCheck(TokenStatus.Valid, token),
        };
    }

    public int SecondsLeft(IssuedToken token) =>
        Math.Max(0, (int)Math.Ceiling((token.ExpiresAt - time.GetUtcNow()).TotalSeconds));
}

internal sealed record IssuedToken(string Value, string ConversationId, DateTimeOffset ExpiresAt);

internal enum TokenStatus
{
    Valid,
    Missing,
    Unknown,
    Expired,
    OtherConversation,
}

internal readonly record struct TokenCheck(TokenStatus Status, IssuedToken? Token);
