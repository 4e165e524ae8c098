using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Dialogs;
using MeetingBot.Conversations.Downloads;
using MeetingBot.Conversations.Features.Agenda;
using MeetingBot.Conversations.Features.Calendar;
using MeetingBot.Conversations.Features.ChatImport;
using MeetingBot.Conversations.Features.Minutes;
using MeetingBot.Conversations.Features.Help;
using MeetingBot.Conversations.Features.InMeeting;
using MeetingBot.Conversations.Features.Linking;
using MeetingBot.Conversations.Features.Links;
using MeetingBot.Conversations.Features.Notes;
using MeetingBot.Conversations.Features.Tour;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Conversations.Features.Profile;
using MeetingBot.Conversations.Features.Reminders;
using MeetingBot.Conversations.Features.Roles;
using MeetingBot.Conversations.Turns;
using MeetingBot.Domain.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MeetingBot.Conversations;

public static class ConversationsServiceCollectionExtensions
{
    /// <summary>Registers turn handling, the built-in commands and dialogs. Stores come from the persistence layer.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotBehaviourOptions>()
            .Bind(configuration.GetSection(BotBehaviourOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => ZoneResolver.TryResolve(o.DefaultTimeZone, out _, out _),
                "MeetingBot:DefaultTimeZone must be an IANA time zone id such as Europe/Vienna.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WhenReader>();
        services.TryAddSingleton<PromptReader>();

        services.AddScoped<TurnProcessor>();
        services.AddScoped<DialogRunner>();
        services.AddScoped<CommandCatalog>();

        services.AddScoped<MeetingFinder>();
        services.AddScoped<SeriesPlanner>();

        // In the meeting: start/end, attendance, tour de table, links, live notes (Features/InMeeting, Tour, Links, Notes).
        services.AddOptions<InMeetingOptions>()
            .Bind(configuration.GetSection(InMeetingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<MeetingRoom>();
        services.AddScoped<TourDesk>();
        services.AddScoped<TourNudger>();
        services.AddScoped<ApologiesOnBehalf>();
        services.AddScoped<ConversationEventProcessor>();
        services.AddScoped<IMessageObserver, MeetingCaptureObserver>();
        services.AddScoped<IConversationEventHandler, MeetingEventHandler>();
        // Channel capabilities and stores the host and infrastructure provide; these defaults do nothing.
        services.TryAddScoped<IMeetingRecordStore, NoMeetingRecords>();
        services.TryAddScoped<IConversationRoster, NoRoster>();
        services.TryAddSingleton<IInMeetingJobs, NoInMeetingJobs>();

        // Commands, in the order help lists them.
        services.AddCommand<HelpCommand>();
        services.AddCommand<NextMeetingCommand>();
        services.AddCommand<AgendaCommand>();
        services.AddCommand<AgendaAddCommand>();
        services.AddCommand<AgendaEditCommand>();
        services.AddCommand<ApologiesCommand>();
        services.AddCommand<ProfileCommand>();
        services.AddCommand<ScheduleCommand>();
        services.AddCommand<RescheduleCommand>();
        services.AddCommand<CancelMeetingCommand>();
        services.AddCommand<SeriesCommand>();
        services.AddReminderCommands();
        services.AddCommand<AgendaManageCommand>();
        services.AddCommand<AgendaCarryOverCommand>();
        services.AddCommand<RoleCommand>();
        services.AddCommand<MeetingCommand>();
        services.AddCommand<RecordCommand>();
        services.AddCommand<PresentCommand>();
        services.AddCommand<AttendanceCommand>();
        services.AddCommand<TourCommand>();
        services.AddCommand<TourStatusCommand>();
        services.AddCommand<TourStepCommand>();
        services.AddCommand<ItemCommand>();
        services.AddCommand<NoteCommand>();
        services.AddCommand<NotesCommand>();
        services.AddCommand<LinksCommand>();
        services.AddCommand<ChatImportCommand>();
        services.AddCommand<MinutesCommand>();
        services.AddCommand<MinutesEditCommand>();
        services.AddCommand<MinutesDownloadCommand>();
        services.AddCommand<CalendarCommand>();
        services.AddCommand<CalendarFeedCommand>();

        services.AddScoped<Dialog, ProfileDialog>();
        services.AddScoped<Dialog, ScheduleDialog>();
        services.AddScoped<Dialog, PickMeetingDialog>();
        services.AddScoped<Dialog, CancelMeetingDialog>();
        services.AddScoped<Dialog, AgendaAddDialog>();
        services.AddScoped<Dialog, AgendaCarryOverDialog>();
        services.AddScoped<Dialog, MinutesEditDialog>();
        services.AddScoped<Dialog, ChatImportDialog>();

        // Minutes, calendar files and imported chats (Features/Minutes, Calendar, ChatImport), with signed download links.
        services.AddOptions<DownloadOptions>()
            .Bind(configuration.GetSection(DownloadOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<DownloadLinks>();
        services.AddSingleton<CalendarLinks>();
        services.AddScoped<MinutesDesk>();
        services.AddScoped<ChatImporter>();
        services.TryAddSingleton<IMinutesDistribution, NoMinutesDistribution>();
        services.TryAddSingleton<IMinutesGraph, NoMinutesGraph>();
        services.TryAddScoped<IMinutesStore, NoMinutesStore>();
        services.TryAddSingleton<ISigningKeySource, ProcessSigningKey>();
        services.TryAddSingleton<IPublicBaseAddress, LocalPublicBaseAddress>();

        // Last: links across channels (Teams ⇄ Slack) wrap the meeting record store registered above.
        services.AddConversationLinking();
        return services;
    }
}
