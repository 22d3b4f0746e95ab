using DanVan.Feedback.Core.Answers;

namespace DanVan.Feedback.Core.Tests.Answers;

public sealed class SearchTextTests
{
    // Every Vietnamese vowel with each of the five tones (and none), in both cases: each folds to its bare letter.
    public static TheoryData<string, char> Vowels => new()
    {
        { "aàáảãạăằắẳẵặâầấẩẫậAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'a' },
        { "eèéẻẽẹêềếểễệEÈÉẺẼẸÊỀẾỂỄỆ", 'e' },
        { "iìíỉĩịIÌÍỈĨỊ", 'i' },
        { "oòóỏõọôồốổỗộơờớởỡợOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'o' },
        { "uùúủũụưừứửữựUÙÚỦŨỤƯỪỨỬỮỰ", 'u' },
        { "yỳýỷỹỵYỲÝỶỸỴ", 'y' },
        { "đĐ", 'd' },
    };

    [Theory]
    [MemberData(nameof(Vowels))]
    public void Fold_EveryFormOfALetter_GivesTheBareLowerCaseLetter(string forms, char bare)
    {
        foreach (var form in forms)
        {
            Assert.True(SearchText.Fold(form.ToString()) == bare.ToString(), $"'{form}' must fold to '{bare}', not '{SearchText.Fold(form.ToString())}'.");
        }
    }

    [Theory]
    [InlineData("Đường", "duong")]
    [InlineData("ĐƯỜNG LẠCH TRAY", "duong lach tray")]
    [InlineData("Ủy ban nhân dân phường Hồng Bàng", "uy ban nhan dan phuong hong bang")]
    [InlineData("duong", "duong")]
    [InlineData("Khiếu nại số 12/2026", "khieu nai so 12/2026")]
    public void Fold_VietnameseText_IsLowerCaseWithoutMarks(string text, string folded) =>
        Assert.Equal(folded, SearchText.Fold(text));

    [Fact]
    public void Fold_DecomposedInput_GivesTheSameAsComposed()
    {
        // Some keyboards and phones send the marks as separate combining characters (NFD).
        var decomposed = "Đường".Normalize(System.Text.NormalizationForm.FormD);

        Assert.NotEqual("Đường", decomposed);
        Assert.Equal("duong", SearchText.Fold(decomposed));
    }

    [Fact]
    public void Terms_Text_GivesDistinctFoldedWordsInOrder()
    {
        var terms = SearchText.Terms("Đường Lạch Tray, số 112: đường ngập; ĐƯỜNG!");

        Assert.Equal(["duong", "lach", "tray", "so", "112", "ngap"], terms);
    }

    [Fact]
    public void Terms_OverlongWord_IsCutToTheMaximumLength()
    {
        var terms = SearchText.Terms(new string('x', SearchText.MaxTermLength + 10));

        Assert.Equal(new string('x', SearchText.MaxTermLength), Assert.Single(terms));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  , ; ! ")]
    public void Terms_NoWords_GivesNone(string? text) => Assert.Empty(SearchText.Terms(text));
}
