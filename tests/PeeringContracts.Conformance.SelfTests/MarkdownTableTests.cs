using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>The one reader of documentation tables (tests/Shared/MarkdownTable.cs) finds a table by its section and reads
/// cells as GitHub renders them.</summary>
public sealed class MarkdownTableTests
{
    private const string Page = """
        # Page

        ## Faults
        Prose before the table.

        | fault | breaks |
        |---|---|
        | `a` | status `200 \| 202` |
        | `b` | nothing |

        ```bash
        # a comment in a code block is no heading
        | not | a row |
        ```
        ### A subsection belongs to the section
        | other | table |
        |---|---|
        | x | y |

        ## Quirks
        | quirk | allows |
        |---|---|
        | `q` | anything |
        """;

    [Test]
    public void A_table_is_found_by_its_section_and_its_header_and_reads_escaped_pipes_as_pipes()
    {
        var table = MarkdownTable.Parse(Page, "page.md", "Faults", "fault", "breaks");

        table.ShouldSatisfyAllConditions(
            () => table.Header.ShouldBe(["fault", "breaks"]),
            () => table.Rows.Select(row => row.Cells).ShouldBe([["`a`", "status `200 | 202`"], ["`b`", "nothing"]]),
            () => table.Rows[0].LineNumber.ShouldBe(8),
            () => MarkdownTable.Line(table.Rows[0].Cells).ShouldBe(table.Rows[0].Line));
    }

    [Test]
    public void A_section_ends_at_the_next_heading_of_its_level_and_code_blocks_are_skipped()
    {
        MarkdownTable.Parse(Page, "page.md", "Quirks").Rows.Single().Cells.ShouldBe(["`q`", "anything"]);
        MarkdownTable.Parse(Page, "page.md", "Faults", "other").Rows.Single().Cells.ShouldBe(["x", "y"]);
    }

    [Test]
    public void Columns_keeps_the_named_columns_in_the_order_asked_and_names_a_missing_one()
    {
        var table = MarkdownTable.Parse(Page, "page.md", "Faults", "fault", "breaks");

        table.Columns("breaks", "fault").Rows.Select(row => row.Cells).ShouldBe([["status `200 | 202`", "`a`"], ["nothing", "`b`"]]);
        Should.Throw<InvalidOperationException>(() => table.Columns("caught by"))
            .Message.ShouldBe("the table under 'Faults' in page.md has no column 'caught by'.");
    }

    [Test]
    public void A_missing_heading_or_an_ambiguous_section_is_named()
    {
        Should.Throw<InvalidOperationException>(() => MarkdownTable.Parse(Page, "page.md", "Settings"))
            .Message.ShouldBe("page.md has no heading 'Settings'.");
        Should.Throw<InvalidOperationException>(() => MarkdownTable.Parse(Page, "page.md", "Faults"))
            .Message.ShouldContain("has 2 tables where one was expected");
        Should.Throw<InvalidOperationException>(() => MarkdownTable.Parse(Page, "page.md", "Quirks", "fault"))
            .Message.ShouldBe("the section 'Quirks' of page.md has no table whose header starts '| fault |'.");
    }

    [Test]
    public void A_table_that_differs_from_its_source_fails_with_the_rows_to_paste()
    {
        var table = MarkdownTable.Parse(Page, "page.md", "Quirks");

        var message = Should.Throw<ShouldAssertException>(() => table.ShouldList([["`q`", "something else"]], "the catalogue")).Message;

        message.ShouldSatisfyAllConditions(
            () => message.ShouldContain("rows of the catalogue missing from the table under 'Quirks' in page.md"),
            () => message.ShouldContain("paste these rows:"),
            () => message.ShouldContain("| `q` | something else |"));
        table.ShouldList([["`q`", "anything"]], "the catalogue");
    }
}
