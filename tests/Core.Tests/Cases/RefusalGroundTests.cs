using System.Globalization;
using DanVan.Feedback.Core.Cases;

namespace DanVan.Feedback.Core.Tests.Cases;

/// <summary>The legal grounds for not accepting a case, in the law's Vietnamese and in English (RefusalGroundText.resx).</summary>
public sealed class RefusalGroundTests
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static TheoryData<string> AllGroundCodes => new(RefusalGround.All.Select(g => g.Code));

    [Theory]
    [MemberData(nameof(AllGroundCodes))]
    public void Ground_HasItsLawsWordsAndAnEnglishTranslation(string code)
    {
        // Arrange
        var ground = RefusalGround.Find(code)!;

        // Act
        var (vietnamese, english) = (ground.TextIn(Vietnamese), ground.TextIn(English));
        var (law, lawInEnglish) = (ground.LegalSourceIn(Vietnamese), ground.LegalSourceIn(English));

        // Assert
        Assert.True(vietnamese != code && !string.IsNullOrWhiteSpace(vietnamese), $"{code} must have the law's Vietnamese wording.");
        Assert.Equal(vietnamese, ground.Text);
        Assert.Equal(law, ground.LegalSource);
        Assert.True(english != code && english != vietnamese, $"{code} must read in English on the English Portal and in English mail; it reads \"{english}\".");
        Assert.True(law.Length > 0 && lawInEnglish.Length > 0 && law != lawInEnglish, $"{code}'s law must be named in both languages: \"{law}\", \"{lawInEnglish}\".");
    }

    [Fact]
    public void Ground_ComplaintsLaw_IsArticle11InBothLanguages()
    {
        var ground = RefusalGround.Find("KN-11-7")!;

        Assert.Equal("Luật Khiếu nại 2011, Điều 11", ground.LegalSource);
        Assert.Equal("Law on Complaints 2011, Article 11", ground.LegalSourceIn(English));
        Assert.Equal("Đơn khiếu nại không có chữ ký hoặc điểm chỉ của người khiếu nại", ground.Text);
    }

    [Theory]
    [MemberData(nameof(AllGroundCodes))]
    public void FromNote_OfTheNoteTheHistoryKeeps_GivesBackTheGroundAndTheMessage(string code)
    {
        // Arrange
        var ground = RefusalGround.Find(code)!;
        var note = ground.NoteFor("  Đề nghị ông/bà gửi đơn đến cơ quan có thẩm quyền. ");

        // Act
        var (found, message) = RefusalGround.FromNote(note);

        // Assert: a kiến nghị ground worded as a phản ánh one may come back as that one, so it must read the same in English too.
        Assert.True(
            found is not null && found.Text == ground.Text && found.TextIn(English) == ground.TextIn(English),
            $"The note of {code} must give back a ground that reads as {code} in both languages; it gave {found?.Code ?? "none"}.");
        Assert.Equal("Đề nghị ông/bà gửi đơn đến cơ quan có thẩm quyền.", message);
    }
}
