using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Feedback.TestCommon;

/// <summary>
/// A real HTTP server (Kestrel) on a loopback port speaking Google's <c>siteverify</c> protocol: it keeps
/// every form posted to it and answers what the test says — JSON, an HTTP error, or late.
/// </summary>
public sealed class LoopbackSiteVerifyServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackSiteVerifyServer(WebApplication app) => this.app = app;

    public Uri VerifyUrl { get; private set; } = null!;

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> Received { get; } = new();

    /// <summary>What the server answers next: status, JSON body, and how long it waits first.</summary>
    public (HttpStatusCode Status, string Json, TimeSpan Delay) Answer { get; set; } = (HttpStatusCode.OK, """{"success": true}""", TimeSpan.Zero);

    public static async Task<LoopbackSiteVerifyServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var server = new LoopbackSiteVerifyServer(builder.Build());
        server.app.MapPost("/siteverify", server.AnswerAsync);
        await server.app.StartAsync();
        var address = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.VerifyUrl = new Uri(new Uri(address), "/siteverify");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        Received.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
        var (status, json, delay) = Answer;
        if (delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json);
    }
}
