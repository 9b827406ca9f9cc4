using PeeringContracts.Pact.Interop;

namespace PeeringContracts.Pact.Drivers;

/// <summary>One HTTP interaction of a pact; its handle belongs to the pact and is freed with it.</summary>
internal sealed class InteractionDriver(uint handle, string description)
{
    private readonly Dictionary<(InteractionPart, string), nuint> headerCounts = [];
    private readonly Dictionary<string, nuint> queryCounts = [];

    public string Description => description;

    public void Given(string state) =>
        ReturnCodes.Accepted(NativeMethods.Given(handle, state), "pactffi_given", $"provider state '{state}' of '{description}'");

    public void Given(string state, string parametersJson) =>
        ReturnCodes.ProviderStateAccepted(NativeMethods.GivenWithParams(handle, state, parametersJson), state, description);

    public void WithRequest(string method, string path) =>
        ReturnCodes.Accepted(NativeMethods.WithRequest(handle, method, path), "pactffi_with_request", $"the request {method} {path} of '{description}'");

    public void WithHeader(InteractionPart part, string name, string value)
    {
        var index = NextIndex(headerCounts, (part, name));
        ReturnCodes.Accepted(
            NativeMethods.WithHeader(handle, part, name, index, value),
            "pactffi_with_header_v2",
            $"the {part.ToString().ToLowerInvariant()} header '{name}' of '{description}'");
    }

    public void WithQueryParameter(string name, string value)
    {
        var index = NextIndex(queryCounts, name);
        ReturnCodes.Accepted(
            NativeMethods.WithQueryParameter(handle, name, index, value),
            "pactffi_with_query_parameter_v2",
            $"the query parameter '{name}' of '{description}'");
    }

    public void WithBody(InteractionPart part, string contentType, string body) =>
        ReturnCodes.Accepted(
            NativeMethods.WithBody(handle, part, contentType, body),
            "pactffi_with_body",
            $"the {part.ToString().ToLowerInvariant()} body of '{description}'");

    public void WithStatus(ushort status) =>
        ReturnCodes.Accepted(NativeMethods.ResponseStatus(handle, status), "pactffi_response_status", $"status {status} of '{description}'");

    public void WithStatus(string statusMatcherJson) =>
        ReturnCodes.Accepted(
            NativeMethods.ResponseStatusMatching(handle, statusMatcherJson),
            "pactffi_response_status_v2",
            $"the status matcher {statusMatcherJson} of '{description}'");

    private static nuint NextIndex<TKey>(Dictionary<TKey, nuint> counts, TKey key)
        where TKey : notnull
    {
        var index = counts.GetValueOrDefault(key);
        counts[key] = index + 1;
        return index;
    }
}
