using DanVan.Feedback.Backoffice.Pages;

namespace DanVan.Feedback.Backoffice.Tests.Pages;

/// <summary>Counts past the cap are said to be "more than", and the pages stop at the cap.</summary>
public sealed class InboxCountsTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(987, "987")]
    [InlineData(InboxCounts.Cap, "1.000")]
    [InlineData(InboxCounts.Cap + 1, "hơn 1.000")]
    public void Shown_CountAtOrPastTheCap_ReadsAsAnOfficerWouldSayIt(int count, string shown) =>
        Assert.Equal(shown, InboxCounts.Shown(count));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(50, 1)]
    [InlineData(51, 2)]
    [InlineData(InboxCounts.Cap, InboxCounts.Cap / 50)]
    [InlineData(InboxCounts.Cap + 1, InboxCounts.Cap / 50)]
    public void PageCount_StopsAtTheCap(int total, int pages) =>
        Assert.Equal(pages, InboxPage.PageCount(total, 50));

    [Fact]
    public void Clamp_PagePastTheCap_ShowsTheLastPageOffered() =>
        Assert.Equal(InboxCounts.Cap / 50, InboxPage.Clamp(500, InboxCounts.Cap + 1, 50));
}
