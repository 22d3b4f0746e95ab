using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.TestCommon;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVan.Feedback.Backoffice.Tests.Pages.Scoring;

/// <summary>
/// Sở Nội vụ's scoring pages (issue 6, items 3 and 4) through real requests: an assessor copies the example rubric,
/// edits it, sees a gap between bands refused for running, runs it for February 2026, re-checks and compares runs.
/// </summary>
public sealed class ScoringPagesTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    private const string Scoring = "/tong-hop/cham-diem";

    [Fact]
    public async Task Rubric_FromExampleEditedWithAGapInBands_IsSavedAsADraftThatCannotBeRun()
    {
        // Arrange
        var client = await fixture.SignInAsync(DevelopmentStaffSeeder.AssessorUserName);
        var rubricUrl = await CreateFromExampleAsync(client);
        var page = await client.GetDocumentAsync(rubricUrl);
        Assert.NotNull(page.QuerySelector("#example-label"));
        Assert.NotNull(page.QuerySelector("#ready"));

        // Act: the on-time criterion's second band now starts at 75, leaving 70–75 without points.
        var fields = Fields(page, "#rubric-form");
        Set(fields, "Input.Criteria[0].Bands[1].From", "75");
        Set(fields, "Input.Criteria[1].Name", "Thời gian trả lời phản ánh, kiến nghị");
        var saved = await client.PostAsync(rubricUrl, new FormUrlEncodedContent(fields));
        var draft = await client.GetDocumentAsync(saved.Headers.Location!.OriginalString);
        var runResponse = await client.SubmitFormAsync($"{rubricUrl}/cham", [new("ten", "Thử"), new("nam", "2026"), new("thang", "2")]);
        var runPage = await HtmlForms.ParseAsync(runResponse);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.NotNull(draft.QuerySelector("#saved"));
        Assert.Contains("các giá trị từ 70 đến dưới 75 không thuộc khung nào", draft.Text("#rubric-problems"), StringComparison.Ordinal);
        Assert.Contains("chưa dùng để chấm điểm được", draft.Text("#rubric-problems"), StringComparison.Ordinal);
        Assert.Null(draft.QuerySelector("#run-link"));
        Assert.Equal("Thời gian trả lời phản ánh, kiến nghị", draft.QuerySelector("#Input_Criteria\\[1\\]_Name")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, runResponse.StatusCode);
        Assert.Contains("không thuộc khung nào", runPage.Text("#run-problems"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rubric_AddCriterion_ShowsABlankCriterionWithoutSaving()
    {
        var client = await fixture.SignInAsync(DevelopmentStaffSeeder.AssessorUserName);
        var rubricUrl = await CreateFromExampleAsync(client);
        var page = await client.GetDocumentAsync(rubricUrl);

        var response = await client.PostAsync($"{rubricUrl}?handler=AddCriterion", new FormUrlEncodedContent(Fields(page, "#rubric-form")));
        var added = await HtmlForms.ParseAsync(response);
        var again = await client.GetDocumentAsync(rubricUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(10, added.QuerySelectorAll("fieldset.criterion").Length);
        Assert.Equal(9, again.QuerySelectorAll("fieldset.criterion").Length);
    }

    [Theory]
    [InlineData("Input.Criteria[2].MaxPoints", "mười lăm", "Tiêu chí thứ 3: điểm tối đa phải là một số")]
    [InlineData("Input.Criteria[0].Method", "Tự chọn", "Tiêu chí thứ 1: cách tính điểm không có trong danh sách")]
    [InlineData("Input.Criteria[0].Bands[0].Points", "x", "Tiêu chí thứ 1, khung 1: số điểm phải là một số")]
    [InlineData("Input.Name", "", "Vui lòng nhập tên bộ tiêu chí")]
    public async Task Rubric_BadInput_BadRequestWithAMessageAndNothingSaved(string field, string value, string message)
    {
        var client = await fixture.SignInAsync(DevelopmentStaffSeeder.AssessorUserName);
        var rubricUrl = await CreateFromExampleAsync(client);
        var fields = Fields(await client.GetDocumentAsync(rubricUrl), "#rubric-form");
        Set(fields, field, value);

        var response = await client.PostAsync(rubricUrl, new FormUrlEncodedContent(fields));
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.QuerySelector(".error-summary")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.NotNull((await client.GetDocumentAsync(rubricUrl)).QuerySelector("#ready"));
    }

    [Fact]
    public async Task Run_ForFebruary_RanksTheWardShowsTheFingerprintRechecksAndCompares()
    {
        // Arrange: a case filed with the ward of Hồng Bàng on 12/2/2026, and the example rubric as it is.
        await fixture.FileOnPortalAsync(TestData.FeedbackForm());
        var client = await fixture.SignInAsync(DevelopmentStaffSeeder.AssessorUserName);
        var rubricUrl = await CreateFromExampleAsync(client);

        // Act
        var first = await client.SubmitFormAsync($"{rubricUrl}/cham", [new("ten", "Tháng 2 lần 1"), new("nam", "2026"), new("thang", "2"), new("ghi-chu", "Chấm thử")]);
        var second = await client.SubmitFormAsync($"{rubricUrl}/cham", [new("ten", "Tháng 2 lần 2"), new("nam", "2026"), new("thang", "2")]);
        var firstUrl = first.Headers.Location!.OriginalString;
        var run = await client.GetDocumentAsync(firstUrl);
        var recheck = await HtmlForms.ParseAsync(await client.PressAsync($"{firstUrl}?handler=Recheck", run, "#recheck-button"));
        var (idA, idB) = (firstUrl.Split('/')[^1], second.Headers.Location!.OriginalString.Split('/')[^1]);
        var comparison = await client.GetDocumentAsync($"{Scoring}/so-sanh?a={idA}&b={idB}");
        var list = await client.GetDocumentAsync(Scoring);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("Tháng 2/2026", run.Text("#run-period"));
        Assert.Matches("^[0-9a-f]{64}$", run.Text("#fingerprint"));
        var ward = run.QuerySelector("#ranking tr[data-agency='UBND-11311']");
        Assert.NotNull(ward);
        Assert.Contains(ward.QuerySelector("td.class")!.TextContent.Trim(), new[] { "Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu" });
        Assert.Equal("—", ward.QuerySelector("td[data-criterion='DAN-VAN-KHEO']")!.TextContent.Trim());
        Assert.NotNull(run.QuerySelector("#run-actions"));
        Assert.Contains("trùng khớp", recheck.Text("#recheck"), StringComparison.Ordinal);
        Assert.True(recheck.QuerySelector("#recheck")!.ClassList.Contains("notice-success"), "A run recomputed from its frozen inputs matches.");
        var compared = comparison.QuerySelector("#comparison tr[data-agency='UBND-11311']");
        Assert.NotNull(compared);
        Assert.Equal("0", compared.QuerySelector("td.delta")!.TextContent.Trim());
        Assert.NotNull(list.QuerySelector($"#runs tr[data-run='{idA}']"));
    }

    [Fact]
    public async Task ManualScores_AboveTheMaximumOrWithoutEvidence_RefusedThenEnteredAndScoredInTheRun()
    {
        // Arrange
        var client = await fixture.SignInAsync(DevelopmentStaffSeeder.AssessorUserName);
        var rubricUrl = await CreateFromExampleAsync(client);
        var url = $"{rubricUrl}/diem-cham-tay?nam=2026&thang=2&co-quan=SYT";
        var page = await client.GetDocumentAsync(url);
        var action = page.QuerySelector("#scores-form")!.GetAttribute("action")!;

        async Task<HttpResponseMessage> EnterAsync(string points, string evidence)
        {
            var fields = Fields(page, "#scores-form");
            Set(fields, "Scores[0].Points", points);
            Set(fields, "Scores[0].Evidence", evidence);
            return await client.PostAsync(action, new FormUrlEncodedContent(fields));
        }

        // Act
        var tooMany = await EnterAsync("3,5", "Quyết định 12/QĐ-UBND");
        var noEvidence = await EnterAsync("2", "");
        var entered = await EnterAsync("2,5", "Quyết định 12/QĐ-UBND công nhận mô hình");
        var list = await client.GetDocumentAsync(entered.Headers.Location!.OriginalString);
        var run = await client.SubmitFormAsync($"{rubricUrl}/cham", [new("ten", "Có điểm chấm tay"), new("nam", "2026"), new("thang", "2")]);
        var ranking = await client.GetDocumentAsync(run.Headers.Location!.OriginalString);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("vượt quá khoảng 0–3", (await HtmlForms.ParseAsync(tooMany)).Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noEvidence.StatusCode);
        Assert.Contains("cần có minh chứng", (await HtmlForms.ParseAsync(noEvidence)).Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, entered.StatusCode);
        Assert.Equal("2,5", list.QuerySelector("#entered tr[data-agency='SYT'] td.numeric")?.TextContent.Trim());
        Assert.Equal("2,5", ranking.QuerySelector("#ranking tr[data-agency='SYT'] td[data-criterion='DAN-VAN-KHEO']")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/tong-hop/cham-diem/so-sanh?a=abc&b=1", "không hợp lệ")]
    [InlineData("/tong-hop/cham-diem/so-sanh?a=1&b=1", "hai đợt chấm điểm khác nhau")]
    public async Task Compare_BadChoice_BadRequestWithAMessage(string url, string message)
    {
        var client = await fixture.SignInAsync(DevelopmentStaffSeeder.AssessorUserName);

        var response = await client.GetAsync(url);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.QuerySelector(".error-summary")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1999", "", "Năm phải từ 2020")]
    [InlineData("2026", "13", "Tháng phải từ 1 đến 12")]
    public async Task Run_BadPeriod_BadRequestWithAMessage(string year, string month, string message)
    {
        var client = await fixture.SignInAsync(DevelopmentStaffSeeder.AssessorUserName);
        var rubricUrl = await CreateFromExampleAsync(client);

        var response = await client.SubmitFormAsync($"{rubricUrl}/cham", [new("ten", "Thử"), new("nam", year), new("thang", month)]);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.Text("#run-problems"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Downloads_WorkbookWithCaseSheetsCsvAndCchcComponent_ForAssessorsOnly()
    {
        // Arrange: a run for February 2026 with a case of the ward of Hồng Bàng in it.
        await fixture.FileOnPortalAsync(TestData.FeedbackForm());
        var client = await fixture.SignInAsync(DevelopmentStaffSeeder.AssessorUserName);
        var rubricUrl = await CreateFromExampleAsync(client);
        var runUrl = (await client.SubmitFormAsync($"{rubricUrl}/cham", [new("ten", "Tháng 2 tải về"), new("nam", "2026"), new("thang", "2")]))
            .Headers.Location!.OriginalString;
        var officer = await fixture.SignInAsync(DevelopmentStaffSeeder.OfficerUserName("UBND-11311"));

        // Act
        var run = await client.GetDocumentAsync(runUrl);
        var xlsx = await client.GetAsync(run.QuerySelector("#download-xlsx-cases")!.GetAttribute("href"));
        var csv = await client.GetAsync(run.QuerySelector("#download-csv")!.GetAttribute("href"));
        var cchc = await client.GetAsync(run.QuerySelector("#download-cchc")!.GetAttribute("href"));
        var asOfficer = await officer.GetAsync($"{runUrl}?handler=Xlsx");

        // Assert: the workbook opens, with the ranking first and a sheet of cases behind a figure.
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment", xlsx.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), isEditable: false))
        {
            var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
            Assert.Equal("Tổng hợp", sheets[0]);
            Assert.Contains(sheets, name => name.StartsWith("Hồ sơ", StringComparison.Ordinal));
            var summary = (WorksheetPart)workbook.WorkbookPart.GetPartById(workbook.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!);
            var text = string.Join(" ", summary.Worksheet.Descendants<Cell>().Select(c => c.InnerText))
                + string.Join(" ", workbook.WorkbookPart.SharedStringTablePart?.SharedStringTable.InnerText ?? "");
            Assert.Contains("UBND-11311", text, StringComparison.Ordinal);
        }

        var csvBytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal([0xEF, 0xBB, 0xBF], csvBytes[..3]);
        Assert.Contains("UBND-11311", System.Text.Encoding.UTF8.GetString(csvBytes), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, cchc.StatusCode);
        Assert.Contains("UBND-11311", await cchc.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, asOfficer.StatusCode);
    }

    [Fact]
    public async Task Get_AsAnOfficer_Forbidden()
    {
        var client = await fixture.SignInAsync(DevelopmentStaffSeeder.OfficerUserName("UBND-11311"));

        var list = await client.GetAsync(Scoring);
        var rubric = await client.GetAsync($"{Scoring}/bo-tieu-chi/1");

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, rubric.StatusCode);
    }

    private static async Task<string> CreateFromExampleAsync(HttpClient client)
    {
        var list = await client.GetDocumentAsync(Scoring);
        var response = await client.PressAsync($"{Scoring}?handler=FromExample", list, "#from-example");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Creating a rubric from the example should redirect to it; got {(int)response.StatusCode}.");
        return response.Headers.Location!.OriginalString;
    }

    // Every field of a form as a browser would send it: inputs, ticked boxes, the chosen option of each list, text areas.
    private static List<KeyValuePair<string, string>> Fields(IDocument page, string formSelector)
    {
        var form = page.QuerySelector(formSelector) ?? throw new Xunit.Sdk.XunitException($"The page has no form '{formSelector}'.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsDefaultChecked)
                    {
                        fields.Add(new(box.Name!, box.Value));
                    }

                    break;
                case IHtmlInputElement input:
                    fields.Add(new(input.Name!, input.GetAttribute("value") ?? ""));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(select.Name!, select.Options.FirstOrDefault(o => o.IsDefaultSelected)?.Value ?? select.Options.FirstOrDefault()?.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(area.Name!, area.TextContent));
                    break;
            }
        }

        return fields;
    }

    private static void Set(List<KeyValuePair<string, string>> fields, string name, string value)
    {
        var index = fields.FindIndex(f => f.Key == name);
        Assert.True(index >= 0, $"The form has no field {name}.");
        fields[index] = new(name, value);
    }
}
