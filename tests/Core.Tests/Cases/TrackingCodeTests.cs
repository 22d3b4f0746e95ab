using System.Text.RegularExpressions;
using DanVan.Feedback.Core.Cases;

namespace DanVan.Feedback.Core.Tests.Cases;

public sealed class TrackingCodeTests
{
    private const string LookAlikes = "0O1I";

    [Fact]
    public void NewRandom_ManyCodes_UseEightSymbolsFromTheAlphabetOnly()
    {
        // Arrange
        var codes = Generate(1_000);

        // Act
        var malformed = codes.Where(c => c.Value.Length != 8 || !c.Value.All(TrackingCode.Alphabet.Contains)).ToList();
        var withLookAlikes = codes.Where(c => c.Value.Any(LookAlikes.Contains)).ToList();

        // Assert
        Assert.True(malformed.Count == 0, $"A tracking code has eight symbols from the 32-symbol alphabet; got {string.Join(", ", malformed.Take(5))}.");
        Assert.True(withLookAlikes.Count == 0, $"A code read aloud must not contain 0, O, 1 or I, which people confuse; got {string.Join(", ", withLookAlikes.Take(5))}.");
    }

    [Fact]
    public void Alphabet_Symbols_AreThirtyTwoDistinctWithoutLookAlikes()
    {
        // Arrange
        var alphabet = TrackingCode.Alphabet;

        // Act
        var distinct = alphabet.Distinct().Count();

        // Assert
        Assert.True(distinct == 32 && alphabet.Length == 32, "The alphabet has 32 distinct symbols, one per value of the mod-32 check.");
        Assert.False(alphabet.Any(LookAlikes.Contains), "The alphabet leaves out 0/O and 1/I so a code cannot be misread.");
        Assert.True(alphabet.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)), "The alphabet is upper-case ASCII, typeable on any keyboard.");
    }

    [Fact]
    public void ToString_NewCode_DisplaysAsFourSymbolsHyphenFourSymbols()
    {
        // Arrange
        var code = TrackingCode.NewRandom();

        // Act
        var shown = code.ToString();

        // Assert
        Assert.Matches(new Regex("^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$"), shown);
        Assert.True(shown.Replace("-", "", StringComparison.Ordinal) == code.Value, $"The displayed code '{shown}' must show the stored symbols '{code.Value}' in order.");
    }

    [Fact]
    public void TryParse_DisplayedForm_RoundTripsToTheSameCode()
    {
        // Arrange
        var codes = Generate(200);

        foreach (var code in codes)
        {
            // Act
            var parsed = TrackingCode.TryParse(code.ToString(), out var back);

            // Assert
            Assert.True(parsed, $"A filer typing the code '{code}' exactly as shown must find their case.");
            Assert.Equal(code, back);
        }
    }

    [Theory]
    [InlineData("lower case")]
    [InlineData("no hyphen")]
    [InlineData("space instead of hyphen")]
    [InlineData("spaces between pairs")]
    [InlineData("surrounding spaces")]
    [InlineData("mixed case with spaces")]
    public void TryParse_TypedAsPeopleTypeIt_IsAccepted(string variant)
    {
        // Arrange
        var code = TrackingCode.NewRandom();
        var v = code.Value;
        var typed = variant switch
        {
            "lower case" => code.ToString().ToLowerInvariant(),
            "no hyphen" => v,
            "space instead of hyphen" => $"{v[..4]} {v[4..]}",
            "spaces between pairs" => $"{v[..2]} {v[2..4]} {v[4..6]} {v[6..]}",
            "surrounding spaces" => $"  {code}  ",
            "mixed case with spaces" => $"{v[..4].ToLowerInvariant()} - {v[4..]}",
            _ => throw new ArgumentOutOfRangeException(nameof(variant)),
        };

        // Act
        var parsed = TrackingCode.TryParse(typed, out var back);

        // Assert
        Assert.True(parsed, $"'{typed}' ({variant}) is how a person may type '{code}' and must be accepted.");
        Assert.Equal(code, back);
    }

    [Fact]
    public void TryParse_EverySingleSymbolSubstitution_IsRejected()
    {
        // Arrange
        var codes = Generate(6);
        var accepted = new List<string>();

        // Act
        foreach (var code in codes)
        {
            for (var position = 0; position < TrackingCode.Length; position++)
            {
                foreach (var symbol in TrackingCode.Alphabet.Where(s => s != code.Value[position]))
                {
                    var typo = string.Concat(code.Value.AsSpan(0, position), symbol.ToString(), code.Value.AsSpan(position + 1));
                    if (TrackingCode.TryParse(typo, out _))
                    {
                        accepted.Add($"{code.Value}→{typo}");
                    }
                }
            }
        }

        // Assert
        Assert.True(accepted.Count == 0, $"A single mistyped symbol must never lead a filer to someone else's case; accepted {string.Join(", ", accepted.Take(10))}.");
    }

    [Fact]
    public void TryParse_AdjacentTranspositions_AreMostlyRejected()
    {
        // Arrange
        var codes = Generate(2_000);
        var swaps = 0;
        var rejected = 0;

        // Act
        foreach (var code in codes)
        {
            for (var i = 0; i < TrackingCode.Length - 1; i++)
            {
                var symbols = code.Value.ToCharArray();
                if (symbols[i] == symbols[i + 1])
                {
                    continue;
                }

                (symbols[i], symbols[i + 1]) = (symbols[i + 1], symbols[i]);
                swaps++;
                if (!TrackingCode.TryParse(new string(symbols), out _))
                {
                    rejected++;
                }
            }
        }

        // Assert
        var rate = (double)rejected / swaps;
        Assert.True(rate >= 0.90, $"Swapping two neighbouring symbols is a common typo and must be caught at least 90% of the time; caught {rate:P1} of {swaps} swaps.");
    }

    [Fact]
    public void NewRandom_TenThousandCodes_AreDistinct()
    {
        // Arrange
        const int count = 10_000;

        // Act
        var distinct = Generate(count).Select(c => c.Value).Distinct(StringComparer.Ordinal).Count();

        // Assert
        // 32^7 random parts: a repeat among 10,000 happens about once in 700 runs by chance (birthday
        // bound), two repeats about once in a million; a counter or a constant fails by thousands.
        Assert.True(distinct >= count - 1, $"Codes must not repeat, or one filer could read another's case; {count - distinct} repeats in {count}.");
    }

    [Fact]
    public void NewRandom_FirstSymbol_IsRoughlyUniformOverTheAlphabet()
    {
        // Arrange
        const int count = 10_000;
        var codes = Generate(count);

        // Act
        var expected = (double)count / TrackingCode.Alphabet.Length;
        var chiSquare = TrackingCode.Alphabet
            .Select(symbol => codes.Count(c => c.Value[0] == symbol))
            .Sum(observed => (observed - expected) * (observed - expected) / expected);

        // Assert
        // 31 degrees of freedom: mean 31, and 100 is exceeded by chance far less than once in a million
        // runs, while a constant or sequential first symbol scores in the hundreds of thousands.
        Assert.True(chiSquare < 100, $"Codes must not be guessable from one another, so every first symbol is about equally likely; chi-square {chiSquare:F1} over 32 symbols.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    [InlineData("ABCD-EFG0")]
    [InlineData("ABCD-EFGI")]
    [InlineData("ABCĐ-EFGH")]
    [InlineData("ABCD_EFGH")]
    [InlineData("ABCD\tEFGH")]
    public void TryParse_EmptyOrForeignCharacters_IsRejected(string? text)
    {
        // Arrange, Act
        var parsed = TrackingCode.TryParse(text, out var code);

        // Assert
        Assert.False(parsed, $"'{text}' is not a tracking code and must be refused.");
        Assert.Equal(default, code);
    }

    [Theory]
    [InlineData("drop last symbol")]
    [InlineData("drop first symbol")]
    [InlineData("extra symbol at end")]
    [InlineData("code typed twice")]
    [InlineData("foreign symbol instead of one")]
    [InlineData("padded past twenty characters")]
    public void TryParse_ValidCodeDamaged_IsRejected(string damage)
    {
        // Arrange
        var code = TrackingCode.NewRandom();
        var v = code.Value;
        var text = damage switch
        {
            "drop last symbol" => v[..^1],
            "drop first symbol" => v[1..],
            "extra symbol at end" => v + TrackingCode.Alphabet[0],
            "code typed twice" => v + v,
            "foreign symbol instead of one" => "O" + v[1..],
            "padded past twenty characters" => new string(' ', TrackingCode.MaxInputLength - v.Length + 1) + v,
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        };

        // Act
        var parsed = TrackingCode.TryParse(text, out _);

        // Assert
        Assert.False(parsed, $"'{text}' ({damage} of {code}) must be refused, not matched to a case.");
    }

    [Fact]
    public void TryParse_ValidCodePaddedToTwentyCharacters_IsAccepted()
    {
        // Arrange
        var code = TrackingCode.NewRandom();
        var text = new string(' ', TrackingCode.MaxInputLength - code.Value.Length) + code.Value;

        // Act
        var parsed = TrackingCode.TryParse(text, out var back);

        // Assert
        Assert.True(parsed, "Up to twenty characters, spaces a person typed around a code must not make it unreadable.");
        Assert.Equal(code, back);
    }

    [Fact]
    public void Parse_NotACode_ThrowsFormatException()
    {
        // Arrange
        const string text = "not a code";

        // Act
        var error = Record.Exception(() => TrackingCode.Parse(text));

        // Assert
        Assert.IsType<FormatException>(error);
    }

    private static List<TrackingCode> Generate(int count) =>
        Enumerable.Range(0, count).Select(_ => TrackingCode.NewRandom()).ToList();
}
