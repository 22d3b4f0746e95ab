using System.Collections.Concurrent;
using System.Net;
using DanVan.Feedback.TestCommon;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace DanVan.Feedback.Browser.Tests;

/// <summary>
/// The Portal and the Backoffice on real Kestrel (loopback, random ports) over one SQLite file and one
/// clock, and one headless Chromium for the test class: what a citizen and the staff really use.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium. Playwright's own browser download does not work on these machines.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly ConcurrentDictionary<Type, Lazy<Task<object>>> walks = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    public BrowserFixture()
        : this(_ => { })
    {
    }

    /// <summary>Both apps, with the Portal's settings (<see cref="PortalFactory.Settings"/>) changed by a test class.</summary>
    protected BrowserFixture(Action<PortalFactory> configurePortal)
    {
        ArgumentNullException.ThrowIfNull(configurePortal);
        Database = new TestDatabase();
        Clock = new FakeTimeProvider(TestClock.BeforeTet2026);
        Backoffice = new BackofficeFactory(Database, Clock);
        Portal = new PortalFactory(Database, Clock);
        configurePortal(Portal);
    }

    public TestDatabase Database { get; }

    /// <summary>Both apps read this clock; it stands still, which is all a journey through the pages needs.</summary>
    public FakeTimeProvider Clock { get; }

    public BackofficeFactory Backoffice { get; }

    public PortalFactory Portal { get; }

    public Uri PortalUrl { get; private set; } = null!;

    public Uri BackofficeUrl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium at {ChromiumPath}, and it is not installed. " +
                "Install it with `sudo apt-get install -y chromium` (.ci/run does this on CI). " +
                "Do not run `playwright install`: it downloads a browser of its own, which fails here.");
        }

        // One after the other: each app migrates the shared database as it starts. The Backoffice first,
        // because it also seeds the staff accounts.
        BackofficeUrl = Start(Backoffice);
        PortalUrl = Start(Portal);

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,

            // Without these Chromium keeps calling Google's hosts, which this machine's closed network refuses.
            Args = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser window of one person (a filer, an officer, a lead), with cookies of their own.</summary>
    /// <param name="javaScriptEnabled">False for a filer whose browser runs no script (the Portal's journeys must still work).</param>
    public async Task<IPage> OpenWindowAsync(bool javaScriptEnabled = true)
    {
        var context = await browser!.NewContextAsync(new() { Locale = "vi-VN", JavaScriptEnabled = javaScriptEnabled });

        // Each step is a local page load; a selector that waits longer than this is a broken page, not a slow one.
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Runs a walk through the pages once for the class, however many tests assert on what it saw:
    /// a journey in a real browser takes seconds, and the tests only read its record.
    /// </summary>
    public async Task<T> WalkOnceAsync<T>(Func<Task<T>> walk)
        where T : class =>
        (T)await walks.GetOrAdd(typeof(T), _ => new Lazy<Task<object>>(async () => await walk())).Value;

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await Portal.DisposeAsync();
        await Backoffice.DisposeAsync();
        Database.Dispose();
    }

    private static Uri Start<T>(WebApplicationFactory<T> factory)
        where T : class
    {
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single());
    }
}
