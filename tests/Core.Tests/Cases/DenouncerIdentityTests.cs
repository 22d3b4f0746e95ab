using System.Globalization;
using System.Text;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.TestCommon;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Tests.Cases;

/// <summary>Luật Tố cáo 2018, Điều 47–48: the denouncer's identity is kept secret, stored only encrypted, written to no one else.</summary>
public sealed class DenouncerIdentityTests
{
    private const string Name = "Phạm Thị Hoa";
    private const string Phone = "+84 (0)912.345.678";
    private const string NationalDigits = "912345678";
    private const string Email = "Pham.Hoa@Example.vn";
    private const string Address = "Số 8 ngõ 12 phố Điện Biên Phủ, phường Hồng Bàng";

    [Fact]
    public async Task File_Denunciation_NoColumnOfTheStoredCaseOrItsHistoryHoldsTheDenouncersIdentity()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();

        // Act
        var filed = await host.FileAsync(Denunciation());

        // Assert: read the file as anyone with a copy of it would.
        var columns = ReadRawRows(host.Database, "SELECT * FROM Cases WHERE TrackingCode = $code", filed.Code.Value);
        Assert.NotEmpty(columns);
        columns.AddRange(ReadRawRows(host.Database, "SELECT e.* FROM CaseEvents e JOIN Cases c ON c.Id = e.CaseId WHERE c.TrackingCode = $code", filed.Code.Value));
        foreach (var (column, value) in columns)
        {
            Assert.False(value.Contains(Name, StringComparison.OrdinalIgnoreCase), $"Column {column} holds the denouncer's name.");
            Assert.False(value.Contains(Email, StringComparison.OrdinalIgnoreCase), $"Column {column} holds the denouncer's e-mail.");
            Assert.False(value.Contains("pham.hoa", StringComparison.OrdinalIgnoreCase), $"Column {column} holds part of the denouncer's e-mail.");
            Assert.False(value.Contains(Address, StringComparison.OrdinalIgnoreCase), $"Column {column} holds the denouncer's address.");
            var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
            Assert.False(digits.Contains(NationalDigits, StringComparison.Ordinal), $"Column {column} holds the denouncer's phone number (in some format).");
        }
    }

    [Fact]
    public async Task File_Denunciation_TheCaseShowsAWithheldFilerAndTheSealOpensToWhoTheyAre()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();

        // Act
        var filed = await host.FileAsync(Denunciation());

        // Assert
        var stored = await host.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.TrackingCode == filed.Code.Value));
        Assert.True(stored.Filer.IsWithheld && stored.Filer.FullName == Filer.WithheldName, $"Staff must see the filer as withheld; the case shows '{stored.Filer.FullName}'.");
        Assert.Null(stored.Filer.Phone);
        Assert.Null(stored.Filer.Email);
        var identity = host.Services.GetRequiredService<IdentitySealer>().Open(stored.SealedIdentity!);
        Assert.Equal(new DenouncerIdentity(Name, Address, "0" + NationalDigits, Email.ToLowerInvariant()), identity);
    }

    [Fact]
    public async Task File_Denunciation_TheReceiptGoesToTheDenouncerAlone()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();

        // Act
        var filed = await host.FileAsync(Denunciation());

        // Assert
        var receipt = Assert.Single(await host.QueryAsync(db => db.OutboundEmails.AsNoTracking().Where(e => e.Template == "case-received").ToListAsync()));
        Assert.True(receipt.To == Email.ToLowerInvariant(), $"The receipt must go to the address the denouncer gave; it goes to {receipt.To}.");
        Assert.Contains(filed.Code.ToString(), receipt.TextBody, StringComparison.Ordinal);

        // The stored mail row greets "quý vị": it holds no more of the denouncer than the address it must.
        Assert.Contains("Kính gửi quý vị", receipt.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(Name, receipt.TextBody + receipt.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestInformation_OnADenunciation_TheMailGoesOnlyToTheDenouncer()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(Denunciation());
        var officer = new StaffActor("officer-1", "Nguyễn Văn An", filed.LeadAgencyCode);
        var version = await host.QueryAsync(db => db.Cases.Where(c => c.TrackingCode == filed.Code.Value).Select(c => c.Version).SingleAsync());
        host.Clock.Advance(TimeSpan.FromHours(2));

        // Act
        CaseActionResult result;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            result = await scope.ServiceProvider.GetRequiredService<CaseWorkflowService>().ExecuteAsync(
                new CaseCommand(filed.Code.ToString(), version, CaseAction.RequestInformation, officer,
                    (c, ctx) => c.RequestInformation("Đề nghị cung cấp chứng từ đã nộp tiền", officer, ctx.Now)),
                _ => Task.FromResult(true));
        }

        // Assert
        Assert.Equal(CaseActionOutcome.Done, result.Outcome);
        var mails = await host.QueryAsync(db => db.OutboundEmails.AsNoTracking().ToListAsync());
        var request = Assert.Single(mails, m => m.Template == "information-requested");
        Assert.True(request.To == Email.ToLowerInvariant(), $"The request for information must go to the denouncer; it goes to {request.To}.");
        Assert.Contains("Kính gửi quý vị", request.TextBody, StringComparison.Ordinal);
        var naming = mails.Where(m => m.TextBody.Contains(Name, StringComparison.Ordinal) || m.HtmlBody.Contains(Name, StringComparison.Ordinal)).ToList();
        Assert.True(naming.Count == 0, $"No stored mail may name the denouncer; found mail to {string.Join(", ", naming.Select(m => m.To).Distinct())}.");
    }

    [Fact]
    public async Task Accept_ADenunciation_TellsTheDenouncerOfTheThuLy()
    {
        // Arrange: Luật Tố cáo 2018, Điều 29 — the denouncer is notified of the thụ lý.
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(Denunciation());
        var lead = new StaffActor("lead-1", "Lê Văn Cường", filed.LeadAgencyCode);
        var version = await host.QueryAsync(db => db.Cases.Where(c => c.TrackingCode == filed.Code.Value).Select(c => c.Version).SingleAsync());

        // Act
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CaseWorkflowService>().ExecuteAsync(
                new CaseCommand(filed.Code.ToString(), version, CaseAction.Accept, lead, (c, ctx) => c.Accept(lead, ctx.Now)),
                _ => Task.FromResult(true));
        }

        // Assert
        var notice = Assert.Single(await host.QueryAsync(db => db.OutboundEmails.AsNoTracking().Where(e => e.Template == "denunciation-accepted").ToListAsync()));
        Assert.Equal(Email.ToLowerInvariant(), notice.To);
        Assert.Contains("giữ bí mật", notice.TextBody, StringComparison.Ordinal);
    }

    private static CaseIntake Denunciation() => new()
    {
        Kind = CaseKind.Denunciation,
        Channel = CaseChannel.Web,
        TopicCode = "dat-dai",
        LocalityCode = TestData.HongBang,
        Title = "Tố cáo cán bộ địa chính làm sai lệch hồ sơ đo đạc",
        Description = "Cán bộ địa chính phường đã tự ý sửa số liệu đo đạc thửa đất số 112 để hợp thức hóa phần lấn chiếm của hộ liền kề.",
        FilerType = FilerType.Person,
        FilerName = Name,
        Phone = Phone,
        Email = Email,
        Address = Address,
    };

    /// <summary>Each column of the rows as text: numbers as written, blobs as UTF-8.</summary>
    private static List<(string Column, string Value)> ReadRawRows(TestDatabase database, string sql, string code)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database.FilePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$code", code);
        using var reader = command.ExecuteReader();
        var columns = new List<(string, string)>();
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.GetValue(i) switch
                {
                    DBNull => "",
                    byte[] blob => Encoding.UTF8.GetString(blob),
                    var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
                };
                columns.Add((reader.GetName(i), value));
            }
        }

        return columns;
    }
}
