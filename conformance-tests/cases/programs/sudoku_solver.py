# Program: a backtracking Sudoku solver with candidate elimination; prints the puzzle, the solution and search stats.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    return [[0 if ch == "." else int(ch) for ch in line] for line in text.split()]


def show(grid):
    lines = []
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        cells = [str(v) if v else "." for v in row]
        lines.append(" ".join(cells[0:3]) + " | " + " ".join(cells[3:6]) + " | " + " ".join(cells[6:9]))
    return "\n".join(lines)


def candidates(grid, r, c):
    used = set(grid[r])
    used.update([grid[i][c] for i in range(9)])
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used.update([grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)])
    return [v for v in range(1, 10) if v not in used]


class Solver:
    def __init__(self, grid):
        self.grid = [row[:] for row in grid]
        self.nodes = 0
        self.backtracks = 0

    def best_cell(self):
        best = None
        for r in range(9):
            for c in range(9):
                if self.grid[r][c] == 0:
                    cands = candidates(self.grid, r, c)
                    if best is None or len(cands) < len(best[2]):
                        best = (r, c, cands)
        return best

    def solve(self):
        cell = self.best_cell()
        if cell is None:
            return True
        r, c, cands = cell
        for v in cands:
            self.nodes += 1
            self.grid[r][c] = v
            if self.solve():
                return True
        self.grid[r][c] = 0
        self.backtracks += 1
        return False


def valid(grid):
    groups = [row for row in grid]
    groups += [[grid[r][c] for r in range(9)] for c in range(9)]
    groups += [[grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
               for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all([sorted(g) == list(range(1, 10)) for g in groups])


def main():
    grid = parse(PUZZLE)
    print(show(grid))
    print("givens:", sum([v != 0 for row in grid for v in row]))
    solver = Solver(grid)
    print("solved:", solver.solve(), "nodes:", solver.nodes, "backtracks:", solver.backtracks)
    print(show(solver.grid))
    print("valid:", valid(solver.grid), "original untouched:", grid[0][2] == 0)
    broken = [row[:] for row in grid]
    broken[0][2] = 5
    print("contradictory puzzle solvable:", Solver(broken).solve())


main()
