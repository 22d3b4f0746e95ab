using System.Net;
using DanVan.Feedback.Core.Attachments;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.TestCommon;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Portal.Tests.Pages.Feedback;

/// <summary>Issue 3, journey 1 and Safety: optional files (checked by content, stored outside wwwroot without GPS) and an optional place.</summary>
public sealed class AttachmentsAndPlaceTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string FormUrl = "/phan-anh/gui";

    public static TheoryData<string, UploadFile[], string> BadFiles => new()
    {
        { "disguised", [new("anh-o-ga.jpg", TestFiles.Executable(), "image/jpeg")], "Tệp “anh-o-ga.jpg” không phải là ảnh JPEG, PNG hay tài liệu PDF, DOCX, XLSX hợp lệ" },
        { "too large", [new("ban-ve.pdf", [.. TestFiles.Pdf(), .. new byte[AttachmentRules.MaxFileBytes]], "application/pdf")], "Tệp “ban-ve.pdf” lớn hơn 10 MB." },
        { "empty", [new("rong.png", [], "image/png")], "Tệp “rong.png” không có nội dung." },
        { "too many", Enumerable.Range(1, 6).Select(i => new UploadFile($"trang-{i}.pdf", TestFiles.Pdf(), "application/pdf")).ToArray(), "Quý vị chỉ có thể gửi kèm tối đa 5 tệp." },
    };

    public static TheoryData<string, string, string> BadPlaces => new()
    {
        { "10.7769", "106.7009", "Tọa độ này nằm ngoài địa bàn thành phố Hải Phòng." }, // Thành phố Hồ Chí Minh
        { "21.0285", "105.8542", "Tọa độ này nằm ngoài địa bàn thành phố Hải Phòng." }, // Hà Nội
        { "95", "106.7", "Tọa độ chưa đúng." },
        { "hai mươi", "106.7", "Tọa độ chưa đúng." },
        { "20.8449", "", "Quý vị vui lòng ghi cả vĩ độ và kinh độ, hoặc để trống cả hai." },
    };

    [Fact]
    public async Task Post_WithAttachmentsAndPlace_StoresThemWithTheCase_FilesOutsideWwwrootWithoutGps()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var title = $"Ổ gà lớn trên phố Lạch Tray {Guid.NewGuid():N}";
        UploadFile[] files =
        [
            new("ổ gà.jpg", TestFiles.Jpeg(withLocation: true), "image/jpeg"),
            new("đơn kiến nghị.docx", TestFiles.Docx(), "application/octet-stream"),
            new("bảng kê.xlsx", TestFiles.Xlsx()),
            new("biên bản.pdf", TestFiles.Pdf(), "application/pdf"),
            new("sơ đồ.png", TestFiles.Png(withMetadata: true), "image/png"),
        ];

        // Act: the comma a Vietnamese keyboard types is read as the decimal mark.
        var response = await client.SubmitMultipartAsync(FormUrl, TestData.FeedbackForm(f =>
        {
            f["Input.Title"] = title;
            f["Input.Place.Address"] = "Trước số nhà 120 phố Lạch Tray";
            f["Input.Place.Latitude"] = "20,8449";
            f["Input.Place.Longitude"] = "106.6881";
        }), files);

        // Assert
        Assert.True(response.StatusCode == HttpStatusCode.SeeOther, $"The case should be stored; got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var stored = await fixture.QueryAsync(db => db.Cases.Include(c => c.Attachments).SingleAsync(c => c.Title == title));
        Assert.Equal("Trước số nhà 120 phố Lạch Tray", stored.PlaceAddress);
        Assert.Equal(20.8449, stored.Latitude);
        Assert.Equal(106.6881, stored.Longitude);
        var attachments = stored.Attachments.OrderBy(a => a.Id).ToList();
        Assert.Equal(files.Select(f => f.FileName), attachments.Select(a => a.DisplayName));
        Assert.Equal([AttachmentKind.Jpeg, AttachmentKind.Docx, AttachmentKind.Xlsx, AttachmentKind.Pdf, AttachmentKind.Png], attachments.Select(a => a.Kind));
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", attachments[1].ContentType);

        var store = fixture.Factory.Services.GetRequiredService<AttachmentStore>();
        var webRoot = fixture.Factory.Services.GetRequiredService<IWebHostEnvironment>().WebRootPath;
        Assert.Equal(Path.Combine(fixture.Database.Directory, "attachments"), store.Directory);
        foreach (var attachment in attachments)
        {
            var path = store.PathOf(attachment.StoredName);
            Assert.True(File.Exists(path), $"{attachment.DisplayName} must be on disk at {path}.");
            Assert.False(path.StartsWith(webRoot, StringComparison.Ordinal), "Attachments are never under wwwroot.");
            Assert.DoesNotContain(Path.GetFileNameWithoutExtension(attachment.DisplayName), path, StringComparison.Ordinal);
        }

        var photo = await File.ReadAllBytesAsync(store.PathOf(attachments[0].StoredName));
        Assert.True(photo.AsSpan().IndexOf(TestFiles.GpsLatitude) < 0, "The photo's GPS position must not be stored.");
        Assert.True(photo is [0xFF, 0xD8, 0xFF, ..], "The stored photo is still a JPEG.");
        var image = await File.ReadAllBytesAsync(store.PathOf(attachments[4].StoredName));
        Assert.True(image.AsSpan().IndexOf(TestFiles.GpsLatitude) < 0, "The PNG's eXIf GPS position must not be stored.");
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Post_BadAttachment_Returns400WithTheMessageBesideTheField_KeepsTheTypedInput(string problem, UploadFile[] files, string message)
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var title = $"Rác thải ven đường ({problem}) {Guid.NewGuid():N}";
        var filesBefore = StoredFileCount();

        // Act
        var response = await client.SubmitMultipartAsync(FormUrl, TestData.FeedbackForm(f =>
        {
            f["Input.Title"] = title;
            f["Input.Place.Address"] = "Chân cầu Lạc Long";
        }), files);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.Text(".error-summary"));
        Assert.Contains("#Attachments", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Contains(message, page.Text("#Attachments-error"));
        Assert.Contains("Attachments-error", page.QuerySelector("#Attachments")!.GetAttribute("aria-describedby"));
        Assert.Contains("quý vị vui lòng chọn lại tệp đính kèm", page.Text("#attachments-again"));
        Assert.Equal(title, page.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Equal("Chân cầu Lạc Long", page.QuerySelector("#Input_Place_Address")!.GetAttribute("value"));
        Assert.False(await fixture.QueryAsync(db => db.Cases.AnyAsync(c => c.Title == title)), "No case is stored with a refused file.");
        Assert.Equal(filesBefore, StoredFileCount());
    }

    [Fact]
    public async Task Post_DisguisedFileInEnglish_Returns400WithTheEnglishMessage()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var response = await client.SubmitMultipartAsync(FormUrl + "?culture=en", TestData.FeedbackForm(), [new("invoice.pdf", TestFiles.Html(), "application/pdf")]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The file “invoice.pdf” is not a valid JPEG or PNG photo or PDF, DOCX or XLSX document", page.Text("#Attachments-error"));
        Assert.Contains("please choose your attachments again", page.Text("#attachments-again"));
    }

    [Theory]
    [MemberData(nameof(BadPlaces))]
    public async Task Post_BadCoordinates_Returns400WithTheMessageAndKeepsThem(string latitude, string longitude, string message)
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var title = $"Vị trí sai {Guid.NewGuid():N}";

        // Act
        var response = await client.SubmitFormAsync(FormUrl, TestData.FeedbackForm(f =>
        {
            f["Input.Title"] = title;
            f["Input.Place.Latitude"] = latitude;
            f["Input.Place.Longitude"] = longitude;
        }));
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.Text(".error-summary"));
        Assert.Contains(message, page.Text(".place .field-error"));
        Assert.Equal(latitude, page.QuerySelector("#Input_Place_Latitude")!.GetAttribute("value"));
        Assert.Equal(title, page.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.False(await fixture.QueryAsync(db => db.Cases.AnyAsync(c => c.Title == title)));
    }

    [Fact]
    public async Task Post_AddressTooLong_Returns400()
    {
        var client = fixture.Factory.CreateBrowserClient();

        var response = await client.SubmitFormAsync(FormUrl, TestData.FeedbackForm(f => f["Input.Place.Address"] = new string('a', CasePlace.AddressMaxLength + 1)));
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Địa chỉ, vị trí không quá 300 ký tự.", page.Text("#Input_Place_Address-error"));
    }

    [Theory]
    [InlineData("", "Nội dung gửi lên quá lớn")]
    [InlineData("?culture=en", "What you sent is too large")]
    public async Task Post_LargerThanThePageAccepts_Returns413PageInTheFilersLanguage(string query, string heading)
    {
        // Arrange: six files at the limit, more than the page's overall limit.
        var client = fixture.Factory.CreateBrowserClient();
        var big = new byte[AttachmentRules.MaxFileBytes];
        var files = Enumerable.Range(1, 6).Select(i => new UploadFile($"anh-{i}.jpg", big, "image/jpeg"));

        // Act
        var response = await client.SubmitMultipartAsync(FormUrl + query, TestData.FeedbackForm(), files);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(heading, page.Text("h1"));
    }

    [Fact]
    public async Task Get_Form_IsMultipartWithAFileFieldAndPlaceFields()
    {
        var page = await fixture.Factory.CreateBrowserClient().GetDocumentAsync(FormUrl);

        Assert.Equal("multipart/form-data", page.QuerySelector("form[method=post]")!.GetAttribute("enctype"));
        Assert.NotNull(page.QuerySelector("input[type=file][name=Attachments][multiple]"));
        Assert.NotNull(page.QuerySelector("input[name='Input.Place.Address']"));
        Assert.NotNull(page.QuerySelector("button#use-my-location[hidden]"));
        Assert.NotNull(page.QuerySelector("script[src*='/js/place']"));
    }

    private int StoredFileCount()
    {
        var directory = fixture.Factory.Services.GetRequiredService<AttachmentStore>().Directory;
        return Directory.Exists(directory) ? Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Count() : 0;
    }
}
