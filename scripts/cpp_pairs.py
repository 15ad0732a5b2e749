"""The lines of a C++ array initializer of code point pairs, ` {0x2F00, 0x4E00},` each, wrapped
at 100 columns and indented as the project's headers are: what scripts/traditional_table.py and
scripts/radical_table.py write their tables with."""


def pair_lines(pairs):
    """`pairs`: (first, second) code points, as ints, in the order to write them."""
    lines, row = [], "   "
    for first, second in pairs:
        item = " {0x%04X, 0x%04X}," % (first, second)
        if len(row) + len(item) > 100:
            lines.append(row)
            row = "   "
        row += item
    return lines + [row]
