using PeeringContracts.ReferenceProvider;
using PeeringContracts.ReferenceProvider.Quirks;

var builder = WebApplication.CreateBuilder(StandaloneOptions.NormalizeSwitches(args));
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

// ASP.NET Core logs three to four lines per request at Information, thousands for one conformance run; its warnings and
// errors still show, and so does the startup banner.
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

var options = StandaloneOptions.From(builder.Configuration);
var app = ProviderApplication.Build(builder, options);
await app.StartAsync();
StartupBanner.Print(Console.Out, app.Urls, app.Services.GetRequiredService<QuirkSwitches>().BasePath, options);
await app.WaitForShutdownAsync();
