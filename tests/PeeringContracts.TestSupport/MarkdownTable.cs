using Shouldly;
using System.Text;

namespace PeeringContracts.TestSupport;

/// <summary>
/// A table in a markdown file of the repository, found by the heading of the section that holds it. Each test that keeps a documented table equal to what the code
/// declares (requirements, faults, quirks, schema rules) reads the table here, so a table that moves to another file
/// changes one path in its test.
/// </summary>
/// <remarks>
/// Cells are split at every <c>|</c> that is not written <c>\|</c>, and <c>\|</c> reads as <c>|</c>, as GitHub renders
/// tables. Lines inside fenced code blocks are neither headings nor table rows.
/// </remarks>
public sealed class MarkdownTable
{
    private MarkdownTable(string file, string heading, IReadOnlyList<string> header, IReadOnlyList<MarkdownTableRow> rows)
    {
        File = file;
        Heading = heading;
        Header = header;
        Rows = rows;
    }

    /// <summary>The file, relative to the repository root, with <c>/</c> separators.</summary>
    public string File { get; }

    /// <summary>The heading text of the section that holds the table, without the <c>#</c> marks.</summary>
    public string Heading { get; }

    /// <summary>The cells of the header row.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The rows below the delimiter row, in file order.</summary>
    public IReadOnlyList<MarkdownTableRow> Rows { get; }

    /// <summary>
    /// The table in the section under the heading <paramref name="heading"/> (any level; the section ends at the next
    /// heading of the same or a higher level) of <paramref name="file"/>. With <paramref name="firstColumns"/>, the table
    /// whose header starts with those cells; without, the section must hold exactly one table.
    /// </summary>
    public static MarkdownTable Read(string file, string heading, params string[] firstColumns) =>
        Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryRoot.Path, file)), file, heading, firstColumns);

    /// <summary>As <see cref="Read"/>, from markdown text; <paramref name="file"/> only names it in messages.</summary>
    public static MarkdownTable Parse(string markdown, string file, string heading, params string[] firstColumns)
    {
        var lines = markdown.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        var fenced = FencedLines(lines);

        var start = lines.FindIndex(line => HeadingText(line) == heading);
        while (start >= 0 && fenced[start])
        {
            start = lines.FindIndex(start + 1, line => HeadingText(line) == heading);
        }

        if (start < 0)
        {
            throw new InvalidOperationException($"{file} has no heading '{heading}'.");
        }

        var level = HeadingLevel(lines[start]);
        var end = start + 1;
        while (end < lines.Count && (fenced[end] || HeadingLevel(lines[end]) is 0 || HeadingLevel(lines[end]) > level))
        {
            end++;
        }

        var tables = new List<MarkdownTable>();
        for (var index = start + 1; index < end; index++)
        {
            if (fenced[index] || !IsTableLine(lines[index]))
            {
                continue;
            }

            var first = index;
            while (index < end && !fenced[index] && IsTableLine(lines[index]))
            {
                index++;
            }

            var header = Cells(lines[first]);
            var rows = Enumerable.Range(first + 2, Math.Max(0, index - first - 2))
                .Select(row => new MarkdownTableRow(row + 1, lines[row].Trim(), Cells(lines[row])))
                .ToList();
            tables.Add(new MarkdownTable(file, heading, header, rows));
        }

        var matching = tables.Where(table => table.Header.Take(firstColumns.Length).SequenceEqual(firstColumns)).ToList();
        var wanted = firstColumns.Length == 0 ? "a table" : $"a table whose header starts '| {string.Join(" | ", firstColumns)} |'";
        return matching.Count switch
        {
            1 => matching[0],
            0 => throw new InvalidOperationException($"the section '{heading}' of {file} has no {wanted[2..]}."),
            _ => throw new InvalidOperationException($"the section '{heading}' of {file} has {matching.Count} tables where one was expected ({wanted})."),
        };
    }

    /// <summary>
    /// The table with only the columns headed <paramref name="names"/>, in that order: for a test that checks the columns
    /// one source declares while another test checks the rest. A missing heading throws; a short row reads as empty cells.
    /// </summary>
    public MarkdownTable Columns(params string[] names)
    {
        var indexes = names.Select(name => Header.ToList().IndexOf(name) is var index and >= 0
            ? index
            : throw new InvalidOperationException($"the table under '{Heading}' in {File} has no column '{name}'.")).ToList();
        return new MarkdownTable(File, Heading, names, [.. Rows.Select(row => row with
        {
            Cells = [.. indexes.Select(index => index < row.Cells.Count ? row.Cells[index] : string.Empty)],
        })]);
    }

    /// <summary>A table row as written from its cells: <c>| a | b |</c>, each <c>|</c> inside a cell written <c>\|</c>.</summary>
    public static string Line(IEnumerable<string> cells) =>
        $"| {string.Join(" | ", cells.Select(cell => cell.Replace("|", "\\|", StringComparison.Ordinal)))} |";

    /// <summary>
    /// Requires the table to hold exactly <paramref name="expected"/>, row by row and in that order; the failure names the
    /// rows only one side has and shows the rows to paste. <paramref name="source"/> names where the expected rows come from.
    /// </summary>
    public void ShouldList(IEnumerable<IReadOnlyList<string>> expected, string source)
    {
        var expectedLines = expected.Select(Line).ToList();
        var actualLines = Rows.Select(row => Line(row.Cells)).ToList();
        var where = $"the table under '{Heading}' in {File}";

        actualLines.ShouldSatisfyAllConditions(
            () => actualLines.Except(expectedLines).ShouldBeEmpty($"rows of {where} that {source} does not have"),
            () => expectedLines.Except(actualLines).ShouldBeEmpty($"rows of {source} missing from {where}"),
            () => actualLines.ShouldBe(expectedLines,
                $"{where} must list {source} exactly, in its order; paste these rows:\n{string.Join('\n', expectedLines)}\n"));
    }

    private static bool IsTableLine(string line) => line.TrimStart().StartsWith('|');

    private static int HeadingLevel(string line)
    {
        var level = line.TakeWhile(character => character == '#').Count();
        return level is >= 1 and <= 6 && line.Length > level && line[level] == ' ' ? level : 0;
    }

    private static string? HeadingText(string line) => HeadingLevel(line) is var level and > 0 ? line[(level + 1)..].Trim() : null;

    private static bool[] FencedLines(List<string> lines)
    {
        var fenced = new bool[lines.Count];
        var inside = false;
        for (var index = 0; index < lines.Count; index++)
        {
            var fence = lines[index].TrimStart().StartsWith("```", StringComparison.Ordinal);
            fenced[index] = inside || fence;
            if (fence)
            {
                inside = !inside;
            }
        }

        return fenced;
    }

    private static List<string> Cells(string line)
    {
        var text = line.Trim();
        text = text.StartsWith('|') ? text[1..] : text;
        text = text.EndsWith('|') && !text.EndsWith("\\|", StringComparison.Ordinal) ? text[..^1] : text;

        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var index = 0; index < text.Length; index++)
        {
            if (text[index] == '\\' && index + 1 < text.Length && text[index + 1] == '|')
            {
                cell.Append('|');
                index++;
            }
            else if (text[index] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(text[index]);
            }
        }

        cells.Add(cell.ToString().Trim());
        return cells;
    }
}

/// <summary>One row of a <see cref="MarkdownTable"/>: its line number (from 1), the line as written, and its cells.</summary>
public sealed record MarkdownTableRow(int LineNumber, string Line, IReadOnlyList<string> Cells);
