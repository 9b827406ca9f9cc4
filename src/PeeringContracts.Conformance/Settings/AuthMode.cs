namespace PeeringContracts.Conformance.Settings;

/// <summary>How the run's tenants authenticate (<c>PEERING_AUTH</c>).</summary>
public enum AuthMode
{
    /// <summary>An IAM token per tenant, sent as <c>X-Auth-Token</c> (<c>PEERING_&lt;ROLE&gt;_TOKEN</c>).</summary>
    Token,

    /// <summary>
    /// An access key and secret key per tenant that sign every request (SDK-HMAC-SHA256), with the project id sent as
    /// <c>X-Project-Id</c> (<c>PEERING_&lt;ROLE&gt;_AK</c>, <c>_SK</c>, <c>_PROJECT_ID</c>).
    /// </summary>
    AkSk,
}
