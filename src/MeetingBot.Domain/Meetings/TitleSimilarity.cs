using System.Text;

namespace MeetingBot.Domain.Meetings;

/// <summary>
/// Whether two agenda titles name the same topic. Titles are compared as sets of words, ignoring case, punctuation,
/// word order, little words ("the", "of", "for") and a plural "s": they match when the word sets overlap by at least
/// 0.6 (Jaccard), or when the words differ by at most a fifth of their letters (a typo: "Nominatons"). Numbers must
/// agree: "Budget 2027" and "Budget 2028" are different items however alike they look.
/// </summary>
internal static class TitleSimilarity
{
    private const double MinOverlap = 0.6;
    private const double MaxEditShare = 0.2;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "of", "for", "and", "a", "an", "to", "in", "on", "at", "by", "with", "from", "about", "re", "our",
        "is", "are", "be", "&",
    };

    /// <summary>A similarity score (higher is closer) when the titles match, else null.</summary>
    public static double? Score(string first, string second)
    {
        var a = Words(first);
        var b = Words(second);
        if (a.Count == 0 || b.Count == 0 || !Numbers(a).SetEquals(Numbers(b)))
        {
            return null;
        }

        var overlap = (double)a.Intersect(b).Count() / a.Union(b).Count();
        var joinedA = string.Join(' ', a.Order(StringComparer.Ordinal));
        var joinedB = string.Join(' ', b.Order(StringComparer.Ordinal));
        var editShare = (double)Levenshtein(joinedA, joinedB) / Math.Max(joinedA.Length, joinedB.Length);
        return overlap >= MinOverlap || editShare <= MaxEditShare ? Math.Max(overlap, 1 - editShare) : null;
    }

    private static HashSet<string> Words(string title)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();
        foreach (var c in title.ToLowerInvariant().Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
                continue;
            }

            if (current.Length > 0 && !StopWords.Contains(current.ToString()))
            {
                words.Add(Stem(current.ToString()));
            }

            current.Clear();
        }

        return words;
    }

    /// <summary>"positions" and "position" are one word; "address" and "bus" keep their s.</summary>
    private static string Stem(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    private static HashSet<string> Numbers(HashSet<string> words) =>
        words.Where(word => word.Any(char.IsDigit)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Edit distance with two rows: titles are at most 200 characters, so this stays small.</summary>
    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
