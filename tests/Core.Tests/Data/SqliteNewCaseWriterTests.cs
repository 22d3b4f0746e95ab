using DanVan.Feedback.Core.Attachments;
using DanVan.Feedback.Core.Businesses;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Data.Providers;
using DanVan.Feedback.TestCommon;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Tests.Data;

/// <summary>
/// The group commit stores new cases through statements of its own (ADR 25). A row it writes must be the row EF would
/// have written: these tests build cases of every shape through <see cref="CaseService"/>, store the same objects
/// once through the writer and once through EF's SaveChanges, each into a fresh database, and compare every column of
/// every row the two wrote.
/// </summary>
public sealed class SqliteNewCaseWriterTests
{
    private static readonly string[] Tables = ["Cases", "CaseEvents", "CaseAttachments", "CaseCoordinators", "OutboundEmails"];

    [Fact]
    public async Task WriteAsync_CasesOfEveryShape_WritesTheRowsEfWouldWrite()
    {
        // Arrange
        await using var byWriter = await CoreHost.StartAsync();
        await using var byEf = await CoreHost.StartAsync();
        var cases = await BuildEveryShapeAsync(byWriter);

        // Act
        await byWriter.QueryAsync(async db =>
        {
            var writer = SqliteNewCaseWriter.For(db.Model);
            Assert.Empty(writer.Unwritable);
            Assert.True(writer.CanWrite(cases), "The writer must know every part of a case filed on the Portal.");
            await writer.WriteAsync(db, cases, CancellationToken.None);
            return 0;
        });
        await byEf.QueryAsync(async db =>
        {
            // The same objects, now with the keys the writer gave them: EF inserts those keys as they are.
            foreach (var created in cases)
            {
                db.Cases.Add(created.Case);
                if (created.Receipt is { } receipt)
                {
                    db.OutboundEmails.Add(receipt);
                }
            }

            return await db.SaveChangesAsync();
        });

        // Assert
        foreach (var table in Tables)
        {
            var written = await RowsAsync(byWriter.Database.ConnectionString, table);
            var expected = await RowsAsync(byEf.Database.ConnectionString, table);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, written);
        }
    }

    [Fact]
    public async Task WriteAsync_SetsTheKeysTheDatabaseGave_SoTheFilerAndTheOutboxSeeTheStoredCase()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var cases = await BuildEveryShapeAsync(host);

        // Act
        await host.QueryAsync(async db =>
        {
            await SqliteNewCaseWriter.For(db.Model).WriteAsync(db, cases, CancellationToken.None);
            return 0;
        });

        // Assert: each case read back by its code is the case the writer numbered, with its events and its receipt.
        foreach (var created in cases)
        {
            var stored = await host.QueryAsync(db => db.Cases.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.TrackingCode == created.Case.TrackingCode));
            Assert.Equal(created.Case.Id, stored.Id);
            Assert.Equal(created.Case.Events.Select(e => (e.Id, e.Type)), stored.Events.OrderBy(e => e.Id).Select(e => (e.Id, e.Type)));
            if (created.Receipt is { } receipt)
            {
                var mail = await host.QueryAsync(db => db.OutboundEmails.AsNoTracking().SingleAsync(m => m.Id == receipt.Id));
                Assert.Equal(created.Case.Id, mail.CaseId);
            }
        }
    }


    // Files one intake of each shape through CaseService with a store that keeps the built cases instead of saving them.
    private static async Task<List<NewCase>> BuildEveryShapeAsync(CoreHost host)
    {
        var keeper = new KeepingStore();
        await using var scope = host.Services.CreateAsyncScope();
        var service = ActivatorUtilities.CreateInstance<CaseService>(scope.ServiceProvider, (ICaseStore)keeper);
        var photo = AttachmentInspector.Inspect("o-ga.jpg", TestFiles.Jpeg(withLocation: true)).Attachment!;
        var letter = AttachmentInspector.Inspect("don.pdf", TestFiles.Pdf()).Attachment!;
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime);
        CaseIntake[] intakes =
        [
            CoreHost.Intake("binh@example.vn") with { Phone = "0912345678", Place = new CasePlace("Ngõ 45 Lạch Tray", 20.8449, 106.6881), Attachments = [photo, letter], SubmissionKey = SubmissionKey.NewRandom() },
            CoreHost.Intake("") with { Email = null, Phone = "0987654321", Language = FilerLanguage.English, SignatoryCount = 7 },
            CoreHost.Intake("an@example.vn") with
            {
                Kind = CaseKind.Complaint,
                Complaint = ComplaintDetails.Create("125/QĐ-UBND", today.AddDays(-20), null, "UBND phường Hồng Bàng", today.AddDays(-10), "Đề nghị hủy quyết định.",
                    "Số 12 phố Hoàng Văn Thụ", true, Representation.Self, null, today: today),
            },
            CoreHost.Intake("cuong@example.vn") with
            {
                Kind = CaseKind.Denunciation,
                TopicCode = "tham-nhung-nhung-nhieu",
                Address = "Số 3 phố Điện Biên Phủ",
                Denunciation = DenunciationDetails.Create("Lê Văn Cường", "Cán bộ địa chính", "UBND phường Hồng Bàng", null, "Tin nhắn"),
            },
            CoreHost.Intake("dn@example.vn") with
            {
                FilerType = FilerType.Business,
                OrganisationName = "Công ty TNHH Cảng Đình Vũ",
                InIndustrialZone = true,
                Enterprise = Enterprise.Create(TaxCode.Parse("0100109106"), "KCN-DINH-VU", "Giám đốc"),
            },
        ];
        foreach (var intake in intakes)
        {
            await service.FileAsync(intake);
        }

        return keeper.Built;
    }

    private static async Task<List<string>> RowsAsync(string connectionString, string table)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY \"Id\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            // Each value with SQLite's storage class: 1 and '1' are not the same row.
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount)
                .Select(i => $"{reader.GetName(i)}={reader.GetDataTypeName(i)}:{(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))}")));
        }

        return rows;
    }

    private sealed class KeepingStore : ICaseStore
    {
        public List<NewCase> Built { get; } = [];

        public Task<NewCase> SaveNewAsync(Func<NewCase> build, CancellationToken cancellationToken)
        {
            var created = build();
            Built.Add(created);
            return Task.FromResult(created);
        }
    }
}
