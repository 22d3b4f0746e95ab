using DanVan.Feedback.Core.Cases;

namespace DanVan.Feedback.Core.Tests.Cases;

public sealed class FilerTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("", "  ")]
    [InlineData("12345", "not-an-address")]
    public void Create_NeitherPhoneNorEmail_Throws(string? phone, string? email)
    {
        // Arrange, Act
        var error = Record.Exception(() => Filer.Create(FilerType.Person, "Nguyễn Văn A", null, phone, email));

        // Assert
        Assert.True(error is ArgumentException, $"A filer with no usable phone ('{phone}') or e-mail ('{email}') could never be answered or find their case, so filing must be refused.");
    }

    [Fact]
    public void Create_BlankName_Throws()
    {
        // Arrange, Act
        var error = Record.Exception(() => Filer.Create(FilerType.Person, "  ", null, "0912345678", null));

        // Assert
        Assert.True(error is ArgumentException, "A case needs the filer's name.");
    }

    [Fact]
    public void Create_PhoneWithCountryCode_StoresNationalForm()
    {
        // Arrange, Act
        var filer = Filer.Create(FilerType.Person, " Nguyễn Văn A ", null, "+84 912 345 678", null);

        // Assert
        Assert.True(filer.Phone == "0912345678", $"The phone is stored in one form so look-ups match; got '{filer.Phone}'.");
        Assert.Null(filer.Email);
        Assert.Equal("Nguyễn Văn A", filer.FullName);
    }

    [Fact]
    public void Create_EmailOnly_IsAccepted()
    {
        // Arrange, Act
        var filer = Filer.Create(FilerType.Person, "Trần Thị B", null, null, " TranThiB@Example.VN ");

        // Assert
        Assert.True(filer.Email == "tranthib@example.vn", $"An e-mail alone is enough contact and is stored trimmed and lower-case; got '{filer.Email}'.");
        Assert.Null(filer.Phone);
    }

    [Fact]
    public void Create_PersonWithOrganisationName_DropsIt()
    {
        // Arrange, Act
        var person = Filer.Create(FilerType.Person, "Nguyễn Văn A", "Công ty X", "0912345678", null);
        var business = Filer.Create(FilerType.Business, "Nguyễn Văn A", " Công ty X ", "0912345678", null);

        // Assert
        Assert.True(person.OrganisationName is null, "An organisation name belongs only to a business filer.");
        Assert.Equal("Công ty X", business.OrganisationName);
    }

    [Theory]
    [InlineData("0912345678")]
    [InlineData("0912.345.678")]
    [InlineData("0084 912 345 678")]
    [InlineData("+84912345678")]
    public void HasContact_SamePhoneTypedDifferently_Matches(string typed)
    {
        // Arrange
        var filer = Filer.Create(FilerType.Person, "Nguyễn Văn A", null, "+84 912 345 678", null);

        // Act
        var matches = filer.HasContact(typed);

        // Assert
        Assert.True(matches, $"A filer who gave '+84 912 345 678' and now types '{typed}' must find their case.");
    }

    [Fact]
    public void HasContact_SameEmailInOtherCase_Matches()
    {
        // Arrange
        var filer = Filer.Create(FilerType.Person, "Trần Thị B", null, null, "tranthib@example.vn");

        // Act
        var matches = filer.HasContact("  TranThiB@Example.VN ");

        // Assert
        Assert.True(matches, "An e-mail address is the same whatever its case or surrounding spaces.");
    }

    [Theory]
    [InlineData("0912345679")]
    [InlineData("tranthib@example.vn")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("không có")]
    public void HasContact_OtherOrMissingContact_DoesNotMatch(string typed)
    {
        // Arrange
        var filer = Filer.Create(FilerType.Person, "Nguyễn Văn A", null, "0912345678", null);

        // Act
        var matches = filer.HasContact(typed);

        // Assert
        Assert.False(matches, $"'{typed}' is not the contact this filer gave; matching it would show their case to someone else.");
    }
}
