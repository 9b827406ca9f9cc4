namespace PeeringContracts.Conformance.Settings;

/// <summary>The variables that give one tenant's credentials, and reading them in the run's auth mode.</summary>
public sealed record TenantVariables(string Role, string Token, string AccessKey, string SecretKey, string ProjectId)
{
    public static TenantVariables Accepter { get; } = new("accepting tenant",
        Setting.AccepterToken, Setting.AccepterAccessKey, Setting.AccepterSecretKey, Setting.AccepterProjectId);

    public static TenantVariables Requester { get; } = new("requesting tenant",
        Setting.RequesterToken, Setting.RequesterAccessKey, Setting.RequesterSecretKey, Setting.RequesterProjectId);

    public static TenantVariables Outsider { get; } = new("outsider tenant",
        Setting.OutsiderToken, Setting.OutsiderAccessKey, Setting.OutsiderSecretKey, Setting.OutsiderProjectId);

    /// <summary>Whether any variable that gives the tenant in <paramref name="auth"/> is set (a key pair given in part counts).</summary>
    internal bool AnyGiven(SettingReader settings, AuthMode auth) =>
        (auth == AuthMode.AkSk ? new[] { AccessKey, SecretKey, ProjectId } : [Token]).Any(name => settings.Text(name) is not null);

    /// <summary>Records a problem for each of the tenant's variables that is set although <paramref name="auth"/> does not read it.</summary>
    internal void RejectUnread(SettingReader settings, AuthMode auth)
    {
        var unread = auth == AuthMode.AkSk ? new[] { Token } : [AccessKey, SecretKey];
        foreach (var name in unread)
        {
            settings.Unexpected(name, $"{Setting.Auth} is '{TargetSettings.WordFor(auth)}', which does not read it");
        }
    }

    /// <summary>The variable that says whether the tenant is given at all: its token, or its access key.</summary>
    public string Named(AuthMode auth) => auth == AuthMode.AkSk ? AccessKey : Token;

    /// <summary>The tenant's credentials, or null when none of its variables is set; a key pair given in part is recorded as a problem.</summary>
    internal TenantCredentials? Read(SettingReader settings, AuthMode auth)
    {
        if (auth == AuthMode.Token)
        {
            return settings.Text(Token) is { } token ? new TokenCredentials(this, token) : null;
        }

        if (!AnyGiven(settings, auth))
        {
            return null;
        }

        var why = $"the {Role}'s key pair needs {AccessKey}, {SecretKey} and {ProjectId}";
        var (accessKey, secretKey, projectId) = (settings.Required(AccessKey, why), settings.Required(SecretKey, why), settings.Required(ProjectId, why));
        return accessKey is not null && secretKey is not null && projectId is not null
            ? new KeyPairCredentials(this, new(accessKey, secretKey, projectId))
            : null;
    }
}
