# Program: breadth-first search for the shortest path through a text maze, plus flood-fill region counting.
MAZE = """\
##########
#S   #   #
# ## # # #
#  #   # #
## ##### #
#      # #
# #### # #
# #    #E#
#   ##   #
##########"""


def parse(text):
    grid = [list(line) for line in text.splitlines()]
    start = end = None
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "S":
                start = (r, c)
            elif ch == "E":
                end = (r, c)
    return grid, start, end


def open_neighbors(grid, pos):
    r, c = pos
    result = []
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[nr]) and grid[nr][nc] != "#":
            result.append((nr, nc))
    return result


def bfs(grid, start, end):
    queue = [start]
    head = 0
    came_from = {start: None}
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == end:
            break
        for nxt in open_neighbors(grid, cur):
            if nxt not in came_from:
                came_from[nxt] = cur
                queue.append(nxt)
    if end not in came_from:
        return None, len(came_from)
    path = []
    node = end
    while node is not None:
        path.append(node)
        node = came_from[node]
    path.reverse()
    return path, len(came_from)


def count_regions(grid):
    seen = set()
    regions = []
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch != "#" and (r, c) not in seen:
                stack = [(r, c)]
                seen.add((r, c))
                size = 0
                while stack:
                    cur = stack.pop()
                    size += 1
                    for nxt in open_neighbors(grid, cur):
                        if nxt not in seen:
                            seen.add(nxt)
                            stack.append(nxt)
                regions.append(size)
    return regions


def main():
    grid, start, end = parse(MAZE)
    print("start", start, "end", end)
    path, explored = bfs(grid, start, end)
    print("path length", len(path) - 1, "explored", explored)
    for r, c in path[1:-1]:
        grid[r][c] = "."
    print("\n".join(["".join(row) for row in grid]))
    print("regions:", count_regions(grid))
    grid[7][7] = "#"
    grid[8][7] = "#"
    path2, explored2 = bfs(grid, start, end)
    print("after blocking:", path2, explored2)


main()
