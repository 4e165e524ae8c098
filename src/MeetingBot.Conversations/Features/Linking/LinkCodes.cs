using System.Security.Cryptography;
using System.Text;

namespace MeetingBot.Conversations.Features.Linking;

/// <summary>
/// One-time link codes: eight characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as
/// <c>K7MD-QX9P</c>, typed back in any case, with or without the dash. Only their SHA-256 is stored.
/// </summary>
public static class LinkCodes
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int Length = 8;

    public static string Create()
    {
        Span<char> code = stackalloc char[Length];
        for (var i = 0; i < Length; i++) code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return $"{code[..4]}-{code[4..]}";
    }

    /// <summary>The code as typed, reduced to its eight characters; null when it cannot be a code.</summary>
    public static string? Normalize(string typed)
    {
        var chars = typed.Where(c => c is not ('-' or ' ' or '`' or '*' or '"')).Select(char.ToUpperInvariant).ToArray();
        return chars.Length == Length && chars.All(c => Alphabet.Contains(c)) ? new string(chars) : null;
    }

    public static string Hash(string normalized) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
}
