# Program: a discrete-event simulation of a bank with tellers, using an LCG for arrivals and service times.


class LCG:
    def __init__(self, seed):
        self.x = seed

    def next(self):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.x >> 33

    def uniform(self, lo, hi):
        return lo + (hi - lo) * (self.next() / 2 ** 31)


class Customer:
    def __init__(self, ident, arrival, service):
        self.ident = ident
        self.arrival = arrival
        self.service = service
        self.start = None

    @property
    def wait(self):
        return self.start - self.arrival


def generate(rng, count):
    customers, t = [], 0.0
    for i in range(count):
        t += rng.uniform(0.5, 4.0)
        customers.append(Customer(i + 1, round(t, 2), round(rng.uniform(2.0, 7.0), 2)))
    return customers


def simulate(customers, tellers):
    free_at = [0.0] * tellers
    served_by = {}
    for cust in customers:
        idx = min(range(tellers), key=lambda i: (free_at[i], i))
        cust.start = max(cust.arrival, free_at[idx])
        free_at[idx] = cust.start + cust.service
        served_by.setdefault(idx, []).append(cust.ident)
    return max(free_at), served_by


def summarize(customers):
    waits = [c.wait for c in customers]
    avg = sum(waits) / len(waits)
    longest = max(customers, key=lambda c: (c.wait, -c.ident))
    waited = len([w for w in waits if w > 0.005])
    return avg, longest, waited


def main():
    rng = LCG(42)
    base = generate(rng, 25)
    print("first arrivals:", [(c.ident, c.arrival, c.service) for c in base[:4]])
    for tellers in (1, 2, 3, 4):
        customers = [Customer(c.ident, c.arrival, c.service) for c in base]
        end, served_by = simulate(customers, tellers)
        avg, longest, waited = summarize(customers)
        print(f"tellers={tellers}: closes at {end:7.2f}, average wait {avg:6.2f}, "
              f"{waited:2d} waited, longest wait #{longest.ident} ({longest.wait:.2f})")
        loads = {t: len(ids) for t, ids in sorted(served_by.items())}
        print("   customers per teller:", loads)


main()
