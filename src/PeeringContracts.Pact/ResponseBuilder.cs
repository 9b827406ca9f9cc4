using System.Net;
using PeeringContracts.Pact.Drivers;
using PeeringContracts.Pact.Interop;
using PeeringContracts.Pact.Matchers;

namespace PeeringContracts.Pact;

/// <summary>The response of one interaction: status, headers and body.</summary>
public sealed class ResponseBuilder
{
    private readonly InteractionDriver interaction;

    internal ResponseBuilder(InteractionDriver interaction) => this.interaction = interaction;

    public ResponseBuilder WithStatus(HttpStatusCode status)
    {
        interaction.WithStatus((ushort)status);
        return this;
    }

    /// <summary>A status known only by its class (e.g. any 4xx); the mock server answers with the matcher's example.</summary>
    public ResponseBuilder WithStatus(StatusCodeMatcher status)
    {
        ArgumentNullException.ThrowIfNull(status);
        interaction.WithStatus(status.ToString());
        return this;
    }

    public ResponseBuilder WithHeader(string name, string value) => WithHeaderText(name, value);

    public ResponseBuilder WithHeader(string name, Matcher value) => WithHeaderText(name, IntegrationJson.Serialize(value));

    /// <summary>A JSON body (sets <c>Content-Type: application/json</c> unless a header already did).</summary>
    public ResponseBuilder WithJsonBody(object body)
    {
        interaction.WithBody(InteractionPart.Response, JsonBodies.ContentType, IntegrationJson.Serialize(body));
        return this;
    }

    private ResponseBuilder WithHeaderText(string name, string value)
    {
        interaction.WithHeader(InteractionPart.Response, name, value);
        return this;
    }
}
