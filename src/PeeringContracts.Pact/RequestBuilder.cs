using PeeringContracts.Pact.Drivers;
using PeeringContracts.Pact.Interop;
using PeeringContracts.Pact.Matchers;

namespace PeeringContracts.Pact;

/// <summary>The request of one interaction: provider states, method, path, headers, query and body.</summary>
public sealed class RequestBuilder
{
    private readonly InteractionDriver interaction;

    internal RequestBuilder(InteractionDriver interaction) => this.interaction = interaction;

    /// <summary>A state the provider must be in before this request.</summary>
    public RequestBuilder Given(string providerState)
    {
        interaction.Given(providerState);
        return this;
    }

    /// <summary>A state with parameters, sent to the provider's state-change call.</summary>
    public RequestBuilder Given(string providerState, IDictionary<string, string> parameters)
    {
        interaction.Given(providerState, IntegrationJson.Serialize(parameters));
        return this;
    }

    public RequestBuilder WithRequest(HttpMethod method, string path) => WithRequestText(method, path);

    public RequestBuilder WithRequest(HttpMethod method, Matcher path) => WithRequestText(method, IntegrationJson.Serialize(path));

    public RequestBuilder WithHeader(string name, string value) => WithHeaderText(name, value);

    public RequestBuilder WithHeader(string name, Matcher value) => WithHeaderText(name, IntegrationJson.Serialize(value));

    /// <summary>A query parameter; call again with the same name for a repeated parameter.</summary>
    public RequestBuilder WithQuery(string name, string value) => WithQueryText(name, value);

    public RequestBuilder WithQuery(string name, Matcher value) => WithQueryText(name, IntegrationJson.Serialize(value));

    /// <summary>A JSON body (sets <c>Content-Type: application/json</c> unless a header already did).</summary>
    public RequestBuilder WithJsonBody(object body)
    {
        interaction.WithBody(InteractionPart.Request, JsonBodies.ContentType, IntegrationJson.Serialize(body));
        return this;
    }

    /// <summary>The response the provider must give.</summary>
    public ResponseBuilder WillRespond() => new(interaction);

    private RequestBuilder WithRequestText(HttpMethod method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        interaction.WithRequest(method.Method, path);
        return this;
    }

    private RequestBuilder WithHeaderText(string name, string value)
    {
        interaction.WithHeader(InteractionPart.Request, name, value);
        return this;
    }

    private RequestBuilder WithQueryText(string name, string value)
    {
        interaction.WithQueryParameter(name, value);
        return this;
    }
}
