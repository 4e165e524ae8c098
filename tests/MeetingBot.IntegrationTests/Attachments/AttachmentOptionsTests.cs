using MeetingBot.Channels.Attachments;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.IntegrationTests.Attachments;

/// <summary>The setting <c>Attachments:AllowedHosts</c>.</summary>
public sealed class AttachmentOptionsTests
{
    [Fact]
    public void Host_names_patterns_and_loopback_addresses_are_accepted()
    {
        using var services = AttachmentReaders.Build(new()
        {
            ["Attachments:AllowedHosts:0"] = "localhost",
            ["Attachments:AllowedHosts:1"] = "*.files.example.org",
            ["Attachments:AllowedHosts:2"] = "127.0.0.1",
        });

        Assert.Equal(["localhost", "*.files.example.org", "127.0.0.1"], services.GetRequiredService<IOptions<AttachmentOptions>>().Value.AllowedHosts);
    }

    [Fact]
    public void An_address_instead_of_a_host_stops_start_up_with_a_clear_message()
    {
        using var services = AttachmentReaders.Build(new() { ["Attachments:AllowedHosts:0"] = "https://files.example.org/chat" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AttachmentOptions>>().Value);

        Assert.Contains("Attachments:AllowedHosts:0 must be a host name", error.Message);
    }
}
