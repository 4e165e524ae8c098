namespace MeetingBot.Domain.Minutes;

/// <summary>
/// The stable keys of the sections <see cref="MinutesComposer"/> makes. Agenda items are "item-1".."item-N" by agenda
/// position, except the tour de table and AOB items, which become <see cref="Tour"/> and <see cref="Aob"/>.
/// </summary>
public static class MinutesSectionKeys
{
    public const string Header = "header";
    public const string Participants = "participants";
    public const string Agenda = "agenda";
    public const string Tour = "tour";
    public const string Aob = "aob";
    public const string Next = "next";
    public const string Annex = "annex";

    public static string Item(int position) => $"item-{position}";
}
