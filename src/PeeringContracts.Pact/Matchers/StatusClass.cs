namespace PeeringContracts.Pact.Matchers;

/// <summary>A class of HTTP status codes, for a status that is documented only by its class.</summary>
public enum StatusClass
{
    /// <summary>1xx.</summary>
    Information,

    /// <summary>2xx.</summary>
    Success,

    /// <summary>3xx.</summary>
    Redirect,

    /// <summary>4xx.</summary>
    ClientError,

    /// <summary>5xx.</summary>
    ServerError,

    /// <summary>Anything below 400.</summary>
    NonError,

    /// <summary>4xx or 5xx.</summary>
    Error,
}
