using MeetingBot.Domain.InMeeting;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.People;

namespace MeetingBot.Domain.Minutes;

/// <summary>
/// Everything <see cref="MinutesComposer"/> needs to draft the minutes of one meeting. Nothing here is read from a
/// clock or a store: the caller loads it, so the same input always gives the same document.
/// </summary>
/// <param name="Meeting">The meeting: title, number, place, times, agenda and apologies.</param>
/// <param name="Record">What the bot recorded while it ran; null when nobody ran the bot in the meeting.</param>
/// <param name="Members">The scope's members: roles, titles and organisations the record may lack.</param>
/// <param name="NextMeeting">The next meeting of the series when one is scheduled.</param>
/// <param name="InvitedNames">
/// The calendar's invitation list, possibly empty. Used only when <paramref name="Record"/> is null, as the draft list of
/// participants for the secretary to correct; with a record, invited people who neither came nor sent apologies are
/// not listed (an alliance invites its whole mailing list, and naming the absent reads as blame).
/// </param>
/// <param name="SeriesTitle">"Informal Meeting of the Alliance" for "The next Informal Meeting of the Alliance will be…".</param>
/// <param name="DeclinedNames">
/// Invited people who declined the calendar invitation: listed with the apologies unless they came after all.
/// </param>
public sealed record MinutesInput(
    Meeting Meeting,
    MeetingRecord? Record,
    IReadOnlyList<Member> Members,
    Meeting? NextMeeting = null,
    IReadOnlyList<string>? InvitedNames = null,
    string? SeriesTitle = null,
    IReadOnlyList<string>? DeclinedNames = null);
