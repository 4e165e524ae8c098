using MeetingBot.Conversations.Features.Minutes;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;

namespace MeetingBot.Infrastructure.Graph;

/// <summary>(c) The approved minutes e-mailed from the configured mailbox to the distribution list.</summary>
public sealed partial class GraphMinutesClient
{
    public const string WordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>
    /// Largest Word file attached to a mail sent in one request: Graph takes at most 4 MB a request, and the file
    /// travels in base64 (4/3 of its size).
    /// </summary>
    public const int MailAttachmentLimit = 3 * 1024 * 1024;

    public async Task SendMailAsync(MinutesMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        RequireOn(SendsMail, "e-mail the minutes", "Graph:Mail:Sender and Graph:Mail:To");
        if (mail.Attachment.Length > MailAttachmentLimit)
            throw new MinutesGraphException(MinutesGraphPart.Mail,
                $"The Word file is {mail.Attachment.Length / 1024.0 / 1024.0:0.0} MB, and Microsoft Graph attaches at most 3 MB to a mail sent in one go: " +
                "send the link to the archived minutes instead, or make the document smaller (fewer or smaller pictures).", null, false, null);

        var sender = _options.Mail.Sender!.Trim();
        var recipients = _options.Mail.Recipients;
        var request = new SendMailPostRequestBody
        {
            Message = new Message
            {
                Subject = mail.Subject,
                Body = new ItemBody { ContentType = BodyType.Html, Content = mail.HtmlBody },
                ToRecipients = recipients.Select(address => new Recipient { EmailAddress = new EmailAddress { Address = address } }).ToList(),
                Attachments =
                [
                    new FileAttachment { Name = mail.AttachmentName, ContentType = WordContentType, ContentBytes = mail.Attachment },
                ],
            },
            SaveToSentItems = true,
        };

        await CallAsync<object?>(MinutesGraphPart.Mail, $"send the minutes from {sender}", async graph =>
        {
            await graph.Users[sender].SendMail.PostAsync(request, cancellationToken: cancellationToken);
            return null;
        }, cancellationToken);
        MailSent(_logger, recipients.Count, mail.Attachment.Length);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent the minutes to {RecipientCount} address(es) with a {Bytes}-byte attachment")]
    private static partial void MailSent(ILogger logger, int recipientCount, int bytes);
}
