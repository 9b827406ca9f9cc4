using System.Runtime.InteropServices;

namespace PeeringContracts.Pact.Interop;

/// <summary>Provider verification: a verifier handle collects sources and options, then runs once.</summary>
internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "pactffi_verifier_new_for_application", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial VerifierHandle VerifierNewForApplication(string name, string version);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_provider_info", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierSetProviderInfo(VerifierHandle verifier, string name, string scheme, string host, ushort port, string path);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_provider_state", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierSetProviderState(VerifierHandle verifier, string url, byte teardown, byte body);

    /// <summary>0 ok, 1 bad arguments.</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_verification_options")]
    internal static partial int VerifierSetVerificationOptions(VerifierHandle verifier, byte disableSslVerification, CULong requestTimeoutMilliseconds);

    /// <summary>0 ok, -1 bad arguments.</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_publish_options", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int VerifierSetPublishOptions(VerifierHandle verifier, string providerVersion, string? buildUrl, string[]? providerTags, ushort providerTagCount, string? providerBranch);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_add_custom_header", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierAddCustomHeader(VerifierHandle verifier, string name, string value);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_add_file_source", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierAddFileSource(VerifierHandle verifier, string file);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_add_directory_source", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierAddDirectorySource(VerifierHandle verifier, string directory);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_broker_source_with_selectors", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int VerifierBrokerSourceWithSelectors(
        VerifierHandle verifier, string url, string? username, string? password, string? token,
        byte enablePending, string? includeWipPactsSince,
        string[]? providerTags, ushort providerTagCount, string? providerBranch,
        string[]? consumerVersionSelectors, ushort selectorCount,
        string[]? consumerVersionTags, ushort consumerVersionTagCount);

    /// <summary>0 every interaction passed, 1 some failed, 2 the verification could not run.</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_verifier_execute")]
    internal static partial int VerifierExecute(VerifierHandle verifier);

    /// <summary>The result as JSON; free with <see cref="StringDelete"/>.</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_verifier_json")]
    internal static partial IntPtr VerifierJson(VerifierHandle verifier);

    /// <summary>The console output of the run; free with <see cref="StringDelete"/>.</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_verifier_output")]
    internal static partial IntPtr VerifierOutput(VerifierHandle verifier, byte stripAnsi);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_shutdown")]
    internal static partial void VerifierShutdown(IntPtr verifier);
}
