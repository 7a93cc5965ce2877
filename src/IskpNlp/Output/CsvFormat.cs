using System.Globalization;
using CsvHelper.Configuration;

namespace IskpNlp.Output;

/// <summary>The one CSV configuration of OUTPUT.md: RFC 4180, '\n' line ends, invariant culture, formula guard.</summary>
public static class CsvFormat
{
    /// <summary>At most four decimals, '.' as the point.</summary>
    public const string Decimal = "0.####";

    public static CsvConfiguration Configuration { get; } = Create();

    private static CsvConfiguration Create()
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\n",
            InjectionOptions = CsvHelper.Configuration.InjectionOptions.Escape,
            InjectionEscapeCharacter = '\'',
        };
        configuration.Validate();
        return configuration;
    }
}
