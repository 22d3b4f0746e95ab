using DanVan.Feedback.Core.Attachments;
using DanVan.Feedback.TestCommon;

namespace DanVan.Feedback.Core.Tests.Attachments;

public sealed class AttachmentInspectorTests
{
    public static TheoryData<string, byte[], AttachmentKind, string> AcceptedFiles => new()
    {
        { "anh-o-ga.jpg", TestFiles.Jpeg(), AttachmentKind.Jpeg, "image/jpeg" },
        { "anh chup man hinh.png", TestFiles.Png(), AttachmentKind.Png, "image/png" },
        { "giay-to.pdf", TestFiles.Pdf(), AttachmentKind.Pdf, "application/pdf" },
        { "don.docx", TestFiles.Docx(), AttachmentKind.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "bang-ke.xlsx", TestFiles.Xlsx(), AttachmentKind.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },

        // The name says nothing: a PDF called .jpg is a PDF.
        { "anh.jpg", TestFiles.Pdf(), AttachmentKind.Pdf, "application/pdf" },
    };

    public static TheoryData<string, byte[]> DisguisedFiles => new()
    {
        { "anh.jpg", TestFiles.Executable() },
        { "bao-cao.pdf", TestFiles.Html() },
        { "don.docx", TestFiles.MacroDocument() },
        { "bang.xlsx", TestFiles.PlainZip() },
        { "anh.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3] }, // a PNG signature and nothing else
        { "anh.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 1, 2] },                  // a JPEG start with a segment cut short
        { "don.docx", [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0] },                       // a ZIP header with no archive
        { "anh.jpg", [0xFF, 0xD8, 0xFF, 0xD9] },                                    // SOI and EOI with no picture between
    };

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public void Inspect_EachAcceptedKind_IsRecognisedByContent(string fileName, byte[] content, AttachmentKind kind, string contentType)
    {
        // Act
        var inspection = AttachmentInspector.Inspect(fileName, content);

        // Assert
        Assert.True(inspection.Accepted, $"{fileName} holds a real {kind} and must be accepted; got {inspection.Problem}.");
        Assert.Equal(kind, inspection.Attachment!.Kind);
        Assert.Equal(contentType, AttachmentRules.ContentType(inspection.Attachment.Kind));
        Assert.Equal(fileName, inspection.Attachment.DisplayName);
    }

    [Theory]
    [MemberData(nameof(DisguisedFiles))]
    public void Inspect_DisguisedOrBrokenFile_IsRefusedWhateverItsName(string fileName, byte[] content)
    {
        // Act
        var inspection = AttachmentInspector.Inspect(fileName, content);

        // Assert
        Assert.False(inspection.Accepted, $"{fileName} is not what its name says and must be refused.");
        Assert.Equal(AttachmentProblem.NotAccepted, inspection.Problem);
    }

    [Fact]
    public void Inspect_EmptyOrOverTheLimit_IsRefusedForItsSize()
    {
        // Arrange
        var tooLarge = new byte[AttachmentRules.MaxFileBytes + 1];
        TestFiles.Pdf().CopyTo(tooLarge, 0);

        // Act and assert
        Assert.Equal(AttachmentProblem.Empty, AttachmentInspector.Inspect("rong.pdf", Array.Empty<byte>()).Problem);
        Assert.Equal(AttachmentProblem.TooLarge, AttachmentInspector.Inspect("lon.pdf", tooLarge).Problem);
        Assert.Equal(AttachmentProblem.None, AttachmentInspector.CheckLength(AttachmentRules.MaxFileBytes));
    }

    [Theory]
    [InlineData(@"C:\Users\lan\Pictures\ảnh ổ gà.jpg", "ảnh ổ gà.jpg")]
    [InlineData("../../etc/passwd.jpg", "passwd.jpg")]
    [InlineData("anh\u202Egpj.exe", "anhgpj.exe")] // a right-to-left override would show "anhexe.jpg"
    [InlineData("bao\tcao\r\n.pdf", "bao cao .pdf")]
    [InlineData("   ", "tep-dinh-kem.jpg")]
    public void DisplayName_StripsFoldersAndControlCharacters(string fileName, string expected) =>
        Assert.Equal(expected, AttachmentInspector.DisplayName(fileName, AttachmentKind.Jpeg));

    [Fact]
    public void DisplayName_LongName_IsCutKeepingTheExtension()
    {
        var shown = AttachmentInspector.DisplayName(new string('a', 500) + ".docx", AttachmentKind.Docx);

        Assert.Equal(AttachmentRules.DisplayNameMaxLength, shown.Length);
        Assert.EndsWith(".docx", shown);
    }

    [Theory]
    [InlineData("anh.exe", AttachmentKind.Pdf, "anh.exe.pdf")]
    [InlineData("anh.JPEG", AttachmentKind.Jpeg, "anh.JPEG")]
    [InlineData("bang-ke.xlsx", AttachmentKind.Xlsx, "bang-ke.xlsx")]
    public void DownloadName_AddsTheRealExtensionWhenTheNameClaimsAnother(string displayName, AttachmentKind kind, string expected) =>
        Assert.Equal(expected, AttachmentRules.DownloadName(displayName, kind));
}
