using System.Security.Cryptography;
using DanVan.Feedback.Core.Attachments;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Tests.Attachments;

/// <summary>ADR 13: a case and its attachments are stored together — never a row without its file, never a lost case.</summary>
public sealed class CaseAttachmentStorageTests
{
    [Fact]
    public async Task FileAsync_WithAttachmentsAndPlace_StoresRowsWithTheCaseAndFilesInTheDataDirectory()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var photo = AttachmentInspector.Inspect("o-ga.jpg", TestFiles.Jpeg(withLocation: true)).Attachment!;
        var letter = AttachmentInspector.Inspect("don.pdf", TestFiles.Pdf()).Attachment!;
        var intake = CoreHost.Intake("binh@example.vn") with
        {
            Place = new CasePlace("Ngõ 45 Lạch Tray", 20.8449, 106.6881),
            Attachments = [photo, letter],
        };

        // Act
        var filed = await host.FileAsync(intake);

        // Assert
        var stored = await host.QueryAsync(db => db.Cases.Include(c => c.Attachments).SingleAsync(c => c.TrackingCode == filed.Code.Value));
        Assert.Equal("Ngõ 45 Lạch Tray", stored.PlaceAddress);
        Assert.Equal(20.8449, stored.Latitude);
        Assert.Equal(106.6881, stored.Longitude);
        Assert.Equal(["o-ga.jpg", "don.pdf"], stored.Attachments.OrderBy(a => a.Id).Select(a => a.DisplayName));
        var store = host.Services.GetRequiredService<AttachmentStore>();
        Assert.StartsWith(Path.Combine(host.Database.Directory, "attachments"), store.Directory);
        foreach (var row in stored.Attachments)
        {
            var bytes = await File.ReadAllBytesAsync(store.PathOf(row.StoredName));
            Assert.Equal(row.Length, bytes.Length);
            Assert.Equal(row.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            Assert.DoesNotContain("o-ga", row.StoredName, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task FileAsync_WhenTheCaseCannotBeStored_RemovesTheFilesItWrote()
    {
        // Arrange: a point far from Hải Phòng, which the case itself refuses while it is being stored.
        await using var host = await CoreHost.StartAsync();
        var store = host.Services.GetRequiredService<AttachmentStore>();
        var intake = CoreHost.Intake("binh@example.vn", title: "Hồ sơ không lưu được") with
        {
            Place = new CasePlace(null, 10.7769, 106.7009),
            Attachments = [AttachmentInspector.Inspect("don.pdf", TestFiles.Pdf()).Attachment!],
        };

        // Act
        await Assert.ThrowsAnyAsync<ArgumentException>(() => host.FileAsync(intake));

        // Assert
        var files = Directory.Exists(store.Directory) ? Directory.EnumerateFiles(store.Directory, "*", SearchOption.AllDirectories).ToList() : [];
        Assert.True(files is [], $"A case that was not stored leaves no file behind; found {string.Join(", ", files)}.");
        Assert.False(await host.QueryAsync(db => db.Cases.AnyAsync(c => c.Title == "Hồ sơ không lưu được")));
        Assert.Equal(0, await host.QueryAsync(db => db.CaseAttachments.CountAsync()));
    }
}
