using System.Text.RegularExpressions;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.TestCommon;
using DanVan.Feedback.Web;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Portal.Tests.Web;

/// <summary>
/// Core's refusals said by src/Web (ADR 24): every code, and every step, state and input a code names, has words in
/// Vietnamese and English, so no reader meets a code; the Vietnamese is the sentence Core used to write.
/// </summary>
public sealed class CaseRuleMessagesTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    public static TheoryData<string> Cultures => new("vi-VN", "en");

    [Theory]
    [MemberData(nameof(Cultures))]
    public void For_EveryRuleAndEveryWordItNames_IsSaidNotShownAsACode(string culture)
    {
        // Arrange: each rule with arguments of the kinds it takes, and each step, state and input through a rule naming it.
        var refusals = Enum.GetValues<CaseRule>().Select(r => new CaseRefusal(r, [CaseAction.Close, CaseStatus.Received]))
            .Concat(Enum.GetValues<CaseAction>().Select(a => new CaseRefusal(CaseRule.StepNotAllowed, [a, CaseStatus.Received])))
            .Concat(Enum.GetValues<CaseStatus>().Select(s => new CaseRefusal(CaseRule.StepNotAllowed, [CaseAction.Close, s])))
            .Concat(Enum.GetValues<StepInput>().Select(i => new CaseRefusal(CaseRule.InputMissing, [i])));

        // Act
        var said = TestCultures.In(culture, () => refusals.Select(r => (Refusal: r, Text: Messages.For(r))).ToList());

        // Assert
        Assert.All(said, s => Assert.False(
            s.Text == s.Refusal.ToString() || s.Refusal.Arguments.Any(a => Regex.IsMatch(s.Text, $@"\b{a}\b")),
            $"{s.Refusal} reads \"{s.Text}\" in {culture}: a code, not words."));
    }

    [Theory]
    [InlineData("vi-VN", "Không thể duyệt trả lời khi hồ sơ đang được giải quyết.")]
    [InlineData("en", "It is not possible to approve the answer while the case is being resolved.")]
    public void For_StepTheStatusForbids_NamesTheStepAndTheStatus(string culture, string expected)
    {
        var said = TestCultures.In(culture, () => Messages.For(new CaseRefusal(CaseRule.StepNotAllowed, [CaseAction.ApproveAnswer, CaseStatus.Accepted])));

        Assert.Equal(expected, said);
    }

    [Theory]
    [InlineData("vi-VN", "Phần nội dung bổ sung không quá 1900 ký tự.")]
    [InlineData("en", "The information you are adding must be at most 1900 characters long.")]
    public void For_InputTooLong_NamesTheInputAndTheLimit(string culture, string expected)
    {
        var said = TestCultures.In(culture, () => Messages.For(new CaseRefusal(CaseRule.InputTooLong, [StepInput.FilersReply, 1900])));

        Assert.Equal(expected, said);
    }

    [Theory]
    [InlineData("vi-VN", "Căn cứ \"Người đại diện không hợp pháp thực hiện khiếu nại\" không áp dụng cho loại hồ sơ này.")]
    [InlineData("en", "The ground \"The complaint was made by a representative who is not lawfully authorised\" does not apply to this kind of case.")]
    public void For_GroundOfAnotherKind_QuotesTheGroundInTheReadersLanguage(string culture, string expected)
    {
        var said = TestCultures.In(culture, () => Messages.For(new CaseRefusal(CaseRule.GroundOfAnotherKind, [RefusalGround.Find("KN-11-6")!])));

        Assert.Equal(expected, said);
    }

    private CaseRuleMessages Messages => fixture.Factory.Services.GetRequiredService<CaseRuleMessages>();
}
