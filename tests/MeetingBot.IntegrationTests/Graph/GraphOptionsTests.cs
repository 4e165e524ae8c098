using MeetingBot.Conversations.Features.Minutes;
using MeetingBot.Infrastructure.Graph;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.IntegrationTests.Graph;

/// <summary>
/// Graph is on part by part: a half-configured part, or a part without credentials, stops start-up with a sentence
/// naming the setting; nothing configured gives <see cref="NoMinutesGraph"/>. Nothing here calls any server.
/// </summary>
public sealed class GraphOptionsTests
{
    [Theory]
    [InlineData("Graph:Mail:Sender=secretariat@alliance.org", "Graph:Mail:Sender is set but Graph:Mail:To is empty")]
    [InlineData("Graph:Mail:To=members@alliance.org", "Graph:Mail:To is set but Graph:Mail:Sender is empty")]
    [InlineData("Graph:Mail:Sender=secretariat@alliance.org|Graph:Mail:To=members@alliance.org; members", "Graph:Mail:To has 'members', which is not an e-mail address.")]
    [InlineData("Graph:Archive:Folder=Minutes/2027", "Graph:Archive:Folder is set but neither Graph:Archive:GroupId nor Graph:Archive:DriveId is")]
    [InlineData("Graph:Archive:GroupId=5b0c4a0e-2f3d-4a8e-9f44-0d3c6f0a7b21|Graph:Archive:DriveId=b!x", "Graph:Archive:GroupId and Graph:Archive:DriveId are both set")]
    [InlineData("Graph:Archive:GroupId=Alliance team", "Graph:Archive:GroupId is 'Alliance team', which is not a Microsoft 365 group id")]
    [InlineData("Graph:Archive:DriveId=b!x|Graph:Archive:Folder=Minutes:2026", "Graph:Archive:Folder is 'Minutes:2026', which is not a folder path")]
    [InlineData("Graph:Invitations:Mailbox=meetings", "Graph:Invitations:Mailbox is 'meetings', which is neither a mailbox address")]
    [InlineData("Graph:Invitations:Mailbox=meetings@alliance.org|Graph:ClientSecret=s3cret-value", "Graph:ClientSecret is set but Graph:TenantId is empty")]
    [InlineData("Graph:Invitations:Mailbox=meetings@alliance.org|Graph:TenantId=t|Graph:ClientSecret=s3cret-value", "Graph:ClientSecret is set but Graph:ClientId is empty")]
    [InlineData("Graph:Invitations:Mailbox=meetings@alliance.org|Graph:ManagedIdentityClientId=my-identity", "Graph:ManagedIdentityClientId must be the client id (a GUID)")]
    [InlineData("Graph:Invitations:Mailbox=meetings@alliance.org|Graph:BaseUrl=http://graph.example.org/v1.0", "Graph:BaseUrl must be an absolute https address")]
    [InlineData("Graph:Invitations:Mailbox=meetings@alliance.org|Graph:MaxRetries=11", "Graph:MaxRetries must be between 0 and 10.")]
    public void A_half_configured_part_stops_start_up_with_a_sentence_naming_the_setting(string settings, string expected)
    {
        using var services = GraphTestServices.Build(Parse(settings));

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, failure.Message);
        Assert.DoesNotContain("s3cret-value", failure.Message);
    }

    [Fact]
    public void A_part_on_without_credentials_stops_start_up_naming_the_settings_to_set()
    {
        using var services = GraphTestServices.Build(Parse("Graph:Mail:Sender=secretariat@alliance.org|Graph:Mail:To=members@alliance.org"), registerCredential: false);

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Microsoft Graph is on (Graph:Mail:Sender) but has no credentials: set Graph:TenantId, Graph:ClientId and Graph:ClientSecret", failure.Message);
    }

    [Theory]
    [InlineData("Graph:TenantId=6babcaad-604b-40ac-a9d7-9fd97c0b779f|Graph:ClientId=8f0f3b5e-52b3-4d5f-9d43-7a0e7d1e2a11|Graph:ClientSecret=s3cret-value")]
    [InlineData("Graph:ManagedIdentityClientId=8f0f3b5e-52b3-4d5f-9d43-7a0e7d1e2a11")]
    [InlineData("Graph:UseManagedIdentity=true")]
    public void Credentials_from_the_settings_are_accepted_without_a_registered_credential(string credential)
    {
        using var services = GraphTestServices.Build(Parse("Graph:Invitations:Mailbox=meetings@alliance.org|" + credential), registerCredential: false);

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<GraphMinutesClient>(services.GetRequiredService<IMinutesGraph>());
    }

    [Fact]
    public async Task Nothing_configured_means_no_Graph_with_every_part_off()
    {
        using var services = GraphTestServices.Build([], registerCredential: false);

        services.GetRequiredService<IStartupValidator>().Validate();
        var graph = services.GetRequiredService<IMinutesGraph>();

        Assert.IsType<NoMinutesGraph>(graph);
        Assert.False(graph.ReadsInvitations);
        Assert.False(graph.ArchivesDocuments);
        Assert.False(graph.SendsMail);
        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => graph.ArchiveAsync("m.docx", [1], CancellationToken.None));
        Assert.Contains("not configured", refusal.Message);
    }

    [Fact]
    public async Task Only_the_configured_part_is_on()
    {
        using var services = GraphTestServices.Build(Parse("Graph:Invitations:Mailbox=meetings@alliance.org"));

        var graph = services.GetRequiredService<IMinutesGraph>();

        Assert.True(graph.ReadsInvitations);
        Assert.False(graph.ArchivesDocuments);
        Assert.False(graph.SendsMail);
        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => graph.SendMailAsync(new MinutesMail("s", "b", "m.docx", [1]), CancellationToken.None));
        Assert.Equal("Microsoft Graph is not configured to e-mail the minutes: set Graph:Mail:Sender and Graph:Mail:To to switch this part on.", refusal.Message);
    }

    [Fact]
    public void Defaults_are_Graphs_public_cloud_three_retries_and_a_three_second_first_wait()
    {
        using var services = GraphTestServices.Build([]);

        var options = services.GetRequiredService<IOptions<GraphOptions>>().Value;

        Assert.Equal("https://graph.microsoft.com/v1.0", options.BaseUrl);
        Assert.Equal(3, options.MaxRetries);
        Assert.Equal(3, options.RetryDelaySeconds);
        Assert.Equal("Minutes", options.Archive.FolderPath);
    }

    private static Dictionary<string, string?> Parse(string settings) =>
        settings.Split('|').Select(s => s.Split('=', 2)).ToDictionary(p => p[0], p => (string?)p[1]);
}
