using MeetingBot.Infrastructure.Graph;

namespace MeetingBot.IntegrationTests.Graph;

/// <summary>(b) The Word file archived in the team's document library, folder "Minutes", through the Graph SDK.</summary>
public sealed class GraphArchiveTests : IAsyncLifetime
{
    private const string FileName = "2026-03-05 Minutes.docx";
    private FakeGraphServer _graph = null!;

    public async Task InitializeAsync() => _graph = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task The_Word_file_goes_to_the_Minutes_folder_of_the_groups_library_and_its_web_address_comes_back()
    {
        await using var services = GraphTestServices.Build(GraphTestServices.AllParts(_graph));
        var bytes = Document(20_000);

        var webUrl = await services.Graph().ArchiveAsync(FileName, bytes, CancellationToken.None);

        Assert.Collection(_graph.Requests,
            drive =>
            {
                Assert.Equal("GET", drive.Method);
                Assert.Equal($"/v1.0/groups/{GraphTestServices.GroupId}/drive", drive.Path);
                Assert.Equal("Bearer " + FakeTokenCredential.Token, drive.Authorization);
            },
            upload =>
            {
                Assert.Equal("PUT", upload.Method);
                Assert.Equal($"/v1.0/drives/{FakeGraphServer.GroupDriveId}/root:/Minutes/{FileName}:/content", upload.Path);
                Assert.Equal("/v1.0/drives/b%21group-drive-1/root:/Minutes/2026-03-05%20Minutes.docx:/content", upload.RawTarget);
                Assert.Equal("Bearer " + FakeTokenCredential.Token, upload.Authorization);
                Assert.Equal(bytes, upload.Body);
            });
        Assert.Equal(_graph.WebUrlFor(FakeGraphServer.GroupDriveId, "Minutes/" + FileName), webUrl);
    }

    [Fact]
    public async Task The_groups_library_is_looked_up_once_for_several_files()
    {
        await using var services = GraphTestServices.Build(GraphTestServices.AllParts(_graph));
        var graph = services.Graph();

        await graph.ArchiveAsync("2026-02-05 Minutes.docx", Document(100), CancellationToken.None);
        await graph.ArchiveAsync("2026-03-05 Minutes.docx", Document(200), CancellationToken.None);

        Assert.Single(_graph.RequestsTo("GET", "/v1.0/groups/"));
        Assert.Equal(2, _graph.RequestsTo("PUT", "/v1.0/drives/").Count);
    }

    [Fact]
    public async Task A_configured_library_and_folder_are_used_as_they_are()
    {
        var settings = GraphTestServices.AllParts(_graph);
        settings.Remove("Graph:Archive:GroupId");
        settings["Graph:Archive:DriveId"] = "b!secretariat-drive";
        settings["Graph:Archive:Folder"] = "/Governance/Minutes 2026/";
        await using var services = GraphTestServices.Build(settings);

        await services.Graph().ArchiveAsync("Minutes #3.docx", Document(10), CancellationToken.None);

        var upload = Assert.Single(_graph.Requests);
        Assert.Equal("/v1.0/drives/b!secretariat-drive/root:/Governance/Minutes 2026/Minutes #3.docx:/content", upload.Path);
        Assert.True(_graph.Files.ContainsKey("b!secretariat-drive/Governance/Minutes 2026/Minutes #3.docx"));
    }

    [Fact]
    public async Task A_file_above_4_MiB_is_uploaded_in_slices_through_an_upload_session()
    {
        await using var services = GraphTestServices.Build(GraphTestServices.AllParts(_graph));
        var bytes = Document(GraphMinutesClient.SimpleUploadLimit + 1_000_000);

        var webUrl = await services.Graph().ArchiveAsync(FileName, bytes, CancellationToken.None);

        var session = Assert.Single(_graph.RequestsTo("POST", "/v1.0/drives/"));
        Assert.Equal($"/v1.0/drives/{FakeGraphServer.GroupDriveId}/root:/Minutes/{FileName}:/createUploadSession", session.Path);
        Assert.Equal("replace", session.Json().GetProperty("item").GetProperty("@microsoft.graph.conflictBehavior").GetString());
        Assert.Empty(_graph.RequestsTo("PUT", "/v1.0/drives/"));
        Assert.Equal(
            [$"bytes 0-{GraphMinutesClient.UploadSliceSize - 1}/{bytes.Length}", $"bytes {GraphMinutesClient.UploadSliceSize}-{bytes.Length - 1}/{bytes.Length}"],
            _graph.UploadedSlices);
        Assert.Equal(bytes, _graph.Files[$"{FakeGraphServer.GroupDriveId}/Minutes/{FileName}"]);
        Assert.Equal(_graph.WebUrlFor(FakeGraphServer.GroupDriveId, "Minutes/" + FileName), webUrl);
    }

    [Fact]
    public async Task A_file_name_SharePoint_cannot_hold_is_refused_before_calling_Graph()
    {
        await using var services = GraphTestServices.Build(GraphTestServices.AllParts(_graph));

        var refusal = await Assert.ThrowsAsync<ArgumentException>(() => services.Graph().ArchiveAsync("March: minutes?.docx", Document(10), CancellationToken.None));

        Assert.Contains("cannot be a SharePoint file name", refusal.Message);
        Assert.Empty(_graph.Requests);
    }

    /// <summary>Bytes that differ from one position to the next, so a slice in the wrong place shows.</summary>
    internal static byte[] Document(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }
}
