using PeeringContracts.Pact.Errors;
namespace PeeringContracts.Pact.Drivers;

/// <summary>
/// The one place that turns the core's return codes into exceptions, each with a sentence a user can act on and the
/// native call and value it came from.
/// </summary>
internal static class ReturnCodes
{
    public static void Accepted(bool accepted, string function, string what)
    {
        if (!accepted)
        {
            throw new PactDefinitionException(
                $"the pact core refused {what} ({function} returned false): an interaction cannot change once its mock " +
                "server has started, and a matcher must be valid JSON with a known \"pact:matcher:type\".");
        }
    }

    public static void ProviderStateAccepted(int result, string state, string interaction) =>
        _ = result switch
        {
            0 => 0,
            1 => throw new PactDefinitionException(
                $"the provider state '{state}' could not be added to '{interaction}': the interaction cannot change once its mock server has started (pactffi_given_with_params returned 1)."),
            2 => throw new PactDefinitionException(
                $"the parameters of provider state '{state}' in '{interaction}' are not a JSON object (pactffi_given_with_params returned 2)."),
            _ => throw Unknown("pactffi_given_with_params", result),
        };

    public static int MockServerPort(int result, string address) =>
        result switch
        {
            > 0 => result,
            -1 => throw MockServerFailed(address, "the pact handle is not valid (freed, or never created)", result),
            -2 => throw MockServerFailed(address, "the transport configuration is not valid JSON", result),
            -3 => throw MockServerFailed(address, "the server could not bind (port in use, or the address is not local)", result),
            -4 => throw MockServerFailed(address, "the core panicked while starting it (see its log)", result),
            -5 => throw MockServerFailed(address, "the address is not a valid IP address", result),
            _ => throw Unknown("pactffi_create_mock_server_for_transport", result),
        };

    public static void PactFileWritten(int result, string directory) =>
        _ = result switch
        {
            0 => 0,
            1 => throw new PactFileException(
                $"the pact file could not be written to '{directory}': the core panicked while writing it (pactffi_pact_handle_write_file returned 1)."),
            2 => throw new PactFileException(
                $"the pact file could not be written to '{directory}': the folder is missing or not writable, or the existing file there is not a pact it can merge with (pactffi_pact_handle_write_file returned 2)."),
            3 => throw new PactFileException(
                $"the pact file could not be written to '{directory}': the pact handle is not valid (pactffi_pact_handle_write_file returned 3)."),
            _ => throw Unknown("pactffi_pact_handle_write_file", result),
        };

    public static void VerifierOptionAccepted(int result, string function, string what)
    {
        if (result != 0)
        {
            throw new PactVerifierException($"the verifier refused {what} ({function} returned {result}).");
        }
    }

    public static bool VerificationPassed(int result, string output) =>
        result switch
        {
            0 => true,
            1 => false,
            2 => throw new PactVerifierException(
                "the verification could not run: a pact source could not be read, or the provider or its state-change URL " +
                $"could not be reached (pactffi_verifier_execute returned 2). Verifier output:{Environment.NewLine}{output}"),
            _ => throw Unknown("pactffi_verifier_execute", result),
        };

    private static PactMockServerException MockServerFailed(string address, string reason, int result) =>
        new($"the mock server could not start on {address}: {reason} (pactffi_create_mock_server_for_transport returned {result}).");

    private static PactException Unknown(string function, int result) =>
        new($"{function} returned {result}, a code pact_ffi {PactNative.ExpectedVersion} does not document: is another version of the core loaded?");
}
