using System.Runtime.InteropServices;

namespace PeeringContracts.Pact.Interop;

/// <summary>Building a pact and its HTTP interactions.</summary>
internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "pactffi_new_pact", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial ushort NewPact(string consumer, string provider);

    [LibraryImport(Library, EntryPoint = "pactffi_with_specification")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithSpecification(ushort pact, PactSpecification version);

    [LibraryImport(Library, EntryPoint = "pactffi_new_interaction", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial uint NewInteraction(ushort pact, string description);

    [LibraryImport(Library, EntryPoint = "pactffi_given", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool Given(uint interaction, string state);

    /// <summary>0 ok, 1 the interaction can no longer be changed, 2 the parameters are not a JSON object.</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_given_with_params", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int GivenWithParams(uint interaction, string state, string parametersJson);

    [LibraryImport(Library, EntryPoint = "pactffi_with_request", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithRequest(uint interaction, string method, string path);

    [LibraryImport(Library, EntryPoint = "pactffi_with_header_v2", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithHeader(uint interaction, InteractionPart part, string name, nuint index, string value);

    [LibraryImport(Library, EntryPoint = "pactffi_with_query_parameter_v2", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithQueryParameter(uint interaction, string name, nuint index, string value);

    [LibraryImport(Library, EntryPoint = "pactffi_with_body", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithBody(uint interaction, InteractionPart part, string contentType, string body);

    [LibraryImport(Library, EntryPoint = "pactffi_response_status")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool ResponseStatus(uint interaction, ushort status);

    /// <summary>The status as a number or as matcher JSON (a <c>statusCode</c> matcher).</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_response_status_v2", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool ResponseStatusMatching(uint interaction, string status);

    /// <summary>0 ok, 1 panic, 2 the file could not be written, 3 no pact for the handle.</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_pact_handle_write_file", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int WritePactFile(ushort pact, string directory, [MarshalAs(UnmanagedType.U1)] bool overwrite);

    /// <summary>0 freed, 1 no pact for the handle.</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_free_pact_handle")]
    internal static partial uint FreePactHandle(ushort pact);
}
