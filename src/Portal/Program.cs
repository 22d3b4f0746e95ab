using DanVan.Feedback.Core;
using DanVan.Feedback.Portal;
using DanVan.Feedback.Portal.Safety;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddFeedbackCore(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddPortal(builder.Configuration);
builder.Services.AddPortalSafety(builder.Configuration, builder.Environment);

var app = builder.Build();

await app.Services.InitializeFeedbackDatabaseAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/loi");
    app.UseHsts();
}

// Before the status-code pages, so /loi/404 re-executed for ?culture=en is English too.
app.UsePortalLocalization();
app.UseStatusCodePagesWithReExecute("/loi/{0}");
app.UseRouting();
app.UsePortalSafety();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapHealthChecks("/healthz");

await app.RunAsync();
