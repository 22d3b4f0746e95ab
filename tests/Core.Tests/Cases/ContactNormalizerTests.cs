using DanVan.Feedback.Core.Cases;

namespace DanVan.Feedback.Core.Tests.Cases;

public sealed class ContactNormalizerTests
{
    [Theory]
    [InlineData("0912345678", "0912345678", "a mobile number in national form")]
    [InlineData("+84 912 345 678", "0912345678", "a mobile number with the country code")]
    [InlineData("+84912345678", "0912345678", "a mobile number with the country code, no spaces")]
    [InlineData("0912.345.678", "0912345678", "a mobile number grouped with dots")]
    [InlineData("0912-345-678", "0912345678", "a mobile number grouped with hyphens")]
    [InlineData(" 0912 345 678 ", "0912345678", "a mobile number with surrounding spaces")]
    [InlineData("0084912345678", "0912345678", "a mobile number with the 00 international prefix")]
    [InlineData("00 84 912 345 678", "0912345678", "a mobile number with the 00 international prefix, spaced")]
    [InlineData("(0225) 3842 123", "02253842123", "a Hải Phòng landline: 0 + area code 225 + eight digits, eleven in all")]
    [InlineData("+84 225 3842 123", "02253842123", "a Hải Phòng landline with the country code")]
    [InlineData("+84 (0)912 345 678", "0912345678", "the trunk 0 written after the country code, as people often do")]
    public void NormalizePhone_VietnameseNumber_ReturnsNationalForm(string input, string expected, string what)
    {
        // Arrange, Act
        var normalized = ContactNormalizer.NormalizePhone(input);

        // Assert
        Assert.True(normalized == expected, $"'{input}' is {what} and must be stored as '{expected}' so a look-up matches however it is typed; got '{normalized}'.");
    }

    [Theory]
    [InlineData(null, "nothing")]
    [InlineData("", "empty")]
    [InlineData("   ", "blank")]
    [InlineData("091234567", "too short: nine digits")]
    [InlineData("0912 345", "too short: seven digits")]
    [InlineData("091234567890", "too long: twelve digits")]
    [InlineData("912345678", "without the leading 0")]
    [InlineData("0912 abc 345", "letters among the digits")]
    [InlineData("0912345678x", "a letter after the digits")]
    [InlineData("không chín một hai", "words")]
    [InlineData("+1 212 555 0100", "a foreign number")]
    [InlineData("+84 91234", "too short after the country code")]
    public void NormalizePhone_NotAVietnamesePhoneNumber_ReturnsNull(string? input, string what)
    {
        // Arrange, Act
        var normalized = ContactNormalizer.NormalizePhone(input);

        // Assert
        Assert.True(normalized is null, $"'{input}' ({what}) is not a Vietnamese phone number and must be refused; got '{normalized}'.");
    }

    [Theory]
    [InlineData("nguyenvana@example.vn", "nguyenvana@example.vn")]
    [InlineData("  NguyenVanA@Example.VN  ", "nguyenvana@example.vn")]
    [InlineData("Tran.Thi.B@HaiPhong.gov.vn", "tran.thi.b@haiphong.gov.vn")]
    [InlineData("a+tag@mail.example.com\t", "a+tag@mail.example.com")]
    public void NormalizeEmail_ValidAddress_ReturnsTrimmedLowerCase(string input, string expected)
    {
        // Arrange, Act
        var normalized = ContactNormalizer.NormalizeEmail(input);

        // Assert
        Assert.True(normalized == expected, $"'{input}' must be stored as '{expected}' so a look-up matches whatever case the filer types; got '{normalized}'.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("nguyenvana")]
    [InlineData("nguyenvana.example.vn")]
    [InlineData("@example.vn")]
    [InlineData("nguyenvana@")]
    [InlineData("nguyenvana@example")]
    [InlineData("nguyenvana@.vn")]
    [InlineData("nguyenvana@example.vn.")]
    [InlineData("nguyen@van@example.vn")]
    [InlineData("nguyen van a@example.vn")]
    [InlineData("0912345678")]
    [InlineData("nguyenvana@example..vn")]
    public void NormalizeEmail_NotAnAddress_ReturnsNull(string? input)
    {
        // Arrange, Act
        var normalized = ContactNormalizer.NormalizeEmail(input);

        // Assert
        Assert.True(normalized is null, $"'{input}' is not an e-mail address and must be refused; got '{normalized}'.");
    }
}
