# Program: Conway's Game of Life on a bounded grid with a glider and a blinker; prints generations and population.
START = """\
.#..........
..#.........
###.........
............
.......###..
............
............
............"""


def parse(text):
    return [[ch == "#" for ch in line] for line in text.splitlines()]


def render(grid):
    return "\n".join(["".join(["#" if cell else "." for cell in row]) for row in grid])


def live_neighbors(grid, r, c):
    total = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == 0 and dc == 0:
                continue
            rr, cc = r + dr, c + dc
            if 0 <= rr < len(grid) and 0 <= cc < len(grid[0]) and grid[rr][cc]:
                total += 1
    return total


def step(grid):
    new = []
    for r, row in enumerate(grid):
        new_row = []
        for c, alive in enumerate(row):
            n = live_neighbors(grid, r, c)
            new_row.append(n == 3 or (alive and n == 2))
        new.append(new_row)
    return new


def population(grid):
    return sum([sum(row) for row in grid])


def bounding_box(grid):
    cells = [(r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v]
    if not cells:
        return None
    rows = [r for r, _ in cells]
    cols = [c for _, c in cells]
    return min(rows), min(cols), max(rows), max(cols)


def main():
    grid = parse(START)
    history = []
    for gen in range(9):
        if gen % 4 == 0:
            print(f"generation {gen}, population {population(grid)}, box {bounding_box(grid)}")
            print(render(grid))
        history.append(render(grid))
        grid = step(grid)
    print("populations:", [h.count("#") for h in history])
    still = parse("....\n.##.\n.##.\n....")
    print("block is still life:", step(still) == still)
    empty = parse("...\n.#.\n...")
    print("lonely cell dies:", population(step(empty)) == 0)


main()
