using System.Net;
using DanVan.Feedback.TestCommon;

namespace DanVan.Feedback.Backoffice.Tests.Pages.Review;

/// <summary>Thanh tra thành phố's review queue (task 4.5) and the heads' page (task 4.6).</summary>
public sealed class ReviewQueueTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    [Fact]
    public async Task MassFiling_IsInTheInspectorsQueue_AndTheInspectorRecordsAFindingTheAgencySees()
    {
        // Arrange: recorded by an officer from the hotline, signed by 12 residents.
        var officer = await fixture.SignInAsync("canbo.ubnd-11311");
        var title = $"Nhiều hộ dân phản ánh ngập úng kéo dài {Guid.NewGuid():N}";
        var recorded = await officer.SubmitFormAsync("/ho-so/nhap-moi", ManualIntake(title, signatories: "12"));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var confirmation = await officer.GetDocumentAsync("/ho-so/nhap-moi");
        var code = confirmation.Text("#recorded-code");
        var inspector = await fixture.SignInAsync("thanhtra");

        // Act
        var queue = await inspector.GetDocumentAsync("/thanh-tra?ly-do=Mass");
        var finding = await inspector.SubmitFormAsync($"/ho-so/{code}/ket-qua-ra-soat", await VersionedAsync(inspector, code, "ket-qua-ra-soat",
            [new("Input.Text", "Đề nghị UBND phường tổ chức đối thoại với các hộ dân trước ngày 15/3."), new("Input.DirectsLeadAgency", "true")]));
        var agencyView = await officer.GetDocumentAsync($"/ho-so/{code}");

        // Assert
        Assert.Contains(queue.QuerySelectorAll("#review-queue tr"), tr => tr.TextContent.Contains(code, StringComparison.Ordinal) && tr.TextContent.Contains("đông người", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, finding.StatusCode);
        Assert.Contains("Chỉ đạo cơ quan chủ trì: Đề nghị UBND phường tổ chức đối thoại", agencyView.Text("#history"));
        Assert.Contains("Đang rà soát", agencyView.Text("#review"));
    }

    [Fact]
    public async Task Inspector_CannotSeeACaseOutsideTheQueue_ButCanFlagItByCode()
    {
        // Arrange
        var code = await fixture.FileOnPortalAsync(TestData.FeedbackForm(f =>
        {
            f["Input.Title"] = $"Không thuộc danh sách rà soát {Guid.NewGuid():N}";
            f["Input.Phone"] = $"09{Random.Shared.Next(10000000, 99999999)}";
            f["Input.TopicCode"] = "giao-duc";
        }));
        var inspector = await fixture.SignInAsync("thanhtra");

        // Act
        var before = await inspector.GetAsync($"/ho-so/{code}");
        var byCode = await inspector.GetAsync($"/thanh-tra/dua-vao?ma={code}");
        var flag = await inspector.SubmitFormAsync(byCode.Headers.Location!.OriginalString, await VersionedAsync(inspector, code, "dua-vao-ra-soat",
            [new("Input.Text", "Công dân phản ánh tại buổi tiếp công dân định kỳ.")]));
        var after = await inspector.GetAsync($"/ho-so/{code}");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, flag.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Officer_CannotOpenTheQueueOrTheHeadsPage()
    {
        // Arrange
        var officer = await fixture.SignInAsync("canbo.ubnd-11311");

        // Act
        var queue = await officer.GetAsync("/thanh-tra");
        var heads = await officer.GetAsync("/thanh-tra/nguoi-dung-dau");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, queue.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, heads.StatusCode);
    }

    [Fact]
    public async Task HeadsPage_CountsWhatEachAgencyReceivedAndNamesItsLeads()
    {
        // Arrange
        await fixture.FileOnPortalAsync(TestData.FeedbackForm(f => f["Input.Title"] = $"Đếm cho trang người đứng đầu {Guid.NewGuid():N}"));
        var inspector = await fixture.SignInAsync("thanhtra");

        // Act
        var page = await inspector.GetDocumentAsync("/thanh-tra/nguoi-dung-dau?nam=2026");
        var bad = await inspector.GetAsync("/thanh-tra/nguoi-dung-dau?nam=1999");

        // Assert
        var row = page.QuerySelectorAll("#heads tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent == TestData.HongBangCommittee);
        Assert.Contains("Lãnh đạo Ủy ban nhân dân phường Hồng Bàng", row.TextContent);
        Assert.True(int.Parse(row.QuerySelectorAll("td")[1].TextContent, System.Globalization.CultureInfo.InvariantCulture) >= 1, "The case filed this year must be counted as received.");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private static Dictionary<string, string> ManualIntake(string title, string signatories) => new()
    {
        ["Input.Channel"] = "Hotline",
        ["Input.Kind"] = "Feedback",
        ["Input.TopicCode"] = "ha-tang-dia-phuong",
        ["Input.LocalityCode"] = TestData.HongBang,
        ["Input.Title"] = title,
        ["Input.Description"] = "Mỗi khi mưa lớn, cả khu dân cư tổ 5 ngập sâu nửa mét suốt nhiều giờ.",
        ["Input.FilerType"] = "Person",
        ["Input.FilerName"] = "Trần Văn Bình",
        ["Input.Phone"] = $"09{Random.Shared.Next(10000000, 99999999)}",
        ["Input.SignatoryCount"] = signatories,
    };

    private static async Task<KeyValuePair<string, string>[]> VersionedAsync(HttpClient client, string code, string step, KeyValuePair<string, string>[] fields)
    {
        var form = await client.GetDocumentAsync($"/ho-so/{code}/{step}");
        return [.. fields, new("Input.Version", form.QuerySelector("#Input_Version")!.GetAttribute("value")!)];
    }
}
