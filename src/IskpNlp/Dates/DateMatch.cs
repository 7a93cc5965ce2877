using IskpNlp.Documents;

namespace IskpNlp.Dates;

/// <summary>
/// One date expression found by <see cref="DateParser"/>: its character span (which may lie inside a token,
/// as "2016" in "2014-2016"), the tokens it was read from, relative to the tokens parsed, and what it says.
/// </summary>
internal readonly record struct DateMatch(TextSpan Span, int FirstToken, int EndToken, DateExpression Expression);
