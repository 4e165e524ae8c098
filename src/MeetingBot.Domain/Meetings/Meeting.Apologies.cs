namespace MeetingBot.Domain.Meetings;

/// <summary>Apologies: members say ahead of time that they can't come; the chair sees who has.</summary>
public sealed partial class Meeting
{
    /// <summary>
    /// Records apologies, or updates the reason when the member sends them again (one entry per member). A reason
    /// is cleaned like any text and cut at <see cref="Apology.MaxReasonLength"/> characters rather than refused:
    /// the apology matters more than its wording.
    /// </summary>
    public DomainResult SendApologies(string userId, string name, string? reason, DateTimeOffset nowUtc)
    {
        if (Status is MeetingStatus.Ended or MeetingStatus.Cancelled)
        {
            return DomainResult.Fail(Status == MeetingStatus.Ended
                ? $"The {DisplayTitle} has already taken place, so no apologies are needed."
                : $"The {DisplayTitle} was cancelled, so no apologies are needed.");
        }

        var cleanReason = CleanReason(reason);
        var cleanName = PlainText.Clean(name);
        var existing = Apologies.Find(apology => apology.UserId == userId);
        if (existing is not null)
        {
            existing.Reason = cleanReason;
            existing.Name = cleanName;
            existing.AtUtc = nowUtc;
            return DomainResult.Ok($"Your apologies for the {DisplayTitle} are updated.");
        }

        Apologies.Add(new Apology { MeetingId = Id, UserId = userId, Name = cleanName, Reason = cleanReason, AtUtc = nowUtc });
        return DomainResult.Ok($"Thank you, {cleanName}: your apologies for the {DisplayTitle} are noted.");
    }

    /// <summary>Takes apologies back ("I can come after all").</summary>
    public DomainResult WithdrawApologies(string userId)
    {
        var removed = Apologies.RemoveAll(apology => apology.UserId == userId);
        return removed > 0
            ? DomainResult.Ok($"Your apologies for the {DisplayTitle} are withdrawn. See you there.")
            : DomainResult.Fail($"You have not sent apologies for the {DisplayTitle}.");
    }

    private static string? CleanReason(string? reason)
    {
        var clean = PlainText.Clean(reason);
        if (clean.Length <= Apology.MaxReasonLength)
        {
            return clean.Length == 0 ? null : clean;
        }

        // Cut on a whole character, never between the halves of a surrogate pair.
        var cut = char.IsHighSurrogate(clean[Apology.MaxReasonLength - 2]) ? Apology.MaxReasonLength - 2 : Apology.MaxReasonLength - 1;
        return string.Concat(clean.AsSpan(0, cut).TrimEnd(), "…");
    }
}
