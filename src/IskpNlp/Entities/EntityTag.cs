namespace IskpNlp.Entities;

/// <summary>
/// The place of a token in a name, BILOU style as Catalyst's <c>EntityTag</c>: the first, an inner or
/// the last token of a longer name, a one-token name (Unit), or no name at all (Outside).
/// </summary>
internal enum EntityTag : byte
{
    Outside,
    Begin,
    Inside,
    Last,
    Unit,
}
