using System.Diagnostics.CodeAnalysis;

namespace MeetingBot.Domain.Time;

/// <summary>
/// A zone abbreviation as members write it after a time ("15:00 CEST", "3 pm ET").
/// Exactly one of <see cref="Offset"/> (a fixed offset) and <see cref="IanaId"/> (a zone with daylight saving) is set.
/// </summary>
/// <param name="Name">Upper-case abbreviation, e.g. "CEST".</param>
/// <param name="Offset">The fixed offset the abbreviation stands for, e.g. +2 for CEST.</param>
/// <param name="IanaId">For season-neutral names (ET, PT) the zone whose clocks they follow.</param>
/// <param name="Region">How messages name the region, e.g. "Central European".</param>
/// <param name="UsedIn">IANA zones whose clocks show this abbreviation; the first one stands for the region.</param>
/// <param name="HasSeasons">True when the region switches between this and a sibling abbreviation (CET/CEST).</param>
internal sealed record ZoneAbbreviation(
    string Name,
    TimeSpan? Offset,
    string? IanaId,
    string Region,
    IReadOnlyList<string> UsedIn,
    bool HasSeasons);

/// <summary>
/// The abbreviations the reader understands and what they mean. Decisions (also in the README of this folder):
/// <list type="bullet">
/// <item>Seasonal abbreviations are taken literally as fixed offsets: CET = UTC+1 and CEST = UTC+2 whatever the date,
/// EST = UTC-5, EDT = UTC-4, PST = UTC-8 and so on. "15:00 CET" in August is therefore 14:00 UTC; the reader adds a
/// warning that Central Europe is on CEST then, but never shifts the time on its own.</item>
/// <item>Season-neutral abbreviations follow the region's clocks: ET = America/New_York, CT = America/Chicago,
/// MT = America/Denver, PT = America/Los_Angeles.</item>
/// <item>UTC, GMT and Z are UTC+0. GMT is not read as London time (London is BST in summer).</item>
/// <item>CST is read as North American Central Standard Time (UTC-6), BST as British Summer Time (UTC+1).</item>
/// <item>IST and AST mean different zones in different countries; they are refused with a message asking for an IANA
/// id or an offset, rather than guessed.</item>
/// </list>
/// </summary>
internal static class ZoneAbbreviations
{
    private static readonly string[] CentralEurope =
    [
        "Europe/Berlin", "Europe/Vienna", "Europe/Paris", "Europe/Brussels", "Europe/Amsterdam", "Europe/Luxembourg",
        "Europe/Rome", "Europe/Madrid", "Europe/Zurich", "Europe/Prague", "Europe/Warsaw", "Europe/Stockholm",
        "Europe/Oslo", "Europe/Copenhagen", "Europe/Budapest", "Europe/Bratislava", "Europe/Ljubljana",
        "Europe/Zagreb", "Europe/Belgrade", "Europe/Sarajevo", "Europe/Skopje", "Europe/Podgorica", "Europe/Tirane",
        "Europe/Malta", "Europe/Monaco", "Europe/Andorra", "Europe/Vaduz", "Europe/San_Marino", "Europe/Vatican",
        "Europe/Gibraltar", "Europe/Busingen", "Africa/Ceuta", "Arctic/Longyearbyen",
    ];

    private static readonly string[] EasternEurope =
    [
        "Europe/Athens", "Europe/Helsinki", "Europe/Kyiv", "Europe/Kiev", "Europe/Bucharest", "Europe/Sofia",
        "Europe/Riga", "Europe/Tallinn", "Europe/Vilnius", "Europe/Chisinau", "Europe/Mariehamn", "Asia/Nicosia",
        "Asia/Famagusta", "Europe/Nicosia",
    ];

    private static readonly string[] WesternEurope = ["Europe/Lisbon", "Atlantic/Madeira", "Atlantic/Canary", "Atlantic/Faroe"];
    private static readonly string[] Britain = ["Europe/London", "Europe/Jersey", "Europe/Guernsey", "Europe/Isle_of_Man"];

    private static readonly string[] UsEastern =
    [
        "America/New_York", "America/Toronto", "America/Detroit", "America/Montreal", "America/Nassau",
        "America/Indiana/Indianapolis", "America/Kentucky/Louisville", "America/Iqaluit", "US/Eastern",
    ];

    private static readonly string[] UsCentral = ["America/Chicago", "America/Winnipeg", "America/Indiana/Knox", "America/Menominee", "US/Central"];
    private static readonly string[] UsMountain = ["America/Denver", "America/Edmonton", "America/Boise", "US/Mountain"];
    private static readonly string[] UsPacific = ["America/Los_Angeles", "America/Vancouver", "America/Tijuana", "US/Pacific"];
    private static readonly string[] Alaska = ["America/Anchorage", "America/Juneau", "America/Nome", "America/Sitka"];
    private static readonly string[] AustraliaEast = ["Australia/Sydney", "Australia/Melbourne", "Australia/Hobart", "Australia/Canberra"];
    private static readonly string[] NewZealand = ["Pacific/Auckland"];

    private static readonly string[] EastAfrica =
    [
        "Africa/Nairobi", "Africa/Addis_Ababa", "Africa/Kampala", "Africa/Dar_es_Salaam", "Africa/Mogadishu",
        "Africa/Djibouti", "Africa/Asmara",
    ];

    private static readonly Dictionary<string, ZoneAbbreviation> Known = Build(
        Fixed("UTC", 0, "Coordinated Universal", [], seasons: false),
        Fixed("GMT", 0, "Greenwich", Britain, seasons: false),
        Fixed("Z", 0, "Coordinated Universal", [], seasons: false),
        Fixed("BST", 1, "British", Britain, seasons: true),
        Fixed("WET", 0, "Western European", WesternEurope, seasons: true),
        Fixed("WEST", 1, "Western European", WesternEurope, seasons: true),
        Fixed("CET", 1, "Central European", CentralEurope, seasons: true),
        Fixed("CEST", 2, "Central European", CentralEurope, seasons: true),
        Fixed("EET", 2, "Eastern European", EasternEurope, seasons: true),
        Fixed("EEST", 3, "Eastern European", EasternEurope, seasons: true),
        Fixed("MSK", 3, "Moscow", ["Europe/Moscow"], seasons: false),
        Fixed("WAT", 1, "West African", ["Africa/Lagos", "Africa/Kinshasa", "Africa/Douala"], seasons: false),
        Fixed("CAT", 2, "Central African", ["Africa/Maputo", "Africa/Harare", "Africa/Lusaka", "Africa/Kigali"], seasons: false),
        Fixed("SAST", 2, "South African", ["Africa/Johannesburg"], seasons: false),
        Fixed("EAT", 3, "East African", EastAfrica, seasons: false),
        Fixed("PKT", 5, "Pakistan", ["Asia/Karachi"], seasons: false),
        Fixed("ICT", 7, "Indochina", ["Asia/Bangkok", "Asia/Ho_Chi_Minh", "Asia/Phnom_Penh", "Asia/Vientiane"], seasons: false),
        Fixed("WIB", 7, "Western Indonesian", ["Asia/Jakarta"], seasons: false),
        Fixed("SGT", 8, "Singapore", ["Asia/Singapore"], seasons: false),
        Fixed("HKT", 8, "Hong Kong", ["Asia/Hong_Kong"], seasons: false),
        Fixed("AWST", 8, "Australian Western", ["Australia/Perth"], seasons: false),
        Fixed("JST", 9, "Japan", ["Asia/Tokyo"], seasons: false),
        Fixed("KST", 9, "Korea", ["Asia/Seoul"], seasons: false),
        Fixed("AEST", 10, "Australian Eastern", AustraliaEast, seasons: true),
        Fixed("AEDT", 11, "Australian Eastern", AustraliaEast, seasons: true),
        Fixed("NZST", 12, "New Zealand", NewZealand, seasons: true),
        Fixed("NZDT", 13, "New Zealand", NewZealand, seasons: true),
        Fixed("AKST", -9, "Alaska", Alaska, seasons: true),
        Fixed("AKDT", -8, "Alaska", Alaska, seasons: true),
        Fixed("HST", -10, "Hawaii", ["Pacific/Honolulu"], seasons: false),
        Fixed("PST", -8, "US Pacific", UsPacific, seasons: true),
        Fixed("PDT", -7, "US Pacific", UsPacific, seasons: true),
        Fixed("MST", -7, "US Mountain", UsMountain, seasons: true),
        Fixed("MDT", -6, "US Mountain", UsMountain, seasons: true),
        Fixed("CST", -6, "US Central", UsCentral, seasons: true),
        Fixed("CDT", -5, "US Central", UsCentral, seasons: true),
        Fixed("EST", -5, "US Eastern", UsEastern, seasons: true),
        Fixed("EDT", -4, "US Eastern", UsEastern, seasons: true),
        Following("ET", "America/New_York", "US Eastern"),
        Following("CT", "America/Chicago", "US Central"),
        Following("MT", "America/Denver", "US Mountain"),
        Following("PT", "America/Los_Angeles", "US Pacific"));

    // Guessing here would silently move a meeting by hours, so these are refused with a way forward.
    private static readonly Dictionary<string, string> Ambiguous = new(StringComparer.OrdinalIgnoreCase)
    {
        ["IST"] = "IST can mean India, Irish or Israel time. Write Asia/Kolkata, Europe/Dublin or Asia/Jerusalem, "
                  + "or an offset like UTC+5:30.",
        ["AST"] = "AST can mean Atlantic or Arabia time. Write America/Halifax or Asia/Riyadh, or an offset like UTC+3.",
    };

    public static bool TryFind(string word, [MaybeNullWhen(false)] out ZoneAbbreviation abbreviation) =>
        Known.TryGetValue(word, out abbreviation);

    public static bool TryFindAmbiguous(string word, [MaybeNullWhen(false)] out string message) =>
        Ambiguous.TryGetValue(word, out message);

    /// <summary>
    /// The fixed abbreviation clocks in <paramref name="zoneId"/> show at <paramref name="offset"/>, e.g. CEST for
    /// Europe/Vienna at UTC+2. Used to word DST messages; null when the zone is not in the table.
    /// </summary>
    public static ZoneAbbreviation? ForZoneAt(string zoneId, TimeSpan offset) =>
        Known.Values.FirstOrDefault(a => a.Offset == offset && a.Name is not ("UTC" or "Z")
            && a.UsedIn.Contains(zoneId, StringComparer.OrdinalIgnoreCase));

    /// <summary>The sibling abbreviation of the same region at <paramref name="offset"/>, e.g. CEST for CET at +2.</summary>
    public static ZoneAbbreviation? SiblingAt(ZoneAbbreviation abbreviation, TimeSpan offset) =>
        Known.Values.FirstOrDefault(a => a.Offset == offset && a.IanaId is null && a.Region == abbreviation.Region);

    private static ZoneAbbreviation Fixed(string name, double hours, string region, string[] usedIn, bool seasons) =>
        new(name, TimeSpan.FromHours(hours), IanaId: null, region, usedIn, seasons);

    private static ZoneAbbreviation Following(string name, string ianaId, string region) =>
        new(name, Offset: null, ianaId, region, [ianaId], HasSeasons: false);

    private static Dictionary<string, ZoneAbbreviation> Build(params ZoneAbbreviation[] abbreviations) =>
        abbreviations.ToDictionary(a => a.Name, StringComparer.OrdinalIgnoreCase);
}
