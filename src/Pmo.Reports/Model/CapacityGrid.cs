namespace Pmo.Reports.Model;

/// <summary>How loaded a group is in a month: the heat map's three colours, and no colour when it has no capacity at all.</summary>
internal enum LoadBand
{
    /// <summary>No capacity and nothing allocated (nobody active that month).</summary>
    None,

    /// <summary>At most 80 %: room for more.</summary>
    Comfortable,

    /// <summary>Above 80 %, at most 100 %: full.</summary>
    Full,

    /// <summary>Above 100 %, or days allocated with no capacity.</summary>
    Over,
}

/// <summary>One group in one month, with its load.</summary>
internal sealed record CapacityGridCell(CapacityCell Cell)
{
    /// <summary>Allocated ÷ capacity in whole percent; null without capacity.</summary>
    public decimal? LoadPercent => Cell.Capacity > 0 ? Math.Round(Cell.Allocated / Cell.Capacity * 100m, 0, MidpointRounding.AwayFromZero) : null;

    public LoadBand Band => LoadPercent switch
    {
        null => Cell.Allocated > 0 ? LoadBand.Over : LoadBand.None,
        <= 80m => LoadBand.Comfortable,
        <= 100m => LoadBand.Full,
        _ => LoadBand.Over,
    };

    /// <summary>Someone in the group is above 100 % that month (the group may still be below it on average).</summary>
    public bool HasOverAllocation => Cell.OverAllocated.Count > 0;
}

/// <summary>A group's row: its name as printed and one cell per month of the grid (null when the view has none).</summary>
internal sealed record CapacityGridRow(string Group, string Name, IReadOnlyList<CapacityGridCell?> Cells)
{
    /// <summary>The highest load of the row's months (the e-mail lists the most loaded groups first).</summary>
    public decimal PeakLoad => Cells.Max(c => c is null ? 0m : c.LoadPercent ?? (c.Cell.Allocated > 0 ? decimal.MaxValue : 0m));
}

/// <summary>
/// A <see cref="CapacityView"/> laid out as groups × months for the packs' heat map and capacity table, with the
/// over-allocated person-months listed once each (a person with two skills is in two groups but over-allocated once).
/// </summary>
internal sealed class CapacityGrid
{
    public required CapacityGrouping GroupBy { get; init; }
    public required IReadOnlyList<YearMonth> Months { get; init; }
    public required IReadOnlyList<CapacityGridRow> Rows { get; init; }

    /// <summary>By month, then the highest load first, then name.</summary>
    public required IReadOnlyList<PersonMonthLoad> OverAllocated { get; init; }

    /// <param name="names">Display names by group (person id → name when grouped by person); the group itself otherwise.</param>
    public static CapacityGrid? From(CapacityView? view, IReadOnlyDictionary<string, string>? names = null)
    {
        if (view is null)
        {
            return null;
        }

        var months = view.Months.Count > 0 ? view.Months : [.. view.Cells.Select(c => c.Month).Distinct().Order()];
        var column = months.Select((m, i) => (m, i)).ToDictionary(x => x.m, x => x.i);
        var rows = new List<CapacityGridRow>();
        foreach (var group in view.Cells.GroupBy(c => c.Group, StringComparer.Ordinal))
        {
            var cells = new CapacityGridCell?[months.Count];
            foreach (var cell in group)
            {
                if (column.TryGetValue(cell.Month, out var i))
                {
                    cells[i] = new CapacityGridCell(cell);
                }
            }

            rows.Add(new CapacityGridRow(group.Key, names?.GetValueOrDefault(group.Key) ?? group.Key, cells));
        }

        var over = view.Cells.SelectMany(c => c.OverAllocated)
            .DistinctBy(l => (l.PersonId, l.Month))
            .OrderBy(l => l.Month).ThenByDescending(l => l.Percent ?? decimal.MaxValue).ThenBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.PersonId, StringComparer.Ordinal)
            .ToList();
        return new CapacityGrid
        {
            GroupBy = view.GroupBy,
            Months = months,
            Rows = [.. rows.OrderBy(r => r.Name, StringComparer.InvariantCultureIgnoreCase).ThenBy(r => r.Group, StringComparer.Ordinal)],
            OverAllocated = over,
        };
    }
}
