using DanVan.Feedback.Core.Businesses;

namespace DanVan.Feedback.Core.Tests.Businesses;

public sealed class TaxCodeTests
{
    [Theory]
    [InlineData("0100109106", "0100109106")]
    [InlineData("0300588569", "0300588569")]
    [InlineData(" 0100 109 106 ", "0100109106")]
    [InlineData("0100.109.106", "0100109106")]
    public void TryParse_ValidCode_AcceptedAndStoredWithoutSpacesOrDots(string typed, string stored)
    {
        // Act
        var problem = TaxCode.TryParse(typed, out var code);

        // Assert
        Assert.Equal(TaxCodeProblem.None, problem);
        Assert.Equal(stored, code.Value);
        Assert.False(code.IsBranch);
    }

    [Theory]
    [InlineData("0100109106-001", "0100109106-001")]
    [InlineData("0300588569 - 012", "0300588569-012")]
    public void TryParse_BranchSuffix_AcceptedWithItsThreeDigits(string typed, string stored)
    {
        // Act
        var problem = TaxCode.TryParse(typed, out var code);

        // Assert
        Assert.Equal(TaxCodeProblem.None, problem);
        Assert.Equal(stored, code.Value);
        Assert.True(code.IsBranch, "A code with a 3-digit suffix is a branch or dependent unit.");
    }

    [Theory]
    [InlineData("0100109105")]
    [InlineData("0100109107")]
    [InlineData("0300588560")]
    [InlineData("0300588568-001")]
    public void TryParse_WrongCheckDigit_RefusedAsCheckDigit(string typed)
    {
        // Act
        var problem = TaxCode.TryParse(typed, out var code);

        // Assert
        Assert.Equal(TaxCodeProblem.CheckDigit, problem);
        Assert.Null(code.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("010010910")]
    [InlineData("01001091066")]
    [InlineData("01001O9106")]
    [InlineData("0100109106-01")]
    [InlineData("0100109106-0001")]
    [InlineData("0100109106/001")]
    [InlineData("0100109106-abc")]
    [InlineData("0100109106-001-002")]
    [InlineData("0100 1091 0600 0000 0000 000")]
    public void TryParse_WrongFormat_RefusedAsFormat(string? typed)
    {
        // Act
        var problem = TaxCode.TryParse(typed, out _);

        // Assert
        Assert.Equal(TaxCodeProblem.Format, problem);
    }

    [Fact]
    public void TryParse_StemWhoseCheckWouldBeTen_NoTenthDigitMakesItValid()
    {
        // Arrange: 1×5 + 2×3 = 11 ≡ 0 (mod 11), so the check would be 10 − 0 = 10, which is no digit.
        const string stem = "000000012";

        // Act
        var problems = Enumerable.Range(0, 10).Select(d => TaxCode.TryParse(stem + d, out _)).ToList();

        // Assert
        Assert.Null(TaxCode.CheckDigit(stem));
        Assert.All(problems, p => Assert.Equal(TaxCodeProblem.CheckDigit, p));
    }

    [Fact]
    public void CheckDigit_KnownCodes_MatchTheirTenthDigit()
    {
        Assert.Equal(6, TaxCode.CheckDigit("010010910"));
        Assert.Equal(9, TaxCode.CheckDigit("030058856"));
    }
}
