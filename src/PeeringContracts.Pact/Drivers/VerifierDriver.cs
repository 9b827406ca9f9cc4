using System.Runtime.InteropServices;
using PeeringContracts.Pact.Errors;
using PeeringContracts.Pact.Interop;
using PeeringContracts.Pact.Verifier;

namespace PeeringContracts.Pact.Drivers;

/// <summary>One native verifier: options and sources go in, one run comes out. Disposing shuts it down.</summary>
internal sealed class VerifierDriver : IDisposable
{
    private readonly VerifierHandle handle;

    private VerifierDriver(VerifierHandle handle) => this.handle = handle;

    public static VerifierDriver Create(string applicationName, string applicationVersion)
    {
        NativeCore.EnsureInitialised();
        var handle = NativeMethods.VerifierNewForApplication(applicationName, applicationVersion);
        if (handle.IsInvalid)
        {
            handle.Dispose();
            throw new PactVerifierException("the verifier could not be created (pactffi_verifier_new_for_application returned NULL).");
        }

        return new VerifierDriver(handle);
    }

    public void SetProvider(string name, Uri baseUrl) =>
        NativeMethods.VerifierSetProviderInfo(handle, name, baseUrl.Scheme, baseUrl.Host, (ushort)baseUrl.Port, baseUrl.AbsolutePath);

    public void SetProviderStateUrl(Uri url, bool teardown) =>
        NativeMethods.VerifierSetProviderState(handle, url.AbsoluteUri, Flag(teardown), body: 1);

    public void SetRequestTimeout(TimeSpan timeout) =>
        ReturnCodes.VerifierOptionAccepted(
            NativeMethods.VerifierSetVerificationOptions(handle, disableSslVerification: 0, new CULong(checked((nuint)timeout.TotalMilliseconds))),
            "pactffi_verifier_set_verification_options",
            $"a request timeout of {timeout.TotalMilliseconds} ms");

    public void AddCustomHeader(string name, string value) => NativeMethods.VerifierAddCustomHeader(handle, name, value);

    public void AddFileSource(string file) => NativeMethods.VerifierAddFileSource(handle, file);

    public void AddDirectorySource(string directory) => NativeMethods.VerifierAddDirectorySource(handle, directory);

    public void AddBrokerSource(BrokerSource source, IReadOnlyList<string> selectorsJson) =>
        ReturnCodes.VerifierOptionAccepted(
            NativeMethods.VerifierBrokerSourceWithSelectors(
                handle, source.Url.AbsoluteUri, source.Username, source.Password, source.Token,
                Flag(source.EnablePending), source.IncludeWipPactsSince?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Array(source.ProviderTags), Count(source.ProviderTags), source.ProviderBranch,
                Array(selectorsJson), Count(selectorsJson),
                Array(source.ConsumerTags), Count(source.ConsumerTags)),
            "pactffi_verifier_broker_source_with_selectors",
            $"the Pact Broker source {source.Url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped)}");

    public void SetPublishOptions(PublishOptions options) =>
        ReturnCodes.VerifierOptionAccepted(
            NativeMethods.VerifierSetPublishOptions(
                handle, options.ProviderVersion, options.BuildUrl?.AbsoluteUri, Array(options.Tags), Count(options.Tags), options.Branch),
            "pactffi_verifier_set_publish_options",
            $"the publish options for provider version '{options.ProviderVersion}'");

    /// <summary>Runs the verification; returns whether it passed, the result JSON and the console output.</summary>
    public (bool Passed, string Json, string Output) Execute()
    {
        var code = NativeMethods.VerifierExecute(handle);
        var output = NativeString.ReadOwned(NativeMethods.VerifierOutput(handle, stripAnsi: 1)) ?? "";
        var json = NativeString.ReadOwned(NativeMethods.VerifierJson(handle)) ?? "{}";
        NativeCore.DiscardGlobalLog();
        return (ReturnCodes.VerificationPassed(code, output), json, output);
    }

    public void Dispose() => handle.Dispose();

    private static byte Flag(bool value) => value ? (byte)1 : (byte)0;

    private static string[]? Array(IReadOnlyList<string> values) => values.Count == 0 ? null : [.. values];

    private static ushort Count(IReadOnlyList<string> values) => checked((ushort)values.Count);
}
