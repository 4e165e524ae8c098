using System.Buffers;
using System.Text.Json;
using System.Text.RegularExpressions;
using MeetingBot.Protocol.Activities;

namespace MeetingBot.Channels.LocalChat;

/// <summary>
/// What the local channel adds to activities, as Teams or Azure's Direct Line would: who sent it to whom,
/// where, the tenant and team in <c>channelData</c>, and a mention entity for "@MeetingBot".
/// </summary>
internal static partial class LocalChannelActivities
{
    private static readonly string[] ClientTypes =
        [ActivityTypes.Message, ActivityTypes.Typing, ActivityTypes.Event, ActivityTypes.Invoke];

    private static readonly string[] ChannelOwnedChannelDataKeys = ["tenant", "team", "channel", "eventType"];

    private const string BotMentionText = "<at>" + LocalChatDefaults.BotName + "</at>";

    /// <summary>
    /// Checks the client's activity and returns the sender as the channel records them, or an error sentence.
    /// </summary>
    public static string? Validate(Activity activity, LocalConversation conversation, out ChannelAccount sender)
    {
        sender = new ChannelAccount();
        if (activity.Type is null || !ClientTypes.Contains(activity.Type, StringComparer.Ordinal))
        {
            return $"'type' must be one of {string.Join(", ", ClientTypes)}.";
        }

        if (activity.From is not { } from)
        {
            return "'from' is required: say who is writing, e.g. {\"id\":\"local-anna-alvarez\",\"name\":\"Anna Alvarez\"}.";
        }

        if (from.Id is not { } id || !LocalChatIds.IsValidUserId(id))
        {
            return $"'from.id' must be 1 to {LocalChatIds.MaxIdLength} letters, digits or . _ : @ -, starting with a letter or digit.";
        }

        if (string.Equals(id, LocalChatDefaults.BotId, StringComparison.OrdinalIgnoreCase))
        {
            return $"'from.id' is the bot's own id; choose a member's id such as '{LocalChatIds.MemberId("Anna Alvarez")}'.";
        }

        var name = string.IsNullOrWhiteSpace(from.Name) ? id : from.Name.Trim();
        if (name.Length > LocalChatIds.MaxNameLength || name.Any(char.IsControl))
        {
            return $"'from.name' must be at most {LocalChatIds.MaxNameLength} characters, without control characters.";
        }

        if (conversation.Owner is { } owner && LocalChatIds.PersonalConversationId(id) != conversation.Id)
        {
            return $"Only {owner.Name} writes in this 1:1 conversation; start the 1:1 conversation of '{name}' instead.";
        }

        if (activity.Text is { Length: > 0 } text && text.Contains('\0'))
        {
            return "'text' must not contain NUL characters.";
        }

        sender = new ChannelAccount { Id = id, Name = name, Role = "user" };
        return null;
    }

    /// <summary>The client's activity with everything the channel owns filled in or overwritten.</summary>
    public static Activity StampFromClient(Activity activity, ChannelAccount sender, LocalConversation conversation, string serviceUrl,
        IReadOnlyList<ChannelAccount>? people = null)
    {
        var (text, entities) = MentionBot(activity.Text, activity.Entities);
        (text, entities) = MentionPeople(text, entities, people ?? []);
        return activity with
        {
            Id = null,
            Timestamp = null,
            ChannelId = LocalChatDefaults.ChannelId,
            ServiceUrl = serviceUrl,
            From = sender,
            Recipient = LocalChatDefaults.Bot,
            Conversation = conversation.Account,
            ChannelData = ChannelData(activity.ChannelData, conversation, eventType: null),
            Text = text,
            Entities = entities,
            SuggestedActions = null,
        };
    }

    /// <summary>
    /// The <c>conversationUpdate</c> the bot receives when a member writes in a conversation for the first
    /// time; the bot itself is in <c>membersAdded</c> too when it is the conversation's first writer.
    /// </summary>
    public static Activity MemberAdded(ChannelAccount member, bool withBot, LocalConversation conversation, string serviceUrl, DateTimeOffset now) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = conversation.NewActivityId(),
        Timestamp = now,
        ChannelId = LocalChatDefaults.ChannelId,
        ServiceUrl = serviceUrl,
        From = member,
        Recipient = LocalChatDefaults.Bot,
        Conversation = conversation.Account,
        MembersAdded = withBot ? [LocalChatDefaults.Bot, member] : [member],
        ChannelData = ChannelData(null, conversation, conversation.IsChannel ? "teamMemberAdded" : null),
    };

    /// <summary>An activity from the bot, as the transcript keeps it: from the bot, in this conversation.</summary>
    public static Activity StampFromBot(Activity activity, string? replyToId) => activity with
    {
        ChannelId = LocalChatDefaults.ChannelId,
        From = new ChannelAccount
        {
            Id = activity.From?.Id ?? LocalChatDefaults.BotId,
            Name = activity.From?.Name ?? LocalChatDefaults.BotName,
            Role = "bot",
        },
        ReplyToId = replyToId ?? activity.ReplyToId,
        ServiceUrl = null,
    };

    /// <summary>
    /// <c>channelData</c> like Teams sends: the client's own fields (Web Chat's <c>clientActivityID</c>) kept,
    /// <c>tenant</c> always, <c>team</c> and <c>channel</c> in the team channel.
    /// </summary>
    private static JsonElement ChannelData(JsonElement? fromClient, LocalConversation conversation, string? eventType)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (fromClient is { ValueKind: JsonValueKind.Object } clientData)
            {
                foreach (var property in clientData.EnumerateObject())
                {
                    if (!ChannelOwnedChannelDataKeys.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
                    {
                        property.WriteTo(writer);
                    }
                }
            }

            if (eventType is not null)
            {
                writer.WriteString("eventType", eventType);
            }

            writer.WriteStartObject("tenant");
            writer.WriteString("id", LocalChatDefaults.TenantId);
            writer.WriteEndObject();
            if (conversation.IsChannel)
            {
                writer.WriteStartObject("team");
                writer.WriteString("id", LocalChatDefaults.TeamId);
                writer.WriteString("name", LocalChatDefaults.TeamName);
                writer.WriteEndObject();
                writer.WriteStartObject("channel");
                writer.WriteString("id", conversation.Id);
                writer.WriteString("name", LocalChatDefaults.ChannelConversationName);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>
    /// Typing "@MeetingBot" mentions the bot as Teams would: the text gets an <c>&lt;at&gt;MeetingBot&lt;/at&gt;</c>
    /// span and a matching mention entity, so the bot's mention handling is exercised locally too.
    /// </summary>
    private static (string? Text, IReadOnlyList<Entity>? Entities) MentionBot(string? text, IReadOnlyList<Entity>? entities)
    {
        if (text is null
            || entities?.Any(e => e.Type == "mention" && e.Mentioned?.Id == LocalChatDefaults.BotId) == true
            || BotMention().Match(text) is not { Success: true } match)
        {
            return (text, entities);
        }

        var mention = new Entity
        {
            Type = "mention",
            Mentioned = new ChannelAccount { Id = LocalChatDefaults.BotId, Name = LocalChatDefaults.BotName },
            Text = BotMentionText,
        };
        return (text[..match.Index] + BotMentionText + text[(match.Index + match.Length)..], [.. entities ?? [], mention]);
    }

    /// <summary>
    /// Typing "@Tobias Keller" (or just "@Tobias" when one person has that first name) mentions that member as Teams
    /// would, so role, present, skip and action commands can be tried on the page. Longest names are tried first;
    /// an "@" that matches nobody stays plain text.
    /// </summary>
    private static (string? Text, IReadOnlyList<Entity>? Entities) MentionPeople(string? text, IReadOnlyList<Entity>? entities, IReadOnlyList<ChannelAccount> people)
    {
        if (text is null || !text.Contains('@') || people.Count == 0) return (text, entities);
        var candidates = people
            .Where(p => p.Id is { Length: > 0 } && p.Name is { Length: > 0 })
            .SelectMany(p => new[] { (Typed: p.Name!, Person: p), (Typed: p.Name!.Split(' ')[0], Person: p) })
            .GroupBy(c => c.Typed, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(c => c.Person.Id).Distinct().Count() == 1) // an ambiguous first name mentions nobody
            .Select(g => g.First())
            .OrderByDescending(c => c.Typed.Length)
            .ToList();
        var added = new List<Entity>();
        var result = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '@' && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                var start = i + 1;
                var found = candidates.FirstOrDefault(c => string.Compare(text, start, c.Typed, 0, c.Typed.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && start + c.Typed.Length <= text.Length
                    && (start + c.Typed.Length == text.Length || !char.IsLetterOrDigit(text[start + c.Typed.Length])));
                if (found.Person is { } person)
                {
                    var span = $"<at>{person.Name}</at>";
                    result.Append(span);
                    added.Add(new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = person.Id, Name = person.Name }, Text = span });
                    i += found.Typed.Length;
                    continue;
                }
            }

            result.Append(text[i]);
        }

        return added.Count == 0 ? (text, entities) : (result.ToString(), [.. entities ?? [], .. added]);
    }

    [GeneratedRegex(@"(?<![\w@])@MeetingBot\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BotMention();
}
