using System.Net;
using DanVan.Feedback.Core.Attachments;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Backoffice.Tests.Pages.Cases;

/// <summary>Issue 3, Safety: attachments are served to staff only — those who may see the case — as downloads, each one audited.</summary>
public sealed class AttachmentDownloadTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    [Fact]
    public async Task LeadAgencyOfficer_SeesPlaceAndFiles_DownloadsAFile_AndTheDownloadIsAudited()
    {
        // Arrange
        var code = await FileWithPhotoAsync();
        var officer = await fixture.SignInAsync("canbo.ubnd-11311");

        // Act
        var casePage = await officer.GetDocumentAsync($"/ho-so/{code}");
        var link = casePage.QuerySelector("#attachments a")!.GetAttribute("href")!;
        var download = await officer.GetAsync(link);
        var bytes = await download.Content.ReadAsByteArrayAsync();

        // Assert
        Assert.Contains("Chân cầu Lạc Long", casePage.Text("#place-address"));
        Assert.StartsWith("https://www.openstreetmap.org/?mlat=20.844900&mlon=106.688100", casePage.QuerySelector("#place-map")!.GetAttribute("href"));
        Assert.Contains("ổ gà.jpg", casePage.Text("#attachments"));
        Assert.Contains("Ảnh JPEG", casePage.Text("#attachments"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/jpeg", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("ổ gà.jpg", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(bytes is [0xFF, 0xD8, 0xFF, ..], "The file sent is the stored JPEG.");
        Assert.True(bytes.AsSpan().IndexOf(TestFiles.GpsLatitude) < 0, "The file sent has no GPS position.");

        var raw = code.Replace("-", "", StringComparison.Ordinal);
        var audit = await QueryAsync(db => db.AuditLog.Where(a => a.Subject == raw && a.Action == AuditAction.AttachmentDownloaded).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Contains("ổ gà.jpg", entry.Detail);
        Assert.Equal("UBND-11311", entry.ActorAgencyCode);
    }

    [Theory]
    [InlineData("canbo.snnmt")] // an officer of another agency
    [InlineData("danhgia")] // Sở Nội vụ's assessor
    public async Task Download_ByStaffWhoMayNotSeeTheCase_IsRefusedAndNotAudited(string userName)
    {
        // Arrange
        var code = await FileWithPhotoAsync();
        var raw = code.Replace("-", "", StringComparison.Ordinal);
        var id = await QueryAsync(db => db.CaseAttachments.Where(a => db.Cases.Any(c => c.Id == a.CaseId && c.TrackingCode == raw)).Select(a => a.Id).SingleAsync());
        var client = await fixture.SignInAsync(userName);

        // Act
        var response = await client.GetAsync($"/ho-so/{code}/tep/{id}");

        // Assert
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{userName} must not get the file; got {(int)response.StatusCode}.");
        Assert.NotEqual("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.False(await QueryAsync(db => db.AuditLog.AnyAsync(a => a.Subject == raw && a.Action == AuditAction.AttachmentDownloaded)));
    }

    [Fact]
    public async Task Download_AnAttachmentOfAnotherCase_IsNotFound()
    {
        // Arrange: the officer may see both cases, but an id belongs to one of them only.
        var first = await FileWithPhotoAsync();
        var second = await FileWithPhotoAsync();
        var raw = first.Replace("-", "", StringComparison.Ordinal);
        var id = await QueryAsync(db => db.CaseAttachments.Where(a => db.Cases.Any(c => c.Id == a.CaseId && c.TrackingCode == raw)).Select(a => a.Id).SingleAsync());
        var officer = await fixture.SignInAsync("canbo.ubnd-11311");

        // Act
        var response = await officer.GetAsync($"/ho-so/{second}/tep/{id}");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Portal_ServesNoAttachment()
    {
        // Arrange
        var code = await FileWithPhotoAsync();
        var raw = code.Replace("-", "", StringComparison.Ordinal);
        var storedName = await QueryAsync(db => db.CaseAttachments.Where(a => db.Cases.Any(c => c.Id == a.CaseId && c.TrackingCode == raw)).Select(a => a.StoredName).SingleAsync());
        var portal = fixture.Portal.CreateBrowserClient();

        // Act and assert: neither by the Backoffice's address nor by the file's own name.
        foreach (var url in new[] { $"/ho-so/{code}/tep/1", $"/attachments/{storedName[..2]}/{storedName}", $"/{storedName}" })
        {
            var response = await portal.GetAsync(url);
            Assert.NotEqual("image/jpeg", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    private async Task<string> FileWithPhotoAsync()
    {
        var client = fixture.Portal.CreateBrowserClient();
        var response = await client.SubmitMultipartAsync("/phan-anh/gui", TestData.FeedbackForm(f =>
        {
            f["Input.Title"] = $"Ổ gà trên đường dẫn lên cầu {Guid.NewGuid():N}";
            f["Input.Phone"] = $"0912 {Random.Shared.Next(100, 999)} 678";
            f["Input.Place.Address"] = "Chân cầu Lạc Long";
            f["Input.Place.Latitude"] = "20.8449";
            f["Input.Place.Longitude"] = "106.6881";
        }), [new UploadFile("ổ gà.jpg", TestFiles.Jpeg(withLocation: true), "image/jpeg")]);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var confirmation = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        return confirmation.Text("#tracking-code");
    }

    private async Task<T> QueryAsync<T>(Func<FeedbackDbContext, Task<T>> query)
    {
        await using var scope = fixture.Backoffice.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<FeedbackDbContext>());
    }
}
