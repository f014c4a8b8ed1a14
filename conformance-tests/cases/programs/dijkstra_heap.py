# Program: Dijkstra's shortest paths with a hand-written binary min-heap on a small road network.


class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.items[i] < self.items[parent]:
                self.items[i], self.items[parent] = self.items[parent], self.items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top = items[0]
        items[0] = last
        i = 0
        n = len(items)
        while True:
            left, right = 2 * i + 1, 2 * i + 2
            smallest = i
            if left < n and items[left] < items[smallest]:
                smallest = left
            if right < n and items[right] < items[smallest]:
                smallest = right
            if smallest == i:
                return top
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest


ROADS = """\
Amsterdam Utrecht 45
Amsterdam Haarlem 20
Haarlem Leiden 35
Leiden TheHague 20
Utrecht Arnhem 65
Utrecht Rotterdam 60
TheHague Rotterdam 25
Rotterdam Breda 50
Breda Eindhoven 60
Arnhem Eindhoven 85
Utrecht Eindhoven 90"""


def build_graph(text):
    graph = {}
    for line in text.splitlines():
        a, b, km = line.split()
        graph.setdefault(a, []).append((b, int(km)))
        graph.setdefault(b, []).append((a, int(km)))
    return graph


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {source: None}
    heap = MinHeap()
    heap.push((0, source))
    done = set()
    while len(heap):
        d, node = heap.pop()
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node]:
            nd = d + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = node
                heap.push((nd, nxt))
    return dist, prev


def path_to(prev, target):
    path = []
    while target is not None:
        path.append(target)
        target = prev[target]
    return path[::-1]


def main():
    heap = MinHeap()
    for v in [7, 3, 9, 1, 8, 2, 2, 6]:
        heap.push(v)
    print("heap sort:", [heap.pop() for _ in range(len(heap))])
    graph = build_graph(ROADS)
    dist, prev = dijkstra(graph, "Amsterdam")
    for city in sorted(dist, key=lambda c: (dist[c], c)):
        print(f"{city:<10} {dist[city]:>4} km  via {' -> '.join(path_to(prev, city))}")
    far = max(dist, key=lambda c: (dist[c], c))
    print("farthest:", far, dist[far])
    dist2, _ = dijkstra(graph, "Eindhoven")
    print("Eindhoven to Haarlem:", dist2["Haarlem"])


main()
