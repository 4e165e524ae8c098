using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MeetingBot.Channels.LocalChat;

/// <summary>
/// Ids of the local channel, derived from names: member <c>local-{slug}</c>, 1:1 conversation
/// <c>local-dm-{slug}</c>, activity <c>{conversationId}|0000042</c> (the Direct Line form).
/// </summary>
public static class LocalChatIds
{
    public const int MaxNameLength = 80;
    public const int MaxIdLength = 64;
    private const int MaxSlugLength = 40;

    /// <summary>"Anna Álvarez" → "anna-alvarez". Names without Latin letters or digits get a stable hash.</summary>
    public static string Slug(string name)
    {
        var builder = new StringBuilder(MaxSlugLength);
        var pendingDash = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c))
            {
                pendingDash = builder.Length > 0;
                continue;
            }

            if (builder.Length >= MaxSlugLength - 1)
            {
                break;
            }

            if (pendingDash)
            {
                builder.Append('-');
                pendingDash = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        if (builder.Length > 0)
        {
            return builder.ToString();
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name.Trim()));
        return "u" + Convert.ToHexStringLower(hash)[..10];
    }

    public static string MemberId(string name) => LocalChatDefaults.MemberIdPrefix + Slug(name);

    /// <summary>The 1:1 conversation of a user id, e.g. <c>local-anna-alvarez</c> → <c>local-dm-anna-alvarez</c>.</summary>
    public static string PersonalConversationId(string userId)
    {
        var suffix = userId.StartsWith(LocalChatDefaults.MemberIdPrefix, StringComparison.OrdinalIgnoreCase)
            ? userId[LocalChatDefaults.MemberIdPrefix.Length..]
            : userId;
        return LocalChatDefaults.PersonalConversationPrefix + Slug(suffix);
    }

    public static string ActivityId(string conversationId, long number) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{number:D7}");

    /// <summary>An unguessable id (256 random bits, base64url): tokens, uploaded files.</summary>
    public static string NewSecret() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Whether <paramref name="id"/> could be one of <see cref="NewSecret"/>'s.</summary>
    public static bool IsSecretShaped(string id) =>
        id.Length == 43 && id.AsSpan().IndexOfAnyExcept(SecretChars) < 0;

    private static readonly System.Buffers.SearchValues<char> SecretChars = System.Buffers.SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

    /// <summary>A user id as a client may send it: letters, digits and <c>._:@-</c>, starting with a letter or digit.</summary>
    public static bool IsValidUserId(string id) =>
        id.Length is > 0 and <= MaxIdLength
        && char.IsAsciiLetterOrDigit(id[0])
        && id.AsSpan().IndexOfAnyExcept(UserIdChars) < 0;

    private static readonly System.Buffers.SearchValues<char> UserIdChars = System.Buffers.SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:@-");
}
