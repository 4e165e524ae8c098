using System.Globalization;
using System.Text;

namespace MeetingBot.Domain.Minutes;

/// <summary>Compares people's names the way a reader would: "Évelyn  Dürmayer" and "evelyn durmayer" are one person.</summary>
internal static class PersonName
{
    /// <summary>Lower case, no accents, single spaces; empty for a name with no letters.</summary>
    public static string Key(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var decomposed = Normalizable(name).Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = key.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                key.Append(' ');
                pendingSpace = false;
            }

            key.Append(char.ToLowerInvariant(c));
        }

        return key.ToString();
    }

    /// <summary>Without half surrogate pairs and U+FFFE, which make <see cref="string.Normalize()"/> throw.</summary>
    private static string Normalizable(string name)
    {
        var broken = false;
        for (var i = 0; i < name.Length && !broken; i++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                i++;
                continue;
            }

            broken = char.IsSurrogate(c) || c == '\uFFFE';
        }

        if (!broken)
        {
            return name;
        }

        var clean = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                clean.Append(c).Append(name[++i]);
            }
            else if (!char.IsSurrogate(c) && c != '\uFFFE')
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }
}
