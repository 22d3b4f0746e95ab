using DanVan.Feedback.Core.Businesses;
using DanVan.Feedback.Core.Data.Seed;

namespace DanVan.Feedback.Core.Tests.Data.Seed;

public sealed class IndustrialParkSeedTests
{
    private readonly IReadOnlyList<IndustrialPark> _parks = SeedData.IndustrialParks();

    [Fact]
    public void IndustrialParks_Shipped_IncludeBothZonesAndTheParksOfFormerHaiPhongAndHaiDuong()
    {
        var names = _parks.Select(p => p.Name).ToList();

        Assert.Equal(2, _parks.Count(p => p.Kind == IndustrialParkKind.EconomicZone));
        foreach (var expected in new[] { "KCN Nam Đình Vũ", "KCN VSIP Hải Phòng", "KCN Tràng Duệ", "KCN Đồ Sơn", "KCN Đại An", "KCN Nam Sách", "KCN Phúc Điền", "KCN Tân Trường", "KCN Lai Vu", "KCN Cộng Hòa" })
        {
            Assert.Contains(expected, names);
        }
    }

    [Fact]
    public void IndustrialParks_CodesAndCommunes_UniqueAndEveryCommuneIsOneOfHaiPhongs()
    {
        var communes = SeedData.Localities().Select(l => l.Code).ToHashSet();

        Assert.Equal(_parks.Count, _parks.Select(p => p.Code).Distinct().Count());
        Assert.All(_parks, p => Assert.True(p.Code.Length <= IndustrialPark.CodeMaxLength && p.Name.Length <= IndustrialPark.NameMaxLength, p.Code));
        Assert.All(_parks.Where(p => p.LocalityCode is not null), p => Assert.True(communes.Contains(p.LocalityCode!), $"{p.Name} names commune {p.LocalityCode}, which Hải Phòng does not have."));
        Assert.All(_parks, p => Assert.True(p.ToVerify, $"{p.Name} was compiled without an official list and must stay marked to verify until checked."));
    }
}
