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
    public async Task FileAsync_SameFormPostedTwiceWithItsFiles_OneCaseAndOnlyItsFilesStay()
    {
        // Arrange: a double click, or "Gửi" pressed again after going back: the same submission key, the files again.
        await using var host = await CoreHost.StartAsync();
        var store = host.Services.GetRequiredService<AttachmentStore>();
        var intake = CoreHost.Intake("binh@example.vn") with
        {
            SubmissionKey = SubmissionKey.NewRandom(),
            Attachments = [AttachmentInspector.Inspect("don.pdf", TestFiles.Pdf()).Attachment!],
        };

        // Act
        var first = await host.FileAsync(intake);
        var second = await host.FileAsync(intake);

        // Assert
        Assert.True(second.AlreadyFiled);
        Assert.Equal(first.Code, second.Code);
        var named = await host.QueryAsync(db => db.CaseAttachments.Select(a => a.StoredName).ToListAsync());
        var onDisk = store.Files().Select(f => f.StoredName).ToList();
        Assert.Single(named);
        Assert.Equal(named, onDisk);
    }

    [Fact]
    public async Task SweepOrphans_RemovesOnlyOldFilesNoCaseNames()
    {
        // Arrange: a stored case's file, and two files a crashed filing left behind, one of them only an hour ago.
        await using var host = await CoreHost.StartAsync();
        var store = host.Services.GetRequiredService<AttachmentStore>();
        var filed = await host.FileAsync(CoreHost.Intake("binh@example.vn") with
        {
            Attachments = [AttachmentInspector.Inspect("don.pdf", TestFiles.Pdf()).Attachment!],
        });
        var kept = await host.QueryAsync(db => db.CaseAttachments.Where(a => db.Cases.Any(c => c.Id == a.CaseId && c.TrackingCode == filed.Code.Value)).Select(a => a.StoredName).SingleAsync());
        var leftBehind = await store.WriteAsync([AttachmentInspector.Inspect("anh.png", TestFiles.Png()).Attachment!, AttachmentInspector.Inspect("b.pdf", TestFiles.Pdf()).Attachment!], default);
        var (old, recent) = (leftBehind[0].StoredName, leftBehind[1].StoredName);
        var now = host.Clock.GetUtcNow().UtcDateTime;
        File.SetLastWriteTimeUtc(store.PathOf(kept), now.AddDays(-3));
        File.SetLastWriteTimeUtc(store.PathOf(old), now.AddDays(-2));
        File.SetLastWriteTimeUtc(store.PathOf(recent), now.AddHours(-1));

        // Act
        int removed;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DanVan.Feedback.Core.Data.FeedbackDbContext>();
            removed = await new SweepOrphanAttachmentsJob(db, store, host.Clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<SweepOrphanAttachmentsJob>.Instance)
                .ExecuteAsync(default);
        }

        // Assert
        Assert.Equal(1, removed);
        Assert.False(File.Exists(store.PathOf(old)), "A day-old file no case names is removed.");
        Assert.True(File.Exists(store.PathOf(kept)), "A case's file is never removed, however old.");
        Assert.True(File.Exists(store.PathOf(recent)), "A recent file may belong to a case still being committed.");
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
